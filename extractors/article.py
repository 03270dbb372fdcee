"""HTML page to `Article`: title, publication date, dateline and clean body paragraphs.

Parsed with lxml directly (about 1-2 ms for a 150 KB page, against 20-50 ms for a
BeautifulSoup tree); bs4 is used only for charset detection (`extractors.html_decode`).
Hostile pages end in `ArticleError` with a one-line reason, never in a traceback.
`Selectors` is the registry's class (`extractors.sources`): sources.toml declares, this obeys.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector, SelectorError

from extractors.html_body import clean_body, find_body, strip_noise, text_blocks
from extractors.html_decode import decode_page
from extractors.html_errors import ArticleError
from extractors.html_meta import (
    byline_dates,
    clean_text,
    meta_values,
    metadata_dates,
    page_elements,
    page_title,
    resolve_published,
    text_of,
)
from extractors.html_text import article_paragraphs, find_dateline
from extractors.sources import Selectors
from extractors.urls import split_url
from transforms.model import Article

__all__ = ["MAX_BYTES", "ArticleError", "Selectors", "parse_html"]

#: Pages above this size are refused: real article pages weigh under 3 MB.
MAX_BYTES = 8_000_000

#: Share of control characters (NUL included) above which a body is binary, not HTML.
MAX_CONTROL_SHARE = 0.01

#: Share of U+FFFD replacement characters above which a body is undecodable garbage.
MAX_REPLACEMENT_SHARE = 0.05

#: How much of the text is sniffed for markup; binary content shows in the first 8 KB.
SNIFF_CHARS = 65536
BINARY_SNIFF_CHARS = 8192

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MARKUP = re.compile(r"<(?:[a-zA-Z][\w:-]*|!doctype)[\s/>]", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
#: A plain lxml HTML parser: lxml.html's element classes cost a Python lookup for every
#: element the walks touch, and nothing here uses their methods (`text_of` is `text_content`).
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)
_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
_OPENS_WITH_PI = re.compile(r"\s*<\?")


def parse_html(
    body: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    selectors: Selectors | None = None,
    max_bytes: int = MAX_BYTES,
    fetched_at: dt.datetime | None = None,
) -> Article:
    """The article in a page; raises ArticleError with a one-line reason when there is none.

    `fetched_at` dates a relative byline ("2 jam lalu", "kemarin"); without it they are ignored.
    """
    size = len(body)
    if size > max_bytes:
        raise ArticleError(f"page too large: {size} bytes, limit {max_bytes}")
    text, exact_utf8 = decode_page(body, content_type)
    _check_is_html(text)
    tree = _parse(text, body if exact_utf8 and isinstance(body, bytes) else None)
    sel = selectors or Selectors()
    elements = page_elements(tree)
    meta = meta_values(tree, elements)
    meta_hints = metadata_dates(tree, meta, elements)
    canonical = _canonical_url(elements["link"], meta)
    title = _selected_text(tree, sel.title) or page_title(tree, meta, url or canonical, elements)
    sel_hints = [("selector", t) for t in _selected_texts(tree, sel.date)]
    strip_noise(tree)
    found = find_body(tree, _compile(sel.body) if sel.body else None)
    if found is None:
        raise ArticleError("no article body found")
    container, _how = found
    byline_hints = _byline_hints(tree, container, fetched_at)
    clean_body(container)
    paragraphs = article_paragraphs(text_blocks(container), title)
    if not paragraphs:
        raise ArticleError("no article text in the page body")
    if not title:
        raise ArticleError("no title found (no og:title, <title> or <h1>)")
    hints = [*sel_hints, *meta_hints, *byline_hints]
    return Article(
        title=title,
        paragraphs=tuple(paragraphs),
        published=resolve_published(hints, url or canonical, now=fetched_at),
        url=url or canonical,
        dateline=find_dateline(paragraphs),
        date_hints=tuple(dict.fromkeys(raw for _, raw in hints)),
    )


def _check_is_html(text: str) -> None:
    """Refuse binary garbage and text without markup before lxml sees them."""
    sample = text[:SNIFF_CHARS]
    if not sample.strip():
        raise ArticleError("empty page")
    head = sample[:BINARY_SNIFF_CHARS]
    if _control_count(head) > MAX_CONTROL_SHARE * len(head):
        raise ArticleError("not HTML: binary content (control bytes)")
    if sample.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(sample):
        raise ArticleError("not HTML: undecodable bytes")
    if not _MARKUP.search(sample):
        raise ArticleError("not HTML: no markup found")


def _control_count(text: str) -> int:
    """How many characters of `_CONTROL` the text holds (ASCII text: counted as bytes, faster)."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return len(_CONTROL.findall(text))


def _parse(text: str, utf8: bytes | None = None) -> etree._Element:
    """The lxml tree of a page (an XML declaration removed: lxml refuses it in a str).

    `utf8`, the page's bytes when `text` is exactly their UTF-8 reading, is parsed instead of
    the text: the same tree, without libxml2 converting the text back to UTF-8 first. A page
    that opens with "<?" takes the text's way, where its XML declaration is handled.
    """
    try:
        if utf8 is not None and not _OPENS_WITH_PI.match(text):
            tree = etree.fromstring(utf8, _UTF8_PARSER)
        else:
            tree = etree.fromstring(_XML_DECL.sub("", text, count=1), _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ArticleError(f"unparseable HTML: {str(exc).splitlines()[0]}") from None
    if tree is None:  # what lxml.html.document_fromstring says of it
        raise ArticleError("unparseable HTML: Document is empty")
    return tree


@lru_cache(maxsize=256)
def _compile(css: str) -> CSSSelector:
    """A compiled CSS selector; a bad one from sources.toml is an ArticleError."""
    try:
        return CSSSelector(css)
    except (SelectorError, SyntaxError, ValueError) as exc:
        raise ArticleError(f"bad CSS selector {css!r}: {exc}") from None


def _selected_texts(tree: etree._Element, css: str | None) -> list[str]:
    """The non-empty texts of the elements a declared selector matches."""
    if not css:
        return []
    texts = (clean_text(text_of(el)) for el in _compile(css)(tree))
    return [t for t in texts if t]


def _selected_text(tree: etree._Element, css: str | None) -> str:
    """The first text a declared selector matches, or "" when it matches nothing."""
    texts = _selected_texts(tree, css)
    return texts[0] if texts else ""


def _canonical_url(links: list[etree._Element], meta: dict[str, str]) -> str | None:
    """The page's own canonical URL (<link rel=canonical>, og:url), if it states a readable one."""
    stated = meta.get("og:url")
    for el in links:
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            stated = el.get("href").strip()
            break
    return stated if stated and split_url(stated) is not None else None


def _byline_hints(tree: etree._Element, container: etree._Element,
                  now: dt.datetime | None = None) -> list[tuple[str, str]]:
    """Byline dates of the article region before the body, else inside the body."""
    region = tree
    for ancestor in container.iterancestors():
        if ancestor.find(".//h1") is not None:
            region = ancestor
            break
    return byline_dates(region, stop=container, now=now) or byline_dates(container, now=now)
