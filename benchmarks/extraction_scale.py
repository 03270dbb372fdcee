"""Extraction on hostile pages: seconds and peak memory per page as figures fill one paragraph.

`python -m benchmarks.extraction_scale` builds a page with 1k, 4k, 20k and 200k figures in one
paragraph (no sentence end: the probe of issue 17, where 8,000 figures never finished), parses
and extracts it in a fresh child process per size (so peak memory is that page's alone), and
prints seconds per page (wall and CPU), figures per CPU second and the child's peak RSS.
Linear extraction shows as a flat figures-per-second column. No time budget is applied: this
is the raw cost. CPU seconds are the figure to compare on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import report

SIZES = (1_000, 4_000, 20_000, 200_000)


def hostile_page(n: int, seed: int = 1) -> bytes:
    """An on-topic page whose one paragraph holds n figures separated by commas."""
    rnd = random.Random(seed)
    words = ["peserta", "pekerja", "Kediri", "sebanyak", "orang", "dan", "mencapai"]
    parts = [f"{rnd.choice(words)} {rnd.randint(1000, 99999):,} {rnd.choice(words)}"
             .replace(",", ".") for _ in range(n)]
    para = "Jumlah peserta BPJS Ketenagakerjaan di Kediri " + ", ".join(parts) + "."
    return ("<html><head><title>BPJS Ketenagakerjaan Kediri</title></head><body><article>"
            f"<h1>BPJS Ketenagakerjaan Kediri</h1><p>{para}</p></article></body></html>").encode()


def measure_one(n: int) -> dict[str, float]:
    """Parse and extract one page of n figures in this process: seconds, facts, peak RSS."""
    from extractors.article import parse_html
    from transforms.extract import extract

    body = hostile_page(n)
    started, cpu = time.perf_counter(), time.process_time()
    facts = extract(parse_html(body)).facts
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"figures": n, "bytes": len(body), "seconds": seconds, "cpu": cpu, "facts": len(facts),
            "peak_mib": peak}


def measure(n: int, timeout: float) -> dict[str, float] | None:
    """measure_one in a fresh child (None when it runs past `timeout` seconds)."""
    cmd = [sys.executable, "-m", "benchmarks.extraction_scale", "--one", str(n)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True,
                              cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Print a table of seconds per page and peak memory for each size; update RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--timeout", type=float, default=600.0, help="per size, seconds")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--results", type=Path, default=report.RESULTS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure_one(args.one)))
        return 0
    lines = ["| figures in the paragraph | page | seconds per page (wall) | CPU seconds "
             "| figures per CPU second | facts | peak RSS |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    print("\n".join(lines), flush=True)
    code = 0
    for n in args.sizes:
        fig = measure(n, args.timeout)
        if fig is None:
            lines.append(f"| {n:,} | | over {args.timeout:g} s | | | | |")
            code = 1
        else:
            lines.append(f"| {n:,} | {fig['bytes'] / 1024:,.0f} KiB | {fig['seconds']:.2f} "
                         f"| {fig['cpu']:.2f} | {n / max(fig['cpu'], 1e-9):,.0f} "
                         f"| {fig['facts']:,} "
                         f"| {fig['peak_mib']:,.0f} MiB |")
        print(lines[-1], flush=True)
    command = "python -m benchmarks.extraction_scale " + " ".join(
        ["--sizes", *map(str, args.sizes)])
    report.update_results("extraction_scale", "5. Extraction on hostile pages (one paragraph)",
                          command, lines, args.results)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
