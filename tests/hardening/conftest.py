"""Hardening fixtures: the session's Prefect API URL for CLI children, and the table marker."""

from __future__ import annotations

import pytest


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
