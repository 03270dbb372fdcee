"""Prefect tasks: each one wraps a function of `flows.work`, tested without Prefect.

Only fetching retries (I/O); parsing is deterministic, so a retry on the same input would fail
the same way. The durable cache is the warehouse's record of (raw page hash, parser version):
pages already processed at this parser version are never submitted again (see
`flows.steps.pending_pages`), across runs and processes, which an in-memory task cache could not do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from flows import work
from flows.engine import FETCH_RETRY

fetch_source = task(
    name="fetch-source",
    retries=FETCH_RETRY.retries,
    retry_delay_seconds=exponential_backoff(backoff_factor=FETCH_RETRY.backoff_factor),
    retry_jitter_factor=FETCH_RETRY.jitter,
    cache_policy=NONE,
    task_run_name="fetch-{source.id}",
)(work.fetch_source)
parse_chunk = task(name="parse-chunk", retries=0, cache_policy=NONE)(work.parse_chunk)
validate_batch = task(name="validate-batch", retries=0, cache_policy=NONE)(work.validate_batch)
load_batch = task(name="load-batch", retries=0, cache_policy=NONE)(work.load_batch)
publish = task(name="publish", retries=0, cache_policy=NONE)(work.publish)
write_report = task(name="write-report", retries=0, cache_policy=NONE)(work.write_report)

#: The task that runs each work function.
TASKS: dict[Callable[..., Any], Any] = {
    work.fetch_source: fetch_source,
    work.parse_chunk: parse_chunk,
    work.validate_batch: validate_batch,
    work.load_batch: load_batch,
    work.publish: publish,
    work.write_report: write_report,
}


class PrefectEngine:
    """Inside a flow run: each work function runs as its Prefect task (states on the API)."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Submit to the flow's task runner (threads or Dask); arguments go as they are."""
        return TASKS[fn].submit(*args)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run in the flow's process; quote(): Prefect would walk every row looking for futures
        (~0.4 ms a row for a batch's thousands of dicts, benchmarks/RESULTS.md)."""
        return TASKS[fn](*[quote(a) for a in args])

    def info(self, message: str, *args: Any) -> None:
        """The flow run's logger (a scheduler's log shows one line per source)."""
        get_run_logger().info(message, *args)

    def warning(self, message: str, *args: Any) -> None:
        """The flow run's logger."""
        get_run_logger().warning(message, *args)

    def artifact(self, key: str, markdown: str, description: str) -> str | None:
        """A Markdown artifact on the flow run."""
        create_markdown_artifact(key=key, markdown=markdown, description=description)
        return None
