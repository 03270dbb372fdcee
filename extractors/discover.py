"""Discovery: the article URLs a source offers (sitemaps, feeds, listings), by keyword and date.

Discovery reads only through the `Fetcher` (robots, limits, caps apply) and never parses
articles; a document that fails is recorded in `Discovery.errors` and the others go on. Every
URL found and not kept is counted with its reason in `Discovery.skips`, so a filtered sitemap
never looks like an empty one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from extractors.feeds import Entry, EntrySink
from extractors.fetch import Fetcher, FetchError
from extractors.landing import redact
from extractors.sources import Source
from extractors.urls import absolute_url, host_of, split_url, without_fragment

#: A listing page past the last one: the end of the listing, not an error.
LISTING_END_STATUS = frozenset({404, 410})


@dataclass(frozen=True, slots=True)
class Candidate:
    """An article URL worth fetching, with what discovery knew about it."""

    url: str
    source: str
    via: str  # "sitemap", "feed" or "listing"
    published: dt.date | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class DiscoveryError:
    """A discovery document (or a link in it) that could not be used."""

    url: str
    kind: str
    message: str


#: Why a URL was found and not fetched, in the words the run summary prints.
SKIP_REASONS: dict[str, str] = {
    "no_keyword": "no keyword in URL or title",
    "older_than_since": "older than --since",
    "newer_than_until": "newer than the backfill's end",
    "offsite": "off-site (undeclared host)",
    "robots": "disallowed by robots.txt",
    "over_limit": "over max_pages / --limit",
    "bad_url": "bad URL",
}


@dataclass
class DiscoverySkips:
    """How many found URLs were not fetched, by reason (the keys of SKIP_REASONS)."""

    counts: dict[str, int] = field(default_factory=dict)
    #: Distinct article URLs discovery saw, kept or not.
    found: int = 0
    #: True when the page budget (max_pages / --limit) stopped discovery: later entries were
    #: not read, so they are in no count.
    cut_by_limit: bool = False

    def add(self, reason: str, n: int = 1) -> None:
        """Count `n` URLs skipped for `reason`."""
        if reason not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {reason!r}")
        self.counts[reason] = self.counts.get(reason, 0) + n

    @property
    def total(self) -> int:
        """URLs skipped for any reason."""
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, int]:
        """The non-zero counts, in SKIP_REASONS order (for JSON and the runs table)."""
        return {r: self.counts[r] for r in SKIP_REASONS if self.counts.get(r)}


def describe_skips(counts: dict[str, int]) -> str:
    """'3 no keyword in URL or title, 1 off-site (undeclared host)', largest first."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], list(SKIP_REASONS).index(kv[0])))
    return ", ".join(f"{n} {SKIP_REASONS[r]}" for r, n in ranked if n)


@dataclass
class Discovery:
    """The outcome of discovering one source."""

    candidates: list[Candidate] = field(default_factory=list)
    errors: list[DiscoveryError] = field(default_factory=list)
    documents: int = 0
    skips: DiscoverySkips = field(default_factory=DiscoverySkips)
    #: The page cap (`limit`, else `max_pages`) when discovery stopped at it; None otherwise.
    capped_at: int | None = None


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces, so slugs and titles compare alike."""
    return " " + " ".join(re.findall(r"[^\W_]+", text.lower())) + " "


def matches(keywords: tuple[str, ...], *texts: str | None) -> bool:
    """True when a keyword appears as whole words in one of the texts (URL slugs included)."""
    hay = [normalise(t) for t in texts if t]
    return any(normalise(k) in h for k in keywords for h in hay)


class _Run:
    """The state of one discovery run: limits, seen URLs, results."""

    def __init__(
        self, source: Source, fetcher: Fetcher, since: dt.date | None, limit: int,
        until: dt.date | None = None,
    ):
        self.source = source
        self.fetcher = fetcher
        self.since = since
        self.until = until
        self.limit = limit
        self.max_documents = source.politeness.max_pages
        self.out = Discovery()
        self.seen: set[str] = set()

    @property
    def full(self) -> bool:
        """True when the candidate limit is reached."""
        return len(self.out.candidates) >= self.limit

    def can_read(self) -> bool:
        """True while the per-run document budget lasts."""
        return self.out.documents < self.max_documents and not self.full

    def error(self, url: str, kind: str, message: str) -> None:
        """Record a problem and go on."""
        self.out.errors.append(DiscoveryError(url, kind, message))

    def offer(
        self,
        url: str,
        via: str,
        *,
        published: dt.date | None,
        title: str | None,
        text: str | None = None,
    ) -> bool:
        """Keep a URL if new, on the source's hosts, recent enough and on topic; True when full."""
        url = without_fragment(url)
        if url in self.seen:
            return self.full
        self.seen.add(url)
        self.out.skips.found += 1
        reason = self._skip_reason(url, published, title, text)
        if reason:
            self.out.skips.add(reason)
        else:
            self.out.candidates.append(Candidate(url, self.source.id, via, published, title))
        return self.full

    def _skip_reason(self, url: str, published: dt.date | None, title: str | None,
                     text: str | None) -> str | None:
        """Why a new URL is not kept (a SKIP_REASONS key), or None to keep it."""
        if self.full:
            return "over_limit"
        parts = split_url(url)
        if parts is None:
            self.error(redact(url), "bad_url", "unreadable URL; not followed")
            return "bad_url"
        if parts.username is not None:  # never send a site's credentials anywhere
            self.error(redact(url), "bad_url", "link carries credentials; not followed")
            return "bad_url"
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in self.source.hosts:
            self.error(url, "offsite", f"link to undeclared host {host or '?'} not followed")
            return "offsite"
        if self.since and published and published < self.since:
            return "older_than_since"
        if self.until and published and published > self.until:  # a backfill's date range
            return "newer_than_until"
        if self.source.url_filter == "keywords" and not matches(
            self.source.keywords, url, title, text
        ):
            return "no_keyword"
        return None

    def read_xml(self, url: str, accept: EntrySink) -> bool:
        """Fetch and stream-parse one XML document; False (recorded) if it failed."""
        self.out.documents += 1
        try:
            self.fetcher.fetch(url, sink=accept, purpose="discovery")
        except FetchError as exc:
            self.error(url, exc.kind, exc.message)
            return False
        return True


def discover(
    source: Source, fetcher: Fetcher, *, since: dt.date | None = None, limit: int | None = None,
    until: dt.date | None = None,
) -> Discovery:
    """Every on-topic article URL of a source, newest sources first, up to `limit`.

    `since` and `until` bound the dated entries (sitemap lastmod, feed dates); undated entries
    (listing pages) are kept, since nothing says they fall outside the range.
    """
    run = _Run(source, fetcher, since, limit or source.politeness.max_pages, until)
    if source.sitemap:
        _sitemap(run, source.sitemap, depth=0)
    if source.feed and run.can_read():
        _feed(run, source.feed)
    if source.listing and run.can_read():
        _listing(run, source.listing)
    run.out.skips.cut_by_limit = run.full
    if run.full:
        run.out.capped_at = run.limit
    return run.out


def _sitemap(run: _Run, url: str, *, depth: int) -> None:
    """A sitemap or a sitemap index (children newest first, skipping those older than since)."""
    children: dict[str, Entry] = {}  # by loc: a retried download replays the same entries

    def accept(entry: Entry) -> bool:
        if entry.kind == "sitemap":
            children[entry.loc] = entry
            return False
        return run.offer(
            entry.loc, "sitemap", published=entry.published, title=entry.title, text=entry.text
        )

    sink = EntrySink(accept, max_bytes=run.source.politeness.max_body_bytes)
    if not run.read_xml(url, sink) or depth >= 2:
        return
    for child in sorted(children.values(), key=lambda e: e.published or dt.date.min, reverse=True):
        if not run.can_read():
            return
        if run.since and child.published and child.published < run.since:
            continue
        _sitemap(run, child.loc, depth=depth + 1)


def _feed(run: _Run, url: str) -> None:
    """An RSS or Atom feed."""

    def accept(entry: Entry) -> bool:
        return run.offer(
            entry.loc, "feed", published=entry.published, title=entry.title, text=entry.text
        )

    run.read_xml(url, EntrySink(accept, max_bytes=run.source.politeness.max_body_bytes))


def _listing(run: _Run, template: str) -> None:
    """Listing pages 1, 2, ... until a page brings no new link, a 404, or the budget ends."""
    known: set[str] = set()
    pages = re.compile(re.escape(template).replace(re.escape("{page}"), r"\d+") + "$")
    page = 1
    while run.can_read():
        url = template.replace("{page}", str(page))
        run.out.documents += 1
        try:
            result = run.fetcher.fetch(url, purpose="discovery")
        except FetchError as exc:
            if not (page > 1 and exc.status in LISTING_END_STATUS):
                run.error(url, exc.kind, exc.message)
            return
        links = listing_links(result.body, result.final_url)
        fresh = [
            (href, text)
            for href, text in links
            if href not in known
            and host_of(href) in run.source.hosts
            and not pages.match(href)
        ]
        if not fresh:
            return
        for href, text in fresh:
            known.add(href)
            if run.offer(href, "listing", published=None, title=text):
                return
        page += 1


def listing_links(body: bytes, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, anchor text) of every link on a listing page, in page order."""
    if not body.strip():
        return []
    try:
        doc = lxml.html.fromstring(body)
    except (etree.LxmlError, ValueError):
        return []
    out: list[tuple[str, str]] = []
    for anchor in doc.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = absolute_url(base_url, href)
        if url is not None:  # an unreadable link ("http://[x/") is no link
            out.append((url, " ".join(anchor.text_content().split())))
    return out
