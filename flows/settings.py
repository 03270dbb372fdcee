"""One typed settings object, built once at the edge (CLI or deployment) and passed explicitly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

#: The checkout this package runs from: defaults live inside it, in folders git ignores.
PROJECT_ROOT = Path(__file__).resolve().parent.parent

TASK_RUNNERS = ("threads", "dask")
#: Who runs the flows: auto (Prefect when a server is configured or for Dask, else local).
ENGINES = ("auto", "local", "prefect")


def published_path_for(warehouse: Path) -> Path:
    """The read-only copy analysts open, next to the master file the runs write."""
    return warehouse.with_name(warehouse.stem + ".published" + (warehouse.suffix or ".duckdb"))


@dataclass(frozen=True, slots=True)
class Settings:
    """Where things live and how a run behaves; nothing else reads the environment."""

    raw_dir: Path = PROJECT_ROOT / "raw"
    warehouse: Path = PROJECT_ROOT / "var" / "cakupan.duckdb"
    sources_file: Path = PROJECT_ROOT / "extractors" / "sources.toml"
    docs_dir: Path = PROJECT_ROOT / "var" / "gx" / "data_docs"
    prefect_home: Path = PROJECT_ROOT / "var" / "prefect"
    #: Parse-and-extract runs on threads by default, or on Dask (a LocalCluster or an address).
    task_runner: str = "threads"
    workers: int = 2
    dask_address: str | None = None
    #: Pages per parse task: big enough that orchestration stays a small share of the run.
    chunk_size: int = 250
    #: How long a second run waits for the warehouse writer lock before giving up.
    lock_timeout: float = 30.0
    #: A batch whose failing share of facts exceeds this is held back (the GX gate).
    max_bad_share: float = 0.5
    #: Build Great Expectations Data Docs after each validation.
    data_docs: bool = True
    user_agent: str | None = None
    #: Who runs the flows' tasks (flows.engine): the Prefect engine records runs on an API.
    engine: str = "auto"
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def published(self) -> Path:
        """The published read-only warehouse."""
        return published_path_for(self.warehouse)

    @property
    def artifacts_dir(self) -> Path:
        """Where the local engine writes each flow's Markdown run summary."""
        return self.warehouse.parent / "runs"

    @property
    def report_dir(self) -> Path:
        """Where the nightly flow and `cakupan report` write the analyst report."""
        return self.warehouse.parent / "report"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then CAKUPAN_* environment variables, then explicit overrides (CLI flags)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        paths = {
            "CAKUPAN_WAREHOUSE": "warehouse",
            "CAKUPAN_RAW_DIR": "raw_dir",
            "CAKUPAN_SOURCES_FILE": "sources_file",
            "CAKUPAN_DOCS_DIR": "docs_dir",
            "CAKUPAN_PREFECT_HOME": "prefect_home",
        }
        for var, name in paths.items():
            if env.get(var):
                values[name] = Path(env[var]).expanduser()
        if env.get("CAKUPAN_TASK_RUNNER"):
            values["task_runner"] = env["CAKUPAN_TASK_RUNNER"]
        if env.get("CAKUPAN_DASK_ADDRESS"):
            values["dask_address"] = env["CAKUPAN_DASK_ADDRESS"]
        if env.get("CAKUPAN_ENGINE"):
            values["engine"] = env["CAKUPAN_ENGINE"]
        if env.get("CAKUPAN_WORKERS"):
            values["workers"] = int(env["CAKUPAN_WORKERS"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = replace(cls(), **values)
        settings.check()
        return settings

    def check(self) -> None:
        """Refuse settings that cannot work, with a message a user can act on."""
        if self.task_runner not in TASK_RUNNERS:
            raise ValueError(
                f"task runner must be one of {', '.join(TASK_RUNNERS)}, not {self.task_runner!r}"
            )
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, not {self.workers}")
        if self.chunk_size < 1:
            raise ValueError(f"chunk size must be at least 1, not {self.chunk_size}")
        if not 0 < self.max_bad_share <= 1:
            raise ValueError(f"max bad share must be in (0, 1], not {self.max_bad_share}")
