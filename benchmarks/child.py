"""Run a command as a child process and measure it: wall time, CPU time, peak RSS of its tree.

The tree's resident memory (the child and every process it starts, e.g. Prefect's temporary
API server) is sampled every `interval` seconds with psutil, or from /proc without it; the
peak of the sum is the figure. CPU time is the children's user + system time from
`resource.getrusage(RUSAGE_CHILDREN)`, which also gives the largest single process's max RSS.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: The CLI's timing line: "took 54.6 s: ... orchestration (Prefect start-up ...) 36.3 s ...".
#: Both the older "took T s: work W s, orchestration (...) O s" and the current
#: "took T s: orchestration (Prefect start-up and shut-down) O s (P%), the flow F s (...)".
TOOK_RE = re.compile(r"took ([\d.]+) s:.*?orchestration \([^)]*\) ([\d.]+) s")


@dataclass(frozen=True, slots=True)
class ChildRun:
    """What one child process did and cost."""

    returncode: int
    wall_s: float
    cpu_s: float
    peak_tree_rss: int
    max_single_rss: int
    stdout: str
    stderr: str

    def took(self) -> tuple[float, float] | None:
        """(total, orchestration) seconds as the CLI printed them, if it did."""
        m = TOOK_RE.search(self.stdout)
        return (float(m[1]), float(m[2])) if m else None

    def took_line(self) -> str:
        """The CLI's own timing line, as printed ("" if none)."""
        return next((ln.strip() for ln in self.stdout.splitlines() if TOOK_RE.search(ln)), "")


def cakupan_command() -> list[str]:
    """The `cakupan` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("cakupan")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from flows.cli import main; main()"]


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 once it is gone)."""
    try:
        import psutil
    except ImportError:
        return _proc_tree_rss(pid)
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def _proc_tree_rss(pid: int) -> int:
    """The same from /proc (Linux), when psutil is not installed."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * page
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def run_child(cmd: Sequence[str], *, env: Mapping[str, str] | None = None,
              cwd: Path | None = None, interval: float = 0.2,
              timeout: float | None = None) -> ChildRun:
    """Run the command to its end, sampling its tree's memory; never raises on a failure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # A configured Prefect server would take the runs away from this machine's measurement.
    full_env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    full_env.update(env or {})
    started = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=full_env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\nbenchmark: killed after {timeout} s"
    finally:
        stop.set()
        sampler.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return ChildRun(proc.returncode, wall, cpu, peak, after.ru_maxrss * 1024, out, err)


def bench_env(work: Path, prefect_home: Path) -> dict[str, str]:
    """Settings that keep a benchmark run's Data Docs in its folder, with this Prefect home."""
    return {
        # PREFECT_HOME too: prepare_prefect_env keeps a PREFECT_HOME already set (tests set one).
        "PREFECT_HOME": str(prefect_home),
        "CAKUPAN_PREFECT_HOME": str(prefect_home),
        "CAKUPAN_DOCS_DIR": str(work / "docs"),
    }


def mib(n: int) -> str:
    """Bytes as MiB text."""
    return f"{n / 2**20:,.0f} MiB"
