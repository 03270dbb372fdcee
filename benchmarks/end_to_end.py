"""Whole archives through `cakupan run --offline` (a real child process), against no Prefect.

    .venv/bin/python -m benchmarks.end_to_end --pages 5 --pages 10000 --pages 100000

For each size: the archive (`benchmarks.archive`, generated once), then `cakupan run --offline`
into a fresh warehouse once per engine (`--engine`, default both: `local`, the default with no
server configured, and `prefect`, the temporary API), then the same steps without Prefect
(`benchmarks.direct`) into another, once per size.
Measured: wall time, pages per second, CPU time of the process tree, peak RSS of the process
tree (sampled), the CLI's own "orchestration" share, and the wall-time difference against the
direct run. Goals: peak memory flat in N and under 1 GiB at 100,000 pages; orchestration under
10% of the run.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from benchmarks import archive, child, report

GOAL_PEAK_BYTES = 2**30
GOAL_ORCHESTRATION = 0.10


@dataclass(frozen=True, slots=True)
class EndToEnd:
    """One archive size: the CLI run and the direct run."""

    pages: int
    cli: child.ChildRun
    direct: child.ChildRun | None
    cli_facts: int | None
    direct_facts: int | None
    archive: archive.Archive
    engine: str = "local"

    @property
    def orchestration_share(self) -> float | None:
        """The CLI's printed orchestration seconds over its printed total."""
        took = self.cli.took()
        return took[1] / took[0] if took and took[0] else None

    @property
    def overhead_vs_direct(self) -> float | None:
        """(CLI wall - direct wall) / CLI wall: the share of the run Prefect adds."""
        if self.direct is None or not self.cli.wall_s:
            return None
        return (self.cli.wall_s - self.direct.wall_s) / self.cli.wall_s

    @property
    def cpu_overhead_vs_direct(self) -> float | None:
        """(CLI CPU - direct CPU) / CLI CPU: the same in CPU time, which other jobs on a
        shared machine do not inflate."""
        if self.direct is None or not self.cli.cpu_s:
            return None
        return (self.cli.cpu_s - self.direct.cpu_s) / self.cli.cpu_s


def count_facts(db: Path) -> int | None:
    """Facts in a warehouse file (None if it cannot be read)."""
    import duckdb

    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return int(con.execute("select count(*) from facts").fetchone()[0])
    except duckdb.Error:
        return None
    finally:
        con.close()


def run(n: int, *, seed: int = 0, avg_kb: int = 150, direct: bool = True,
        direct_workers: int = 1, base: Path = archive.BENCH_DIR,
        timeout: float | None = None, engine: str = "local",
        reuse: EndToEnd | None = None) -> EndToEnd:
    """Measure one archive size with one engine (the direct run reused from `reuse`)."""
    arc = archive.archive(n, seed=seed, avg_kb=avg_kb, base=base)
    work = archive.fresh_dir(f"e2e-{n}-{engine}", base)
    cli = archive.cakupan_run(arc.root, work, timeout, base, engine=engine)
    if reuse is not None and reuse.direct is not None:
        d, d_facts = reuse.direct, reuse.direct_facts
    elif direct:
        d = archive.direct_run(arc.root, work, direct_workers, timeout, base)
        d_facts = count_facts(work / "direct.duckdb")
    else:
        d, d_facts = None, None
    return EndToEnd(n, cli, d, count_facts(work / "cakupan.duckdb"), d_facts, arc, engine)


def summary_lines(r: EndToEnd) -> list[str]:
    """The figures of one size as Markdown bullet lines."""
    lines = []
    if r.archive.generated:
        g = r.archive.generated
        lines.append(f"- archive generated for this run: {g.pages} pages, "
                     f"{g.bytes / 2**30:.1f} GiB, {g.pages_per_second:.0f} pages/s")
    problem = archive.failure(r.cli, "cakupan run")
    if problem:
        lines.append(f"- **{problem}**")
    took = r.cli.took()
    lines.append(
        f"- `cakupan run --offline` (engine `{r.engine}`): wall **{r.cli.wall_s:.1f} s**, "
        f"**{r.pages / r.cli.wall_s:.1f} pages/s**, CPU {r.cli.cpu_s:.1f} s, "
        f"peak RSS of the process tree "
        f"**{child.mib(r.cli.peak_tree_rss)}** (goal < 1 GiB: "
        f"{report.verdict(r.cli.peak_tree_rss, GOAL_PEAK_BYTES, higher_is_better=False)}), "
        f"facts in the warehouse: {r.cli_facts}"
    )
    if took:
        lines.append(f"- the CLI says: \"{r.cli.took_line()}\": orchestration "
                     f"{r.orchestration_share or 0.0:.0%} of its run by its own count")
    if r.direct is not None:
        problem = archive.failure(r.direct, "benchmarks.direct")
        if problem:
            lines.append(f"- **{problem}**")
        wall = r.overhead_vs_direct or 0.0
        cpu = r.cpu_overhead_vs_direct or 0.0
        lines += [
            f"- same steps without Prefect (`benchmarks.direct`, one thread): wall "
            f"{r.direct.wall_s:.1f} s, CPU {r.direct.cpu_s:.1f} s, peak RSS "
            f"{child.mib(r.direct.peak_tree_rss)}, facts {r.direct_facts}",
            f"- `{r.engine}` orchestration measured against it: wall "
            f"{r.cli.wall_s - r.direct.wall_s:+.1f} s "
            f"= **{wall:.0%}** of the CLI's run (goal < 10%: "
            f"{report.verdict(wall, GOAL_ORCHESTRATION, higher_is_better=False)}); CPU "
            f"{r.cli.cpu_s - r.direct.cpu_s:+.1f} s = **{cpu:.0%}** of its CPU time (goal: "
            f"{report.verdict(cpu, GOAL_ORCHESTRATION, higher_is_better=False)})",
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: run each size, print, update RESULTS.md (one section per size)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, action="append",
                        help="archive size (repeatable; default 10000 and 100000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--avg-kb", type=int, default=150, help="average page weight in KB")
    parser.add_argument("--engine", action="append", choices=["local", "prefect"],
                        help="CAKUPAN_ENGINE of the CLI run (repeatable; default both)")
    parser.add_argument("--no-direct", action="store_true", help="skip the run without Prefect")
    parser.add_argument("--direct-workers", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=None, help="seconds per child run")
    parser.add_argument("--base", type=Path, default=archive.BENCH_DIR,
                        help="where archives and runs live [var/bench]")
    parser.add_argument("--results", type=Path, default=report.RESULTS)
    args = parser.parse_args(argv)
    sizes = args.pages or [10_000, 100_000]
    if min(sizes) < 1:
        parser.error("--pages must be positive")
    peaks: dict[int, int] = {}
    failed = False
    for n in sizes:
        lines, first = [], None
        for engine in args.engine or ["local", "prefect"]:
            r = run(n, seed=args.seed, avg_kb=args.avg_kb, direct=not args.no_direct,
                    direct_workers=args.direct_workers, base=args.base, timeout=args.timeout,
                    engine=engine, reuse=first)
            first = first or r
            lines += summary_lines(r) if not lines else [
                ln for ln in summary_lines(r) if "benchmarks.direct" not in ln
                and not ln.startswith("- archive generated")]
            peaks[n] = max(peaks.get(n, 0), r.cli.peak_tree_rss)
            failed |= r.cli.returncode != 0
        print(f"== {n} pages")
        print("\n".join(lines))
        kb = "" if args.avg_kb == 150 else f" --avg-kb {args.avg_kb}"
        report.update_results(f"end_to_end_{n}", f"4. End to end, {n:,} pages",
                              f"python -m benchmarks.end_to_end --pages {n}{kb}", lines,
                              args.results)
    if len(peaks) > 1:
        lo, hi = min(peaks), max(peaks)
        print(f"peak RSS {child.mib(peaks[lo])} at {lo} pages, {child.mib(peaks[hi])} at {hi} "
              f"pages: x{peaks[hi] / max(peaks[lo], 1):.2f} for x{hi / lo:.0f} pages")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
