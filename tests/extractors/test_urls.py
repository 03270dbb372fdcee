"""URLs from strangers' pages: malformed ones are refused as values, never raised."""

from __future__ import annotations

import pytest

from extractors.article import parse_html
from extractors.discover import listing_links
from extractors.urls import absolute_url, host_of, split_url, without_fragment


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.rri.co.id/berita/1", "www.rri.co.id"),
        ("HTTP://RRI.CO.ID/x", "rri.co.id"),
        ("http://[::1]:8080/x", "::1"),
        ("/relative/path", None),
        ("", None),
        ("http://[x/", None),  # a bracket that opens no IPv6 host
        ("http://a]b/", None),
        ("http://example.com:99999/", None),  # port out of range
    ],
)
def test_host_of(url: str, host: str | None) -> None:
    assert host_of(url) == host
    assert (split_url(url) is None) == (url.startswith("http://") and host is None)


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("https://a.id/x/y", "../z#top", "https://a.id/z"),
        ("https://a.id/x", " https://b.id/q?p=1#f ", "https://b.id/q?p=1"),
        ("https://a.id/x", "http://[x/", None),
        ("http://[x/", "/page", None),
        ("https://a.id/x", "https://a.id:70000/", None),
    ],
)
def test_absolute_url(base: str, href: str, expected: str | None) -> None:
    assert absolute_url(base, href) == expected


def test_without_fragment_keeps_what_it_cannot_read() -> None:
    assert without_fragment(" https://a.id/x#y ") == "https://a.id/x"
    assert without_fragment("http://[x/#y") == "http://[x/#y"


def test_listing_links_skip_unreadable_ones() -> None:
    body = b"<a href='/ok'>ok</a><a href='http://[x/'>bad</a><a href='https://a.id:99999/'>port</a>"
    assert listing_links(body, "https://a.id/list") == [("https://a.id/ok", "ok")]


def test_an_unreadable_canonical_url_is_ignored() -> None:
    # Found by the fuzz test: a canonical link spliced into "http://[" made parse_html raise.
    page = ("<html><head><link rel='canonical' href='http://[x/'><title>BPJS Ketenagakerjaan "
            "Demak</title></head><body><article><p>" + "Peserta aktif tercatat 10.000 orang. " * 8
            + "</p></article></body></html>")
    article = parse_html(page.encode())
    assert article.url is None and article.title.startswith("BPJS Ketenagakerjaan Demak")
