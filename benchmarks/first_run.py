"""A new user's first `cakupan run --offline` on the five shipped pages: today's path and the new.

    .venv/bin/python -m benchmarks.first_run --rounds 3

Each round runs, in a fresh folder with a private copy of `raw/` and a fresh warehouse, as
`make run` does (Data Docs on), each of:

- `prefect, fresh home`: `CAKUPAN_ENGINE=prefect` with a new Prefect home: the path every
  first run took before the local engine (Prefect's temporary API server boots, migrates its
  SQLite database, serves the run, stops);
- `prefect, warm home`: the same with a Prefect home an earlier run already migrated;
- `local (default)`: no server configured, so the CLI's default (`auto`) runs the flow on the
  local engine (`flows.engine`), without Prefect.

The variants alternate within a round, so a busy moment on the shared machine hits them alike.
Printed: the median and the spread of the wall time, the CPU time, and the CLI's own split.
Goal: the default path at or under 5 s wall.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path

from benchmarks import child, report

REPO = Path(__file__).resolve().parent.parent
GOAL_WALL_S = 5.0
VARIANTS = (("prefect, fresh home", "prefect", False), ("prefect, warm home", "prefect", True),
            ("local (default)", "auto", False))


def one_run(root: Path, engine: str, home: Path) -> child.ChildRun:
    """`cakupan run --offline` on a private copy of the sample, fresh warehouse, given home."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(REPO / "raw", root / "raw")
    (root / "var").mkdir()
    cmd = [*child.cakupan_command(), "run", "--offline", "--raw-dir", str(root / "raw"),
           "--warehouse", str(root / "var" / "cakupan.duckdb")]
    env = {**child.bench_env(root, home), "CAKUPAN_ENGINE": engine}
    return child.run_child(cmd, env=env, cwd=REPO, timeout=300)


def measure(rounds: int, base: Path) -> dict[str, list[child.ChildRun]]:
    """Every variant, `rounds` times, alternating; a failed run raises with its last line."""
    runs: dict[str, list[child.ChildRun]] = {name: [] for name, _, _ in VARIANTS}
    warm_home = base / "warm-home"
    for i in range(rounds):
        for name, engine, warm in VARIANTS:
            home = warm_home if warm else base / f"home-{i}-{engine}"
            if warm and not (warm_home / ".warm").exists():
                one_run(base / "warm-up", "prefect", warm_home)
                (warm_home / ".warm").write_text("migrated by a warm-up run\n")
            run = one_run(base / f"run-{i}-{engine}-{int(warm)}", engine, home)
            if run.returncode != 0:
                tail = (run.stderr.strip().splitlines() or ["?"])[-1]
                raise RuntimeError(f"{name}: cakupan run exited {run.returncode}: {tail}")
            runs[name].append(run)
    return runs


def summary_lines(runs: dict[str, list[child.ChildRun]]) -> list[str]:
    """A Markdown table: one row per variant."""
    lines = ["| path | wall, median (min-max) | CPU, median | the CLI's own split (last run) |",
             "| --- | ---: | ---: | --- |"]
    for name, rs in runs.items():
        walls = [r.wall_s for r in rs]
        cpu = statistics.median(r.cpu_s for r in rs)
        took = rs[-1].took_line().replace("|", "/")
        lines.append(f"| {name} | **{statistics.median(walls):.1f} s** ({min(walls):.1f}-"
                     f"{max(walls):.1f}) | {cpu:.1f} s | {took} |")
    default = statistics.median(r.wall_s for r in runs["local (default)"])
    before = statistics.median(r.wall_s for r in runs["prefect, fresh home"])
    lines += ["", f"- first run, default path: {default:.1f} s against {before:.1f} s before "
              f"(x{before / default:.1f} faster); goal <= {GOAL_WALL_S:.0f} s: "
              f"{report.verdict(default, GOAL_WALL_S, higher_is_better=False)}"]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: measure, print, update the first_run section of RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each variant")
    parser.add_argument("--results", type=Path, default=report.RESULTS)
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    with tempfile.TemporaryDirectory(prefix="cakupan-first-run-") as tmp:
        runs = measure(args.rounds, Path(tmp))
    lines = summary_lines(runs)
    print("\n".join(lines))
    report.update_results("first_run", "0. First run: five shipped pages, a fresh warehouse",
                          f"python -m benchmarks.first_run --rounds {args.rounds}", lines,
                          args.results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
