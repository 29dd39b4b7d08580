"""`--format junit`: one test case per file, one failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TextIO

from auditor.engine import Audit
from auditor.files import XML_ILLEGAL
from auditor.report.common import Totals, place


def _clean(text: str | None) -> str | None:
    return XML_ILLEGAL.sub("\ufffd", text) if text else text


def write(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> None:
    """A JUnit XML report that CI dashboards read."""
    t = Totals()
    failures = 0
    suites = ET.Element("testsuites", name="auditor")
    suite = ET.SubElement(suites, "testsuite", name="auditor")
    for a in map(t.add, audits):
        failures += bool(a.findings)
        case = ET.SubElement(suite, "testcase", classname="auditor.check", name=a.doc.path)
        for f in a.findings:
            p = place(a, f)
            fail = ET.SubElement(case, "failure", type=f"{f.code} {f.name}",
                                 message=f"{a.doc.path}:{p.line}:{p.column}: {f.message}")
            fail.text = "\n".join([f.arithmetic, *(f"assuming {x}" for x in f.assumptions)])
    errors = list(errors)
    suite.attrib.update(tests=str(t["files"] + len(errors)), failures=str(failures),
                        errors=str(len(errors)), skipped="0")
    for e in errors:
        case = ET.SubElement(suite, "testcase", classname="auditor.check", name=e["path"])
        ET.SubElement(case, "error", type="input", message=e["error"])
    ET.SubElement(suite, "system-out").text = (
        f"{t['error']} errors, {t['warning']} warnings, {t['info']} info; "
        f"{t['verified']} relations verified")
    for node in suites.iter():  # XML 1.0 cannot hold control characters (an ESC in a path)
        node.text = _clean(node.text)
        node.attrib.update({k: _clean(v) or "" for k, v in node.attrib.items()})
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(suites, encoding="unicode"))
    out.write("\n")
