"""Hardening fixtures: the session's Prefect API URL for CLI children, and the table marker."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.hardening import hostile_site as site
from tests.hardening.harness import (
    Child,
    HostileRun,
    Workspace,
    child_env,
    kill,
    start_cli,
    start_disk_children,
)
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
def early_children(api_url: str, tmp_path_factory: pytest.TempPathFactory
                   ) -> Iterator[dict[str, Any]]:
    """Start the independent CLI children at once, so they overlap the crash chain's runs.

    The hostile-site run (with its mirror, alive until the session ends) and the disk and path
    children share nothing; each test waits only for the child it reads.
    """
    with contextlib.ExitStack() as stack:
        root = tmp_path_factory.mktemp("hostile")
        (root / "site").mkdir()
        server = stack.enter_context(MirrorServer(root / "site"))
        site.build_site(root / "site", server.base_url)
        site.install_faults(server, loopback_port=int(server.base_url.rsplit(":", 1)[1]))
        sources = root / "sources.toml"
        sources.write_text(site.SOURCE.replace("{{BASE}}", server.base_url), encoding="utf-8")
        ws = Workspace(root, sources)
        hostile_child = Child(start_cli(ws.args("--source", "hostile"), child_env(root, api_url)))
        disk = start_disk_children(tmp_path_factory.mktemp("paths"), api_url)
        yield {"hostile": (hostile_child, ws, server), "disk": disk}
        for child in [hostile_child, *disk.values()]:
            if child.proc.poll() is None:
                kill(child.proc)


@pytest.fixture(scope="session")
def hostile(early_children: dict[str, Any]) -> HostileRun:
    """One `cakupan run --source hostile` over the hostile site, shared by every module."""
    child, ws, server = early_children["hostile"]
    proc = child.result()
    return HostileRun(ws, proc, server.base_url, [r.path for r in server.requests])


@pytest.fixture(scope="session")
def disk_children(early_children: dict[str, Any]) -> dict[str, Child]:
    """`cakupan run` children on impossible warehouse paths and a full disk (harness.py)."""
    return early_children["disk"]
