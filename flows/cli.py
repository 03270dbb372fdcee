"""The `cakupan` command: run the pipeline, debug one page, query and export the warehouse.

Heavy imports (Prefect, Great Expectations, DuckDB) happen inside the commands that need them,
so `cakupan extract` and `cakupan query` start in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from flows.settings import ENV_SETTINGS, Settings
from transforms.version import PARSER_VERSION


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


# -- run, reprocess, backfill --------------------------------------------------------------------


def _run_flow(settings: Settings, flow_name: str, **kwargs: Any) -> Any:
    """Run one flow, timed: locally when no Prefect server is configured, else on Prefect."""
    from flows.engine import choose_engine
    from flows.progress import for_terminal, reporting

    started = time.perf_counter()
    engine = choose_engine(settings.engine, settings.task_runner, settings.dask_address)
    with reporting(for_terminal()):  # both engines report progress the same way
        if engine == "local":
            summary = _run_local(settings, flow_name, **kwargs)
        else:
            summary = _run_prefect(settings, flow_name, **kwargs)
    summary.total_seconds = time.perf_counter() - started
    summary.engine = engine
    _skip_final_collection()
    return summary


def _skip_final_collection() -> None:
    """The work is done: spare the interpreter's last garbage collection at exit.

    After Great Expectations, pandas and Prefect are imported, that collection walks millions of
    objects: 1-3 s of a five-page run (benchmarks/first_run.py). `gc.freeze()` moves them out of
    its reach; atexit handlers still run, and every file and connection is closed by now.
    """
    import gc

    gc.freeze()


def _run_local(settings: Settings, flow_name: str, **kwargs: Any) -> Any:
    """The flow's body and tasks on a thread pool, without Prefect (flows.engine)."""
    from flows import work
    from flows.engine import FETCH_RETRY, LocalEngine
    from flows.pipeline import flow_body

    name = "ingest-source" if flow_name == "ingest" else flow_name
    with LocalEngine(settings.workers, settings.artifacts_dir,
                     {work.fetch_source: FETCH_RETRY}) as engine:
        return flow_body(name, settings, engine, **kwargs)


def _run_prefect(settings: Settings, flow_name: str, **kwargs: Any) -> Any:
    """Run one flow on Prefect (temporary local API when no server is configured)."""
    from flows.runtime import prepare_prefect_env

    ephemeral = prepare_prefect_env(settings.prefect_home)
    from flows import pipeline
    from flows.runtime import ephemeral_api_for_processes, no_heartbeat

    flow_fn = {
        "ingest": pipeline.ingest_source,
        "nightly": pipeline.nightly,
        "reprocess": pipeline.reprocess,
        "backfill": pipeline.backfill,
    }[flow_name]
    runner = pipeline.make_task_runner(settings)
    if not os.environ.get("CAKUPAN_DEBUG"):
        # The CLI reports a failed run in one line; Prefect's engine would log its traceback.
        import logging

        for name in ("prefect.flow_runs", "prefect.task_runs"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    from flows.status import summary_of

    with no_heartbeat(), ephemeral_api_for_processes(settings, ephemeral):
        state = flow_fn.with_options(task_runner=runner)(settings=settings, return_state=True,
                                                         **kwargs)
    return summary_of(state)  # Failed/Partial states still carry the run's summary


def _report_run(summary: Any, settings: Settings) -> None:
    """Print the per-source summary and where the results are."""
    from flows.output import render_table, terminal_text

    quiet = summary.status == "ok" and not summary.errors and not summary.warnings
    if quiet and summary.pages_pending == 0 and not any(t.fetched
                                                         for t in summary.sources.values()):
        typer.echo(
            f"Nothing to do: {summary.already_done} landed pages are already processed by "
            f"parser {summary.parser_version}; the warehouse's facts are unchanged."
        )
    rows = [
        (src, t.status, t.found, sum(t.skipped.values()), t.fetched, t.landed, t.pages,
         t.facts_loaded, t.facts_quarantined, t.facts_held_back, t.errors + t.fetch_failed,
         t.cause)
        for src, t in sorted(summary.sources.items())
    ]
    if rows:
        render_table(
            f"run {summary.run_id} ({summary.flow}): {summary.status}",
            ["source", "status", "found", "skipped", "fetched", "landed", "pages", "loaded",
             "quarantined", "held back", "errors", "cause"],
            rows,
        )
    for warning in summary.warnings:
        typer.echo(f"warning: {terminal_text(warning)}")
    for note in summary.notes:
        typer.echo(f"note: {terminal_text(note)}")
    for err in summary.errors[:20]:
        typer.echo(f"error: {terminal_text(err)}", err=True)
    if len(summary.errors) > 20:
        typer.echo(f"... and {len(summary.errors) - 20} more errors (see the runs table)", err=True)
    typer.echo(f"warehouse: {settings.warehouse}")
    if summary.published:
        typer.echo(f"published (read-only, for analysts): {summary.published}")
    if summary.docs_index:
        typer.echo(f"data docs: {summary.docs_index}")
    if summary.report:
        typer.echo(f"report: {summary.report}")
    if summary.artifact:
        typer.echo(f"run summary: {summary.artifact}")
    startup = max(0.0, summary.total_seconds - summary.flow_seconds)
    what = ("Prefect start-up and shut-down" if summary.engine == "prefect"
            else "local engine, no Prefect server configured")
    typer.echo(
        f"took {summary.total_seconds:.1f} s: orchestration ({what}) "
        f"{startup:.1f} s ({100 * startup / max(summary.total_seconds, 1e-9):.0f}%), "
        f"the flow {summary.flow_seconds:.1f} s "
        f"(parse, validate and load work summed over tasks {summary.work_seconds:.1f} s)"
    )


def _run_and_report(settings: Settings, flow_name: str, **kwargs: Any) -> None:
    """Run a flow, print its report, exit non-zero when the run failed."""
    from flows.runtime import prepare_prefect_env

    prepare_prefect_env(settings.prefect_home)  # before anything imports Prefect
    import duckdb

    from extractors.sources import SourcesError
    from flows.pipeline import SourceNotFound
    from flows.status import summary_exit_code
    from warehouse.errors import WarehouseBusy, WarehouseError

    try:
        summary = _run_flow(settings, flow_name, **kwargs)
    except (SourcesError, SourceNotFound, WarehouseBusy, WarehouseError) as exc:
        fail(str(exc))
    except (duckdb.Error, OSError) as exc:  # a full disk, a file that cannot grow
        fail(f"the run stopped writing {settings.warehouse}: {exc}; the published copy is "
             "unchanged, and the next run picks up what is not loaded yet")
    _report_run(summary, settings)
    code = summary_exit_code(summary)
    if code:
        typer.echo(f"run {summary.run_id} ended {summary.status}: exit code {code}", err=True)
        raise typer.Exit(code)


@app.command()
def run(
    offline: Annotated[bool, typer.Option("--offline", help="Skip fetching: process raw/ only.")]
    = False,
    source: SourceOpt = None,
    since: Annotated[str | None, typer.Option(help="Discover articles from this YYYY-MM-DD.")]
    = None,
    limit: Annotated[int | None, typer.Option(help="At most this many pages per source.")] = None,
    warehouse: WarehouseOpt = None,
    raw_dir: RawDirOpt = None,
    sources_file: SourcesFileOpt = None,
    task_runner: Annotated[Runner | None, typer.Option(
        help=f"Where parsing runs. {env_hint('CAKUPAN_TASK_RUNNER')}")] = None,
    dask_address: Annotated[str | None, typer.Option(
        help=f"An existing Dask scheduler. {env_hint('CAKUPAN_DASK_ADDRESS')}")] = None,
    workers: Annotated[int | None, typer.Option(
        help=f"Parallel parse workers. {env_hint('CAKUPAN_WORKERS')}")] = None,
    no_docs: Annotated[bool, typer.Option("--no-docs", help="Skip building Data Docs.")] = False,
    engine: Annotated[EngineChoice | None, typer.Option(
        help="auto: Prefect when a server is configured (PREFECT_API_URL) or for Dask, else "
             "local; prefect: always (a temporary API when none). "
             f"{env_hint('CAKUPAN_ENGINE')}")] = None,
) -> None:
    """Fetch new pages (unless --offline), then parse, validate, load and publish."""
    settings = make_settings(
        warehouse=warehouse, raw_dir=raw_dir, sources_file=sources_file,
        task_runner=task_runner.value if task_runner else None, dask_address=dask_address,
        workers=workers, data_docs=False if no_docs else None,
        engine=engine.value if engine else None,
    )
    day = parse_day(since, "--since")
    check_sources(settings, source)
    if offline:
        from flows.steps import nothing_to_do

        done = nothing_to_do(settings.warehouse, settings.published, settings.raw_dir, source,
                             settings.sources_file)
        if done is not None:
            typer.echo(f"Nothing to do: {done} landed pages are already processed by parser "
                       f"{PARSER_VERSION}; the warehouse is unchanged.")
            typer.echo(f"published (read-only, for analysts): {settings.published}")
            return
    if not offline and not source:
        _run_and_report(settings, "nightly", since=day, limit=limit)
    else:
        _run_and_report(settings, "ingest", source=source, offline=offline, since=day, limit=limit)


@app.command()
def reprocess(
    source: SourceOpt = None,
    everything: Annotated[bool, typer.Option("--all", help="Re-parse even pages this parser "
                                             "version already processed.")] = False,
    warehouse: WarehouseOpt = None,
    raw_dir: RawDirOpt = None,
    sources_file: SourcesFileOpt = None,
) -> None:
    """Re-parse landed pages with the current parser, without the network."""
    settings = make_settings(warehouse=warehouse, raw_dir=raw_dir, sources_file=sources_file)
    check_sources(settings, source)
    _run_and_report(settings, "reprocess", source=source, everything=everything)


@app.command()
def backfill(
    source: Annotated[str, typer.Option("--source", help="The source to backfill.")],
    start: Annotated[str, typer.Option(help="First publication date, YYYY-MM-DD.")],
    end: Annotated[str | None, typer.Option(help="Last publication date, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many pages.")] = None,
    warehouse: WarehouseOpt = None,
    raw_dir: RawDirOpt = None,
    sources_file: SourcesFileOpt = None,
) -> None:
    """Fetch and process one source's archive over a date range."""
    settings = make_settings(warehouse=warehouse, raw_dir=raw_dir, sources_file=sources_file)
    first, last = parse_day(start, "--start"), parse_day(end, "--end")
    if first and last and last < first:
        fail(f"--end {last} is before --start {first}")
    check_sources(settings, [source])
    _run_and_report(settings, "backfill", source=source, start=first, end=last, limit=limit)


# -- extract ---------------------------------------------------------------------------------------


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="HTML pages, or .txt articles (headline "
                                               "on the first line).")],
    format: Annotated[ExtractFormat, typer.Option("--format", help="jsonl: one JSON object per "
                                                  "fact; table: for people.")]
    = ExtractFormat.table,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD, when the "
                                                  "page does not say.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="For every number: kept or "
                                          "dropped, and the rule of each decision with its "
                                          "example sentence.")] = False,
) -> None:
    """Print the facts of pages without touching the warehouse (debug one page)."""
    from flows.extract_cmd import explain_paths, extract_paths

    day = parse_day(published, "--published")
    if explain:
        failed = explain_paths(paths, published=day)
    else:
        failed = extract_paths(paths, fmt=format.value, published=day)
    if failed:
        raise typer.Exit(1)


# -- query, validate, export, sources --------------------------------------------------------


def _open_published(settings: Settings, *, analyst: bool = False) -> Any:
    """A read-only connection to the published warehouse, or a clear error.

    `analyst`: the analyst's own SQL runs there, so no file, network or extension access.
    """
    from warehouse.db import connect
    from warehouse.errors import WarehouseError

    path = settings.published
    if not path.exists():
        fail(f"no published warehouse at {path}: run `cakupan run --offline` first")
    try:
        return connect(path, read_only=True, analyst=analyst)
    except WarehouseError as exc:
        fail(str(exc))


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run, read-only.")],
    format: Annotated[QueryFormat, typer.Option("--format")] = QueryFormat.table,
    warehouse: WarehouseOpt = None,
) -> None:
    """Run read-only SQL on the published warehouse and print the result."""
    import duckdb

    from flows.output import render_table, rows_to_csv, rows_to_json

    settings = make_settings(warehouse=warehouse)
    con = _open_published(settings, analyst=True)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchall() if columns else []
    except duckdb.PermissionException as exc:
        fail(f"query refused: {exc}; `cakupan query` reads only the published warehouse (no "
             "files, network or extensions): write files with `cakupan export`")
    except duckdb.Error as exc:
        fail(f"query failed: {exc}")
    finally:
        con.close()
    if format is QueryFormat.csv:
        sys.stdout.write(rows_to_csv(columns, rows))
    elif format is QueryFormat.json:
        sys.stdout.write(rows_to_json(columns, rows))
    else:
        render_table(None, columns, rows)
        typer.echo(f"({len(rows)} rows)")


@app.command()
def validate(warehouse: WarehouseOpt = None) -> None:
    """Re-validate the published warehouse's current facts and rebuild Data Docs."""
    from expectations.validate import revalidate

    settings = make_settings(warehouse=warehouse)
    con = _open_published(settings)
    try:
        facts = con.execute("select * from facts").df()
    finally:
        con.close()
    verdict = revalidate(facts, run_id="validate-" + dt.datetime.now(dt.UTC).strftime(
        "%Y%m%dT%H%M%SZ"), docs_dir=settings.docs_dir)
    typer.echo(f"{len(facts)} facts checked: {len(verdict.good)} pass, "
               f"{len(verdict.quarantined)} fail ({verdict.seconds:.2f} s)")
    if len(verdict.quarantined):
        counts = verdict.quarantined["reasons"].explode().value_counts()
        for reason, n in counts.items():
            typer.echo(f"  {n:6d}  {reason}")
    if verdict.docs_index:
        typer.echo(f"data docs: {verdict.docs_index}")
    if len(verdict.quarantined):
        raise typer.Exit(1)


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write into.")],
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.parquet,
    warehouse: WarehouseOpt = None,
) -> None:
    """Write the facts and analyst views as Parquet or CSV files for BI tools."""
    from warehouse.errors import WarehouseError
    from warehouse.export import export as do_export

    settings = make_settings(warehouse=warehouse)
    if not settings.published.exists():
        fail(f"no published warehouse at {settings.published}: run `cakupan run --offline` first")
    try:
        written = do_export(settings.published, out_dir, format.value)
    except (WarehouseError, OSError) as exc:
        fail(f"export failed: {exc}")
    for path in written:
        typer.echo(str(path))


@app.command()
def report(
    out: Annotated[Path | None, typer.Option("--out", help="Folder to write report.html into "
                                             "[default: var/report/].")] = None,
    area: Annotated[str | None, typer.Option(help="Only this area (any type), e.g. Kediri.")]
    = None,
    since: Annotated[int | None, typer.Option(help="Only periods from this year, YYYY.")] = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Write the analyst report (HTML with charts, opens from disk) from the published warehouse."""
    from warehouse.errors import WarehouseError

    settings = make_settings(warehouse=warehouse)
    if since is not None and not 1900 <= since <= 2100:
        fail(f"--since wants a year as YYYY, not {since}")
    if not settings.published.exists():
        fail(f"no published warehouse at {settings.published}: run `cakupan run --offline` first")
    from warehouse.report.build import write_report

    try:
        path = write_report(settings.published, out or settings.report_dir, area=area,
                            since=since)
    except (WarehouseError, OSError) as exc:
        fail(f"report failed: {exc}")
    _skip_final_collection()
    typer.echo(f"report: {path}")


@app.command()
def sources(
    warehouse: WarehouseOpt = None,
    raw_dir: RawDirOpt = None,
    sources_file: SourcesFileOpt = None,
) -> None:
    """List the configured sources with their last run, pages landed and last error."""
    from extractors.landing import RawStore
    from extractors.sources import SourcesError, load_sources
    from flows.output import render_table
    from warehouse.runs import last_runs_by_source

    settings = make_settings(warehouse=warehouse, raw_dir=raw_dir, sources_file=sources_file)
    try:
        configured = load_sources(settings.sources_file)
    except SourcesError as exc:
        fail(str(exc))
    stats = RawStore(settings.raw_dir).stats()
    last_runs: dict[str, Any] = {}
    if settings.published.exists():
        con = _open_published(settings)
        try:
            last_runs = last_runs_by_source(con)
        finally:
            con.close()
    rows = []
    for s in configured:
        st = stats.get(s.id)
        run_info = last_runs.get(s.id)
        rows.append((
            s.id, s.name, "yes" if s.verified else "no",
            st.pages_landed if st else 0,
            run_info or "never",
            (st.last_error if st and st.last_error else "") or "",
        ))
    render_table(f"sources ({settings.sources_file.name})",
                 ["id", "name", "verified", "pages landed", "last run", "last error"], rows)


# -- serve -------------------------------------------------------------------------------------


@app.command()
def serve(
    limit: Annotated[int | None, typer.Option(help="At most this many concurrent flow runs.")]
    = None,
) -> None:
    """Register and serve the deployments (nightly at 02:00 Asia/Jakarta; the others on demand).

    Needs a Prefect server: `prefect server start`, then PREFECT_API_URL=http://127.0.0.1:4200/api.
    """
    if not os.environ.get("PREFECT_API_URL"):
        fail("`cakupan serve` needs a Prefect server: run `prefect server start` in another "
             "terminal, then `export PREFECT_API_URL=http://127.0.0.1:4200/api` and try again")
    settings = make_settings()
    from flows.runtime import prepare_prefect_env

    prepare_prefect_env(settings.prefect_home)
    from flows.deployments import serve_all

    serve_all(limit=limit)


def main() -> None:
    """Console entry point: clear errors instead of tracebacks."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("cakupan: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last resort: name the error, keep the traceback behind a flag
        if os.environ.get("CAKUPAN_DEBUG"):
            raise
        typer.echo(
            f"cakupan: internal error: {type(exc).__name__}: {exc} "
            "(set CAKUPAN_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
