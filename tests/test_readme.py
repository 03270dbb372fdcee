"""Every command in the README runs as written (the sqlite-utils habit: docs are tested).

The README's `sh` blocks run in order, as one shell per block, in a scratch copy of the
repository (the shipped sample in raw/, a fresh var/), so `make run` builds the warehouse the
tour then queries. A line marked `[skip: reason]` is left out (network, a server, hours); `sql`
blocks run on the published copy. The settings table is checked against `ENV_SETTINGS`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.settings import ENV_SETTINGS

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
SKIP = re.compile(r"\[skip: [^\]]+\]")
#: The README may mark a few lines it cannot run offline; more than this and it lost its point.
MAX_SKIPPED = 17
#: Not copied: what a run writes, and what is only history.
LEFT_OUT = {".git", "var", "raw", "out", "build", ".pytest_cache", ".ruff_cache", ".venv"}


def blocks(text: str, lang: str) -> list[list[str]]:
    """The lines of each fenced block of one language, in order."""
    found = re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.S | re.M)
    return [block.splitlines() for block in found]


def runnable(block: list[str]) -> list[str]:
    """A block's lines without the skipped ones and the blank ones."""
    return [line for line in block if line.strip() and not SKIP.search(line)]


def test_the_readme_marks_few_lines_and_each_with_a_reason() -> None:
    lines = [line for block in blocks(README.read_text(encoding="utf-8"), "sh") for line in block]
    skipped = [line for line in lines if SKIP.search(line)]
    assert len(skipped) <= MAX_SKIPPED, skipped
    assert all(re.search(r"\[skip: \w", line) for line in skipped)
    assert len(lines) - len(skipped) >= 15  # most commands do run


def test_every_setting_is_in_the_readme_table() -> None:
    text = README.read_text(encoding="utf-8")
    for env, flag, default, _ in ENV_SETTINGS:
        row = next((line for line in text.splitlines() if line.startswith(f"| `{env}` |")), None)
        assert row is not None, env
        assert (f"`{flag}`" in row) if flag else True, row
        assert default.split()[-1].strip("`") in row, row


def workspace(tmp_path: Path) -> Path:
    """A scratch copy of the repository: links to its files, a real copy of raw/."""
    work = tmp_path / "repo"
    work.mkdir()
    for entry in REPO.iterdir():
        if entry.name not in LEFT_OUT:
            (work / entry.name).symlink_to(entry)
    shutil.copytree(REPO / "raw", work / "raw")
    (work / ".venv").symlink_to(Path(sys.prefix))  # whatever venv runs the tests
    return work


def shell(script: str, work: Path) -> subprocess.CompletedProcess[str]:
    """Run a block as a user would paste it: bash, stop at the first failing line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAKUPAN_", "PREFECT_"))}
    env["PATH"] = f"{Path(sys.prefix) / 'bin'}:{env.get('PATH', '')}"
    env.update({"DO_NOT_TRACK": "1", "COLUMNS": "160"})
    return subprocess.run(["bash", "-e", "-x", "-c", script], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)


def as_run(line: str) -> str:
    """`make X` with the install stamps taken as done: the test's venv is already installed."""
    if line.startswith("make "):
        stamps = " ".join(f"-o .venv/{s}" for s in (".installed", ".installed-test",
                                                      ".installed-bench", "bin/python"))
        return f"make {stamps} VENV=.venv {line[len('make '):]}"
    return line


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    work = workspace(tmp_path)
    text = README.read_text(encoding="utf-8")
    for block in blocks(text, "sh"):
        lines = runnable(block)
        if not lines:
            continue
        proc = shell("\n".join(as_run(line) for line in lines), work)
        assert proc.returncode == 0, f"{lines}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    published = work / "var" / "cakupan.published.duckdb"
    assert published.exists()
    assert (work / "out").is_dir()  # `cakupan export out/` wrote into the scratch copy
    import duckdb

    con = duckdb.connect(str(published), read_only=True)
    try:
        for block in blocks(text, "sql"):
            con.execute("\n".join(block)).fetchall()
    finally:
        con.close()
