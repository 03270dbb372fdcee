"""Prefect tasks: each one a thin wrapper around one function tested without Prefect.

Only fetching retries (I/O); parsing is deterministic, so a retry on the same input would fail
the same way. The durable cache is the warehouse's record of (raw page hash, parser version):
pages already processed at this parser version are never submitted again (see
`flows.steps.pending_pages`), across runs and processes, which an in-memory task cache could not do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE
from prefect.tasks import exponential_backoff

from extractors.sources import Source
from flows import steps


@task(
    name="fetch-source",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    retry_jitter_factor=0.5,
    cache_policy=NONE,
    task_run_name="fetch-{source.id}",
)
def fetch_source(
    source: Source, raw_dir: Path, since: dt.date | None, limit: int | None,
    user_agent: str | None = None, until: dt.date | None = None,
) -> Any:
    """Discover and land new pages of one source (I/O only: retried with backoff)."""
    import dataclasses

    from extractors.crawl import crawl_source
    from extractors.landing import RawStore

    if user_agent:
        polite = dataclasses.replace(source.politeness, user_agent=user_agent)
        source = dataclasses.replace(source, politeness=polite)
    if getattr(source, "kind", "news") != "news":  # a report dataset (extractors/reports/)
        from extractors.reports.fetch import fetch_report

        return fetch_report(source, RawStore(raw_dir), limit=limit)
    from flows.progress import current

    def on_page(status: str) -> None:
        current().page(source.id, status)

    return crawl_source(source, RawStore(raw_dir), since=since, limit=limit, until=until,
                        on_page=on_page)


@task(name="parse-chunk", retries=0, cache_policy=NONE)
def parse_chunk(
    raw_dir: str, pages: list[steps.PageRef], run_id: str, selectors: dict[str, Any],
    page_seconds: float | None = steps.PAGE_SECONDS,
) -> steps.ChunkResult:
    """Parse and extract a chunk of landed pages (pure CPU work; never retried)."""
    return steps.process_chunk(raw_dir, pages, run_id, selectors, page_seconds)


@task(name="validate-batch", retries=0, cache_policy=NONE)
def validate_batch(facts: list[dict[str, Any]], articles: list[dict[str, Any]], run_id: str,
                   docs_dir: Path | None, max_bad_share: float,
                   report_ids: list[str] | None = None) -> steps.Verdict:
    """Gate one batch with the Great Expectations suites before it is loaded."""
    return steps.validate_batch(facts, articles, run_id=run_id, docs_dir=docs_dir,
                                max_bad_share=max_bad_share, report_ids=report_ids)


@task(name="load-batch", retries=0, cache_policy=NONE)
def load_batch(con: Any, batch: Any) -> Any:
    """Load one validated batch in one transaction (single writer)."""
    from warehouse.load import load_batch as load

    return load(con, batch)


@task(name="publish", retries=0, cache_policy=NONE)
def publish(master: Path, published: Path, group: str | None = None) -> Path:
    """Replace the analysts' read-only copy atomically after a successful run."""
    from warehouse.publish import publish as do_publish

    return do_publish(master, published, group=group)
