"""Who runs a flow's tasks: Prefect (runs, states, artifacts on an API) or a local thread pool.

With no Prefect server configured, `cakupan run` used to start Prefect's temporary API server
for every run: 13-16 s of a 17-21 s five-page run, spent booting and stopping a subprocess whose
records were thrown away with it. The local engine runs the same flow body, the same task
functions and the same fetch retry policy on a thread pool, without importing Prefect (which
alone costs about 1 s). This module imports nothing of Prefect; `flows.tasks.PrefectEngine` is
the other implementation.
"""

from __future__ import annotations

import logging
import os
import random
import time
import tomllib
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Task-level retries: the Prefect task and the local engine read the same numbers."""

    retries: int = 0
    backoff_factor: float = 0.0
    jitter: float = 0.0

    def delays(self) -> list[float]:
        """Seconds to wait before each retry: exponential, like prefect's exponential_backoff."""
        return [self.backoff_factor * 2**i for i in range(self.retries)]


#: Only fetching retries (I/O); parsing is deterministic, so a retry would fail the same way.
FETCH_RETRY = RetryPolicy(retries=2, backoff_factor=5, jitter=0.5)


class Engine(Protocol):
    """What the flow body needs from an orchestrator."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run fn(*args) in the background; the result has `.result()`."""

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run fn(*args) now, in this process, as a recorded task."""

    def info(self, message: str, *args: Any) -> None:
        """Log a line in the run's log (one per fetched source)."""

    def warning(self, message: str, *args: Any) -> None:
        """Log a warning in the run's log."""

    def artifact(self, key: str, markdown: str, description: str) -> str | None:
        """Keep the run's Markdown summary; returns where, when it is a file."""


class LocalEngine:
    """Tasks as plain calls on a thread pool; the run's record is the warehouse `runs` table."""

    def __init__(self, workers: int, artifacts_dir: Path,
                 retries: Mapping[Callable[..., Any], RetryPolicy] | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cakupan-task")
        self._artifacts_dir = artifacts_dir
        self._retries = dict(retries or {})
        self._log = logging.getLogger("cakupan.flow")

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run fn(*args) on the pool, retried by its policy."""
        return self._pool.submit(self.call, fn, *args)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run fn(*args) here, retried by its policy (none for most)."""
        policy = self._retries.get(fn, RetryPolicy())
        for delay in policy.delays():
            try:
                return fn(*args)
            except Exception as exc:  # retried like the Prefect task; the last try raises
                wait = delay * (1 + random.uniform(-policy.jitter, policy.jitter))
                self._log.warning("%s failed (%s); retrying in %.1f s", fn.__name__, exc, wait)
                time.sleep(max(0.0, wait))
        return fn(*args)

    def info(self, message: str, *args: Any) -> None:
        """Log a line (the CLI's progress reporter shows the source lines itself)."""
        self._log.info(message, *args)

    def warning(self, message: str, *args: Any) -> None:
        """Log a warning (the CLI shows WARNING and above)."""
        self._log.warning(message, *args)

    def artifact(self, key: str, markdown: str, description: str) -> str | None:
        """Write the summary to <artifacts_dir>/<key>.md (the latest run of that flow)."""
        self._artifacts_dir.mkdir(parents=True, exist_ok=True)
        path = self._artifacts_dir / f"{key}.md"
        path.write_text(f"<!-- {description} -->\n{markdown}", encoding="utf-8")
        return str(path)


def api_url_configured(environ: Mapping[str, str] | None = None) -> bool:
    """True when a Prefect server is configured: PREFECT_API_URL, or in the active profile."""
    env = os.environ if environ is None else environ
    if env.get("PREFECT_API_URL"):
        return True
    home = env.get("PREFECT_HOME")
    profiles = Path(home).expanduser() / "profiles.toml" if home else None
    if profiles is None or not profiles.is_file():
        return False
    try:
        data = tomllib.loads(profiles.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    active = env.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    return bool(data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL"))


def choose_engine(engine: str, task_runner: str, dask_address: str | None,
                  environ: Mapping[str, str] | None = None) -> str:
    """`prefect` when asked, when a server is configured or for Dask; `local` otherwise."""
    if engine != "auto":
        return engine
    if api_url_configured(environ) or task_runner == "dask" or dask_address:
        return "prefect"
    return "local"
