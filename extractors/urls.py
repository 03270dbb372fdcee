"""URLs written by strangers: parse them without letting a malformed one raise.

`urllib.parse` raises ValueError for a bracket that opens no IPv6 host ("http://[x/") or a port
out of range; such links come from sitemaps, listings, redirects and canonical tags of hostile or
broken pages (found by tests/extractors/test_article.py's fuzz test on a spliced page).
"""

from __future__ import annotations

from urllib.parse import SplitResult, urldefrag, urljoin, urlsplit


def split_url(url: str) -> SplitResult | None:
    """The parts of a URL, or None when it cannot be read (its host and port included)."""
    try:
        parts = urlsplit(url)
        _ = parts.hostname, parts.port
    except ValueError:
        return None
    return parts


def host_of(url: str) -> str | None:
    """The lower-case host of a URL, or None when it has none or cannot be read."""
    parts = split_url(url)
    return parts.hostname.lower() if parts is not None and parts.hostname else None


def without_fragment(url: str) -> str:
    """The URL stripped and without its #fragment (as written when it cannot be read)."""
    url = url.strip()
    try:
        return urldefrag(url)[0]
    except ValueError:
        return url


def absolute_url(base: str, href: str) -> str | None:
    """`href` resolved against `base`, without its fragment; None when either cannot be read."""
    try:
        joined = urljoin(base, href.strip())
    except ValueError:
        return None
    url = without_fragment(joined)
    return url if split_url(url) is not None else None
