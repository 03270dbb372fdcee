"""Parse-and-extract speed on one core, against trafilatura's text extraction on the same pages.

    .venv/bin/python -m benchmarks.parse --pages 2000

Pages come from `benchmarks.corpus` (generated in memory, one at a time: generation is not
timed). Each page goes through cakupan's whole per-page path, `extractors.article.parse_html`
then `transforms.extract.extract` then `transforms.rows.fact_rows`, and through
`trafilatura.extract` (text only, no facts; its defaults, and once more with `fast=True`), in
the same process, alternating, each call timed alone in CPU time of the thread (wall time on a
shared machine would count other processes' turns). Goal: cakupan at least twice as fast as
trafilatura's default extraction.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import corpus, report
from transforms.rows import Lineage, article_id_for, fact_rows

GOAL_RATIO = 2.0


@dataclass(slots=True)
class ParseFigures:
    """Seconds spent per tool over the same pages, and what cakupan found."""

    pages: int = 0
    bytes: int = 0
    parse_s: float = 0.0
    extract_s: float = 0.0
    trafilatura_s: float = 0.0
    trafilatura_fast_s: float = 0.0
    errors: int = 0
    relevant: int = 0
    facts: int = 0
    known_relevant: int = 0
    known_facts: int = 0
    matched_facts: int = 0
    errors_seen: list[str] = field(default_factory=list)

    @property
    def cakupan_s(self) -> float:
        """parse_html + extract + rows."""
        return self.parse_s + self.extract_s

    def rate(self, seconds: float) -> float:
        """Pages per second for a time total."""
        return self.pages / seconds if seconds else 0.0

    @property
    def ratio(self) -> float:
        """How many times faster cakupan's whole path is than trafilatura's default extract."""
        return self.trafilatura_s / self.cakupan_s if self.cakupan_s else 0.0


def _key(metric: str, segment: str, value: float, unit: str) -> tuple[str, str, float, str]:
    """What a found fact must share with a known one to count as matched."""
    return (metric, segment, round(float(value), 2), unit)


def run(n: int, *, seed: int = 0, avg_kb: int = 150, trafilatura: bool = True) -> ParseFigures:
    """Time cakupan and trafilatura on n generated pages."""
    from extractors.article import ArticleError, parse_html
    from transforms.extract import extract

    traf = None
    if trafilatura:
        import trafilatura as traf
    fig = ParseFigures()
    # CPU time of this thread: the machine is shared, and wall time would count other jobs.
    clock = time.thread_time
    for page in corpus.pages(n, seed=seed, avg_kb=avg_kb):
        body, url = page.body, page.row.url
        fig.pages += 1
        fig.bytes += len(body)
        t0 = clock()
        try:
            article = parse_html(body, url=url)
        except ArticleError as exc:
            fig.errors += 1
            fig.errors_seen.append(f"{url}: {exc}")
            fig.parse_s += clock() - t0
            continue
        t1 = clock()
        extraction = extract(article)
        rows = fact_rows(
            extraction,
            Lineage(article_id_for(url), page.row.source, url, page.row.sha256, "bench", "bench"),
        )
        t2 = clock()
        fig.parse_s += t1 - t0
        fig.extract_s += t2 - t1
        if traf is not None:
            t3 = clock()
            traf.extract(body)
            t4 = clock()
            traf.extract(body, fast=True)
            fig.trafilatura_s += t4 - t3
            fig.trafilatura_fast_s += clock() - t4
        fig.relevant += extraction.relevant
        fig.facts += len(rows)
        fig.known_relevant += page.story.relevant
        fig.known_facts += len(page.story.facts)
        found = {_key(r["metric"], r["segment"], r["value"], r["unit"]) for r in rows}
        known = {_key(f.metric, f.segment, f.value, f.unit) for f in page.story.facts}
        fig.matched_facts += len(found & known)
    return fig


def summary_lines(fig: ParseFigures) -> list[str]:
    """The figures as Markdown bullet lines."""
    per_page_ms = 1000 * fig.cakupan_s / fig.pages if fig.pages else 0.0
    lines = [
        f"- pages: {fig.pages} (avg {fig.bytes / max(fig.pages, 1) / 1024:.0f} KB), "
        f"parse errors: {fig.errors}",
        f"- cakupan parse_html + extract + fact_rows: **{fig.rate(fig.cakupan_s):.0f} pages/s** "
        f"on one core ({per_page_ms:.2f} ms CPU/page: parse_html {fig.parse_s:.2f} s, "
        f"extract {fig.extract_s:.2f} s)",
    ]
    if fig.trafilatura_s:
        lines += [
            f"- trafilatura.extract (defaults, text only): {fig.rate(fig.trafilatura_s):.0f} "
            f"pages/s; with fast=True: {fig.rate(fig.trafilatura_fast_s):.0f} pages/s",
            f"- ratio (trafilatura default time / cakupan time): **{fig.ratio:.2f}x** "
            f"(vs fast=True: {fig.trafilatura_fast_s / fig.cakupan_s:.2f}x); goal >= "
            f"{GOAL_RATIO:.0f}x: {report.verdict(fig.ratio, GOAL_RATIO)}",
        ]
    lines.append(
        f"- sanity: {fig.relevant} pages judged relevant (corpus: {fig.known_relevant}); "
        f"{fig.facts} facts found, {fig.matched_facts} of the corpus's {fig.known_facts} known "
        f"facts matched on (metric, segment, value, unit)"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: run, print, update RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--avg-kb", type=int, default=150)
    parser.add_argument("--no-trafilatura", action="store_true", help="time cakupan only")
    parser.add_argument(
        "--results", type=Path, default=report.RESULTS, help="the RESULTS.md to update"
    )
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    try:
        fig = run(
            args.pages, seed=args.seed, avg_kb=args.avg_kb, trafilatura=not args.no_trafilatura
        )
    except ImportError as exc:
        print(
            f"parse: error: {exc} (install the bench extras: pip install -e '.[bench]')",
            file=sys.stderr,
        )
        return 2
    lines = summary_lines(fig)
    print("\n".join(lines))
    command = f"python -m benchmarks.parse --pages {args.pages}"
    report.update_results("parse", "1. Parse and extract (one core)", command, lines, args.results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
