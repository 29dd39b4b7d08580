"""The rule table: codes, names, severities and the functions that check them."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from auditor.model import Finding, Severity
from auditor.relate import Relations

RuleFn = Callable[[Relations, "Rule"], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: stable code, a name that reads after "allow", and its check."""

    code: str
    name: str
    severity: Severity
    summary: str
    fn: RuleFn

    def check(self, rels: Relations) -> Iterator[Finding]:
        """The rule's findings among ``rels``; the function is handed its own rule to cite."""
        return self.fn(rels, self)

    @property
    def doc(self) -> str:
        """The rule's docstring, with its flagged and fine examples."""
        return inspect.cleandoc(self.fn.__doc__ or "")


def rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[RuleFn], Rule]:
    """Declare a rule's metadata next to its function; the table in rules.py lists them."""

    def wrap(fn: RuleFn) -> Rule:
        return Rule(code, name, severity, summary, fn)

    return wrap
