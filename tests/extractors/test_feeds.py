"""Streaming XML and body decoding under any chunking: same entries, same refusals, same bytes."""

from __future__ import annotations

import itertools
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.feeds import DocumentError, Entry, EntrySink, prolog_state
from extractors.fetch import Decoder, FetchError

GOOD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- <a> generated -->\n'
    b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    + b"".join(
        f"<url><loc>https://x.id/bpjs-{i}?a=1&amp;b={i}</loc>"
        f"<lastmod>2026-11-{i + 1:02d}</lastmod></url>\n".encode()
        for i in range(20)
    )
    + b"</urlset>\n"
)
#: A billion-laughs DOCTYPE hidden behind a comment that looks like a root element.
BOMB = (
    b'<?xml version="1.0"?>\n<!-- <urlset> -->\n<!DOCTYPE urlset [\n<!ENTITY a "aaaaaaaaaa">\n'
    + b"".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10 if i else "&a;" * 10}">\n'.encode() for i in range(9)
    )
    + b"]>\n<urlset><url><loc>https://x.id/&a8;</loc></url></urlset>\n"
)


def chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


def parse(data: bytes, cuts: list[int]) -> list[Entry]:
    got: list[Entry] = []
    sink = EntrySink(lambda e: got.append(e) or False, max_bytes=10_000_000)
    for part in chunks(data, cuts):
        if sink.feed(part):
            break
    sink.close()
    return got


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
def test_entries_do_not_depend_on_chunking(cuts: list[int]) -> None:
    entries = parse(GOOD, cuts)
    assert [e.loc for e in entries] == [f"https://x.id/bpjs-{i}?a=1&b={i}" for i in range(20)]
    assert entries[3].published is not None and entries[3].published.day == 4


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
def test_a_hidden_doctype_is_refused_under_any_chunking(cuts: list[int]) -> None:
    with pytest.raises(DocumentError, match="DOCTYPE"):
        parse(BOMB, cuts)


@pytest.mark.parametrize(
    ("prefix", "state"),
    [
        (b"<?xml version='1.0'?><urlset>", "root"),
        (b"\xef\xbb\xbf<rss version='2.0'>", "root"),
        (b"<?xml version='1.0'?><!-- <a> --><!DOCTYPE x>", "dtd"),
        (b"<?xml version='1.0'?><!-- not closed", "more"),
        (b"<?xml vers", "more"),
        (b"\xff\xfe<\x00?\x00x\x00m\x00l\x00", "not_utf8"),
    ],
)
def test_prolog_state(prefix: bytes, state: str) -> None:
    assert prolog_state(prefix) == state


def test_a_gzipped_feed_over_the_cap_is_refused() -> None:
    sink = EntrySink(lambda e: False, max_bytes=1000)
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    with pytest.raises(DocumentError, match="unzipped"):
        sink.feed(z.compress(GOOD * 10) + z.flush())


@settings(max_examples=40, deadline=None)
@given(
    st.binary(min_size=0, max_size=5000),
    st.sampled_from(["gzip", "deflate", "identity"]),
    st.lists(st.integers(min_value=0, max_value=10_000), max_size=8),
)
def test_decoding_is_exact_under_any_chunking(plain: bytes, encoding: str, cuts: list[int]) -> None:
    if encoding == "gzip":
        z = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        body = z.compress(plain) + z.flush()
    elif encoding == "deflate":
        body = zlib.compress(plain)
    else:
        body = plain
    decoder = Decoder(encoding, 10_000, "http://x.id/")
    out = b"".join(decoder.feed(part) for part in chunks(body, cuts)) + decoder.flush()
    assert out == plain


@given(st.integers(min_value=1, max_value=4000))
@settings(max_examples=30, deadline=None)
def test_the_decoded_cap_holds_exactly(limit: int) -> None:
    body = zlib.compress(bytes(4000))
    decoder = Decoder("deflate", limit, "http://x.id/")
    if limit >= 4000:
        assert len(decoder.feed(body) + decoder.flush()) == 4000
    else:
        with pytest.raises(FetchError, match="max_body_bytes"):
            decoder.feed(body)
