"""Deployments served by `cakupan serve`: nightly on a cron schedule, the others on demand."""

from __future__ import annotations

import datetime as dt
from typing import Any

#: The nightly run: 02:00 in Jakarta (cron runs in UTC unless a timezone is given).
NIGHTLY_CRON = "0 2 * * *"
NIGHTLY_TIMEZONE = "Asia/Jakarta"
#: The deployment name under each flow: `prefect deployment run 'ingest-source/cakupan'`.
DEPLOYMENT_NAME = "cakupan"


def next_nightly_runs(n: int = 1, start: dt.datetime | None = None) -> list[dt.datetime]:
    """When the nightly deployment runs next (timezone-aware, Asia/Jakarta)."""
    from zoneinfo import ZoneInfo

    from cronsim import CronSim  # Prefect's own cron engine

    tz = ZoneInfo(NIGHTLY_TIMEZONE)
    begin = (start or dt.datetime.now(tz)).astimezone(tz)
    it = CronSim(NIGHTLY_CRON, begin)
    return [next(it) for _ in range(n)]


def build_deployments() -> list[Any]:
    """The four deployments: nightly (scheduled), ingest-source, reprocess, backfill (on demand)."""
    from prefect.schedules import Cron

    from flows import prefect_flows as pipeline

    return [
        pipeline.nightly.to_deployment(
            name=DEPLOYMENT_NAME,
            schedules=[Cron(NIGHTLY_CRON, timezone=NIGHTLY_TIMEZONE)],
            description="Every source: fetch, parse, validate, load, publish.",
            tags=["cakupan", "scheduled"],
        ),
        pipeline.ingest_source.to_deployment(
            name=DEPLOYMENT_NAME,
            parameters={"source": None},
            description="One source (parameter `source`), fetched and processed.",
            tags=["cakupan", "on-demand"],
        ),
        pipeline.reprocess.to_deployment(
            name=DEPLOYMENT_NAME,
            description="Re-parse landed pages with the current parser, no network.",
            tags=["cakupan", "on-demand"],
        ),
        pipeline.backfill.to_deployment(
            name=DEPLOYMENT_NAME,
            description="One source's archive from `start` (to `end`).",
            tags=["cakupan", "on-demand"],
        ),
    ]


def serve_all(limit: int | None = None) -> None:
    """Register the deployments with the server and serve them until stopped (SIGTERM is clean)."""
    from prefect import serve

    deployments = build_deployments()
    when = next_nightly_runs(1)[0]
    print(
        f"nightly/{DEPLOYMENT_NAME}: cron '{NIGHTLY_CRON}' {NIGHTLY_TIMEZONE}, "
        f"next run {when.isoformat()}"
    )
    for name in ("ingest-source", "reprocess", "backfill"):
        print(f"{name}/{DEPLOYMENT_NAME}: on demand, e.g. "
              f"prefect deployment run '{name}/{DEPLOYMENT_NAME}'"
              + (" --param source=radioidola" if name == "ingest-source" else ""))
    serve(*deployments, limit=limit)
