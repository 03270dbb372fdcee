"""Bytes to text for HTML pages: declared charsets first, then detection, never an exception.

Order: byte-order mark (it cannot lie), the HTTP Content-Type charset, the page's own
`<meta charset>` / http-equiv, then detection. A declared charset is used only if the bytes
decode with it; "latin-1"/"iso-8859-1"/"ascii" labels mean windows-1252 (as in browsers), and
they yield to UTF-8 when the bytes are valid UTF-8 with multi-byte sequences (a server default of
latin-1 in front of a UTF-8 page is the usual misconfiguration). Invalid bytes are replaced.
"""

from __future__ import annotations

import codecs
import re

from bs4 import UnicodeDammit

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Labels that browsers read as windows-1252 (WHATWG encoding standard).
WINDOWS_1252_LABELS: frozenset[str] = frozenset(
    {"latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859-1", "us-ascii", "ascii",
     "l1", "cp819", "windows-1252", "cp1252", "x-cp1252"}
)

#: Only the head of a page is searched for a <meta> charset (browsers look at 1024 bytes).
META_SCAN_BYTES = 4096

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """The page as text, decoded by the most trustworthy charset that fits its bytes."""
    return decode_page(body, content_type)[0]


def decode_page(body: bytes | str, content_type: str | None = None) -> tuple[str, bool]:
    """`decode_html`'s text, and True when that text is the bytes read as UTF-8 as they are
    (no byte-order mark, no byte replaced): a parser may then be given the bytes themselves."""
    if isinstance(body, str):
        return body, False
    for bom, encoding in BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace"), False
    for label in (_header_charset(content_type), _meta_charset(body)):
        found = _try_declared(body, label)
        if found is not None:
            return found
    return _detect(body)


def _header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None


def _meta_charset(body: bytes) -> str | None:
    """The charset a page declares in its head (`<meta charset>` or http-equiv)."""
    m = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return m.group(1).decode("ascii", errors="replace") if m else None


def _normalise_label(label: str) -> str | None:
    """A Python codec name for a charset label, or None when the label is unknown."""
    low = label.strip().lower()
    if low in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def _try_declared(body: bytes, label: str | None) -> tuple[str, bool] | None:
    """The body decoded with a declared charset (and whether that is strict UTF-8), or None if
    that charset does not fit."""
    if not label:
        return None
    codec = _normalise_label(label)
    if codec is None:
        return None
    if codec == "cp1252" and _UTF8_MULTIBYTE.search(body):
        try:
            return body.decode("utf-8"), True
        except UnicodeDecodeError:
            pass
    try:
        return body.decode(codec), codec == "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 page with a few bad bytes is still UTF-8; one with many is mislabelled.
    text = body.decode(codec, errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return (text, False) if text.count("\ufffd") <= max(2, non_ascii // 100) else None


def _detect(body: bytes) -> tuple[str, bool]:
    """Undeclared bytes: UTF-8 if valid, else windows-1252, else charset detection."""
    try:
        return body.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    dammit = UnicodeDammit(body, known_definite_encodings=["cp1252"], is_html=False)
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup, False
    return body.decode("utf-8", errors="replace"), False
