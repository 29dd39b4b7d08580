"""The repository works as a pre-commit hook (`pre-commit try-repo`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _pre_commit() -> str | None:
    found = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or \
        shutil.which("pre-commit")
    if found is None:
        r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pre-commit"],
                           capture_output=True, check=False)
        found = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) \
            if r.returncode == 0 else None
    return found


@pytest.mark.slow
def test_try_repo_runs_the_hook_on_drafts(tmp_path: Path) -> None:
    tool = _pre_commit()
    if tool is None:
        pytest.skip("pre-commit cannot be installed here")
    if not (ROOT / ".git").exists():
        pytest.skip("the hook is tried from a git checkout")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "good.md").write_text("Thefts rose 9.5% last year to 920 from 840.\n", encoding="utf-8")
    (repo / "bad.md").write_text("Thefts rose 15% last year to 920 from 840.\n", encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([tool, "try-repo", str(ROOT), "auditor", "--files", *files],
                              cwd=repo, capture_output=True, text=True, env=env, timeout=900,
                              check=False)

    ok = try_repo("good.md")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = try_repo("bad.md")
    assert bad.returncode == 1 and "CH01 change-mismatch" in bad.stdout, bad.stdout + bad.stderr
