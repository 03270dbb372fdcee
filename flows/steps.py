"""The pipeline's steps as plain functions: each Prefect task wraps one, and each is tested bare.

No Prefect here. Fetching (I/O, retried) and parsing (pure, never retried on the same input) are
separate steps; processing reads only `raw/`.
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.landing import ManifestRow, RawStore, RawStoreError
from extractors.sources import Selectors
from transforms.rows import Lineage, article_id_for, article_row, fact_rows
from transforms.version import PARSER_VERSION
from warehouse.errors import UNREADABLE_RAW_PAGE


def new_run_id(now: dt.datetime | None = None) -> str:
    """A sortable, unique run id: UTC time plus 6 random hex."""
    when = now or dt.datetime.now(dt.UTC)
    return when.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@dataclass(frozen=True, slots=True)
class PageRef:
    """What a parse task needs to know of a landed page (small and picklable for Dask)."""

    sha256: str
    url: str
    source: str
    fetched_at: str
    content_type: str | None = None

    @classmethod
    def of(cls, row: ManifestRow) -> PageRef:
        """The canonical URL is the final one, after redirects."""
        return cls(row.sha256, row.final_url or row.url, row.source, row.fetched_at,
                   row.content_type)


@dataclass(slots=True)
class Pending:
    """Landed pages still to process, and what the manifest scan saw."""

    #: The newest manifest row of each article still to process (the pages table wants them).
    pages: list[ManifestRow]
    landed: int
    already_done: int
    superseded: int
    manifest_errors: list[str] = field(default_factory=list)


def pending_pages(
    store: RawStore, processed: set[tuple[str, str]], sources: Iterable[str] | None = None
) -> Pending:
    """The newest landed version of each article not yet processed by this parser version.

    `processed` holds (article id, raw hash) pairs (`warehouse.load.processed_pages`): a page is
    done when its URL's article already holds its bytes, whatever other URL has the same bytes.
    """
    wanted = set(sources) if sources else None
    errors: list[str] = []
    newest: dict[str, ManifestRow] = {}
    landed = 0
    for row in store.iter_manifest(
        on_error=lambda n, why: errors.append(f"raw/manifest.jsonl line {n}: {why}")
    ):
        if wanted is not None and row.source not in wanted:
            continue
        landed += 1
        key = row.final_url or row.url
        current = newest.get(key)
        if current is None or row.fetched_at >= current.fetched_at:
            newest[key] = row
    pages = [r for key, r in newest.items() if (article_id_for(key), r.sha256) not in processed]
    pages.sort(key=lambda p: (p.source, p.fetched_at, p.sha256))
    return Pending(
        pages=pages,
        landed=landed,
        already_done=len(newest) - len(pages),
        superseded=landed - len(newest),
        manifest_errors=errors,
    )


def chunks(items: Sequence[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive slices of at most `size` items."""
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


@dataclass(slots=True)
class ChunkResult:
    """Rows parsed from a chunk of pages, ready to validate and load."""

    articles: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    errors: list[str]
    seconds: float
    #: Report lineage rows of the report facts (transforms.reports.mapping.REPORT_COLUMNS).
    report_facts: list[dict[str, Any]] = field(default_factory=list)


#: The default time one page may take to parse and extract (Settings.page_seconds).
PAGE_SECONDS = 30.0
#: Start of the article error of a page that ran past its time budget.
OVER_BUDGET = "over the page time budget"


def process_page(
    body: bytes, page: PageRef, run_id: str, selectors: Selectors | None = None,
    page_seconds: float | None = PAGE_SECONDS,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Parse one landed page into its article row and fact rows; a bad page keeps its row.

    A page that takes more than `page_seconds` to extract keeps an article row saying so and
    loads no facts: one hostile page never holds the batch (and is not tried again).
    """
    from extractors.article import ArticleError, parse_html
    from transforms.budget import OverBudget
    from transforms.dates import WIB
    from transforms.extract import extract

    lineage = Lineage(
        article_id=article_id_for(page.url),
        source_id=page.source,
        url=page.url,
        raw_sha256=page.sha256,
        parser_version=PARSER_VERSION,
        run_id=run_id,
    )
    deadline = None if page_seconds is None else time.monotonic() + page_seconds
    fetched = fetch_time(page.fetched_at)
    try:
        article = parse_html(body, url=page.url, content_type=page.content_type,
                             selectors=selectors, fetched_at=fetched)
    except ArticleError as exc:
        return article_row(lineage, title="", extraction=None, n_paragraphs=0,
                           error=f"unreadable page: {exc}"), []
    try:
        # the fetch day bounds a weekday-only byline ("Senin (22/9)") of a page naming no year
        extraction = extract(article, deadline=deadline,
                             today=fetched.astimezone(WIB).date() if fetched is not None else None)
    except OverBudget as exc:
        return article_row(lineage, title=article.title, extraction=None,
                           n_paragraphs=len(article.paragraphs),
                           error=f"{OVER_BUDGET} ({page_seconds:g} s): {exc}"), []
    row = article_row(
        lineage, title=article.title, extraction=extraction, n_paragraphs=len(article.paragraphs)
    )
    return row, fact_rows(extraction, lineage)


def fetch_time(stamp: str | None) -> dt.datetime | None:
    """A manifest's fetched_at ("2026-11-21T01:02:03Z") as an aware datetime, or None."""
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def process_chunk(
    raw_dir: str, pages: Sequence[PageRef | ManifestRow], run_id: str,
    selectors: dict[str, Selectors | None] | None = None,
    page_seconds: float | None = PAGE_SECONDS,
) -> ChunkResult:
    """Read and parse a chunk of landed pages; one bad page never stops the others."""
    started = time.perf_counter()
    pages = [PageRef.of(p) if isinstance(p, ManifestRow) else p for p in pages]
    store = RawStore(raw_dir)
    articles: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    errors: list[str] = []
    report_facts: list[dict[str, Any]] = []
    chosen = selectors or {}
    for page in pages:
        try:
            body = store.read(page.sha256)
        except (RawStoreError, OSError) as exc:
            lineage = Lineage(article_id_for(page.url), page.source, page.url, page.sha256,
                              PARSER_VERSION, run_id)
            articles.append(article_row(lineage, title="", extraction=None, n_paragraphs=0,
                                        error=f"{UNREADABLE_RAW_PAGE}: {exc}"))
            errors.append(f"{page.source} {page.url}: {UNREADABLE_RAW_PAGE}: {exc}")
            continue
        try:
            config = chosen.get(page.source)
            if hasattr(config, "mapping"):  # a report dataset (extractors.reports.spec)
                article, page_facts, lineage_rows = process_report_page(body, page, run_id,
                                                                        config)
                report_facts.extend(lineage_rows)
            else:
                article, page_facts = process_page(body, page, run_id, config, page_seconds)
        except Exception as exc:  # a parser bug on one page must not lose the chunk
            lineage = Lineage(article_id_for(page.url), page.source, page.url, page.sha256,
                              PARSER_VERSION, run_id)
            article = article_row(lineage, title="", extraction=None, n_paragraphs=0,
                                  error=f"parser error: {type(exc).__name__}: {exc}")
            page_facts = []
        if article["error"]:
            errors.append(f"{page.source} {page.url}: {article['error']}")
        articles.append(article)
        facts.extend(page_facts)
    return ChunkResult(articles, facts, errors, time.perf_counter() - started, report_facts)


def process_report_page(
    body: bytes, page: PageRef, run_id: str, source: Any
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Parse one landed report document with its dataset's mapping (transforms.reports)."""
    from transforms.reports.document import process_report

    lineage = Lineage(article_id_for(page.url), page.source, page.url, page.sha256,
                      report_version(source), run_id)
    return process_report(body, lineage, kind=source.kind, mapping=source.mapping,
                          content_type=page.content_type)


def report_version(source: Any) -> str:
    """The processing version of a report dataset: the parser's plus its mapping's digest.

    Editing a dataset's mapping in sources.toml changes it, so the next run (or `cakupan
    reprocess`) re-parses that dataset's landed documents offline and replaces their facts.
    """
    return f"{PARSER_VERSION}+map.{source.mapping_digest}"


def processed_reports(con: Any, sources: Iterable[Any]) -> set[tuple[str, str]]:
    """Report documents already processed with their dataset's current mapping."""
    from warehouse.reports import processed_with

    return processed_with(con, {report_version(s) for s in sources if hasattr(s, "mapping")})


def selectors_by_source(sources: Iterable[Any]) -> dict[str, Any]:
    """Each source's parse configuration: CSS overrides (news), the dataset itself (reports)."""
    return {s.id: s if hasattr(s, "mapping") else s.selectors for s in sources}


@dataclass(slots=True)
class SourceTally:
    """Per-source counts for the run summary."""

    fetched: int = 0
    landed: int = 0
    fetch_failed: int = 0
    pages: int = 0
    facts_loaded: int = 0
    facts_quarantined: int = 0
    errors: int = 0
    status: str = "ok"
    messages: list[str] = field(default_factory=list)
    #: Discovery: distinct URLs found, and those not fetched by reason (SKIP_REASONS keys).
    found: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    cut_by_limit: bool = False
    #: Held back by the load gate: facts (now in quarantine as held_back) and their pages.
    facts_held_back: int = 0
    pages_held_back: int = 0
    #: Why the source failed or was partial, naming the error kind (dns, connect, tls, ...).
    cause: str = ""


def tally_batch(
    tallies: dict[str, SourceTally],
    articles: Sequence[dict[str, Any]],
    loaded_facts: Sequence[dict[str, Any]],
    quarantined: Sequence[dict[str, Any]],
) -> None:
    """Add one loaded batch's counts to the per-source summary."""
    for row in articles:
        t = tallies.setdefault(row["source_id"], SourceTally())
        t.pages += 1
        if row.get("error"):
            t.errors += 1
    for source, n in Counter(r["source_id"] for r in loaded_facts).items():
        tallies.setdefault(source, SourceTally()).facts_loaded += n
    for source, n in Counter(r["source_id"] for r in quarantined).items():
        tally = tallies.setdefault(source, SourceTally())
        tally.facts_quarantined += n
        if tally.status == "ok":
            tally.status = "partial"  # some of its figures are in quarantine, with reasons


def ensure_dir(path: Path) -> Path:
    """Create a folder for an output file, with a clear error when that is impossible."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def frame(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> Any:
    """Rows as a DataFrame with exactly the contract's columns, empty or not."""
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(columns))


@dataclass(slots=True)
class Verdict:
    """The validation of one batch: facts split good/quarantined, and the load gate."""

    good: Any
    quarantined: Any
    gate_passed: bool
    reason: str
    docs_index: Path | None
    seconds: float
    article_problems: list[str] = field(default_factory=list)


def validate_batch(
    facts: Sequence[dict[str, Any]], articles: Sequence[dict[str, Any]], *, run_id: str,
    docs_dir: Path | None, max_bad_share: float,
    report_ids: Iterable[str] | None = None,
) -> Verdict:
    """Run the facts and articles suites on a batch (as DataFrames, before anything loads).

    Facts that fail are quarantined. Whether a source is held back (a broken parser, a site
    that changed its layout) is decided after, per source, by `flows.gate_steps`.
    """
    from expectations.validate import validate_articles, validate_facts
    from transforms.rows import ARTICLE_COLUMNS, FACT_COLUMNS

    fv = validate_facts(frame(facts, FACT_COLUMNS), run_id=run_id, docs_dir=docs_dir,
                        max_bad_share=max_bad_share)
    av = validate_articles(frame(articles, ARTICLE_COLUMNS), run_id=run_id, docs_dir=docs_dir,
                           max_bad_share=max_bad_share)
    problems = [
        f"article {row['article_id']} ({row['url']}): failed {', '.join(row['reasons'])}"
        for row in av.quarantined.to_dict("records")
    ]
    gate_passed = fv.gate_passed and av.gate_passed
    reason = fv.reason if av.gate_passed else f"{fv.reason}; articles: {av.reason}"
    good, quarantined = fv.good, fv.quarantined
    if report_ids:  # official tables: continuity, units, periods, areas (expectations/README.md)
        from expectations.suite_reports import split_report_facts

        good, quarantined = split_report_facts(good, quarantined, set(report_ids),
                                               run_id=run_id, docs_dir=docs_dir)
    return Verdict(good, quarantined, gate_passed, reason,
                   av.docs_index or fv.docs_index, fv.seconds + av.seconds, problems)


def build_batch(
    run_id: str,
    articles: Sequence[dict[str, Any]],
    good: Any,
    quarantined: Any,
    pages: Sequence[ManifestRow],
    held_back: Any = None,
    report_facts: Sequence[dict[str, Any]] = (),
) -> Any:
    """The warehouse batch: articles, validated facts, quarantine, held-back facts, report
    lineage and the landed pages."""
    from transforms.reports.mapping import REPORT_COLUMNS
    from transforms.rows import ARTICLE_COLUMNS
    from warehouse.load import LoadBatch

    page_rows = [p.to_dict() for p in pages]
    return LoadBatch(
        run_id=run_id,
        articles=frame(articles, ARTICLE_COLUMNS),
        facts=good,
        quarantine=quarantined,
        pages=frame(page_rows, list(page_rows[0]) if page_rows else []),
        **({} if held_back is None else {"held_back": held_back}),
        report_facts=frame(report_facts, REPORT_COLUMNS),
    )


def source_row(source: Any) -> dict[str, Any]:
    """A source as the warehouse's sources table wants it."""
    kind, url = next(
        ((k, getattr(source, k)) for k in ("sitemap", "feed", "listing") if getattr(source, k)),
        ("none", None),
    )
    if hasattr(source, "mapping"):  # a report dataset: its kind and address
        kind, url = source.kind, source.url
    return {
        "id": source.id,
        "name": source.name,
        "base_url": source.base_url,
        "discovery_kind": kind,
        "discovery_url": url,
        "verified": bool(source.verified),
    }


def load_fetch_attempts(con: Any, raw_dir: Path, run_id: str) -> None:
    """Copy the attempt log into the warehouse, for source health and staleness views."""
    from warehouse.runs import load_attempts

    load_attempts(con, list(RawStore(raw_dir).iter_attempts()))


def run_counts(summary: Any) -> dict[str, Any]:
    """The counts a run row keeps, with each source's status and the cause when not ok."""
    return {
        "sources": {k: {"status": t.status, "cause": t.cause or None}
                    for k, t in sorted(summary.sources.items())},
        "pages_landed": summary.pages_landed,
        "pages_pending": summary.pages_pending,
        "already_done": summary.already_done,
        "facts_loaded": summary.facts_loaded,
        "facts_unchanged": summary.facts_unchanged,
        "facts_quarantined": summary.facts_quarantined,
        "facts_held_back": summary.facts_held_back,
        "errors": len(summary.errors),
    }


def nothing_to_do(warehouse: Path, published: Path, raw_dir: Path,
                  sources: Iterable[str] | None, sources_file: Path | None = None) -> int | None:
    """Pages already done when an offline run would change nothing, else None (run the flow).

    Lets `cakupan run --offline` answer "nothing to do" without starting an orchestrator. Any
    doubt (no warehouse yet, no published copy, a writer holding the file, an old schema) means
    None: the flow runs and sorts it out.
    """
    import duckdb

    from warehouse.db import connect
    from warehouse.errors import WarehouseError
    from warehouse.load import processed_pages
    from warehouse.publish import published_stamp, stamp

    if not warehouse.exists() or not published.exists():
        return None
    try:
        con = connect(warehouse, read_only=True)
    except WarehouseError:
        return None
    try:
        processed = processed_pages(con, PARSER_VERSION)
        if published_stamp(published) != stamp(con):
            return None  # the published copy is behind the master, empty or corrupt: publish
        if sources_file is not None:  # report datasets: processed with their current mapping
            from extractors.sources import SourcesError, load_sources

            try:
                processed |= processed_reports(con, load_sources(sources_file))
            except SourcesError:
                return None
    except duckdb.Error:
        return None
    finally:
        con.close()
    pending = pending_pages(RawStore(raw_dir), processed, sources)
    if pending.pages or pending.manifest_errors:
        return None
    return pending.already_done
