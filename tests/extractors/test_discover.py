"""Discovery over real HTTP: sitemaps, feeds and listings, keywords, dates, limits, hostile XML."""

from __future__ import annotations

import datetime as dt
import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors.discover import DiscoverySkips, describe_skips, discover, matches
from extractors.feeds import parse_date
from extractors.fetch import Fetcher
from extractors.politeness import FakeClock
from extractors.sources import Source
from tests.httpmirror import Fault, MirrorServer, mirror_source

KEYWORDS = 'keywords = ["BPJS Ketenagakerjaan", "BPJamsostek", "BPJS TK"]'


def entry(discovery: str, extra: str = "") -> str:
    return f"""
[[source]]
id = "mirror"
name = "Mirror"
base_url = "{{{{BASE}}}}"
{discovery}
{KEYWORDS}
rate_per_second = 1000
timeout_read = 0.5
max_retries = 1
backoff_base = 0.01
max_body_bytes = 1000000
{extra}
"""


def run(source: Source, **kw: object):
    with Fetcher(source, clock=FakeClock(), resolver=lambda h: ["93.184.216.34"]) as fetcher:
        return discover(source, fetcher, **kw)  # type: ignore[arg-type]


def paths(found, server: MirrorServer) -> list[str]:
    return [c.url.removeprefix(server.base_url) for c in found.candidates]


@pytest.fixture()
def idola() -> Iterator[MirrorServer]:
    with MirrorServer("idola") as srv:
        yield srv


def test_sitemap_index_news_dates_keywords_and_hosts(idola: MirrorServer, tmp_path: Path):
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"'), idola)
    found = run(source, since=dt.date(2026, 1, 1))
    assert paths(found, idola) == [
        "/2026/11/bpjs-ketenagakerjaan-semarang-perluas-kepesertaan",
        "/2026/11/jaminan-sosial-pekerja-informal-demak",  # matched by its news:title
        "/private/bpjs-ketenagakerjaan-draf-internal",  # robots applies when fetching, not here
    ]
    first = found.candidates[0]
    assert first.published == dt.date(2026, 11, 18) and first.via == "sitemap"
    assert first.title == "BPJS Ketenagakerjaan Semarang Perluas Kepesertaan"
    assert [(e.kind, e.url) for e in found.errors] == [
        ("offsite", "https://othersite.example/bpjs-ketenagakerjaan-mirror-copy")
    ]
    assert idola.hits("/sitemap-2019.xml") == 0  # older than `since`: never read
    assert found.documents == 2


def test_without_since_old_sitemaps_are_read_newest_first(idola: MirrorServer, tmp_path: Path):
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"'), idola)
    found = run(source)
    assert paths(found, idola)[-1] == "/2019/03/bpjs-ketenagakerjaan-sosialisasi-2019"
    docs = [r.path for r in idola.requests if r.path.endswith(".xml")]
    assert docs == ["/sitemap.xml", "/sitemap-news.xml", "/sitemap-2019.xml"]


def test_until_bounds_a_backfill_range(idola: MirrorServer, tmp_path: Path):
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"'), idola)
    found = run(source, until=dt.date(2020, 1, 1))
    assert paths(found, idola) == ["/2019/03/bpjs-ketenagakerjaan-sosialisasi-2019"]
    assert all(c.published is None or c.published <= dt.date(2020, 1, 1)
               for c in found.candidates)


def test_limits_cut_candidates_and_documents(idola: MirrorServer, tmp_path: Path):
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"'), idola)
    assert len(run(source, limit=1).candidates) == 1
    one_doc = mirror_source(
        tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"', "max_pages = 1"), idola
    )
    found = run(one_doc)
    assert found.documents == 1 and found.candidates == []


def test_rss_feed(tmp_path: Path):
    with MirrorServer("ekspres") as srv:
        source = mirror_source(tmp_path, entry('feed = "{{BASE}}/feed.xml"'), srv)
        recent = run(source, since=dt.date(2026, 11, 1))
        everything = run(source)
    assert paths(recent, srv) == [
        "/read/1001/bpjamsostek-kediri-kejar-target",  # title: BPJamsostek
        "/read/1002/jambi-genjot-kepesertaan",  # description (CDATA HTML): BPJS Ketenagakerjaan
    ]
    assert recent.candidates[0].published == dt.date(2026, 11, 19)
    assert recent.candidates[0].via == "feed" and recent.errors == []
    assert paths(everything, srv)[-1] == "/read/1004/bpjs-tk-2025-lama"  # URL slug: bpjs-tk


def test_atom_feed(tmp_path: Path):
    with MirrorServer("ekspres") as srv:
        source = mirror_source(tmp_path, entry('feed = "{{BASE}}/atom.xml"'), srv)
        found = run(source)
    assert paths(found, srv) == ["/read/1001/bpjamsostek-kediri-kejar-target"]  # category term
    assert found.candidates[0].published == dt.date(2026, 11, 19)


LISTING = 'listing = "{{BASE}}/tag/bpjs-ketenagakerjaan/page/{page}"'


def test_listing_pages_until_an_empty_page(tmp_path: Path):
    with MirrorServer("rri") as srv:
        source = mirror_source(tmp_path, entry(LISTING), srv)
        found = run(source)
        listing_hits = [r.path for r in srv.requests if "/tag/" in r.path]
    assert paths(found, srv) == [
        "/berita/501/bpjs-ketenagakerjaan-sulsel-lindungi-nelayan",
        "/berita/503/pekerja-rentan-terlindungi",  # anchor text names BPJS Ketenagakerjaan
        "/berita/504/bpjamsostek-bayar-klaim-jht",
    ]
    assert listing_hits == [f"/tag/bpjs-ketenagakerjaan/page/{n}" for n in (1, 2, 3)]
    assert found.errors == []  # the Facebook link is ignored, not an error


def test_listing_stops_at_a_missing_page_and_at_the_page_limit(tmp_path: Path):
    with MirrorServer("rri") as srv:
        srv.fault("/tag/bpjs-ketenagakerjaan/page/2", Fault(status=404))
        source = mirror_source(tmp_path, entry(LISTING), srv)
        found = run(source)
        assert len(found.candidates) == 2 and found.errors == []
        capped = mirror_source(tmp_path, entry(LISTING, "max_pages = 1"), srv)
        assert len(run(capped, limit=10).candidates) == 2
        assert srv.hits("/tag/bpjs-ketenagakerjaan/page/2") == 1


def test_a_failing_listing_first_page_is_recorded(tmp_path: Path):
    with MirrorServer("rri") as srv:
        srv.fault("/tag/bpjs-ketenagakerjaan/page/1", Fault(status=500), times=None)
        found = run(mirror_source(tmp_path, entry(LISTING), srv))
    assert found.candidates == [] and [e.kind for e in found.errors] == ["http_5xx"]


@pytest.mark.parametrize("name", ["bomb.xml", "xxe.xml"])
def test_dtd_documents_are_refused_fast_and_recorded(tmp_path: Path, name: str):
    with MirrorServer("faults") as srv:
        source = mirror_source(tmp_path, entry(f'sitemap = "{{{{BASE}}}}/{name}"'), srv)
        started = time.monotonic()
        found = run(source)
    assert time.monotonic() - started < 1.0
    assert found.candidates == []
    assert [e.kind for e in found.errors] == ["bad_document"]
    assert "DOCTYPE" in found.errors[0].message


def test_broken_xml_is_recorded_and_the_feed_still_read(tmp_path: Path):
    with MirrorServer("ekspres") as srv:
        srv.fault("/sitemap.xml", Fault(body=b"<urlset><url><loc>x</loc></urlset"))
        text = entry('sitemap = "{{BASE}}/sitemap.xml"\nfeed = "{{BASE}}/feed.xml"')
        found = run(mirror_source(tmp_path, text, srv), since=dt.date(2026, 11, 1))
    assert [e.kind for e in found.errors] == ["bad_document"]
    assert len(found.candidates) == 2


def million_urls(base: str) -> Iterator[bytes]:
    yield b'<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    for i in range(1_000_000):
        yield f"<url><loc>{base}/bpjs-ketenagakerjaan-{i}</loc></url>\n".encode()
    yield b"</urlset>\n"


def test_a_million_url_sitemap_is_streamed_and_cut_at_the_limit(tmp_path: Path):
    with MirrorServer("faults") as srv:
        srv.fault("/huge.xml", Fault(stream=lambda: million_urls(srv.base_url)))
        source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/huge.xml"'), srv)
        started = time.monotonic()
        found = run(source, limit=25)
    assert time.monotonic() - started < 2.0
    assert len(found.candidates) == 25 and found.errors == []  # 80 MB were never read
    assert found.candidates[-1].url.endswith("/bpjs-ketenagakerjaan-24")


def test_a_gzipped_sitemap_file_is_read(tmp_path: Path):
    with MirrorServer("idola") as srv:
        xml = (
            (srv.root / "sitemap-news.xml").read_bytes().replace(b"{{BASE}}", srv.base_url.encode())
        )
        srv.fault(
            "/news.xml.gz",
            Fault(body=gzip.compress(xml), headers={"Content-Type": "application/gzip"}),
        )
        found = run(mirror_source(tmp_path, entry('sitemap = "{{BASE}}/news.xml.gz"'), srv))
    assert len(found.candidates) == 3


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("https://x.id/2026/11/bpjs-ketenagakerjaan-semarang",), True),
        (("https://x.id/read/1/bpjs_ketenagakerjaan",), True),
        (("BPJS KETENAGAKERJAAN Semarang",), True),
        (("Kepesertaan bpjamsostek naik",), True),
        (("https://x.id/bpjs-kesehatan-naik",), False),
        (("BPJS TKW",), False),  # whole words only
        ((None, "", "Harga cabai"), False),
    ],
)
def test_keyword_matching(texts: tuple, expected: bool):
    assert matches(("BPJS Ketenagakerjaan", "BPJamsostek", "BPJS TK"), *texts) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-18", dt.date(2026, 11, 18)),
        ("2026-11-18T23:30:00+07:00", dt.date(2026, 11, 18)),
        ("2026-11-18T23:30:00Z", dt.date(2026, 11, 18)),
        ("Thu, 19 Nov 2026 10:23:00 +0700", dt.date(2026, 11, 19)),
        ("kemarin", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: dt.date | None):
    assert parse_date(text) == expected


def test_a_sitemap_retried_mid_stream_yields_each_url_once(idola: MirrorServer, tmp_path: Path):
    idola.fault("/sitemap-news.xml", Fault(truncate=900))  # cut inside the second <url>
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"'), idola)
    found = run(source, since=dt.date(2026, 1, 1))
    assert idola.hits("/sitemap-news.xml") == 2
    assert len(found.candidates) == 3 and len({c.url for c in found.candidates}) == 3


def test_an_unreadable_sitemap_link_is_recorded_and_the_others_kept(
        idola: MirrorServer, tmp_path: Path):
    sitemap = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               b"<url><loc>http://[bpjs-ketenagakerjaan/x</loc></url>"
               b"<url><loc>" + idola.base_url.encode() + b"/2026/11/bpjs-ketenagakerjaan-ok</loc>"
               b"</url></urlset>")
    idola.fault("/bad-sitemap.xml", Fault(body=sitemap), times=None)
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/bad-sitemap.xml"'), idola)
    found = run(source)
    assert paths(found, idola) == ["/2026/11/bpjs-ketenagakerjaan-ok"]
    assert [(e.kind, e.url) for e in found.errors] == [
        ("bad_url", "http://[bpjs-ketenagakerjaan/x")]


def test_every_url_found_and_not_kept_is_counted_with_its_reason(
    idola: MirrorServer, tmp_path: Path
):
    source = mirror_source(tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"'), idola)
    found = run(source, since=dt.date(2026, 11, 17))
    assert paths(found, idola) == ["/2026/11/bpjs-ketenagakerjaan-semarang-perluas-kepesertaan"]
    assert found.skips.found == 5
    assert found.skips.as_dict() == {"no_keyword": 1, "older_than_since": 2, "offsite": 1}
    assert found.skips.total + len(found.candidates) == found.skips.found
    assert describe_skips(found.skips.as_dict()) == (
        "2 older than --since, 1 no keyword in URL or title, 1 off-site (undeclared host)")
    ranged = run(source, since=dt.date(2026, 1, 1), until=dt.date(2026, 11, 17))
    assert ranged.skips.as_dict() == {"no_keyword": 1, "newer_than_until": 1, "offsite": 1}
    assert not ranged.skips.cut_by_limit and run(source, limit=1).skips.cut_by_limit


def test_url_filter_none_keeps_every_article_url_on_the_site(idola: MirrorServer, tmp_path: Path):
    source = mirror_source(
        tmp_path, entry('sitemap = "{{BASE}}/sitemap.xml"', 'url_filter = "none"'), idola)
    found = run(source, since=dt.date(2026, 1, 1))
    assert "/2026/11/harga-cabai-naik" in paths(found, idola)  # relevance is the page's call
    assert found.skips.as_dict() == {"offsite": 1}  # still only the source's own hosts


def test_an_unknown_skip_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown skip reason"):
        DiscoverySkips().add("bored")
