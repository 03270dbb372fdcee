"""Shared by the benchmarks: the machine's description and the latest figures in RESULTS.md.

Each benchmark owns one section of `benchmarks/RESULTS.md`, between
`<!-- bench:NAME -->` and `<!-- /bench:NAME -->`; a run replaces its section (and only it),
stamped with the date and the machine, and leaves the hand-written analysis around it alone.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo on Linux, else what platform says)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gib() -> float:
    """Physical memory in GiB."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return 0.0


def machine() -> str:
    """One line: CPU model, cores, RAM, Python version, OS."""
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, {ram_gib():.0f} GiB RAM, "
        f"Python {sys.version.split()[0]}, {platform.system()} {platform.release()}"
    )


def load_average() -> str:
    """The 1-minute load average: on a shared machine, how busy the other cores were."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def stamp() -> str:
    """Now, in UTC, to the minute."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def verdict(value: float, goal: float, *, higher_is_better: bool = True) -> str:
    """'met' or how far the figure falls short of its goal, as a ratio."""
    ok = value >= goal if higher_is_better else value <= goal
    if ok:
        return "**met**"
    if higher_is_better:
        return f"**not met**: {value / goal:.2f}x of the goal" if goal else "**not met**"
    return f"**not met**: {value / goal:.2f}x the limit" if goal else "**not met**"


def update_results(
    name: str, title: str, command: str, lines: list[str], path: Path = RESULTS
) -> None:
    """Replace the benchmark's section in RESULTS.md (appended at the end the first time)."""
    body = "\n".join(
        [
            f"<!-- bench:{name} -->",
            f"### {title}",
            "",
            f"`{command}` — {stamp()}, {machine()}, load average {load_average()} at the end",
            "",
            *lines,
            f"<!-- /bench:{name} -->",
        ]
    )
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(
        rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->", re.DOTALL
    )
    if pattern.search(text):
        text = pattern.sub(lambda _: body, text)
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    path.write_text(text, encoding="utf-8")
