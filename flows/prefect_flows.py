"""The Prefect flows: nightly, ingest-source, reprocess and backfill, on `flows.pipeline`'s body.

Each flow runs the shared body with the Prefect engine, so its task runs, states and Markdown
artifact are recorded on the API (a configured server, or the temporary one Prefect starts).
Each returns `flows.status.flow_state(summary)`: the run ends Failed (or Failed "Partial") when
sources fail, with the RunSummary as its data (`flows.status.summary_of` gives it back); text
dates become dates (validate_parameters), as a deployment's parameters arrive as JSON.
"""

from __future__ import annotations

import datetime as dt

from prefect import flow
from prefect.states import State

from flows.pipeline import flow_body
from flows.settings import Settings
from flows.status import flow_state
from flows.tasks import PrefectEngine


@flow(name="nightly", validate_parameters=True, log_prints=False)
def nightly(settings: Settings | None = None, since: dt.date | None = None,
            limit: int | None = None) -> State:
    """Every source, each in isolation, then validate, load and publish."""
    return flow_state(flow_body("nightly", settings or Settings.from_env(), PrefectEngine(),
                                since=since, limit=limit))


@flow(name="ingest-source", validate_parameters=True, log_prints=False)
def ingest_source(source: str | list[str] | None = None, settings: Settings | None = None,
                  offline: bool = False, since: dt.date | None = None,
                  limit: int | None = None) -> State:
    """One source (or a few) fetched and processed: the data engineer's re-run."""
    return flow_state(flow_body("ingest-source", settings or Settings.from_env(),
                                PrefectEngine(), source=source, offline=offline, since=since,
                                limit=limit))


@flow(name="reprocess", validate_parameters=True, log_prints=False)
def reprocess(source: str | list[str] | None = None, settings: Settings | None = None,
              everything: bool = False) -> State:
    """Re-parse landed pages with the current parser, without the network."""
    return flow_state(flow_body("reprocess", settings or Settings.from_env(), PrefectEngine(),
                                source=source, everything=everything))


@flow(name="backfill", validate_parameters=True, log_prints=False)
def backfill(source: str, start: dt.date, end: dt.date | None = None,
             settings: Settings | None = None, limit: int | None = None) -> State:
    """One source's archive over a date range (dated sitemap/feed entries), then processing."""
    return flow_state(flow_body("backfill", settings or Settings.from_env(), PrefectEngine(),
                                source=source, start=start, end=end, limit=limit))
