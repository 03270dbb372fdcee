"""`cakupan run`, `reprocess` and `backfill`: run one flow (local engine or Prefect), report it.

Heavy imports (Prefect, Great Expectations, DuckDB) happen inside the functions that need them.
"""

from __future__ import annotations

import os
import time
from typing import Annotated, Any

import typer

from flows.cli_app import (
    EngineChoice,
    RawDirOpt,
    Runner,
    SourceOpt,
    SourcesFileOpt,
    WarehouseOpt,
    app,
    check_sources,
    env_hint,
    fail,
    make_settings,
    parse_day,
)
from flows.settings import Settings
from transforms.version import PARSER_VERSION


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
    skip_final_collection()
    return summary


def skip_final_collection() -> None:
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
