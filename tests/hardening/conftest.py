"""Hardening fixtures: the session's Prefect API URL for CLI children, and the table marker."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.hardening import hostile_site as site
from tests.hardening.harness import HostileRun, Workspace, child_env, run_cli
from tests.httpmirror import MirrorServer


def pytest_configure(config: pytest.Config) -> None:
    """`table_case`: a test that docs/faults.md's table must name (test_faults_table checks)."""
    config.addinivalue_line(
        "markers", "table_case: a fault or bad input listed in docs/faults.md's table"
    )


@pytest.fixture(scope="session")
def api_url(prefect_harness: None) -> str:
    """The temporary Prefect API every CLI child of this suite shares."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness gave no API URL"
    return str(url)


@pytest.fixture(scope="session")
def hostile(api_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileRun]:
    """One `cakupan run --source hostile` over the hostile site, shared by every module."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "site").mkdir()
    with MirrorServer(root / "site") as server:
        site.build_site(root / "site", server.base_url)
        site.install_faults(server, loopback_port=int(server.base_url.rsplit(":", 1)[1]))
        sources = root / "sources.toml"
        sources.write_text(site.SOURCE.replace("{{BASE}}", server.base_url), encoding="utf-8")
        ws = Workspace(root, sources)
        started = time.monotonic()
        proc = run_cli(ws.args("--source", "hostile"), child_env(root, api_url), timeout=120)
        print(f"hostile run: {time.monotonic() - started:.1f} s")
        yield HostileRun(ws, proc, server.base_url, [r.path for r in server.requests])
