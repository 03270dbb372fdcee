"""Archives and runs shared by the end-to-end and incremental benchmarks.

An archive of N pages lives in `var/bench/raw-N-seedS/` (git ignores var/), written by
`benchmarks.corpus` the first time it is asked for and reused after (its `corpus.jsonl` must
hold N lines). Each run gets a fresh folder with its warehouse and Data Docs; the runs share
one Prefect home, warmed up once (`prefect_home`), as an installed pipeline's is.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from benchmarks import child, corpus

BENCH_DIR = Path(__file__).resolve().parent.parent / "var" / "bench"


@dataclass(frozen=True, slots=True)
class Archive:
    """A generated raw store and, when it was generated now, how long that took."""

    root: Path
    pages: int
    generated: corpus.CorpusStats | None


def _complete(root: Path, n: int) -> bool:
    """True when a previous generation of n pages finished in this folder."""
    truth = root / "corpus.jsonl"
    if not truth.exists():
        return False
    with truth.open("rb") as fh:
        return sum(1 for _ in fh) == n


def archive(n: int, *, seed: int = 0, avg_kb: int = 150, base: Path = BENCH_DIR) -> Archive:
    """The archive of n pages for this seed, generated if missing (or left half-written)."""
    root = base / f"raw-{n}-seed{seed}" if avg_kb == 150 else \
        base / f"raw-{n}-seed{seed}-{avg_kb}kb"
    if _complete(root, n):
        return Archive(root, n, None)
    shutil.rmtree(root, ignore_errors=True)
    stats = corpus.write_corpus(root, n, seed=seed, avg_kb=avg_kb)
    return Archive(root, n, stats)


def fresh_dir(name: str, base: Path = BENCH_DIR) -> Path:
    """An empty working folder for one run."""
    work = base / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    return work


def prefect_home(base: Path = BENCH_DIR) -> Path:
    """The Prefect home the runs share, as an installed pipeline's would be: created (its
    database migrated) by a one-page warm-up run the first time, so no measured run pays that."""
    home = base / "prefect-home"
    if not (home / ".warm").exists():
        shutil.rmtree(home, ignore_errors=True)
        tiny = archive(1, seed=0, base=base)
        work = fresh_dir("prefect-warm-up", base)
        run = _cakupan(tiny.root, work, home, None, engine="prefect")
        if run.returncode != 0:
            raise RuntimeError(failure(run, "the Prefect warm-up run") or "warm-up failed")
        (home / ".warm").write_text("warmed by a one-page run\n")
    return home


def _cakupan(raw: Path, work: Path, home: Path, timeout: float | None,
             engine: str = "auto") -> child.ChildRun:
    """`cakupan run --offline` with a given Prefect home and engine."""
    cmd = [*child.cakupan_command(), "run", "--offline", "--raw-dir", str(raw),
           "--warehouse", str(work / "cakupan.duckdb"), "--no-docs"]
    env = {**child.bench_env(work, home), "CAKUPAN_ENGINE": engine}
    return child.run_child(cmd, env=env, timeout=timeout)


def cakupan_run(raw: Path, work: Path, timeout: float | None = None,
                base: Path = BENCH_DIR, engine: str = "auto") -> child.ChildRun:
    """`cakupan run --offline` on the archive into the folder's warehouse, as a child process;
    `engine` as CAKUPAN_ENGINE (auto: the local engine, as no server is configured)."""
    return _cakupan(raw, work, prefect_home(base), timeout, engine=engine)


def direct_run(raw: Path, work: Path, workers: int = 1, timeout: float | None = None,
               base: Path = BENCH_DIR) -> child.ChildRun:
    """The same steps without Prefect (`benchmarks.direct`), as a child process."""
    import sys

    cmd = [sys.executable, "-m", "benchmarks.direct", "--raw-dir", str(raw), "--warehouse",
           str(work / "direct.duckdb"), "--workers", str(workers)]
    return child.run_child(cmd, env=child.bench_env(work, prefect_home(base)),
                           cwd=Path(__file__).resolve().parent.parent,
                           timeout=timeout)


def failure(run: child.ChildRun, what: str) -> str | None:
    """A one-line reason when a child run failed, else None."""
    if run.returncode == 0:
        return None
    tail = (run.stderr.strip().splitlines() or run.stdout.strip().splitlines() or ["?"])[-1]
    return f"{what} exited with {run.returncode}: {tail}"
