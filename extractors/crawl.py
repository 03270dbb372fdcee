"""One source's crawl: discover, then fetch and land each URL; one bad page never stops the rest.

`crawl_source` is what the Prefect fetch task wraps. It only moves bytes into `raw/`: it never
parses articles, so a parser fix is applied to history by re-processing `raw/`, not re-crawling.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

import httpx

from extractors.discover import Candidate, Discovery, DiscoverySkips, discover
from extractors.fetch import Attempt, Fetcher, FetchError, FetchResult
from extractors.landing import LandResult, RawStore, RawStoreError, utc_stamp
from extractors.politeness import Clock, Resolver, SystemClock, system_resolver
from extractors.sources import Source

log = logging.getLogger(__name__)

#: Fetch errors that are the crawl's own policy, not the site failing: counted as skipped.
POLICY_KINDS: frozenset[str] = frozenset({"robots", "offsite", "unsafe_host", "bad_url"})
#: The discovery skip reason (extractors.discover.SKIP_REASONS) of each policy kind.
_SKIP_OF_KIND: dict[str, str] = {"robots": "robots", "offsite": "offsite",
                                 "unsafe_host": "offsite", "bad_url": "bad_url"}


@dataclass(frozen=True, slots=True)
class CrawlError:
    """A URL the crawl could not use, and why."""

    url: str
    kind: str
    message: str
    stage: str  # "discovery" or "fetch"

    def __str__(self) -> str:
        return f"{self.stage} {self.kind}: {self.message} ({self.url})"


@dataclass
class CrawlReport:
    """Counts and errors of one source's crawl."""

    source: str
    started_at: str
    finished_at: str = ""
    discovered: int = 0
    fetched: int = 0
    landed_new: int = 0
    unchanged: int = 0
    failed: int = 0
    #: URLs not requested by policy (robots.txt, undeclared host): errors, but not failures.
    skipped: int = 0
    discovery_documents: int = 0
    #: Discovered URLs never landed that the page budget (max_pages, --limit) left for later.
    left_for_later: int = 0
    #: The page budget of this crawl.
    budget: int = 0
    #: The page cap discovery stopped at (more pages may be waiting), or None.
    capped_at: int | None = None
    errors: list[CrawlError] = field(default_factory=list)
    #: URLs found and not fetched, by reason: discovery's filters plus robots.txt at fetch time.
    skips: DiscoverySkips = field(default_factory=DiscoverySkips)

    @property
    def ok(self) -> bool:
        """True when no page and no discovery document failed."""
        return self.failed == 0 and all(e.stage == "fetch" for e in self.errors)

    def to_dict(self) -> dict:
        """A JSON-ready summary (for logs and the Prefect task result)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What happened to one URL (internal)."""

    url: str
    status: str  # "new", "unchanged", "failed", "skipped"
    error: FetchError | None = None


def crawl_source(
    source: Source,
    store: RawStore,
    *,
    since: dt.date | None = None,
    limit: int | None = None,
    until: dt.date | None = None,
    client: httpx.Client | None = None,
    clock: Clock | None = None,
    resolver: Resolver = system_resolver,
    on_page: Callable[[str], None] | None = None,
) -> CrawlReport:
    """Discover a source's article URLs, fetch them politely and land new bytes in `store`.

    `on_page` hears each URL's outcome ("new", "unchanged", "failed", "skipped") as it happens:
    the CLI's progress display.
    """
    clock = clock or SystemClock()
    report = CrawlReport(source=source.id, started_at=utc_stamp(clock.now()))

    def log_attempt(attempt: Attempt) -> None:
        store.record_attempt(source=source.id, **asdict(attempt))

    with Fetcher(
        source, client=client, clock=clock, on_attempt=log_attempt, resolver=resolver
    ) as fetcher:
        report.budget = limit or source.politeness.max_pages
        landed = store.landed_urls()
        # Discover past the budget so that it goes to pages not landed yet: with as many extra
        # candidates as pages already landed, the budget can always be filled with new ones.
        found = discover(source, fetcher, since=since, until=until,
                         limit=report.budget * DISCOVERY_FACTOR + len(landed))
        _count_discovery(report, found)
        chosen = choose_candidates(found.candidates, landed, report.budget)
        picked = {c.url for c in chosen}
        report.left_for_later = sum(1 for c in found.candidates
                                    if c.url not in landed and c.url not in picked)
        if report.left_for_later:  # the page budget, not discovery, was the cap
            report.capped_at = report.budget
            report.skips.add("over_limit", report.left_for_later)
            report.skips.cut_by_limit = True
        urls = [c.url for c in chosen]
        workers = max(1, min(source.politeness.max_concurrency, len(urls)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"crawl-{source.id}") as ex:
            outcomes = list(ex.map(lambda u: _told(on_page, _fetch_and_land(fetcher, store, u)),
                                   urls))
    for outcome in outcomes:
        _count(report, outcome)
    report.finished_at = utc_stamp(clock.now())
    return report


#: Discovery reads up to this many times the page budget (plus the landed URLs) of candidates,
#: so that the newest of a sitemap listed oldest first are found.
DISCOVERY_FACTOR = 5


def choose_candidates(candidates: list[Candidate], landed: set[str],
                      budget: int) -> list[Candidate]:
    """The URLs a crawl fetches: not yet landed first, then the landed ones (to see whether
    they changed); newest first within each where dates are known; at most `budget`."""
    def order(c: Candidate) -> tuple[bool, int]:
        day = c.published.toordinal() if c.published else 0
        return (c.url in landed, -day)

    return sorted(candidates, key=order)[:budget]


def _told(on_page: Callable[[str], None] | None, outcome: _Outcome) -> _Outcome:
    """Tell the progress listener about one URL; a listener's error never fails the page."""
    if on_page is not None:
        try:
            on_page(outcome.status)
        except Exception:  # progress is a courtesy
            log.debug("progress listener failed", exc_info=True)
    return outcome


def _fetch_and_land(fetcher: Fetcher, store: RawStore, url: str) -> _Outcome:
    """Fetch one URL (conditionally if landed before) and land its bytes; errors are outcomes."""
    etag, modified = store.validators_for(url)
    try:
        result = fetcher.fetch(url, etag=etag, last_modified=modified)
    except FetchError as exc:
        return _Outcome(url, "skipped" if exc.kind in POLICY_KINDS else "failed", exc)
    except Exception as exc:  # a bug must not stop the other pages; it is reported, not hidden
        log.exception("unexpected error fetching %s", url)
        message = f"{type(exc).__name__}: {exc}"
        return _Outcome(url, "failed", FetchError("internal", message, url=url))
    if result.not_modified:
        return _Outcome(url, "unchanged")
    try:
        landed = _land(store, fetcher.source.id, url, result)
    except (OSError, RawStoreError) as exc:
        return _Outcome(url, "failed", FetchError("landing", f"cannot land: {exc}", url=url))
    except Exception as exc:  # a bug must not stop the other pages; it is reported, not hidden
        log.exception("unexpected error on %s", url)
        message = f"{type(exc).__name__}: {exc}"
        return _Outcome(url, "failed", FetchError("internal", message, url=url))
    return _Outcome(url, "new" if landed.new_row else "unchanged")


def _land(store: RawStore, source_id: str, url: str, result: FetchResult) -> LandResult:
    """Land a fetched body with its response metadata."""
    return store.land(
        url=url,
        final_url=result.final_url,
        source=source_id,
        body=result.body,
        status=result.status,
        fetched_at=result.fetched_at,
        content_type=result.content_type,
        etag=result.etag,
        last_modified=result.last_modified,
    )


def _count_discovery(report: CrawlReport, found: Discovery) -> None:
    """Copy discovery's counts and errors into the report."""
    report.discovered = len(found.candidates)
    report.discovery_documents = found.documents
    report.skips = found.skips
    report.capped_at = found.capped_at
    report.errors.extend(CrawlError(e.url, e.kind, e.message, "discovery") for e in found.errors)


def _count(report: CrawlReport, outcome: _Outcome) -> None:
    """Add one URL's outcome to the report."""
    if outcome.status != "skipped":
        report.fetched += 1
    if outcome.status == "new":
        report.landed_new += 1
    elif outcome.status == "unchanged":
        report.unchanged += 1
    else:
        setattr(report, outcome.status, getattr(report, outcome.status) + 1)
        err = outcome.error
        assert err is not None
        report.errors.append(CrawlError(outcome.url, err.kind, err.message, "fetch"))
        if outcome.status == "skipped":
            report.skips.add(_SKIP_OF_KIND[err.kind])
