"""Test set-up: Prefect quiet, offline and in a temporary home before anything imports it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

REPO = Path(__file__).resolve().parent.parent

# `import prefect` creates its home folder at import time: point it somewhere temporary first.
_PREFECT_HOME = tempfile.mkdtemp(prefix="cakupan-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED", "false")
os.environ.setdefault("DASK_DISTRIBUTED__LOGGING__DISTRIBUTED", "warning")
# Never let a developer's configured server or warehouse leak into a test.
os.environ.pop("PREFECT_API_URL", None)
for _var in ("CAKUPAN_WAREHOUSE", "CAKUPAN_RAW_DIR", "CAKUPAN_SOURCES_FILE", "CAKUPAN_TASK_RUNNER"):
    os.environ.pop(_var, None)


# Property tests check behaviour, not speed: no per-example deadline on a busy 2-core CI machine.
hypothesis_settings.register_profile(
    "cakupan", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("cakupan")


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect API for the whole session (about 9 s once, then fast flows)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=90),
        temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield


@pytest.fixture()
def repo() -> Path:
    """The repository root, for reading shipped files (raw/, tests/golden/)."""
    return REPO
