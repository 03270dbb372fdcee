"""Shared helpers for the hardening suite: run the real CLI in a child, read what it left.

Every CLI child talks to the session's temporary Prefect API (the `prefect_harness` fixture)
instead of starting its own, so a run costs seconds, not the ephemeral server's start-up.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
#: The CLI with test-only pause points (see docs/faults.md): used only by the kill tests.
PAUSING_CLI = Path(__file__).with_name("pausing_cli.py")

#: A checksum over the published facts and articles (row counts plus a hash of the keys).
CHECKSUM = (
    "select (select count(*) from facts), "
    "(select md5(coalesce(string_agg(fact_id || raw_sha256 || run_id, ',' order by fact_id), "
    "'')) from facts), (select count(*) from articles), "
    "(select md5(coalesce(string_agg(article_id || raw_sha256, ',' order by article_id), ''))"
    " from articles)"
)


@dataclass
class Workspace:
    """One run's private files: raw/, the warehouse, Prefect home, Data Docs, sources file."""

    root: Path
    sources_file: Path

    @property
    def raw(self) -> Path:
        """The run's landing folder."""
        return self.root / "raw"

    @property
    def warehouse(self) -> Path:
        """The master file the run writes."""
        return self.root / "w.duckdb"

    @property
    def published(self) -> Path:
        """The read-only copy, where the run's results are checked."""
        return self.root / "w.published.duckdb"

    def args(self, *extra: str) -> list[str]:
        """`cakupan run` arguments pointing at this workspace."""
        return ["run", "--sources-file", str(self.sources_file), "--raw-dir", str(self.raw),
                "--warehouse", str(self.warehouse), "--no-docs", *extra]


@dataclass
class HostileRun:
    """What one CLI run over the hostile site left behind (see hostile_site.py)."""

    ws: Workspace
    proc: subprocess.CompletedProcess[str]
    base: str
    requested: list[str]

    def article(self, path: str) -> tuple:
        """(title, error, n_facts) of the article row of a page, by URL path."""
        rows = query(self.ws.published, "select title, error, n_facts from articles "
                     "where url like ?", ["%" + path + "%"])
        assert len(rows) == 1, f"{path}: {len(rows)} article rows"
        return rows[0]

    def attempts(self, path: str) -> list[tuple]:
        """(status, error_kind, error) of the recorded fetch attempts of a URL path."""
        return query(self.ws.published, "select status, error_kind, error from fetch_attempts "
                     "where url like ? order by attempted_at", ["%" + path + "%"])

    def run_errors(self) -> list[str]:
        """The errors the runs table kept for this run."""
        (errors,) = query(self.ws.published, "select errors from runs")[0]
        return list(errors or [])


@dataclass
class Child:
    """A CLI child started in the background; `result()` waits for it once."""

    proc: subprocess.Popen[str]
    root: Path | None = None  # the child's private folder (raw/, warehouse)
    done: subprocess.CompletedProcess[str] | None = field(default=None)

    def result(self, timeout: float = 240) -> subprocess.CompletedProcess[str]:
        """The finished child's exit code and output."""
        if self.done is None:
            out, err = self.proc.communicate(timeout=timeout)
            self.done = subprocess.CompletedProcess(self.proc.args, self.proc.returncode, out,
                                                    err)
        return self.done


#: The warehouse file may not grow past this in the EFBIG child (DuckDB needs far more).
FSIZE_LIMIT = 300_000


def limit_file_size(limit: int = FSIZE_LIMIT) -> Callable[[], None]:
    """A child pre-exec: writes past `limit` bytes fail with EFBIG instead of killing it."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def sample_raw(root: Path) -> Path:
    """A private copy of the shipped raw/ sample (five landed seed pages)."""
    shutil.copytree(REPO / "raw", root / "raw")
    return root / "raw"


def start_disk_children(root: Path, api_url: str) -> dict[str, Child]:
    """`cakupan run --offline` on the sample with an impossible warehouse path or a full disk."""
    (root / "a-file").write_text("not a folder", encoding="utf-8")
    cases = {
        "under_a_file": root / "a-file" / "w.duckdb",
        "under_proc": Path("/proc/cakupan-hardening/w.duckdb"),
        "efbig": root / "efbig" / "w.duckdb",
    }
    children = {}
    for name, warehouse in cases.items():
        case = root / name
        case.mkdir()
        raw = sample_raw(case)
        children[name] = Child(subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--offline", "--no-docs",
             "--raw-dir", str(raw), "--warehouse", str(warehouse)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
            env=child_env(case, api_url),
            preexec_fn=limit_file_size() if name == "efbig" else None,
        ), root=case)
    return children


def child_env(root: Path, api_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of a CLI child: the shared Prefect API, private homes, no user config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAKUPAN_")}
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    env["CAKUPAN_PREFECT_HOME"] = str(root / "prefect")
    env["CAKUPAN_DOCS_DIR"] = str(root / "docs")
    env["CAKUPAN_WORKERS"] = "1"
    env.update(extra)
    return env


def start_cli(args: list[str], env: dict[str, str], *, script: Path | None = None
              ) -> subprocess.Popen[str]:
    """Start `cakupan ARGS` in a child process (to be killed)."""
    cmd = [sys.executable, str(script)] if script else [sys.executable, "-m", "flows.cli"]
    return subprocess.Popen([*cmd, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=REPO, env=env)


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], timeout: float,
             what: str) -> None:
    """Poll until `condition` holds; fail with the child's output if it ends or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"the run ended before {what}: rc={proc.returncode}\n{out}\n{err}")
        time.sleep(0.02)
    kill(proc)
    raise AssertionError(f"timed out waiting for {what}")


def kill(proc: subprocess.Popen[str]) -> None:
    """SIGKILL the child (ours, by pid) and reap it."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def manifest(raw: Path) -> list[dict]:
    """raw/manifest.jsonl as dicts (whole lines only)."""
    path = raw / "manifest.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def landed_pages_intact(raw: Path) -> list[str]:
    """Every manifest row's page file exists and hashes to its name; returns the hashes."""
    shas = []
    for row in manifest(raw):
        path = raw / "pages" / row["sha256"][:2] / f"{row['sha256']}.html"
        assert path.is_file(), f"landed page lost: {row['url']}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"], path
        shas.append(row["sha256"])
    return shas


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of a read-only query on a warehouse file."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def checksum(db: Path) -> tuple:
    """Counts and key hashes of facts and articles."""
    return query(db, CHECKSUM)[0]
