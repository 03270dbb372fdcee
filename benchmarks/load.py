"""Facts per second into DuckDB through the real `warehouse.load.load_batch`, against row-by-row.

    .venv/bin/python -m benchmarks.load --facts 500000

Synthetic batches in the contract's shape (docs/architecture.md: facts, articles, pages; six
facts per relevant article, evidence sentences of real length) go into a fresh warehouse
(`warehouse.db.connect`, migrations applied) through `load_batch`, one transaction per batch.
Only `load_batch` is timed (its Arrow conversion included); building the DataFrames is timed
apart. Two shapes: big batches (throughput) and the pipeline's own batch (`PIPELINE_BATCH_PAGES`
pages of which 12% are relevant, as `flows.pipeline.LOAD_BATCH_PAGES`). The row-by-row baseline is
`executemany` of one INSERT per fact on a small sample, in one transaction, extrapolated to
the same number of facts (it is said so in the output). The engine's ceiling is a bare
INSERT ... SELECT of the same Arrow facts into the same table. Goal: at least 200,000 facts/s.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks import report
from transforms.model import METRICS, SEGMENTS
from transforms.rows import ARTICLE_COLUMNS, FACT_COLUMNS

GOAL_FACTS_PER_S = 200_000
FACTS_PER_ARTICLE = 6
#: flows.pipeline.LOAD_BATCH_PAGES (not imported: that would import Prefect into the benchmark;
#: tests/test_benchmarks.py checks that the two agree).
PIPELINE_BATCH_PAGES = 10_000
AREAS = ("Kediri", "Demak", "Semarang", "Jawa Tengah", "Magelang", "Grobogan", "Kudus", "Jepara")
AREA_TYPES = ("branch", "regency", "city", "province")
PAGE_COLUMNS = (
    "sha256",
    "url",
    "final_url",
    "source",
    "fetched_at",
    "status",
    "content_type",
    "etag",
    "last_modified",
    "size",
)


def _hex(text: str, n: int = 16) -> str:
    """Hex ids like the real ones."""
    return hashlib.sha256(text.encode()).hexdigest()[:n]


@dataclass(slots=True)
class Batch:
    """The frames of one batch and how many facts it holds."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    pages: pd.DataFrame
    n_facts: int


def fact_row(rng: random.Random, article: int, k: int, run_id: str) -> dict[str, Any]:
    """One fact row in the contract's shape."""
    value = float(rng.randint(100, 900_000))
    evidence = (
        f"BPJS Ketenagakerjaan Cabang {AREAS[article % len(AREAS)]} mencatat hingga "
        f"Oktober 2024 jumlah peserta aktif mencapai {value:,.0f} pekerja penerima upah."
    )
    return {
        "fact_id": _hex(f"fact-{article}-{k}"),
        "article_id": _hex(f"article-{article}"),
        "source_id": "radioidola",
        "url": f"https://www.radioidola.com/2024/artikel-{article}/",
        "raw_sha256": _hex(f"page-{article}", 64),
        "parser_version": "bench",
        "run_id": run_id,
        "published": pd.Timestamp(2024, 11, 1 + article % 28).date(),
        "area": AREAS[article % len(AREAS)],
        "area_type": AREA_TYPES[article % len(AREA_TYPES)],
        "area_code": None,
        "area_mention": f"Cabang {AREAS[article % len(AREAS)]}",
        "metric": METRICS[k % len(METRICS)],
        "segment": SEGMENTS[k % len(SEGMENTS)],
        "value": value,
        "unit": "count",
        "is_target": False,
        "target_year": None,
        "as_of": "2024-10",
        "approximate": False,
        "evidence": evidence,
        "evidence_start": 120,
        "evidence_end": 120 + len(evidence),
        "value_text": f"{value:,.0f}".replace(",", "."),
        "flags": [],
        "rules": [],
    }


def article_row(article: int, n_facts: int, run_id: str) -> dict[str, Any]:
    """One article row (relevant when it has facts)."""
    return {
        "article_id": _hex(f"article-{article}"),
        "source_id": "radioidola",
        "url": f"https://www.radioidola.com/2024/artikel-{article}/",
        "raw_sha256": _hex(f"page-{article}", 64),
        "title": f"Artikel nomor {article}",
        "published": pd.Timestamp(2024, 11, 1 + article % 28).date(),
        "published_source": "page",
        "relevant": n_facts > 0,
        "relevance_reason": "bench",
        "n_paragraphs": 10,
        "n_facts": n_facts,
        "parser_version": "bench",
        "run_id": run_id,
        "error": None,
    }


def page_row(article: int) -> dict[str, Any]:
    """One landed-page row."""
    url = f"https://www.radioidola.com/2024/artikel-{article}/"
    return {
        "sha256": _hex(f"page-{article}", 64),
        "url": url,
        "final_url": url,
        "source": "radioidola",
        "fetched_at": "2024-11-02T00:00:00Z",
        "status": 200,
        "content_type": "text/html; charset=UTF-8",
        "etag": None,
        "last_modified": None,
        "size": 150_000,
    }


def batches(
    total_facts: int,
    batch_facts: int,
    *,
    relevant_share: float = 1.0,
    seed: int = 0,
    run_id: str = "20241101T000000Z-bench0",
) -> Iterator[Batch]:
    """Batches of about `batch_facts` facts; `relevant_share` of articles carry facts."""
    rng = random.Random(seed)
    article = made = 0
    while made < total_facts:
        facts: list[dict[str, Any]] = []
        articles: list[dict[str, Any]] = []
        pages: list[dict[str, Any]] = []
        while len(facts) < batch_facts and made + len(facts) < total_facts:
            relevant = rng.random() < relevant_share
            n = min(FACTS_PER_ARTICLE, total_facts - made - len(facts)) if relevant else 0
            facts.extend(fact_row(rng, article, k, run_id) for k in range(n))
            articles.append(article_row(article, n, run_id))
            pages.append(page_row(article))
            article += 1
        made += len(facts)
        yield Batch(
            pd.DataFrame(articles, columns=list(ARTICLE_COLUMNS)),
            pd.DataFrame(facts, columns=list(FACT_COLUMNS)),
            pd.DataFrame(pages, columns=list(PAGE_COLUMNS)),
            len(facts),
        )


@dataclass(slots=True)
class LoadFigures:
    """Seconds and counts of one shape of load."""

    facts: int = 0
    articles: int = 0
    batches: int = 0
    load_s: float = 0.0
    #: CPU time of the process (DuckDB's threads included) during the timed calls.
    cpu_s: float = 0.0
    build_s: float = 0.0

    @property
    def rate(self) -> float:
        """Facts per second through load_batch."""
        return self.facts / self.load_s if self.load_s else 0.0


def bulk(db: Path, total_facts: int, batch_facts: int, relevant_share: float) -> LoadFigures:
    """Load synthetic batches through load_batch into a fresh warehouse; time each call."""
    from warehouse.db import connect
    from warehouse.load import LoadBatch, load_batch

    con = connect(db)
    fig = LoadFigures()
    try:
        it = batches(total_facts, batch_facts, relevant_share=relevant_share)
        while True:
            t0 = time.perf_counter()
            b = next(it, None)
            fig.build_s += time.perf_counter() - t0
            if b is None:
                break
            t1 = time.perf_counter()
            c0 = time.process_time()
            result = load_batch(
                con,
                LoadBatch(
                    run_id="20241101T000000Z-bench0",
                    articles=b.articles,
                    facts=b.facts,
                    pages=b.pages,
                ),
            )
            fig.load_s += time.perf_counter() - t1
            fig.cpu_s += time.process_time() - c0
            if result.inserted != b.n_facts:
                raise RuntimeError(f"load_batch inserted {result.inserted} of {b.n_facts} facts")
            fig.facts += b.n_facts
            fig.articles += len(b.articles)
            fig.batches += 1
    finally:
        con.close()
    return fig


def row_by_row(db: Path, sample: int) -> LoadFigures:
    """executemany of one INSERT per fact (the sample), in one transaction, timed."""
    from warehouse.db import connect

    con = connect(db)
    fig = LoadFigures()
    try:
        b = next(batches(sample, sample))
        cols = ", ".join(FACT_COLUMNS)
        marks = ", ".join("?" for _ in FACT_COLUMNS)
        rows = [
            tuple(r)
            for r in b.facts.astype(object).where(b.facts.notna(), None).itertuples(index=False)
        ]
        t0 = time.perf_counter()
        c0 = time.process_time()
        con.execute("begin transaction")
        con.executemany(
            f"insert into facts ({cols}, loaded_at) values ({marks}, current_timestamp)", rows
        )
        con.execute("commit")
        fig.load_s = time.perf_counter() - t0
        fig.cpu_s += time.process_time() - c0
        fig.facts = len(rows)
    finally:
        con.close()
    return fig


def ceiling(db: Path, total_facts: int, batch_facts: int) -> LoadFigures:
    """The engine's floor: one bare INSERT ... SELECT from Arrow into the same facts table."""
    from warehouse.batch import FACT_SCHEMA, to_arrow
    from warehouse.db import connect

    con = connect(db)
    fig = LoadFigures()
    cols = ", ".join(FACT_SCHEMA.names)
    try:
        for b in batches(total_facts, batch_facts):
            t0 = time.perf_counter()
            c0 = time.process_time()
            con.register("_bench_facts", to_arrow(b.facts, FACT_SCHEMA, "facts"))
            con.execute("begin transaction")
            con.execute(f"insert into facts ({cols}, loaded_at) select {cols}, current_timestamp "
                        "from _bench_facts")
            con.execute("commit")
            con.unregister("_bench_facts")
            fig.load_s += time.perf_counter() - t0
            fig.cpu_s += time.process_time() - c0
            fig.facts += b.n_facts
            fig.batches += 1
    finally:
        con.close()
    return fig


def run(total_facts: int, batch_facts: int, sample: int) -> dict[str, LoadFigures]:
    """The three measures, each in its own fresh warehouse in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="cakupan-bench-load-") as tmp:
        out = {
            "bulk": bulk(Path(tmp) / "bulk.duckdb", total_facts, batch_facts, 1.0),
            # The pipeline's batch: 10,000 pages, 12% relevant, 6 facts each (~7,200 facts).
            "pipeline": bulk(
                Path(tmp) / "pipe.duckdb",
                min(total_facts, 72_000),
                int(PIPELINE_BATCH_PAGES * 0.12 * FACTS_PER_ARTICLE),
                0.12,
            ),
            "rows": row_by_row(Path(tmp) / "rows.duckdb", sample),
            "ceiling": ceiling(Path(tmp) / "ceiling.duckdb", total_facts, batch_facts),
        }
    return out


def summary_lines(figs: dict[str, LoadFigures], total_facts: int) -> list[str]:
    """The figures as Markdown bullet lines."""
    b, p, r, c = figs["bulk"], figs["pipeline"], figs["rows"], figs["ceiling"]
    extrapolated = total_facts / r.rate if r.rate else float("inf")
    return [
        f"- load_batch, big batches: {b.facts} facts in {b.batches} batches of "
        f"~{b.facts // max(b.batches, 1)}: {b.load_s:.2f} s (CPU {b.cpu_s:.2f} s), "
        f"**{b.rate:,.0f} facts/s** "
        f"(building the DataFrames, not timed in it: {b.build_s:.1f} s); goal >= "
        f"{GOAL_FACTS_PER_S:,}/s: {report.verdict(b.rate, GOAL_FACTS_PER_S)}",
        f"- load_batch, the pipeline's batch shape ({PIPELINE_BATCH_PAGES:,} pages, 12% relevant): "
        f"{p.facts} facts "
        f"and {p.articles} articles in {p.batches} batches: {p.load_s:.2f} s "
        f"(CPU {p.cpu_s:.2f} s), "
        f"**{p.rate:,.0f} facts/s** ({p.articles / p.load_s if p.load_s else 0:,.0f} article "
        f"rows/s); goal: {report.verdict(p.rate, GOAL_FACTS_PER_S)}",
        f"- the engine's ceiling on this disk: a bare `insert into facts select ... from` the "
        f"Arrow table (same table, primary key, one transaction per batch, no history, no "
        f"articles): {c.facts} facts in {c.load_s:.2f} s (CPU {c.cpu_s:.2f} s), "
        f"**{c.rate:,.0f} facts/s**; "
        f"load_batch does {b.rate / c.rate if c.rate else 0:.0%} of that",
        f"- row by row (executemany, one transaction) measured on a sample of {r.facts} facts: "
        f"{r.load_s:.2f} s (CPU {r.cpu_s:.2f} s), {r.rate:,.0f} facts/s; **extrapolated** to "
        f"{total_facts:,} facts: "
        f"{extrapolated:,.0f} s, vs {b.load_s:.1f} s bulk: bulk is "
        f"**{b.rate / r.rate if r.rate else 0:,.0f}x** faster",
    ]


def main(argv: list[str] | None = None) -> int:
    """Command line: run, print, update RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=500_000)
    parser.add_argument("--batch", type=int, default=100_000, help="facts per big batch")
    parser.add_argument("--sample", type=int, default=2000, help="row-by-row sample size")
    parser.add_argument("--results", type=Path, default=report.RESULTS)
    args = parser.parse_args(argv)
    if min(args.facts, args.batch, args.sample) < 1:
        parser.error("--facts, --batch and --sample must be positive")
    figs = run(args.facts, args.batch, args.sample)
    lines = summary_lines(figs, args.facts)
    print("\n".join(lines))
    report.update_results(
        "load",
        "2. Load into DuckDB",
        f"python -m benchmarks.load --facts {args.facts}",
        lines,
        args.results,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
