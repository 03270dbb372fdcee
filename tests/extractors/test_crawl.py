"""crawl_source end to end over real HTTP: land once, re-crawl lands nothing, failures heal."""

from __future__ import annotations

import ast
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import extractors.crawl
from extractors.crawl import crawl_source
from extractors.landing import RawStore
from extractors.politeness import FakeClock
from extractors.sources import Source
from tests.httpmirror import Fault, MirrorServer, mirror_source

#: The one TOML entry that describes the kedu mirror (used by no other test module).
KEDU_ENTRY = """
[[source]]
id = "kedu_mirror"
name = "Suara Merdeka Kedu (local mirror)"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan", "BPJamsostek", "Jamsostek"]
rate_per_second = 200
max_concurrency = 2
timeout_read = 0.5
max_retries = 2
backoff_base = 0.5
max_wait = 10
"""
SINCE = dt.date(2026, 11, 1)
A = "/berita/2026/11/20/bpjs-ketenagakerjaan-magelang-lindungi-24-ribu-petani"
B = "/berita/2026/11/19/temanggung-targetkan-perangkat-desa-terlindungi"
ON_TOPIC = {
    A,
    B,
    "/berita/2026/11/18/klaim-jht-purworejo-naik",
    "/berita/2026/11/17/wonosobo-pekerja-rentan",
}


@pytest.fixture()
def kedu() -> Iterator[MirrorServer]:
    with MirrorServer("kedu") as srv:
        yield srv


@pytest.fixture()
def source(kedu: MirrorServer, tmp_path: Path) -> Source:
    return mirror_source(tmp_path, KEDU_ENTRY, kedu)


def crawl(source: Source, store: RawStore, **kw: object):
    return crawl_source(source, store, since=SINCE, clock=FakeClock(), **kw)  # type: ignore[arg-type]


def manifest_keys(store: RawStore) -> list[tuple[str, str]]:
    return [(r.sha256, r.url) for r in store.iter_manifest()]


def page_hits(server: MirrorServer) -> list[str]:
    return [r.path for r in server.requests if r.path.startswith("/berita/")]


def test_done_when_crawl_lands_once_and_a_second_crawl_lands_nothing(
    kedu: MirrorServer, source: Source, tmp_path: Path
):
    store = RawStore(tmp_path / "raw")
    first = crawl(source, store)
    assert (first.discovered, first.fetched, first.landed_new, first.failed) == (4, 4, 4, 0)
    assert first.ok and first.errors == []
    rows = list(store.iter_manifest())
    assert {r.url.removeprefix(kedu.base_url) for r in rows} == ON_TOPIC
    for row in rows:
        body = store.read(row.sha256)
        assert body == kedu.render(kedu.resolve(row.url.removeprefix(kedu.base_url)))
        assert row.status == 200 and row.source == "kedu_mirror" and row.etag
    assert len(list((tmp_path / "raw" / "pages").rglob("*.html"))) == 4

    second = crawl(source, store)
    assert (second.discovered, second.fetched, second.landed_new, second.unchanged) == (4, 4, 0, 4)
    assert manifest_keys(store) == [(r.sha256, r.url) for r in rows]
    conditional = [r for r in kedu.requests if r.path in ON_TOPIC and "if-none-match" in r.headers]
    assert len(conditional) == 4  # the second crawl asked with ETags and got 304s


def test_without_conditional_support_known_hashes_land_nothing(tmp_path: Path):
    with MirrorServer("kedu", conditional=False) as srv:
        source = mirror_source(tmp_path, KEDU_ENTRY, srv)
        store = RawStore(tmp_path / "raw")
        assert crawl(source, store).landed_new == 4
        again = crawl(source, store)
    assert (again.fetched, again.landed_new, again.unchanged) == (4, 0, 4)
    assert len(manifest_keys(store)) == 4


def test_failures_are_recorded_and_picked_up_once_the_server_heals(
    kedu: MirrorServer, source: Source, tmp_path: Path
):
    store = RawStore(tmp_path / "raw")
    kedu.fault(A, Fault(status=500), times=None)
    kedu.fault(B, Fault(status=429, headers={"Retry-After": "3"}), times=None)
    broken = crawl(source, store)
    assert (broken.discovered, broken.landed_new, broken.failed) == (4, 2, 2)
    assert not broken.ok
    assert sorted((e.url.removeprefix(kedu.base_url), e.kind) for e in broken.errors) == [
        (B, "http_429"),
        (A, "http_5xx"),
    ]
    attempts = [json.loads(line) for line in (tmp_path / "raw" / "attempts.jsonl").open()]
    on_a = [a for a in attempts if a["url"].endswith(A)]
    on_b = [a for a in attempts if a["url"].endswith(B)]
    assert [(a["attempt"], a["status"]) for a in on_a] == [(1, 500), (2, 500), (3, 500)]
    assert {a["error_kind"] for a in on_a} == {"http_5xx"}
    assert [(a["status"], a["error_kind"]) for a in on_b] == [(429, "http_429")] * 3
    assert "http_" in (store.stats()["kedu_mirror"].last_error or "")
    assert any(
        str(e).startswith("fetch http_5xx: server error 500 (http://") for e in broken.errors
    )
    assert all(a["source"] == "kedu_mirror" and "duration" in a for a in attempts)
    assert store.stats()["kedu_mirror"].pages_landed == 2

    kedu.heal()
    healed = crawl(source, store)
    assert (healed.landed_new, healed.unchanged, healed.failed) == (2, 2, 0)
    assert {u.removeprefix(kedu.base_url) for _, u in manifest_keys(store)} == ON_TOPIC
    assert len(manifest_keys(store)) == 4


def test_one_bad_page_never_stops_the_others(kedu: MirrorServer, source: Source, tmp_path: Path):
    store = RawStore(tmp_path / "raw")
    kedu.fault(A, Fault(reset=True), times=None)
    kedu.fault(B, Fault(body=b"x" * 20_000_000), times=None)
    report = crawl(source, store)
    assert (report.landed_new, report.failed) == (2, 2)
    assert sorted(e.kind for e in report.errors) == ["protocol", "too_large"]


def test_changed_bytes_at_a_known_url_land_as_a_new_version(
    kedu: MirrorServer, source: Source, tmp_path: Path
):
    store = RawStore(tmp_path / "raw")
    crawl(source, store)
    kedu.fault(A, Fault(body=b"<html><h1>Koreksi: BPJS Ketenagakerjaan</h1></html>"))
    report = crawl(source, store)
    assert (report.landed_new, report.unchanged) == (1, 3)
    versions = [r for r in store.iter_manifest() if r.url.endswith(A)]
    assert len(versions) == 2 and versions[0].sha256 != versions[1].sha256


def test_a_redirected_page_keeps_its_url_and_final_url(
    kedu: MirrorServer, source: Source, tmp_path: Path
):
    kedu.fault(A, Fault(redirect=B))
    store = RawStore(tmp_path / "raw")
    crawl(source, store)
    (row,) = [r for r in store.iter_manifest() if r.url.endswith(A)]
    assert row.final_url == kedu.url(B)


def test_the_limit_bounds_the_pages_fetched(kedu: MirrorServer, source: Source, tmp_path: Path):
    report = crawl(source, RawStore(tmp_path / "raw"), limit=2)
    # discovery reads past the limit so the budget goes to the newest pages not landed yet
    assert (report.discovered, report.fetched, report.landed_new) == (4, 2, 2)
    assert report.left_for_later == 2
    assert len(page_hits(kedu)) == 2


def test_an_unreachable_sitemap_is_a_reported_error_not_a_crash(tmp_path: Path, source: Source):
    with MirrorServer("kedu") as srv:
        srv.fault("/sitemap.xml", Fault(status=503), times=None)
        report = crawl(mirror_source(tmp_path, KEDU_ENTRY, srv), RawStore(tmp_path / "raw"))
    assert report.discovered == 0 and [e.kind for e in report.errors] == ["http_5xx"]
    assert not report.ok and report.to_dict()["errors"][0]["stage"] == "discovery"


def test_crawl_never_parses_articles():
    tree = ast.parse(Path(extractors.crawl.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {m for m in imported if m and ("article" in m or m.startswith("transforms"))}


def test_a_page_that_cannot_be_landed_fails_alone(
    kedu: MirrorServer, source: Source, tmp_path: Path
):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "pages").write_text("not a directory")  # every page write fails
    report = crawl(source, RawStore(raw))
    assert (report.fetched, report.landed_new, report.failed) == (4, 0, 4)
    assert {e.kind for e in report.errors} == {"landing"}


def test_urls_robots_txt_forbids_are_counted_as_skipped(tmp_path: Path) -> None:
    with MirrorServer("idola") as idola:
        source = mirror_source(tmp_path, KEDU_ENTRY, idola)
        report = crawl_source(source, RawStore(tmp_path / "raw"), since=dt.date(2026, 1, 1),
                              clock=FakeClock(), resolver=lambda h: ["93.184.216.34"])
    assert report.skips.found == 5 and report.skipped == 1
    assert report.skips.as_dict()["robots"] == 1  # /private/: found, kept, refused at fetch
