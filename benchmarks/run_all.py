"""All five benchmarks at modest sizes, in a few minutes: `python -m benchmarks.run_all`.

Sizes: parse 500 pages, load 200,000 facts, incremental and end to end over 2,000 pages,
hostile pages of 1,000 to 20,000 figures. The
figures go to `benchmarks/out/RESULTS.quick.md` (git ignores it) unless `--results` says
otherwise, so a quick run never overwrites the archive-scale figures in RESULTS.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import end_to_end, extraction_scale, incremental, load, parse

QUICK_RESULTS = Path(__file__).resolve().parent / "out" / "RESULTS.quick.md"


def main(argv: list[str] | None = None) -> int:
    """Run the five benchmarks one after the other; non-zero if any of them failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="archive size (end to end, "
                        "incremental)")
    parser.add_argument("--parse-pages", type=int, default=500)
    parser.add_argument("--facts", type=int, default=200_000)
    parser.add_argument("--results", type=Path, default=QUICK_RESULTS)
    args = parser.parse_args(argv)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    res = ["--results", str(args.results)]
    codes = []
    for name, fn, extra in (
        ("parse", parse.main, ["--pages", str(args.parse_pages)]),
        ("load", load.main, ["--facts", str(args.facts), "--batch", str(min(args.facts,
                                                                          100_000))]),
        ("incremental", incremental.main, ["--pages", str(args.pages)]),
        ("end to end", end_to_end.main, ["--pages", str(args.pages)]),
        ("extraction scale", extraction_scale.main, ["--sizes", "1000", "4000", "20000"]),
    ):
        print(f"\n## {name}")
        codes.append(fn([*extra, *res]))
    print(f"\nfigures written to {args.results}")
    return max(codes)


if __name__ == "__main__":
    raise SystemExit(main())
