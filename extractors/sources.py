"""The sources registry: news outlets declared in TOML, validated strictly into frozen objects.

A data engineer adds an outlet by writing a `[[source]]` entry in `extractors/sources.toml`;
every mistake (bad id, unknown key, bad URL, no discovery method, duplicate id) is a
`SourcesError` naming the file, the entry and the field.
"""

from __future__ import annotations

import ipaddress
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: The registry shipped with the package.
DEFAULT_SOURCES_PATH = Path(__file__).with_name("sources.toml")

ID_RE = re.compile(r"^[A-Za-z0-9_]+$")
DISCOVERY_KEYS: tuple[str, ...] = ("sitemap", "feed", "listing")
SELECTOR_KEYS: tuple[str, ...] = ("title", "date", "body")
#: How discovery picks article URLs: "keywords" keeps those whose URL, title or feed text has a
#: keyword; "none" keeps every article URL and lets the parser judge relevance from the page
#: (for sites whose URLs carry no slug, `/read/123456`, and whose sitemap has no titles).
URL_FILTERS: tuple[str, ...] = ("keywords", "none")
DEFAULT_USER_AGENT = "cakupan/0.1 (BPJS Ketenagakerjaan coverage research; polite crawler)"


class SourcesError(ValueError):
    """A sources file that cannot be trusted: the message names file, entry and field."""


@dataclass(frozen=True, slots=True)
class Politeness:
    """How hard we may hit one outlet; defaults are conservative for small regional sites."""

    rate_per_second: float = 1.0
    max_concurrency: int = 2
    timeout_connect: float = 10.0
    timeout_read: float = 30.0
    #: Wall-clock cap on one request, so a server trickling bytes cannot hold us forever.
    timeout_total: float = 120.0
    max_retries: int = 3
    #: First backoff wait in seconds; doubles on each retry, plus up to as much again in jitter.
    backoff_base: float = 1.0
    #: No single wait (backoff or Retry-After) lasts longer than this many seconds.
    max_wait: float = 60.0
    max_body_bytes: int = 10_000_000
    user_agent: str = DEFAULT_USER_AGENT
    #: Per-run cap on pages fetched (articles) and on discovery documents read.
    max_pages: int = 200


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors that override the generic article extraction for one outlet."""

    title: str | None = None
    date: str | None = None
    body: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One news outlet: where to discover its articles, what to keep, how politely to fetch."""

    id: str
    name: str
    base_url: str
    keywords: tuple[str, ...]
    sitemap: str | None = None
    feed: str | None = None
    listing: str | None = None
    selectors: Selectors | None = None
    allowed_hosts: tuple[str, ...] = ()
    politeness: Politeness = field(default_factory=Politeness)
    #: False until someone has checked the addresses against the live site.
    verified: bool = False
    #: "keywords" (default) or "none" (fetch every discovered article): see URL_FILTERS.
    url_filter: str = "keywords"

    @property
    def hosts(self) -> frozenset[str]:
        """Every host this source may be fetched from (lower-case, no port)."""
        urls = (self.base_url, self.sitemap, self.feed, self.listing)
        found = {_host(u) for u in urls if u}
        return frozenset(found | {_split_host(h)[0] for h in self.allowed_hosts})

    @property
    def origins(self) -> frozenset[tuple[str, str, int]]:
        """Every (scheme, host, port) this source may be fetched from.

        A declared URL's own scheme and port (plain http on 80 may go up to https on 443); an
        `allowed_hosts` entry allows its host on 80 and 443, or on the port it names.
        """
        found: set[tuple[str, str, int]] = set()
        for url in (self.base_url, self.sitemap, self.feed, self.listing):
            if url:
                origin = origin_of(url.replace("{page}", "1"))
                if origin is not None:
                    found.add(origin)
                    if origin[0] == "http" and origin[2] == DEFAULT_PORTS["http"]:
                        found.add(("https", origin[1], DEFAULT_PORTS["https"]))
        for entry in self.allowed_hosts:
            host, port = _split_host(entry)
            for scheme, default in DEFAULT_PORTS.items():
                found.add((scheme, host, port or default))
        return frozenset(found)


DEFAULT_PORTS: Mapping[str, int] = {"http": 80, "https": 443}


def origin_of(url: str) -> tuple[str, str, int] | None:
    """(scheme, lower-case host, port) of an http(s) URL; None when it has none or is unreadable."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port or DEFAULT_PORTS[parts.scheme]


def _split_host(entry: str) -> tuple[str, int | None]:
    """An `allowed_hosts` entry as (host, port or None)."""
    host, _, port = entry.lower().partition(":")
    return host, int(port) if port else None


def _host(url: str) -> str:
    """The lower-case host name of a URL (the listing's `{page}` does not disturb it)."""
    return (urlsplit(url.replace("{page}", "1")).hostname or "").lower()


POLITENESS_FIELDS: Mapping[str, str] = {f.name: f.type for f in fields(Politeness)}
SOURCE_KEYS: frozenset[str] = frozenset(
    {"id", "name", "base_url", "keywords", "selectors", "allowed_hosts", "verified",
     "url_filter"}
    | set(DISCOVERY_KEYS)
    | set(POLITENESS_FIELDS)
)


def load_sources(path: str | Path = DEFAULT_SOURCES_PATH) -> list[Source]:
    """Read and validate a sources file; any problem raises `SourcesError`, nothing is skipped."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    extra = set(data) - {"source"}
    if extra:
        raise SourcesError(f"{path}: unknown top-level key(s) {sorted(extra)}; expected [[source]]")
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: 'source' must be an array of tables ([[source]])")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        src = parse_source(entry, where=f"{path}: source #{index}")
        if src.id in seen:
            where = f"{path}: source #{index} ({src.id})"
            raise SourcesError(f"{where}: field 'id': duplicate of source #{seen[src.id]}")
        seen[src.id] = index
        sources.append(src)
    return sources


def parse_source(entry: Any, *, where: str = "source") -> Source:
    """Validate one `[[source]]` table into a `Source`."""
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: must be a table")
    label = f"{where} ({entry.get('id')})" if isinstance(entry.get("id"), str) else where

    def fail(key: str, msg: str) -> SourcesError:
        return SourcesError(f"{label}: field '{key}': {msg}")

    unknown = sorted(set(entry) - SOURCE_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (known: {', '.join(sorted(SOURCE_KEYS))})")
    for key in ("id", "name", "base_url", "keywords"):
        if key not in entry:
            raise fail(key, "missing")
    sid = _string(entry, "id", fail)
    if not ID_RE.match(sid):
        raise fail("id", f"{sid!r} must be letters, digits and underscores only")
    name = _string(entry, "name", fail)
    base_url = _url(entry, "base_url", fail)
    found = [k for k in DISCOVERY_KEYS if k in entry]
    if not found:
        raise fail("sitemap", "no discovery method: give one of sitemap, feed or listing")
    urls = {k: _url(entry, k, fail) for k in found}
    if "listing" in urls and "{page}" not in urls["listing"]:
        raise fail("listing", "must contain '{page}' where the page number goes")
    return Source(
        id=sid,
        name=name,
        base_url=base_url,
        keywords=_keywords(entry, fail),
        sitemap=urls.get("sitemap"),
        feed=urls.get("feed"),
        listing=urls.get("listing"),
        selectors=_selectors(entry, fail),
        allowed_hosts=_hosts(entry, fail),
        politeness=_politeness(entry, fail),
        verified=_bool(entry, "verified", fail),
        url_filter=_url_filter(entry, fail),
    )


def _url_filter(entry: dict, fail: Any) -> str:
    """The optional discovery filter: one of URL_FILTERS."""
    value = entry.get("url_filter", URL_FILTERS[0])
    if value not in URL_FILTERS:
        raise fail("url_filter", f"{value!r} must be one of {', '.join(map(repr, URL_FILTERS))}")
    return value


def _string(entry: dict, key: str, fail: Any) -> str:
    """A non-empty string field."""
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(key, "must be a non-empty string")
    return value.strip()


def _url(entry: dict, key: str, fail: Any) -> str:
    """An absolute http(s) URL field."""
    value = _string(entry, key, fail)
    parts = urlsplit(value.replace("{page}", "1"))
    if parts.scheme not in ("http", "https") or not parts.hostname or \
            origin_of(value.replace("{page}", "1")) is None:
        raise fail(key, f"{value!r} is not an absolute http(s) URL")
    _refuse_internal(parts.hostname, key, fail)
    return value


def _bool(entry: dict, key: str, fail: Any) -> bool:
    """An optional boolean field (default False)."""
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise fail(key, "must be true or false")
    return value


def _keywords(entry: dict, fail: Any) -> tuple[str, ...]:
    """A non-empty list of non-empty keyword strings."""
    value = entry["keywords"]
    if not isinstance(value, list) or not value:
        raise fail("keywords", "must be a non-empty list of strings")
    if not all(isinstance(k, str) and k.strip() for k in value):
        raise fail("keywords", "every keyword must be a non-empty string")
    return tuple(k.strip() for k in value)


def _hosts(entry: dict, fail: Any) -> tuple[str, ...]:
    """Extra host names the source may redirect to."""
    value = entry.get("allowed_hosts", [])
    if not isinstance(value, list):
        raise fail("allowed_hosts", "must be a list of host names")
    for host in value:
        if not isinstance(host, str) or not re.fullmatch(
                r"[A-Za-z0-9.-]+(?::(?!0)\d{1,5})?", host) or int(
                    host.partition(":")[2] or 1) > 65535:
            raise fail("allowed_hosts", f"{host!r} is not a host name, or host:port (no "
                       "scheme or path)")
        _refuse_internal(host.partition(":")[0], "allowed_hosts", fail)
    return tuple(h.lower() for h in value)


def _refuse_internal(host: str, key: str, fail: Any) -> None:
    """Refuse an address in a private, link-local or other non-public range (169.254.169.254
    is a cloud's metadata service); loopback stays allowed, for local mirrors."""
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return  # a host name: resolved, and checked, only when fetched
    if ip.is_loopback:
        return
    if ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_unspecified or \
            ip.is_multicast:
        raise fail(key, f"{host} is a private, link-local or reserved address: not a news site")


def _selectors(entry: dict, fail: Any) -> Selectors | None:
    """Optional CSS selectors table with keys title, date, body."""
    if "selectors" not in entry:
        return None
    value = entry["selectors"]
    if not isinstance(value, dict):
        raise fail("selectors", "must be a table like { title = '...', body = '...' }")
    for key, sel in value.items():
        if key not in SELECTOR_KEYS:
            raise fail(f"selectors.{key}", f"unknown key (known: {', '.join(SELECTOR_KEYS)})")
        if not isinstance(sel, str) or not sel.strip():
            raise fail(f"selectors.{key}", "must be a non-empty CSS selector string")
    return Selectors(**value)


def _politeness(entry: dict, fail: Any) -> Politeness:
    """The politeness settings, each checked for type and a sensible range."""
    values: dict[str, Any] = {}
    for key, kind in POLITENESS_FIELDS.items():
        if key not in entry:
            continue
        value = entry[key]
        if kind == "str":
            if not isinstance(value, str) or not value.strip():
                raise fail(key, "must be a non-empty string")
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise fail(key, "must be a whole number >= 0")
        else:
            if isinstance(value, bool) or not isinstance(value, int | float) or \
                    not math.isfinite(value) or value <= 0:
                raise fail(key, "must be a finite number > 0")  # TOML has nan and inf
            value = float(value)
        values[key] = value
    for key in ("max_concurrency", "max_body_bytes", "max_pages"):
        if values.get(key) == 0:
            raise fail(key, "must be at least 1")
    return Politeness(**values)
