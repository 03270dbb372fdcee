"""Prefect's process environment: quiet, offline and fast, set before Prefect is imported."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

#: Set unless the user set them: telemetry off, no usage notice, no DNS lookups (shared/STACK.md).
QUIET_DEFAULTS: dict[str, str] = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # The temporary server can miss its 20 s start-up limit on a slow machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "DASK_LOGGING__DISTRIBUTED": "warning",
    "DASK_DISTRIBUTED__LOGGING__DISTRIBUTED": "warning",
}

#: Only for the temporary local API: its SQLite answers "database is locked" under load, and these
#: two services were the cause (STACK.md: zero failures in 20 sessions with them off).
EPHEMERAL_ONLY: dict[str, str] = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
}


def prepare_prefect_env(
    prefect_home: Path, environ: MutableMapping[str, str] | None = None
) -> bool:
    """Point Prefect at our home folder and quiet it; True when no API server is configured."""
    env = os.environ if environ is None else environ
    prefect_home.mkdir(parents=True, exist_ok=True)
    env.setdefault("PREFECT_HOME", str(prefect_home))
    for key, value in QUIET_DEFAULTS.items():
        env.setdefault(key, value)
    ephemeral = not env.get("PREFECT_API_URL")
    if ephemeral:
        for key, value in EPHEMERAL_ONLY.items():
            env.setdefault(key, value)
    return ephemeral


@contextlib.contextmanager
def no_heartbeat() -> Iterator[None]:
    """Each flow run waits about 1 s for a heartbeat thread; no environment variable removes it."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@contextlib.contextmanager
def ephemeral_api_for_processes(settings: Any, ephemeral: bool) -> Iterator[None]:
    """Dask process workers need one shared API: start the temporary server here and export it.

    Without this, each worker process would start its own temporary server on the same SQLite
    file (shared/STACK.md). Threads need nothing: Prefect starts the server in-process.
    """
    if not (ephemeral and settings.task_runner == "dask" and not settings.dask_address):
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    server = SubprocessASGIServer()
    server.start(timeout=90)
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        server.stop()
