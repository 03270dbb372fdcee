"""A second `cakupan run --offline` over an unchanged archive, as a share of the first run.

    .venv/bin/python -m benchmarks.incremental --pages 10000

The archive (`benchmarks.archive`, generated once) goes through `cakupan run --offline` into a
fresh warehouse (a real child process); then the same command runs again on the same archive
and warehouse, with nothing new to do. Goal: the second run under 5% of the first run's time.
The warehouse's fact count must not change between the runs.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from benchmarks import archive, child, report
from benchmarks.end_to_end import count_facts

GOAL_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Incremental:
    """The two runs over the same archive and warehouse."""

    pages: int
    first: child.ChildRun
    second: child.ChildRun
    facts_after_first: int | None
    facts_after_second: int | None

    @property
    def share(self) -> float:
        """Second run's wall time over the first's."""
        return self.second.wall_s / self.first.wall_s if self.first.wall_s else 0.0


def run(n: int, *, seed: int = 0, base: Path = archive.BENCH_DIR,
        timeout: float | None = None) -> Incremental:
    """Run the CLI twice over the same archive and warehouse."""
    arc = archive.archive(n, seed=seed, base=base)
    work = archive.fresh_dir(f"incremental-{n}", base)
    first = archive.cakupan_run(arc.root, work, timeout, base)
    after_first = count_facts(work / "cakupan.duckdb")
    second = archive.cakupan_run(arc.root, work, timeout, base)
    return Incremental(n, first, second, after_first, count_facts(work / "cakupan.duckdb"))


def summary_lines(r: Incremental) -> list[str]:
    """The figures as Markdown bullet lines."""
    lines = [f"- **{p}**" for p in (archive.failure(r.first, "first run"),
                                    archive.failure(r.second, "second run")) if p]
    said = next((ln for ln in r.second.stdout.splitlines() if ln.startswith("Nothing to do")), "")
    lines += [
        f"- first run over {r.pages} pages: {r.first.wall_s:.1f} s wall "
        f"(CPU {r.first.cpu_s:.1f} s), {r.facts_after_first} facts",
        f"- second run, nothing new: {r.second.wall_s:.2f} s wall (CPU {r.second.cpu_s:.2f} s), "
        f"{r.facts_after_second} facts" + (f"; it said: \"{said}\"" if said else ""),
        f"- second / first: **{r.share:.1%}** (goal < 5%: "
        f"{report.verdict(r.share, GOAL_SHARE, higher_is_better=False)})",
    ]
    if r.facts_after_first != r.facts_after_second:
        lines.append("- **the second run changed the warehouse's fact count**")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: run, print, update RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=None, help="seconds per child run")
    parser.add_argument("--base", type=Path, default=archive.BENCH_DIR,
                        help="where archives and runs live [var/bench]")
    parser.add_argument("--results", type=Path, default=report.RESULTS)
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be positive")
    r = run(args.pages, seed=args.seed, base=args.base, timeout=args.timeout)
    lines = summary_lines(r)
    print("\n".join(lines))
    report.update_results("incremental", "3. Incremental re-run",
                          f"python -m benchmarks.incremental --pages {args.pages}", lines,
                          args.results)
    return 0 if r.first.returncode == 0 and r.second.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
