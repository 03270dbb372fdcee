"""The deployments `cakupan serve` registers: nightly at 02:00 Jakarta, the rest on demand."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

from flows.deployments import build_deployments, next_nightly_runs

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_next_nightly_run_is_two_in_the_morning_in_jakarta() -> None:
    start = dt.datetime(2026, 11, 21, 13, 0, tzinfo=dt.UTC)  # 20:00 in Jakarta
    first, second = next_nightly_runs(2, start=start)
    assert first == dt.datetime(2026, 11, 22, 2, 0, tzinfo=JAKARTA)
    assert first.astimezone(dt.UTC) == dt.datetime(2026, 11, 21, 19, 0, tzinfo=dt.UTC)
    assert second - first == dt.timedelta(days=1)


def test_four_deployments_only_nightly_is_scheduled() -> None:
    deployments = {d.flow_name: d for d in build_deployments()}
    assert set(deployments) == {"nightly", "ingest-source", "reprocess", "backfill"}
    assert all(d.name == "cakupan" for d in deployments.values())
    (schedule,) = deployments["nightly"].schedules
    assert schedule.schedule.cron == "0 2 * * *"
    assert schedule.schedule.timezone == "Asia/Jakarta"
    for name in ("ingest-source", "reprocess", "backfill"):
        assert not deployments[name].schedules


def test_serve_without_a_server_says_how_to_start_one() -> None:
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "serve"], capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 2
    assert "prefect server start" in proc.stderr and "PREFECT_API_URL" in proc.stderr
    assert "Traceback" not in proc.stderr
