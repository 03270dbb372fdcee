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


def test_deployment_parameters_are_typed_as_dates() -> None:
    from prefect.utilities.callables import parameter_schema

    from flows import pipeline

    flows = {"backfill": pipeline.backfill, "ingest-source": pipeline.ingest_source,
             "nightly": pipeline.nightly}
    for flow_name, name in (("backfill", "start"), ("backfill", "end"),
                            ("ingest-source", "since"), ("nightly", "since")):
        # The schema the deployment registers (and the server checks --param values against).
        schema = parameter_schema(flows[flow_name]).properties[name]
        options = schema.get("anyOf", [schema])
        assert {"type": "string", "format": "date"} in [
            {k: o.get(k) for k in ("type", "format")} for o in options], (flow_name, name)


def test_text_parameters_become_dates_before_the_flow_runs() -> None:
    """What `prefect deployment run ... --param start=2024-01-01` sends: text, validated."""
    import pytest
    from prefect.exceptions import ParameterTypeError

    from flows.pipeline import backfill, ingest_source, nightly

    got = backfill.validate_parameters({"source": "rri", "start": "2024-01-01",
                                        "end": "2024-12-31"})
    assert (got["start"], got["end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert ingest_source.validate_parameters({"source": "rri", "since": "2024-02-01"})[
        "since"] == dt.date(2024, 2, 1)
    assert nightly.validate_parameters({"since": "2024-03-01"})["since"] == dt.date(2024, 3, 1)
    with pytest.raises(ParameterTypeError, match="start"):
        backfill.validate_parameters({"source": "rri", "start": "01/02/2024"})
