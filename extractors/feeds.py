"""Streaming, safe parsing of sitemaps and feeds: entries come out as the bytes come in.

Parsed with lxml's pull parser with entity resolution, network access and huge trees off; a
document declaring a DOCTYPE (the carrier of XML bombs and external entities) is rejected
before the parser sees it. Parsing stops as soon as the consumer has enough entries, so a
sitemap of a million URLs costs only the bytes read up to the limit.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

GZIP_MAGIC = b"\x1f\x8b"
#: What may come before the root element and is skipped: the XML declaration and other
#: processing instructions, and comments. Anything else starting with "<!" is a DTD.
PROLOG_SKIPS: tuple[tuple[bytes, bytes], ...] = ((b"<?", b"?>"), (b"<!--", b"-->"))
MAX_PROLOG = 65536
#: Element local names that close one entry, per document family.
ENTRY_TAGS: frozenset[str] = frozenset({"url", "sitemap", "item", "entry"})


def prolog_state(buf: bytes) -> str:
    """Where a document's start stands: "more" (read on), "root", "dtd" or "not_utf8".

    Skips the XML declaration, processing instructions, comments and white space, so a
    DOCTYPE hidden after a comment that contains "<a" is still seen.
    """
    if buf[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in buf[:64]:
        return "not_utf8"
    i = 3 if buf.startswith(b"\xef\xbb\xbf") else 0
    n = len(buf)
    while True:
        while i < n and buf[i] in b" \t\r\n":
            i += 1
        if n - i < 4:
            return "more"
        for opener, closer in PROLOG_SKIPS:
            if buf.startswith(opener, i):
                end = buf.find(closer, i + len(opener))
                if end < 0:
                    return "more"
                i = end + len(closer)
                break
        else:
            return "dtd" if buf.startswith(b"<!", i) else "root"


class DocumentError(ValueError):
    """A sitemap or feed we refuse to read (DTD, bad XML, too big once unzipped)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One sitemap <url>/<sitemap> or feed item: its link, date and words to match keywords on."""

    kind: str  # "url", "sitemap" (a child sitemap of an index), "item"
    loc: str
    published: dt.date | None = None
    title: str | None = None
    text: str | None = None


def parse_date(text: str | None) -> dt.date | None:
    """The calendar date of a W3C/ISO-8601 or RFC 822 date string, as stated (no tz shift)."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _local(tag: object) -> str:
    """An element's tag without its namespace ('' for comments and processing instructions)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(elem: etree._Element, *names: str) -> str | None:
    """The text of the first descendant whose local name is one of `names`, in that order."""
    for name in names:
        for child in elem.iter():
            if _local(child.tag) == name and child.text and child.text.strip():
                return child.text.strip()
    return None


def _link(elem: etree._Element) -> str | None:
    """An item's link: RSS <link>text</link>, or Atom <link rel="alternate" href>."""
    for child in elem:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if child.text and child.text.strip():
            return child.text.strip()
    return _child_text(elem, "guid", "id")


def entry_from(elem: etree._Element) -> Entry | None:
    """Read one closed entry element; None when it has no link."""
    name = _local(elem.tag)
    if name in ("url", "sitemap"):
        loc = _child_text(elem, "loc")
        date = _child_text(elem, "publication_date", "lastmod")
        title = _child_text(elem, "title")
        text = _child_text(elem, "keywords")
        kind = name
    else:
        loc = _link(elem)
        date = _child_text(elem, "pubDate", "published", "updated", "date")
        title = _child_text(elem, "title")
        text = " ".join(
            t for t in (_child_text(elem, "description", "summary"), _categories(elem)) if t
        )
        kind = "item"
    if not loc:
        return None
    return Entry(kind=kind, loc=loc, published=parse_date(date), title=title, text=text or None)


def _categories(elem: etree._Element) -> str:
    """RSS <category> texts and Atom <category term>."""
    out = []
    for child in elem:
        if _local(child.tag) == "category":
            out.append(child.get("term") or (child.text or "").strip())
    return " ".join(o for o in out if o)


class EntrySink:
    """A fetch sink: parses XML as it streams and hands each entry to `accept`.

    `accept(entry)` returns True when the consumer wants no more; the sink then tells the
    fetcher to stop reading.
    """

    def __init__(self, accept: Callable[[Entry], bool], *, max_bytes: int) -> None:
        self.accept = accept
        self.max_bytes = max_bytes
        self.reset()

    def reset(self) -> None:
        """Start over (the fetcher retries with a fresh body)."""
        self.entries = 0
        self.done = False
        self._prolog = b""
        self._root_seen = False
        self._gunzip: zlib._Decompress | None = None
        self._sniffed = False
        self._unzipped = 0
        self._parser = etree.XMLPullParser(
            events=("end",),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
            load_dtd=False,
            dtd_validation=False,
        )

    def feed(self, chunk: bytes) -> bool:
        """Parse a chunk; True once the consumer has enough."""
        if self.done:
            return True
        if not self._sniffed:
            self._sniffed = True
            if chunk.startswith(GZIP_MAGIC):  # a .xml.gz sitemap served without Content-Encoding
                self._gunzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self._gunzip is not None:
            chunk = self._inflate(chunk)
        self._guard(chunk)
        try:
            self._parser.feed(chunk)
            return self._drain()
        except etree.XMLSyntaxError as exc:
            raise DocumentError(f"not well-formed XML: {exc}") from None

    def close(self) -> None:
        """The body ended: finish parsing (an unfinished document is an error)."""
        if self.done:
            return
        try:
            self._parser.close()
        except etree.XMLSyntaxError as exc:
            raise DocumentError(f"not well-formed XML: {exc}") from None
        self._drain()

    def _inflate(self, chunk: bytes) -> bytes:
        """Gunzip with the same cap as any body, so a compressed sitemap cannot be a bomb."""
        assert self._gunzip is not None
        out = []
        try:
            while chunk and not self._gunzip.eof:
                part = self._gunzip.decompress(chunk, self.max_bytes - self._unzipped + 1)
                self._unzipped += len(part)
                if self._unzipped > self.max_bytes:
                    raise DocumentError(f"gzipped document over {self.max_bytes} bytes unzipped")
                out.append(part)
                chunk = self._gunzip.unconsumed_tail
        except zlib.error as exc:
            raise DocumentError(f"corrupt gzip data: {exc}") from None
        return b"".join(out)

    def _guard(self, chunk: bytes) -> None:
        """Refuse a DOCTYPE before the root element: no DTD, so no entity bombs or XXE."""
        if self._root_seen:
            return
        self._prolog += chunk
        state = prolog_state(self._prolog)
        if state == "dtd":
            raise DocumentError("DOCTYPE/ENTITY declarations are not allowed in sitemaps or feeds")
        if state == "not_utf8":
            raise DocumentError("sitemaps and feeds must be UTF-8 (or another ASCII-based charset)")
        if state == "root":
            self._root_seen = True
            self._prolog = b""
        elif len(self._prolog) > MAX_PROLOG:
            raise DocumentError(f"no root element in the first {MAX_PROLOG} bytes")

    def _drain(self) -> bool:
        """Hand closed entries to the consumer and free their memory."""
        for _, elem in self._parser.read_events():
            if _local(elem.tag) not in ENTRY_TAGS:
                continue
            entry = entry_from(elem)
            elem.clear()
            parent = elem.getparent()
            while parent is not None and elem.getprevious() is not None:
                del parent[0]
            if entry is None:
                continue
            self.entries += 1
            if self.accept(entry):
                self.done = True
                return True
        return False
