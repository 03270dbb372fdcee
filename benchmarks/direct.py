"""The pipeline's steps called directly, without Prefect: what orchestration is compared against.

    .venv/bin/python -m benchmarks.direct --raw-dir RAW --warehouse W.duckdb [--workers 2]

The same functions the Prefect tasks wrap (`flows.steps`: pending pages, process_chunk,
validate_batch, build_batch; `warehouse.load.load_batch`; `warehouse.publish.publish`), with
the same chunk and batch sizes, in one thread, or with `--workers N` in N processes (parsing
only; validation and loading stay in the parent, the single writer). Prints one line:
"direct: N pages, F facts loaded, Q quarantined, work X s, total Y s".
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from flows import steps
from flows.pipeline import LOAD_BATCH_PAGES
from flows.settings import Settings
from transforms.version import PARSER_VERSION


def _results(settings: Settings, pending: list[steps.PageRef], run_id: str, workers: int,
             selectors: dict[str, Any]) -> Iterator[steps.ChunkResult]:
    """Chunk results in order, parsed here or in a bounded pool of processes."""
    raw = str(settings.raw_dir)
    chunk_iter = steps.chunks(pending, settings.chunk_size)
    if workers <= 1:
        for chunk in chunk_iter:
            yield steps.process_chunk(raw, chunk, run_id, selectors)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        in_flight: list[Future[steps.ChunkResult]] = []
        for chunk in chunk_iter:
            in_flight.append(pool.submit(steps.process_chunk, raw, chunk, run_id, selectors))
            if len(in_flight) >= workers * 2:
                yield in_flight.pop(0).result()
        for fut in in_flight:
            yield fut.result()


def run(settings: Settings, workers: int = 1) -> dict[str, Any]:
    """Process every pending page of the raw store into the warehouse; the run's counts."""
    from extractors.landing import RawStore
    from extractors.sources import load_sources
    from warehouse.db import connect
    from warehouse.load import load_batch, processed_pages
    from warehouse.publish import publish

    started = time.perf_counter()
    run_id = steps.new_run_id()
    con = connect(settings.warehouse)
    counts = {"pages": 0, "facts": 0, "quarantined": 0, "held_back": 0, "work_s": 0.0}
    try:
        store = RawStore(settings.raw_dir)
        pending = steps.pending_pages(store, processed_pages(con, PARSER_VERSION))
        manifest = {row.sha256: row for row in pending.pages}
        selectors = steps.selectors_by_source(load_sources(settings.sources_file))
        buffered: list[steps.ChunkResult] = []

        def flush() -> None:
            t0 = time.perf_counter()
            articles = [a for r in buffered for a in r.articles]
            facts = [f for r in buffered for f in r.facts]
            verdict = steps.validate_batch(facts, articles, run_id=run_id, docs_dir=None,
                                           max_bad_share=settings.max_bad_share)
            if verdict.gate_passed:
                pages = [manifest[a["raw_sha256"]] for a in articles
                         if a["raw_sha256"] in manifest]
                batch = steps.build_batch(run_id, articles, verdict.good, verdict.quarantined,
                                          pages)
                result = load_batch(con, batch)
                counts["facts"] += result.inserted
                counts["quarantined"] += len(verdict.quarantined)
            else:
                counts["held_back"] += len(articles)
            counts["pages"] += len(articles)
            counts["work_s"] += time.perf_counter() - t0
            buffered.clear()

        for result in _results(settings, pending.pages, run_id, workers, selectors):
            counts["work_s"] += result.seconds
            buffered.append(result)
            if sum(len(r.articles) for r in buffered) >= LOAD_BATCH_PAGES:
                flush()
        if buffered:
            flush()
        con.execute("checkpoint")
    finally:
        con.close()
    publish(settings.warehouse, settings.published)
    counts["total_s"] = time.perf_counter() - started
    return counts


def main(argv: list[str] | None = None) -> int:
    """Command line: run and print the one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw-dir", type=Path, required=True)
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=1, help="parse processes (1: in-thread)")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    settings = Settings.from_env(raw_dir=args.raw_dir, warehouse=args.warehouse, data_docs=False)
    c = run(settings, args.workers)
    print(f"direct: {c['pages']} pages, {c['facts']} facts loaded, {c['quarantined']} "
          f"quarantined, {c['held_back']} pages held back, work {c['work_s']:.1f} s, "
          f"total {c['total_s']:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
