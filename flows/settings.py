"""One typed settings object, built once at the edge (CLI or deployment) and passed explicitly."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

#: The shipped sources registry, package data (a checkout or an installed wheel alike).
DEFAULT_SOURCES_FILE = Path(__file__).resolve().parent.parent / "extractors" / "sources.toml"


def _here(*parts: str) -> Path:
    """A default path under the current directory, never inside the installed package."""
    return Path.cwd().joinpath(*parts)


TASK_RUNNERS = ("threads", "dask")
#: Who runs the flows: auto (Prefect when a server is configured or for Dask, else local).
ENGINES = ("auto", "local", "prefect")


def _env_number(env: Mapping[str, str], var: str, kind: type[int] | type[float]) -> Any:
    """A numeric environment variable; a bad value is an error that names the variable."""
    try:
        return kind(env[var])
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ValueError(f"{var} must be {what}, not {env[var]!r}") from None


def published_path_for(warehouse: Path) -> Path:
    """The read-only copy analysts open, next to the master file the runs write."""
    return warehouse.with_name(warehouse.stem + ".published" + (warehouse.suffix or ".duckdb"))


#: Every setting a user can give: (environment variable, CLI flag, default, what it is). The
#: CLI's help and the README's settings table list all of them (a test checks both).
ENV_SETTINGS: tuple[tuple[str, str, str, str], ...] = (
    ("CAKUPAN_WAREHOUSE", "--warehouse", "var/cakupan.duckdb",
     "the warehouse file runs write; analysts read <name>.published.duckdb beside it"),
    ("CAKUPAN_RAW_DIR", "--raw-dir", "raw/", "the landing folder of fetched pages"),
    ("CAKUPAN_SOURCES_FILE", "--sources-file", "the shipped extractors/sources.toml",
     "the news sites to crawl"),
    ("CAKUPAN_DOCS_DIR", "", "var/gx/data_docs/", "where Great Expectations Data Docs go"),
    ("CAKUPAN_PREFECT_HOME", "", "var/prefect/",
     "Prefect's state when no server is configured (PREFECT_HOME)"),
    ("CAKUPAN_TASK_RUNNER", "--task-runner", "threads", "where parsing runs: threads or dask"),
    ("CAKUPAN_DASK_ADDRESS", "--dask-address", "none (a local cluster)",
     "an existing Dask scheduler"),
    ("CAKUPAN_WORKERS", "--workers", "2", "parallel parse workers"),
    ("CAKUPAN_ENGINE", "--engine", "auto",
     "who runs the flows: local (no Prefect), prefect, or auto (Prefect when a server is "
     "configured or for Dask)"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Where things live and how a run behaves; nothing else reads the environment."""

    raw_dir: Path = field(default_factory=lambda: _here("raw"))
    warehouse: Path = field(default_factory=lambda: _here("var", "cakupan.duckdb"))
    sources_file: Path = DEFAULT_SOURCES_FILE
    docs_dir: Path = field(default_factory=lambda: _here("var", "gx", "data_docs"))
    prefect_home: Path = field(default_factory=lambda: _here("var", "prefect"))
    #: Parse-and-extract runs on threads by default, or on Dask (a LocalCluster or an address).
    task_runner: str = "threads"
    workers: int = 2
    dask_address: str | None = None
    #: Pages per parse task: big enough that orchestration stays a small share of the run.
    chunk_size: int = 250
    #: Seconds one page may take to parse and extract; past it the page keeps an article row
    #: with the reason and no facts (a hostile page never holds the run).
    page_seconds: float = 30.0
    #: The published copy is mode 0644; with a group, 0640 and owned by that group.
    published_group: str | None = None
    #: How long a second run waits for the warehouse writer lock before giving up.
    lock_timeout: float = 30.0
    #: A source whose failing share of facts exceeds this is held back (the load gate), once
    #: the sample (the run, or the source over its recent runs) holds gate_min_facts facts.
    max_bad_share: float = 0.5
    #: Below this many facts (pages, for parse errors) the gate holds nothing back: bad facts
    #: are quarantined and good ones load (expectations/gate.py).
    gate_min_facts: int = 20
    gate_min_pages: int = 10
    #: Earlier runs of a source (same parser version) that widen its sample.
    gate_recent_runs: int = 5
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
        if env.get("CAKUPAN_PUBLISHED_GROUP"):
            values["published_group"] = env["CAKUPAN_PUBLISHED_GROUP"]
        if env.get("CAKUPAN_TASK_RUNNER"):
            values["task_runner"] = env["CAKUPAN_TASK_RUNNER"]
        if env.get("CAKUPAN_DASK_ADDRESS"):
            values["dask_address"] = env["CAKUPAN_DASK_ADDRESS"]
        if env.get("CAKUPAN_ENGINE"):
            values["engine"] = env["CAKUPAN_ENGINE"]
        if env.get("CAKUPAN_WORKERS"):
            values["workers"] = _env_number(env, "CAKUPAN_WORKERS", int)
        if env.get("CAKUPAN_PAGE_SECONDS"):
            values["page_seconds"] = _env_number(env, "CAKUPAN_PAGE_SECONDS", float)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "warehouse" in values and "docs_dir" not in values:
            # Data Docs go beside the warehouse they describe, not under the checkout.
            values["docs_dir"] = Path(values["warehouse"]).parent / "gx" / "data_docs"
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
        if not (math.isfinite(self.page_seconds) and self.page_seconds > 0):
            raise ValueError(f"page seconds must be a positive number, not {self.page_seconds}")
        if not 0 < self.max_bad_share <= 1:
            raise ValueError(f"max bad share must be in (0, 1], not {self.max_bad_share}")
        if min(self.gate_min_facts, self.gate_min_pages) < 1 or self.gate_recent_runs < 0:
            raise ValueError("gate minimums must be at least 1, and recent runs at least 0")
