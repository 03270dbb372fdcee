"""The orchestration nightly, ingest-source, reprocess and backfill share, engine-agnostic.

The Prefect flows themselves live in `flows.prefect_flows` (re-exported here); this module
imports no Prefect, so the CLI's local engine (`flows.engine`) runs the same body without it.
Every flow: take the writer lock, record the run, fetch each chosen source in isolation (unless
offline), parse the landed pages not yet processed by this parser version in parallel chunks,
validate and load each batch in one transaction (single writer), then publish the read-only copy
and leave a Markdown summary artifact. The logic lives in `flows.steps` and the other folders.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from flows import gate_steps, progress, source_health, steps, work
from flows.engine import Engine
from flows.settings import Settings
from flows.source_health import SourceNotFound as SourceNotFound  # raised by the flows
from flows.summary import kept_none_warnings, run_status, skip_lines, summary_markdown
from transforms.version import PARSER_VERSION

#: Pages validated and loaded together: one transaction and one GX validation per batch. Each
#: batch pays ~0.3 s of fixed cost (suite set-up, statements, commit); memory is bounded by the
#: chunks in flight and a batch's rows, not by the archive (benchmarks/RESULTS.md).
LOAD_BATCH_PAGES = 10_000


def make_task_runner(settings: Settings) -> Any:
    """Threads by default; Dask (a LocalCluster, or an existing scheduler) when asked."""
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": settings.workers,
                "threads_per_worker": 1,
                "processes": True,
                # ":0" would listen on every interface and None still opens :8787 (STACK.md).
                "dashboard_address": "127.0.0.1:0",
                "host": "127.0.0.1",
            }
        )
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=settings.workers)


@dataclass(slots=True)
class RunSummary:
    """What a run did, per source, plus how long the work and the orchestration took."""

    run_id: str
    flow: str
    status: str = "ok"
    sources: dict[str, steps.SourceTally] = field(default_factory=dict)
    pages_pending: int = 0
    pages_landed: int = 0
    already_done: int = 0
    facts_loaded: int = 0
    facts_quarantined: int = 0
    facts_unchanged: int = 0
    facts_held_back: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Things a person should look at that are not errors (discovery kept nothing, ...).
    warnings: list[str] = field(default_factory=list)
    #: Per source: the gate's samples this run and its decision (the runs table's `gate`).
    gate: dict[str, dict[str, Any]] = field(default_factory=dict)
    docs_index: str | None = None
    published: str | None = None
    #: Where the run's Markdown summary is, when the engine writes it to a file (local engine).
    artifact: str | None = None
    #: The analyst report the nightly flow wrote after publishing.
    report: str | None = None
    #: "local" or "prefect": who ran the tasks (set by the CLI).
    engine: str = "prefect"
    work_seconds: float = 0.0
    flow_seconds: float = 0.0
    total_seconds: float = 0.0
    parser_version: str = PARSER_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for JSON output and the runs table)."""
        d = asdict(self)
        d["sources"] = {k: asdict(v) for k, v in self.sources.items()}
        return d


def _fetch_all(engine: Engine, settings: Settings, sources: list[Any], summary: RunSummary,
               since: dt.date | None, limit: int | None, until: dt.date | None = None) -> None:
    """Fetch every source in isolation: a failing source is recorded, the others go on."""
    started = time.perf_counter()
    progress.current().sources([s.id for s in sources])
    futures = {
        s.id: engine.submit(work.fetch_source, s, settings.raw_dir, since, limit,
                            settings.user_agent, until)
        for s in sources
    }
    for source_id, future in futures.items():
        tally = summary.sources.setdefault(source_id, steps.SourceTally())
        try:
            report = future.result()
        except Exception as exc:  # the source is down or broken: say so, keep going
            tally.status = "failed"
            tally.cause = f"internal: {type(exc).__name__}: {exc}"
            tally.messages.append(f"fetch failed: {type(exc).__name__}: {exc}")
            summary.errors.append(f"{source_id}: fetch failed: {exc}")
            engine.warning("source %s failed: %s", source_id, exc)
            continue
        source_health.tally_crawl(tally, report)
        summary.errors.extend(f"{source_id}: {e}" for e in source_health.crawl_errors(report))
        summary.notes.extend(f"{source_id}: {n}" for n in source_health.crawl_notes(report))
        seconds = time.perf_counter() - started
        progress.current().source_done(source_id, tally, seconds)
        engine.info(progress.source_line(source_id, tally, seconds))


def _process(engine: Engine, settings: Settings, con: Any, summary: RunSummary,
             source_ids: list[str] | None,
             all_sources: list[Any], reprocess_all: bool) -> None:
    """Parse pending pages in parallel chunks; validate and load batches as chunks finish."""
    from extractors.landing import RawStore
    from warehouse.load import processed_pages

    store = RawStore(settings.raw_dir)
    processed = set() if reprocess_all else processed_pages(con, PARSER_VERSION)
    if not reprocess_all:  # report documents count as done at their dataset's mapping version
        processed |= steps.processed_reports(con, all_sources)
    pending = steps.pending_pages(store, processed, source_ids)
    summary.pages_landed = pending.landed
    summary.already_done = pending.already_done
    summary.pages_pending = len(pending.pages)
    summary.errors.extend(pending.manifest_errors)
    if not pending.pages:
        return
    progress.current().to_parse(len(pending.pages))
    selectors = steps.selectors_by_source(all_sources)
    chunk_iter = steps.chunks(pending.pages, settings.chunk_size)
    in_flight: deque[tuple[Any, list[Any]]] = deque()
    max_in_flight = max(2, settings.workers * 2)  # bounded: memory stays flat in archive size
    buffered: list[steps.ChunkResult] = []
    buffered_rows: list[Any] = []

    def submit_next() -> bool:
        rows = next(chunk_iter, None)
        if rows is None:
            return False
        refs = [steps.PageRef.of(r) for r in rows]
        # Not quote()d: a Dask worker receives the annotation as a bare tuple, and walking 250
        # small refs costs Prefect little (benchmarks/RESULTS.md, "Orchestration").
        future = engine.submit(work.parse_chunk, str(settings.raw_dir), refs, summary.run_id,
                               selectors, settings.page_seconds)
        in_flight.append((future, rows))
        return True

    while len(in_flight) < max_in_flight and submit_next():
        pass
    while in_flight:
        future, rows = in_flight.popleft()
        result: steps.ChunkResult = future.result()
        progress.current().parsed(len(rows), len(result.facts))
        submit_next()
        summary.work_seconds += result.seconds
        buffered.append(result)
        buffered_rows.extend(rows)
        if len(buffered_rows) >= LOAD_BATCH_PAGES or not in_flight:
            _validate_and_load(engine, settings, con, summary, buffered, buffered_rows)
            buffered, buffered_rows = [], []


def _validate_and_load(engine: Engine, settings: Settings, con: Any, summary: RunSummary,
                       results: list[steps.ChunkResult], pages: list[Any]) -> None:
    """Validate one batch with Great Expectations, gate each source, load in one transaction."""
    articles = [a for r in results for a in r.articles]
    facts = [f for r in results for f in r.facts]
    report_facts = [x for r in results for x in r.report_facts]
    summary.errors.extend(e for r in results for e in r.errors)
    started = time.perf_counter()
    # engine.call: run in the flow's own process (the Prefect engine quote()s the rows there).
    verdict = engine.call(work.validate_batch, facts, articles, summary.run_id,
                          settings.docs_dir if settings.data_docs else None,
                          settings.max_bad_share, [x["fact_id"] for x in report_facts])
    summary.errors.extend(verdict.article_problems)
    if verdict.docs_index:
        summary.docs_index = str(verdict.docs_index)
    split = _gate(settings, con, summary, articles, verdict)
    batch = steps.build_batch(summary.run_id, split.articles, split.good, split.quarantined,
                              pages, held_back=split.held_back, report_facts=report_facts)
    result = engine.call(work.load_batch, con, batch)
    summary.work_seconds += time.perf_counter() - started
    good_rows = split.good.to_dict("records")
    bad_rows = split.quarantined.to_dict("records")
    steps.tally_batch(summary.sources, split.articles, good_rows, bad_rows)
    summary.facts_loaded += result.inserted
    summary.facts_unchanged += result.unchanged
    summary.facts_quarantined += len(bad_rows)


def _write_report(engine: Engine, settings: Settings, summary: RunSummary) -> str | None:
    """The analyst report from the fresh published copy; a failure is noted, never fatal."""
    try:
        return str(engine.call(work.write_report, settings.published, settings.report_dir))
    except Exception as exc:  # the data is published; a chart problem must not fail the run
        summary.notes.append(f"report not written: {type(exc).__name__}: {exc}")
        return None


def _gate(settings: Settings, con: Any, summary: RunSummary, articles: list[dict[str, Any]],
          verdict: steps.Verdict) -> gate_steps.HeldSplit:
    """Judge each source over the run so far and its recent runs; split off what is held."""
    batch_samples = gate_steps.samples_by_source(articles, verdict.good, verdict.quarantined)
    run_samples = gate_steps.add_samples(
        {s: gate_steps.Sample.of(g) for s, g in summary.gate.items()}, batch_samples)
    decisions = gate_steps.judge(con, run_samples, gate_steps.policy_of(settings),
                                 PARSER_VERSION, summary.run_id)
    held = {s for s in batch_samples if decisions[s].held}
    split = gate_steps.split_held(articles, verdict.good, verdict.quarantined, held,
                                  summary.run_id)
    for source, sample in run_samples.items():
        summary.gate[source] = gate_steps.gate_record(sample, decisions.get(source))
    for source in sorted(held):
        # A gate, not a filter: nothing of the source's pages loads, they stay pending for the
        # next run (after the parser is fixed), and their facts wait in quarantine as held back.
        tally = summary.sources.setdefault(source, steps.SourceTally())
        n_facts = int((split.held_back["source_id"] == source).sum())
        n_pages = split.pages_held.get(source, 0)
        tally.status = "failed"
        tally.facts_held_back += n_facts
        tally.pages_held_back += n_pages
        summary.facts_held_back += n_facts
        tally.messages.append(f"{n_pages} pages held back by the load gate")
        tally.cause = f"load gate: {n_pages} pages held back ({decisions[source].reason})"
        summary.errors.append(f"{source}: {n_pages} pages held back by the load gate: "
                              f"{decisions[source].reason}")
        summary.notes.append(f"gate held back {n_facts} facts of {n_pages} pages of {source} "
                             f"(in quarantine as held back): {decisions[source].reason}")
    return split


def run_pipeline(
    settings: Settings,
    *,
    engine: Engine,
    flow_name: str,
    sources: list[str] | None = None,
    offline: bool = True,
    since: dt.date | None = None,
    limit: int | None = None,
    reprocess_all: bool = False,
    until: dt.date | None = None,
) -> RunSummary:
    """The shared body of every flow (called inside a flow run)."""
    from extractors.sources import load_sources
    from warehouse.db import connect
    from warehouse.lock import writer_lock
    from warehouse.publish import published_stamp, stamp
    from warehouse.runs import finish_run, mark_abandoned_runs, start_run, upsert_sources

    flow_started = time.perf_counter()
    all_sources = load_sources(settings.sources_file)
    chosen = source_health.choose_sources(all_sources, sources)
    summary = RunSummary(run_id=steps.new_run_id(), flow=flow_name)
    for s in chosen if sources else []:
        summary.sources.setdefault(s.id, steps.SourceTally())
    params = {"sources": sources, "offline": offline, "since": since and since.isoformat(),
              "until": until and until.isoformat(),
              "limit": limit, "reprocess_all": reprocess_all, "parser_version": PARSER_VERSION,
              "task_runner": settings.task_runner}
    with writer_lock(settings.warehouse, timeout=settings.lock_timeout, run_id=summary.run_id):
        con = connect(settings.warehouse)
        try:
            behind = published_stamp(settings.published) != stamp(con)
            if behind and settings.published.exists():
                summary.notes.append("the published copy was behind the master or unreadable: "
                                     "published again")
            crashed = mark_abandoned_runs(con, f"found still running by run {summary.run_id}")
            if crashed:
                summary.notes.append(f"{crashed} earlier run(s) had been killed: marked crashed")
            start_run(con, summary.run_id, flow_name, ",".join(sources or []) or None, params)
            upsert_sources(con, [steps.source_row(s) for s in all_sources])
            if not offline:
                _fetch_all(engine, settings, chosen, summary, since, limit, until)
                steps.load_fetch_attempts(con, settings.raw_dir, summary.run_id)
            _process(engine, settings, con, summary, sources, all_sources, reprocess_all)
            summary.status = run_status(summary)
            summary.errors[:0] = source_health.source_failures(summary.sources)
            summary.notes.extend(skip_lines(summary.sources))
            summary.warnings.extend(kept_none_warnings(summary.sources))
            finish_run(con, summary.run_id, summary.status, steps.run_counts(summary),
                       summary.errors, gate=summary.gate,
                       discovery_skips={s: t.skipped for s, t in summary.sources.items()
                                        if t.skipped})
            _checkpoint_and_publish(engine, settings, con, summary, behind)
        finally:
            con.close()
    if flow_name == "nightly" and summary.published:
        summary.report = _write_report(engine, settings, summary)
    summary.flow_seconds = time.perf_counter() - flow_started
    summary.artifact = engine.artifact(
        key=f"cakupan-{flow_name}-summary",
        markdown=summary_markdown(summary.run_id, flow_name, summary.sources,
                                  [f"warning: {w}" for w in summary.warnings]
                                  + summary.notes + summary.errors[:50])
        + (f"\n[Analyst report]({Path(summary.report).as_uri()}): `{summary.report}`\n"
           if summary.report else ""),
        description=f"cakupan {flow_name} run {summary.run_id}",
    )
    return summary


def _checkpoint_and_publish(engine: Engine, settings: Settings, con: Any,
                            summary: RunSummary, behind: bool) -> None:
    """Fold the run into the master file and publish it, still holding the master open (an
    analyst cannot take it in between); a failure marks the run failed, then is raised."""
    try:
        con.execute("checkpoint")
        if summary.status != "failed" or behind:
            summary.published = str(engine.call(work.publish, settings.warehouse,
                                                settings.published, settings.published_group))
    except Exception as exc:  # a full disk, an unwritable folder: the run did not publish
        _record_failure(con, summary, f"publish failed: {exc}")
        raise


def _record_failure(con: Any, summary: RunSummary, why: str) -> None:
    """Mark the run failed (best effort: the disk may be full); the published copy stays behind
    and the next run publishes again, as its stamp differs from the master's."""
    from warehouse.errors import WarehouseError
    from warehouse.runs import finish_run

    summary.status = "failed"
    summary.errors.append(why)
    with suppress(WarehouseError, duckdb.Error, OSError):
        finish_run(con, summary.run_id, "failed", steps.run_counts(summary), summary.errors)
        con.execute("checkpoint")


def flow_body(flow_name: str, settings: Settings, engine: Engine, **params: Any) -> RunSummary:
    """Map a flow's parameters to the shared body: the Prefect flows and the local engine agree."""
    wanted = params.get("source")
    wanted = [wanted] if isinstance(wanted, str) else wanted
    if flow_name == "nightly":
        return run_pipeline(settings, engine=engine, flow_name="nightly", offline=False,
                            since=params.get("since"), limit=params.get("limit"))
    if flow_name == "ingest-source":
        return run_pipeline(settings, engine=engine, flow_name="ingest-source", sources=wanted,
                            offline=params.get("offline", False), since=params.get("since"),
                            limit=params.get("limit"))
    if flow_name == "reprocess":
        return run_pipeline(settings, engine=engine, flow_name="reprocess", sources=wanted,
                            offline=True, reprocess_all=params.get("everything", False))
    if flow_name == "backfill":
        start, end = params["start"], params.get("end")
        if end is not None and end < start:
            raise ValueError(f"backfill end {end} is before its start {start}")
        return run_pipeline(settings, engine=engine, flow_name="backfill", sources=wanted,
                            offline=False, since=start, until=end, limit=params.get("limit"))
    raise ValueError(f"unknown flow {flow_name!r}")


#: The Prefect flows, imported from flows.prefect_flows on first use (Prefect costs ~1 s).
FLOWS = ("nightly", "ingest_source", "reprocess", "backfill")


def __getattr__(name: str) -> Any:
    """`from flows.pipeline import nightly` keeps working, without importing Prefect eagerly."""
    if name in FLOWS:
        from flows import prefect_flows

        return getattr(prefect_flows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
