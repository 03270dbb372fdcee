"""Load speed: facts per second through load_batch, and row-by-row executemany for comparison.

Run `python -m warehouse.bench` (add `--facts N --sample M`); it works in a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

from transforms.model import METRICS, SEGMENTS
from warehouse.batch import FACT_SCHEMA
from warehouse.db import connect
from warehouse.load import LoadBatch, load_batch


def synthetic_batch(
    n_facts: int, *, per_article: int = 10, run_id: str = "20261121T010000Z-bbbbbb"
) -> LoadBatch:
    """`n_facts` distinct facts over n_facts / per_article articles (for speed and kill tests)."""
    n_articles = max(1, n_facts // per_article)
    ids = [f"{i:016x}" for i in range(n_articles)]
    art = pd.DataFrame(
        {
            "article_id": ids,
            "source_id": "synthetic",
            "url": [f"https://example.test/a/{i}" for i in ids],
            "raw_sha256": [i.ljust(64, "f") for i in ids],
            "title": "Synthetic article",
            "published": dt.date(2024, 12, 24),
            "published_source": "page",
            "relevant": True,
            "relevance_reason": "synthetic",
            "n_paragraphs": 5,
            "n_facts": per_article,
            "parser_version": "0.1.0",
            "run_id": run_id,
            "error": None,
        }
    )
    k = pd.RangeIndex(n_facts)
    article_idx = k // per_article
    fact = pd.DataFrame(
        {
            "fact_id": [f"{i:016x}" for i in range(n_facts)],
            "article_id": art["article_id"].to_numpy()[article_idx],
            "source_id": "synthetic",
            "url": art["url"].to_numpy()[article_idx],
            "raw_sha256": art["raw_sha256"].to_numpy()[article_idx],
            "parser_version": "0.1.0",
            "run_id": run_id,
            "published": dt.date(2024, 12, 24),
            "area": [f"Area {i % 500}" for i in range(n_facts)],
            "area_type": "regency",
            "area_code": None,
            "area_mention": "Area",
            "metric": [METRICS[i % len(METRICS)] for i in range(n_facts)],
            "segment": [SEGMENTS[i % len(SEGMENTS)] for i in range(n_facts)],
            "value": [float(i) for i in range(n_facts)],
            "unit": "count",
            "is_target": False,
            "target_year": pd.array([None] * n_facts, dtype="Int64"),
            "as_of": "2024-12",
            "approximate": False,
            "evidence": "Tercatat ada 170.607 tenaga kerja yang aktif sebagai peserta.",
            "evidence_start": 0,
            "evidence_end": 60,
            "value_text": "170.607",
            "flags": [[] for _ in range(n_facts)],
            "rules": [[] for _ in range(n_facts)],
        }
    )
    return LoadBatch(run_id=run_id, articles=art, facts=fact)


def bench_load(n_facts: int, folder: Path) -> tuple[float, float, float]:
    """Wall seconds of one load_batch of n_facts new facts and of the checkpoint after it,
    and the CPU seconds of the load (all threads: less sensitive to a busy machine)."""
    con = connect(folder / "bench.duckdb")
    try:
        batch = synthetic_batch(n_facts)
        started, cpu_started = time.perf_counter(), time.process_time()
        result = load_batch(con, batch)
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        con.execute("checkpoint")
        checkpointed = time.perf_counter()
    finally:
        con.close()
    if result.inserted != n_facts:
        raise RuntimeError(f"expected {n_facts} facts inserted, got {result.inserted}")
    return loaded - started, checkpointed - loaded, cpu_loaded - cpu_started


def bench_executemany(n_rows: int, folder: Path) -> float:
    """Seconds to insert n_rows facts one by one with executemany (the slow way, for contrast)."""
    con = connect(folder / "rows.duckdb")
    try:
        facts = synthetic_batch(n_rows).facts
        names = list(FACT_SCHEMA.names)
        rows = [
            [None if v is pd.NA else v for v in row]
            for row in facts[names].itertuples(index=False, name=None)
        ]
        sql = (
            f"insert into facts ({', '.join(names)}, loaded_at) "
            f"values ({', '.join('?' for _ in names)}, current_timestamp)"
        )
        started = time.perf_counter()
        con.executemany(sql, rows)
        return time.perf_counter() - started
    finally:
        con.close()


def main() -> None:
    """Print both speeds: the best and the median of `--repeat` bulk loads."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for i in range(args.repeat):
            folder = Path(tmp) / str(i)
            folder.mkdir()
            runs.append(bench_load(args.facts, folder))
        slow = bench_executemany(args.sample, Path(tmp))
    loads = [load for load, _, _ in runs]
    totals = [load + checkpoint for load, checkpoint, _ in runs]
    cpu = [cpu for _, _, cpu in runs]
    for label, times in (
        ("load_batch (wall)", loads),
        ("load_batch + checkpoint (wall)", totals),
        ("load_batch (CPU, all threads)", cpu),
    ):
        best, median = min(times), statistics.median(times)
        print(
            f"{label}: {args.facts} facts, best {best:.3f} s = {args.facts / best:,.0f} facts/s, "
            f"median {median:.3f} s = {args.facts / median:,.0f} facts/s ({args.repeat} runs)"
        )
    print(f"executemany: {args.sample} facts in {slow:.3f} s = {args.sample / slow:,.0f} facts/s")


if __name__ == "__main__":
    main()
