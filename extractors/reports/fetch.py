"""Fetching report documents and landing them in raw/ exactly as news pages are landed.

Each kind knows its addresses: one page (html_table, pdf_table), one keyed call (bps), pages of
`limit`/`skip` rows until a short page (json_rows), or CKAN's package_show then the resource
(or datastore_search pages). Every attempt goes to raw/attempts.jsonl; every body lands by hash.
The BPS key is put into the address only for the request: the manifest keeps `{key}`, and the
key is masked in every attempt, error and message.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from extractors.crawl import CrawlError, CrawlReport
from extractors.fetch import Attempt, Fetcher, FetchError, FetchResult
from extractors.landing import RawStore, RawStoreError, utc_stamp
from extractors.politeness import Clock, Resolver, SystemClock, system_resolver
from extractors.reports.spec import BPS_KEY_ENV, ReportSource

log = logging.getLogger(__name__)


class ReportFetchError(Exception):
    """A dataset that cannot be fetched at all (no key, no resource): the message says why."""


def with_params(url: str, **params: object) -> str:
    """The URL with these query parameters set (others kept, order stable)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def fetch_report(
    source: ReportSource,
    store: RawStore,
    *,
    limit: int | None = None,
    client: httpx.Client | None = None,
    clock: Clock | None = None,
    resolver: Resolver = system_resolver,
    env: dict[str, str] | None = None,
) -> CrawlReport:
    """Fetch one dataset's documents and land them; failures are counted, never raised."""
    clock = clock or SystemClock()
    report = CrawlReport(source=source.id, started_at=utc_stamp(clock.now()))
    secret: str | None = None
    mask = _masker(None)

    def log_attempt(attempt: Attempt) -> None:
        row = asdict(attempt)
        row["url"] = mask(row["url"])
        row["message"] = mask(row["message"]) if row["message"] else row["message"]
        store.record_attempt(source=source.id, **row)

    try:
        secret = _secret(source, os.environ if env is None else env)
        mask = _masker(secret)
        with Fetcher(source, client=client, clock=clock, on_attempt=log_attempt,
                     resolver=resolver) as fetcher:
            _fetch_all(source, fetcher, store, report, secret, limit)
    except ReportFetchError as exc:
        report.failed += 1
        report.errors.append(CrawlError(mask(source.url), "dataset", mask(str(exc)), "discovery"))
    except FetchError as exc:  # a discovery call (package_show) failed
        report.failed += 1
        report.errors.append(CrawlError(mask(exc.url), exc.kind, mask(exc.message), "discovery"))
    report.finished_at = utc_stamp(clock.now())
    return report


def _secret(source: ReportSource, env: os._Environ[str] | dict[str, str]) -> str | None:
    """The BPS key from the environment (None for other kinds)."""
    if source.kind != "bps":
        return None
    key = (env.get(BPS_KEY_ENV) or "").strip()
    if not key:
        raise ReportFetchError(f"{source.id}: no BPS key: set ${BPS_KEY_ENV}")
    return key


def _masker(secret: str | None) -> Callable[[str], str]:
    """A function replacing the secret with *** in any text."""
    def mask(text: str) -> str:
        return text.replace(secret, "***") if secret and text else text
    return mask


def _fetch_all(source: ReportSource, fetcher: Fetcher, store: RawStore, report: CrawlReport,
               secret: str | None, limit: int | None) -> None:
    """Fetch and land every document of the dataset, pages read as they come."""
    land = lambda address, shown: _land_one(fetcher, store, source, address, shown, report)  # noqa: E731
    if source.kind == "bps":
        land(source.url.replace("{key}", secret or ""), source.url)
    elif source.kind in ("html_table", "pdf_table"):
        land(source.url, source.url)
    elif source.kind == "json_rows":
        _paged(source, source.url, "skip", limit, land)
    elif source.kind == "ckan":
        resource, search = _ckan_resource(source, fetcher)
        if search:
            _paged(source, search, "offset", limit, land)
        else:
            land(resource, resource)


def _paged(source: ReportSource, base: str, offset_name: str, limit: int | None,
           land: Callable[[str, str], int]) -> None:
    """Pages of `page_size` rows (limit/skip or limit/offset) until a page is not full.

    A page with more rows than asked means the API ignores `limit` (it sent everything): asking
    for the next page would land the same rows again, so paging stops there too.
    """
    max_pages = min(source.politeness.max_pages, limit or source.politeness.max_pages)
    for page in range(max_pages):
        url = with_params(base, limit=source.page_size, **{offset_name: page * source.page_size})
        if land(url, url) != source.page_size:
            return


def _count_rows(body: bytes) -> int:
    """How many rows a JSON page holds (0 when it is not the expected shape)."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return 0
    if isinstance(doc, dict):
        result = doc.get("result")
        if isinstance(result, dict) and isinstance(result.get("records"), list):
            return len(result["records"])
        data = doc.get("data")
        if isinstance(data, dict):
            data = data.get("data")
        return len(data) if isinstance(data, list) else 0
    return len(doc) if isinstance(doc, list) else 0


def _ckan_resource(source: ReportSource, fetcher: Fetcher) -> tuple[str, str | None]:
    """package_show, then (resource URL, datastore_search address or None)."""
    dataset = source.mapping.dataset
    if not dataset:
        raise ReportFetchError(f"{source.id}: a ckan source needs 'dataset' (the package id)")
    base = source.url.rstrip("/")
    show = fetcher.fetch(with_params(f"{base}/api/3/action/package_show", id=dataset),
                         purpose="discovery")
    try:
        package = json.loads(show.body.decode("utf-8-sig"))["result"]
        resources = package["resources"]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ReportFetchError(f"{source.id}: package_show of {dataset!r} is not a CKAN "
                               f"package ({type(exc).__name__}: {exc})") from None
    wanted = source.resource_format.lower()
    chosen = next((r for r in resources if str(r.get("format", "")).lower() == wanted), None)
    if chosen is None:
        formats = ", ".join(str(r.get("format")) for r in resources) or "none"
        raise ReportFetchError(f"{source.id}: package {dataset!r} has no {wanted.upper()} "
                               f"resource (formats: {formats})")
    if source.datastore:
        search = with_params(f"{base}/api/3/action/datastore_search", resource_id=chosen["id"])
        return str(chosen.get("url", "")), search
    return str(chosen["url"]), None


def _land_one(fetcher: Fetcher, store: RawStore, source: ReportSource, address: str,
              shown: str, report: CrawlReport) -> int:
    """Fetch one document, land it under its recorded address; the rows a JSON page held.

    Errors become counts (0 rows, so paging stops); an unchanged page (304) counts as full.
    """
    etag, modified = store.validators_for(shown)
    report.discovered += 1
    try:
        result = fetcher.fetch(address, etag=etag, last_modified=modified)
    except FetchError as exc:
        report.fetched += 1
        report.failed += 1
        message = exc.message.replace(address, shown)
        report.errors.append(CrawlError(shown, exc.kind, message, "fetch"))
        return 0
    report.fetched += 1
    if result.not_modified:
        report.unchanged += 1
        return source.page_size
    try:
        landed = _land(store, source.id, shown, address, result)
    except (OSError, RawStoreError) as exc:
        report.failed += 1
        report.errors.append(CrawlError(shown, "landing", f"cannot land: {exc}", "fetch"))
        return 0
    if landed:
        report.landed_new += 1
    else:
        report.unchanged += 1
    return _count_rows(result.body)


def _land(store: RawStore, source_id: str, shown: str, address: str,
          result: FetchResult) -> bool:
    """Land a body under its recorded address (the keyed address never reaches the manifest)."""
    final = shown if result.final_url == address else result.final_url
    landed = store.land(
        url=shown, final_url=final, source=source_id, body=result.body, status=result.status,
        fetched_at=result.fetched_at, content_type=result.content_type, etag=result.etag,
        last_modified=result.last_modified,
    )
    return landed.new_row
