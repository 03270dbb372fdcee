"""`cakupan extract`, `query`, `validate`, `export`, `report`, `sources` and `serve`.

Each reads pages or the published warehouse; none runs a flow. Heavy imports stay inside the
commands, so `cakupan extract` and `cakupan query` start in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from flows.cli_app import (
    ExportFormat,
    ExtractFormat,
    QueryFormat,
    RawDirOpt,
    SourcesFileOpt,
    WarehouseOpt,
    app,
    fail,
    make_settings,
    parse_day,
)
from flows.cli_run import skip_final_collection
from flows.settings import Settings


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
    """Re-validate the published warehouse's facts (news and report suites), rebuild Data Docs."""
    from expectations.validate import revalidate

    settings = make_settings(warehouse=warehouse)
    con = _open_published(settings)
    try:
        facts = con.execute("select * from facts").df()
        report_ids = [r[0] for r in con.execute("select fact_id from report_facts").fetchall()]
    finally:
        con.close()
    verdict = revalidate(facts, run_id="validate-" + dt.datetime.now(dt.UTC).strftime(
        "%Y%m%dT%H%M%SZ"), docs_dir=settings.docs_dir, report_ids=report_ids)
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
    skip_final_collection()
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
