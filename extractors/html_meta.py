"""Title and publication date of a parsed page, from metadata first and bylines second."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from lxml import etree

from extractors.html_dates import date_from_url, parse_date_text
from extractors.urls import host_of
from transforms.model import normalise_figures

#: Meta keys (property/name/itemprop, lower case) holding the publication time, best first.
DATE_META_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "content_publisheddate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)

#: Metadata keys for the headline, best first (the <title> element comes after them).
TITLE_META_KEYS: tuple[str, ...] = ("og:title", "twitter:title")

#: Metadata keys naming the site, used to strip " - Site Name" from titles.
SITE_META_KEYS: tuple[str, ...] = ("og:site_name", "application-name", "twitter:site")

#: Separators between a headline and the site name in <title> and og:title.
TITLE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ")

#: Class or id fragments of elements that print the byline date.
BYLINE_CLASS = re.compile(
    r"date|time|tanggal|waktu|byline|publish|posted|meta|info", re.IGNORECASE
)

_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,40})"')
_NON_ALNUM = re.compile(r"[\W_]+")
_XP_META = etree.XPath("//meta[@content][@property or @name or @itemprop]")
_XP_JSONLD = etree.XPath("//script[@type='application/ld+json']")
_XP_TITLE = etree.XPath("//title")
_XP_H1 = etree.XPath("//h1")

#: The text of an element and its descendants (what lxml.html's `text_content()` computes),
#: for plain lxml elements: the page tree is parsed without lxml.html's element classes.
text_of = etree.XPath("string()", smart_strings=False)


def clean_text(text: str) -> str:
    """Whitespace collapsed to single spaces (U+00A0 included), zero-width marks removed.

    Figures are made whole first (`normalise_figures`): "72&nbsp;450" must not become two.
    """
    text = normalise_figures(text)
    return " ".join(text.replace("\u200b", "").replace("\ufeff", "").split())


#: The tags whose elements the metadata is read from (`page_elements`).
PAGE_TAGS: tuple[str, ...] = ("meta", "script", "title", "h1", "link")

#: A page's elements of PAGE_TAGS, by tag, each list in document order.
PageElements = dict[str, list[etree._Element]]


def page_elements(tree: etree._Element) -> PageElements:
    """The page's meta, script, title, h1 and link elements, in one pass over the tree.

    The readers below take them instead of each running its own XPath over the whole page.
    """
    found: PageElements = {tag: [] for tag in PAGE_TAGS}
    for el in tree.iter(*PAGE_TAGS):
        found[el.tag].append(el)
    return found


def _metas(tree: etree._Element, elements: PageElements | None) -> list[etree._Element]:
    """What _XP_META selects: meta elements with a content and a property, name or itemprop."""
    if elements is None:
        return _XP_META(tree)
    return [
        el for el in elements["meta"]
        if el.get("content") is not None
        and (el.get("property") is not None or el.get("name") is not None
             or el.get("itemprop") is not None)
    ]


def meta_values(tree: etree._Element, elements: PageElements | None = None) -> dict[str, str]:
    """The first content of each meta property/name/itemprop, keyed in lower case."""
    values: dict[str, str] = {}
    for el in _metas(tree, elements):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = clean_text(el.get("content") or "")
        if key and content and key not in values:
            values[key] = content
    return values


def jsonld_dates(tree: etree._Element, elements: PageElements | None = None) -> list[str]:
    """datePublished strings from JSON-LD blocks (read by regex: such JSON is often invalid)."""
    found: list[str] = []
    scripts = (
        _XP_JSONLD(tree) if elements is None
        else [el for el in elements["script"] if el.get("type") == "application/ld+json"]
    )
    for el in scripts:
        found.extend(_JSONLD_DATE.findall(el.text or ""))
    return found


def page_title(tree: etree._Element, meta: dict[str, str], url: str | None,
               elements: PageElements | None = None) -> str:
    """The headline: og:title, else <title>, else the longest h1, without a site-name suffix."""
    h1s = [clean_text(text_of(h)) for h in (_XP_H1(tree) if elements is None else elements["h1"])]
    h1s = [h for h in h1s if h]
    raw = next((meta[k] for k in TITLE_META_KEYS if meta.get(k)), "")
    if not raw:
        titles = _XP_TITLE(tree) if elements is None else elements["title"]
        raw = clean_text(text_of(titles[0])) if titles else ""
    if not raw:
        return max(h1s, key=len) if h1s else ""
    return strip_site_suffix(raw, _site_names(meta, url), h1s)


def strip_site_suffix(title: str, site_names: Iterable[str], h1s: Iterable[str] = ()) -> str:
    """A title without trailing " - Site Name" parts: only parts that name the site go."""
    keys = [k for k in (_key(n) for n in site_names) if len(k) >= 3]
    h1_keys = {_key(h) for h in h1s}
    while True:
        for sep in TITLE_SEPARATORS:
            if sep not in title:
                continue
            head, tail = title.rsplit(sep, 1)
            tail_key = _key(tail)
            names_site = len(tail_key) >= 3 and any(k in tail_key or tail_key in k for k in keys)
            if names_site or _key(head) in h1_keys:
                title = head.strip()
                break
        else:
            return title


def _site_names(meta: dict[str, str], url: str | None) -> list[str]:
    """Names a site goes by: its metadata, and its host name without www and TLD."""
    names = [meta[k].lstrip("@") for k in SITE_META_KEYS if meta.get(k)]
    host = host_of(url) if url else None
    if host:
        labels = [p for p in host.split(".") if p not in {"www", "com", "co", "id", "net", "org"}]
        names.extend(labels)
    return names


def _key(text: str) -> str:
    """Lower-case letters and digits only, for loose comparisons of names."""
    return _NON_ALNUM.sub("", text.lower())


def metadata_dates(tree: etree._Element, meta: dict[str, str],
                   elements: PageElements | None = None) -> list[tuple[str, str]]:
    """(origin, raw string) of every publication date the page's metadata states, best first."""
    hints = [(key, meta[key]) for key in DATE_META_KEYS if meta.get(key)]
    hints.extend(("json-ld", value) for value in jsonld_dates(tree, elements))
    return hints


def byline_dates(
    scope: etree._Element, stop: etree._Element | None = None, *, now: dt.datetime | None = None
) -> list[tuple[str, str]]:
    """(origin, raw string) of dates in <time> and byline-like elements, before `stop` if given.

    Of nested byline elements only the innermost counts ("24 Desember 2024", not the whole
    "Oleh Bud - 24 Desember 2024 8920" line around it).
    """
    found: list[tuple[etree._Element, str, str]] = []
    for el in scope.iter(etree.Element):
        if el is stop:
            break
        if el.tag == "time":
            for value in (el.get("datetime"), clean_text(text_of(el))):
                if value and len(value) <= 120 and parse_date_text(value, now=now):
                    found.append((el, "time", value))
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if len(marks) < 3 or len(el) > 6 or not BYLINE_CLASS.search(marks):
            continue
        text = clean_text(text_of(el))
        if len(text) <= 120 and parse_date_text(text, now=now):
            found.append((el, "byline", text))
    inner = {id(a) for el, _, _ in found for a in el.iterancestors()}
    return [(origin, value) for el, origin, value in found if id(el) not in inner]


def resolve_published(hints: list[tuple[str, str]], url: str | None, *,
                      now: dt.datetime | None = None) -> dt.date | None:
    """The publication date: the first hint that parses (best first), else the URL path.

    `now`, the fetch time, dates relative bylines ("3 jam lalu").
    """
    for _, raw in hints:
        found = parse_date_text(raw, now=now)
        if found is not None:
            return found
    return date_from_url(url)
