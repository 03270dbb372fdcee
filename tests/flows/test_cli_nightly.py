"""The nightly run tells the truth (issue 18): exit codes, real causes, progress, help text.

A real `cakupan` process against local mirrors: one site up, one on a closed port.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from flows.settings import ENV_SETTINGS
from flows.status import EXIT_CODES, exit_code
from flows.steps import SourceTally
from flows.summary import run_status
from tests.httpmirror import MirrorServer
from tests.reports.sample import REPORT_DOCUMENTS, REPORT_FACTS, REPORT_QUARANTINED

REPO = Path(__file__).resolve().parents[2]

KEDU = """
[[source]]
id = "kedu_mirror"
name = "Suara Merdeka Kedu (local mirror)"
base_url = "{base}"
sitemap = "{base}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan", "BPJamsostek", "Jamsostek"]
rate_per_second = 200
"""
DOWN = """
[[source]]
id = "down"
name = "A site that is down"
base_url = "http://127.0.0.1:{port}"
sitemap = "http://127.0.0.1:{port}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
timeout_connect = 0.5
max_retries = 0
"""


def cakupan(*args: str, env: dict[str, str], cwd: Path = REPO
            ) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a child process, as a scheduler would (no terminal)."""
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd,
                          env={**os.environ, "COLUMNS": "200", **env})


def closed_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def workspace(tmp_path: Path, sources: str) -> dict[str, str]:
    """Settings of a private run: warehouse, raw, Prefect home, sources file."""
    path = tmp_path / "sources.toml"
    path.write_text(sources, encoding="utf-8")
    return {"CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"),
            "CAKUPAN_RAW_DIR": str(tmp_path / "raw"), "CAKUPAN_SOURCES_FILE": str(path),
            "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect"),
            "CAKUPAN_DOCS_DIR": str(tmp_path / "docs")}


@pytest.mark.parametrize(
    ("sources", "status", "code"),
    [
        (["ok", "ok"], "ok", 0),
        ([], "ok", 0),
        (["ok", "failed"], "partial", 3),
        (["partial"], "partial", 3),
        (["failed", "failed"], "failed", 1),
        (["failed"], "failed", 1),
    ],
)
def test_status_and_exit_code(sources: list[str], status: str, code: int) -> None:
    run = SimpleNamespace(sources={f"s{i}": SourceTally(status=s, pages=int(s != "failed"))
                                   for i, s in enumerate(sources)}, facts_quarantined=0)
    assert run_status(run) == status
    assert exit_code(status) == code
    assert len(set(EXIT_CODES.values())) == len(EXIT_CODES)  # each outcome its own code


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "prefect"])
def test_one_source_down_exits_partial_and_names_the_cause(tmp_path: Path, engine: str) -> None:
    # Both engines: the local one (no Prefect) and the Prefect flow's Failed "Partial" state
    # give the CLI the same summary, table, lines and exit code.
    with MirrorServer("kedu") as kedu:
        port = closed_port()
        env = workspace(tmp_path, KEDU.format(base=kedu.base_url) + DOWN.format(port=port))
        proc = cakupan("run", "--no-docs", "--limit", "1", "--engine", engine, env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 3, out
    assert "Traceback" not in out and "Nothing to do" not in out
    assert "disallowed by robots.txt" not in out
    row = next(line for line in proc.stdout.splitlines() if "│ down" in line)
    assert "failed" in row and "connect: robots.txt unreadable" in row, row
    # Not a terminal: one progress line per source, on stderr, as each source finishes.
    lines = [line for line in proc.stderr.splitlines() if line.startswith("source ")]
    assert sorted(line.split(":")[0] for line in lines) == ["source down", "source kedu_mirror"]
    assert re.search(r"source down: failed, fetched 0, .*: connect: ", proc.stderr)
    assert "ended partial: exit code 3" in proc.stderr
    assert "note: kedu_mirror: stopped at the page cap (1 pages" in proc.stdout


@pytest.mark.slow
def test_an_interactive_terminal_gets_live_progress(tmp_path: Path) -> None:
    import pty

    shutil.copytree(REPO / "raw", tmp_path / "raw")
    env = {**os.environ, **workspace(tmp_path, ""), "COLUMNS": "120"}
    env["CAKUPAN_SOURCES_FILE"] = str(REPO / "extractors" / "sources.toml")
    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:  # a terminal is read while the program writes, or the program blocks
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--offline", "--no-docs"],
                          stdout=subprocess.PIPE, stderr=follower, text=True, timeout=300,
                          cwd=REPO, env=env)
    os.close(follower)
    reader.join(timeout=10)
    os.close(leader)
    shown = b"".join(chunks)
    assert proc.returncode == 0, proc.stdout
    text = shown.decode("utf-8", "replace")
    pages = 5 + REPORT_DOCUMENTS
    facts = 37 + REPORT_FACTS + REPORT_QUARANTINED  # the facts read, loaded or quarantined
    assert "pages parsed" in text and f"{pages}/{pages}" in text, text[-2000:]
    assert f"{facts} facts" in text, text[-2000:]


@pytest.mark.slow
def test_the_only_source_down_exits_failed(tmp_path: Path) -> None:
    env = workspace(tmp_path, DOWN.format(port=closed_port()))
    proc = cakupan("run", "--source", "down", "--no-docs", env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "connect: " in proc.stdout and "Nothing to do" not in proc.stdout


@pytest.mark.parametrize("offline", [True, False])
def test_an_unknown_source_is_an_error_before_anything_starts(tmp_path: Path,
                                                              offline: bool) -> None:
    env = {"CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect")}
    args = ["run", "--source", "radioidol"] + (["--offline"] if offline else [])
    proc = cakupan(*args, env=env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("cakupan: error: unknown source radioidol (did you mean "
                                  "radioidola?); known: "), proc.stderr
    assert not (tmp_path / "w.duckdb").exists() and not (tmp_path / "prefect").exists()
    for command in (["reprocess", "--source", "nope"], ["backfill", "--source", "nope",
                                                        "--start", "2024-01-01"]):
        proc = cakupan(*command, env=env)
        assert proc.returncode == 2 and "unknown source nope" in proc.stderr, proc.stderr


def test_help_shows_every_setting_with_its_default() -> None:
    top = cakupan("--help", env={})
    run = cakupan("run", "--help", env={})
    assert top.returncode == 0 and run.returncode == 0
    text = " ".join(top.stdout.split())
    for env, flag, default, _ in ENV_SETTINGS:
        assert env in text and f"default {default}" in text, env
        if flag:
            hint = f"[env: {env}; default: {default}]"
            assert hint in " ".join(run.stdout.replace("│", " ").split()), hint
    assert "3 partial" in text
