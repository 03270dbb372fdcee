"""The `cakupan` Typer app and what every command shares: options, settings, one-line errors.

The commands live in `flows.cli_run` (run, reprocess, backfill) and `flows.cli_data` (extract,
query, validate, export, report, sources, serve); `flows.cli` registers them and is the entry point.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from flows.settings import ENV_SETTINGS, Settings


def env_hint(env: str) -> str:
    """'[env: NAME; default: D]' for a setting, escaped so rich's markup does not eat it."""
    from rich.markup import escape

    default = next(d for name, _, d, _ in ENV_SETTINGS if name == env)
    return escape(f"[env: {env}; default: {default}]")


def _settings_epilog() -> str:
    """Every setting, its environment variable and default, for the top-level help."""
    from rich.markup import escape

    lines = [f"{env}{' (' + flag + ')' if flag else ''}: {what}; default {default}."
             for env, flag, default, what in ENV_SETTINGS]
    return escape("Settings, from the environment (a flag wins): " + " ".join(lines)
                  + " Exit codes: 0 ok, 3 partial (some sources failed), 1 failed (every "
                  "source failed, or the validation gate held a batch back), 2 usage error.")


app = typer.Typer(
    name="cakupan",
    help="Indonesian regional news to a DuckDB warehouse of BPJS Ketenagakerjaan coverage facts.",
    epilog=_settings_epilog(),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ExtractFormat(StrEnum):
    """Output formats of `cakupan extract`."""

    jsonl = "jsonl"
    table = "table"


class QueryFormat(StrEnum):
    """Output formats of `cakupan query`."""

    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    """File formats of `cakupan export`."""

    parquet = "parquet"
    csv = "csv"


class EngineChoice(StrEnum):
    """Who runs the flow's tasks."""

    auto = "auto"
    local = "local"
    prefect = "prefect"


class Runner(StrEnum):
    """Where parse-and-extract runs."""

    threads = "threads"
    dask = "dask"


WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", help="Warehouse file the runs write; analysts read its "
                 f".published copy. {env_hint('CAKUPAN_WAREHOUSE')}"),
]
RawDirOpt = Annotated[
    Path | None, typer.Option("--raw-dir", help=f"Landing folder. {env_hint('CAKUPAN_RAW_DIR')}")
]
SourcesFileOpt = Annotated[
    Path | None,
    typer.Option("--sources-file",
                 help=f"Sources registry. {env_hint('CAKUPAN_SOURCES_FILE')}"),
]
SourceOpt = Annotated[
    list[str] | None, typer.Option("--source", help="Only this source id (repeatable).")
]


def fail(message: str, code: int = 2) -> NoReturn:
    """A clear one-line error on stderr and a non-zero exit, never a traceback."""
    from flows.output import terminal_text

    typer.echo(f"cakupan: error: {terminal_text(message)}", err=True)
    raise typer.Exit(code)


def make_settings(**overrides: Any) -> Settings:
    """Settings from the environment and the command line, or a clear error."""
    try:
        return Settings.from_env(**overrides)
    except ValueError as exc:
        fail(str(exc))


def check_sources(settings: Settings, wanted: list[str] | None) -> None:
    """An unknown --source is an error before anything starts (online or offline)."""
    from extractors.sources import SourcesError
    from flows.source_health import SourceNotFound
    from flows.source_health import check_sources as check

    try:
        check(settings.sources_file, wanted)
    except (SourcesError, SourceNotFound) as exc:
        fail(str(exc))


def parse_day(text: str | None, flag: str) -> dt.date | None:
    """A YYYY-MM-DD option value, or a clear error naming the flag."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"{flag} wants a date as YYYY-MM-DD, not {text!r}")
