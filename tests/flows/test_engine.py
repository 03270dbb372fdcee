"""The local engine: the flow body without Prefect, retries like the Prefect task, the choice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.engine import LocalEngine, RetryPolicy, api_url_configured, choose_engine


def test_a_flaky_function_is_retried_by_its_policy_and_the_last_failure_raises(
    tmp_path: Path,
) -> None:
    calls: list[int] = []

    def flaky(n: int) -> int:
        calls.append(n)
        if len(calls) < 3:
            raise ConnectionError("site down")
        return n * 2

    def broken() -> None:
        raise ConnectionError("still down")

    policy = RetryPolicy(retries=2, backoff_factor=0.001, jitter=0.5)
    with LocalEngine(2, tmp_path, {flaky: policy, broken: policy}) as engine:
        assert engine.submit(flaky, 21).result() == 42
        assert calls == [21, 21, 21]
        with pytest.raises(ConnectionError, match="still down"):
            engine.submit(broken).result()


def test_functions_without_a_policy_run_once(tmp_path: Path) -> None:
    calls: list[str] = []

    def parse() -> None:
        calls.append("x")
        raise ValueError("bad page")

    with LocalEngine(1, tmp_path) as engine, pytest.raises(ValueError):
        engine.call(parse)
    assert calls == ["x"]


def test_the_artifact_is_a_markdown_file(tmp_path: Path) -> None:
    with LocalEngine(1, tmp_path / "runs") as engine:
        where = engine.artifact("cakupan-nightly-summary", "# run\n", "cakupan nightly run x")
    assert where is not None and Path(where).read_text(encoding="utf-8").endswith("# run\n")


def test_prefect_runs_the_flow_when_a_server_is_configured_or_for_dask(tmp_path: Path) -> None:
    assert choose_engine("auto", "threads", None, {}) == "local"
    assert choose_engine("auto", "threads", None, {"PREFECT_API_URL": "http://h/api"}) == "prefect"
    assert choose_engine("auto", "dask", None, {}) == "prefect"
    assert choose_engine("prefect", "threads", None, {}) == "prefect"
    assert choose_engine("local", "threads", None, {"PREFECT_API_URL": "http://h/api"}) == "local"
    (tmp_path / "profiles.toml").write_text(
        'active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://h/api"\n'
        '[profiles.ephemeral]\nPREFECT_SERVER_ALLOW_EPHEMERAL_MODE = "true"\n', encoding="utf-8")
    assert api_url_configured({"PREFECT_HOME": str(tmp_path)})
    assert not api_url_configured({"PREFECT_HOME": str(tmp_path), "PREFECT_PROFILE": "ephemeral"})
    (tmp_path / "profiles.toml").write_text("not toml [", encoding="utf-8")
    assert not api_url_configured({"PREFECT_HOME": str(tmp_path)})


def test_the_local_path_never_imports_prefect() -> None:
    code = ("import sys; from flows import pipeline, engine, work; "
            "print('prefect' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_the_flows_are_still_reachable_from_flows_pipeline() -> None:
    from flows import pipeline, prefect_flows

    assert pipeline.nightly is prefect_flows.nightly
    assert pipeline.ingest_source.name == "ingest-source"
    with pytest.raises(AttributeError):
        _ = pipeline.no_such_flow


@pytest.mark.usefixtures("prefect_harness")
def test_with_a_server_configured_the_cli_records_the_run_its_state_and_artifact(
    tmp_path: Path,
) -> None:
    import os
    import shutil

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    repo = Path(__file__).resolve().parents[2]
    shutil.copytree(repo / "raw", tmp_path / "raw")
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()),
           "CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "CAKUPAN_RAW_DIR": str(tmp_path / "raw"),
           "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect"),
           "CAKUPAN_DOCS_DIR": str(tmp_path / "docs")}
    run = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--offline", "--no-docs",
                          "--source", "rri"], capture_output=True, text=True, env=env,
                         cwd=repo, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Prefect start-up" in run.stdout
    run_id = next(w for w in run.stdout.split() if w.endswith(tuple("0123456789abcdef"))
                  and "T" in w and "Z-" in w)
    with get_client(sync_client=True) as client:
        flow_runs = client.read_flow_runs()
        artifacts = client.read_artifacts()
    assert any(r.state is not None and r.state.is_completed() for r in flow_runs)
    assert any(a.key == "cakupan-ingest-source-summary" and run_id in str(a.data)
               for a in artifacts)
