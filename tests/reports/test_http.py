"""Report kinds over real HTTP on 127.0.0.1: land every document with its attempts, parse
offline from raw/, and meet the faults news sources meet (500, 429, truncated, schema change)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors.landing import RawStore
from extractors.politeness import FakeClock
from extractors.reports.fetch import fetch_report
from flows import steps
from tests.httpmirror import Fault, MirrorServer, mirror_source
from tests.reports import documents as d
from tests.reports.portal import BPS_KEY, ENTRIES, build_portal, serve_dynamic

ENV = {"CAKUPAN_BPS_KEY": BPS_KEY}


@pytest.fixture()
def portal(tmp_path: Path) -> Iterator[MirrorServer]:
    with MirrorServer(build_portal(tmp_path / "portal")) as server:
        serve_dynamic(server)
        yield server


def source_of(tmp_path: Path, server: MirrorServer, key: str, text: str | None = None):
    return mirror_source(tmp_path, text or ENTRIES[key], server)


def land(source, store: RawStore, **kw: object):
    return fetch_report(source, store, clock=FakeClock(), env=ENV, **kw)  # type: ignore[arg-type]


def process(store: RawStore, sources: list) -> steps.ChunkResult:
    """Parse what is landed, offline, as the pipeline's parse step does."""
    pending = steps.pending_pages(store, set(), [s.id for s in sources])
    refs = [steps.PageRef.of(r) for r in pending.pages]
    return steps.process_chunk(str(store.root), refs, "run-1", steps.selectors_by_source(sources))


def values(result: steps.ChunkResult) -> dict[tuple, float]:
    return {(f["source_id"], f["area"], f["as_of"]): f["value"] for f in result.facts}


@pytest.mark.parametrize(("key", "landed", "expected"), [
    ("lpk_html", 1, {("lpk_html", "Lima Puluh Kota", "2024"): 13482.0}),
    ("kemnaker_json", 3, {("kemnaker_json", "Jawa Tengah", "2023-12"): 3947422.0}),
    ("tpt_ckan", 1, {("tpt_ckan", "Banjarmasin", "2019"): 7.69}),
    ("bps_status", 1, {("bps_status", "Indonesia", "2008-02"): 28515358.0}),
    ("lkpj_pdf", 1, {("lkpj_pdf", "Lima Puluh Kota", "2022"): 5748.0}),
])
def test_each_kind_lands_then_parses_offline(portal: MirrorServer, tmp_path: Path, key: str,
                                             landed: int, expected: dict) -> None:
    source = source_of(tmp_path, portal, key)
    store = RawStore(tmp_path / "raw")
    report = land(source, store)
    assert report.errors == [] and report.landed_new == landed
    attempts = [a for a in store.iter_attempts() if a.get("purpose") != "robots"]
    assert attempts and all(a["error_kind"] is None for a in attempts)
    result = process(store, [source])
    assert result.errors == []
    assert expected.items() <= values(result).items()
    assert {x["source_kind"] for x in result.report_facts} == {source.kind}
    again = land(source, store)  # unchanged documents land nothing new
    assert again.landed_new == 0


def test_json_rows_are_paged_until_a_short_page(portal: MirrorServer, tmp_path: Path) -> None:
    source = source_of(tmp_path, portal, "kemnaker_json")
    store = RawStore(tmp_path / "raw")
    land(source, store)
    asked = [r.path for r in portal.requests if r.path.startswith("/api/bigdata")]
    assert asked == [f"/api/bigdata/peserta?limit=10&skip={s}" for s in (0, 10, 20)]
    assert len(process(store, [source]).facts) == 28


def test_ckan_datastore_search_pages(portal: MirrorServer, tmp_path: Path) -> None:
    text = ENTRIES["tpt_ckan"].replace('label_column = "Tingkat Pengangguran Terbuka (%)"',
                                       'datastore = true\npage_size = 2\nperiod_column = '
                                       '"tahun"').replace('label = "Kota Banjarmasin"',
                                                          'label = "tpt"')
    source = source_of(tmp_path, portal, "tpt_ckan", text)
    store = RawStore(tmp_path / "raw")
    report = land(source, store)
    assert report.errors == [] and report.landed_new == 3  # 2 + 2 + 1 records
    assert sorted(values(process(store, [source])).values()) == [6.7, 6.96, 7.69, 8.32, 8.47]


def test_bps_key_comes_from_the_environment_and_never_reaches_raw(portal: MirrorServer,
                                                                  tmp_path: Path) -> None:
    source = source_of(tmp_path, portal, "bps_status")
    store = RawStore(tmp_path / "raw")
    portal.fault(f"/v1/api/list/model/data/domain/0000/var/1911/key/{BPS_KEY}/",
                 Fault(status=503), times=1)
    report = land(source, store)
    assert report.landed_new == 1
    (row,) = store.iter_manifest()
    assert row.url.endswith("/key/{key}/")
    for path in (tmp_path / "raw").rglob("*"):
        if path.is_file():
            assert BPS_KEY.encode() not in path.read_bytes(), path.name
    failed = [a for a in store.iter_attempts() if a["error_kind"] and a["purpose"] != "robots"]
    assert failed and "***" in failed[0]["url"]

    missing = fetch_report(source, RawStore(tmp_path / "raw2"), clock=FakeClock(), env={})
    assert missing.failed == 1
    assert "no BPS key: set $CAKUPAN_BPS_KEY" in str(missing.errors[0])


def test_500_then_recovery_and_429(portal: MirrorServer, tmp_path: Path) -> None:
    source = source_of(tmp_path, portal, "lpk_html")
    store = RawStore(tmp_path / "raw")
    portal.fault("/dataset/ikd.html", Fault(status=500), times=1)
    portal.fault("/dataset/ikd.html", Fault(status=429, headers={"Retry-After": "3"}), times=1)
    clock = FakeClock()
    report = fetch_report(source, store, clock=clock, env=ENV)
    assert report.errors == [] and report.landed_new == 1
    kinds = [a["error_kind"] for a in store.iter_attempts() if a["url"].endswith("ikd.html")]
    assert kinds == ["http_5xx", "http_429", None]
    assert 3.0 in clock.sleeps  # Retry-After honoured


def test_truncated_body_is_retried_never_landed_half(portal: MirrorServer, tmp_path: Path) -> None:
    source = source_of(tmp_path, portal, "lkpj_pdf")
    store = RawStore(tmp_path / "raw")
    portal.fault("/dokumen/lkpj.pdf", Fault(truncate=200), times=1)
    report = land(source, store)
    assert report.errors == [] and report.landed_new == 1
    (row,) = store.iter_manifest()
    assert store.read(row.sha256) == (tmp_path / "portal" / "dokumen" / "lkpj.pdf").read_bytes()


def test_a_source_down_for_good_is_counted_not_raised(portal: MirrorServer,
                                                      tmp_path: Path) -> None:
    source = source_of(tmp_path, portal, "lpk_html")
    portal.fault("/dataset/ikd.html", Fault(status=500), times=None)
    report = land(source, RawStore(tmp_path / "raw"))
    assert report.failed == 1 and report.errors[0].kind == "http_5xx"


def test_changed_schema_is_a_clear_error_and_other_datasets_still_load(
    tmp_path: Path,
) -> None:
    rows = [{k: v for k, v in r.items() if k != "jumlah_peserta_aktif"}
            for r in d.kemnaker_rows()]
    with MirrorServer(build_portal(tmp_path / "portal")) as server:
        serve_dynamic(server, rows)
        sources = [source_of(tmp_path / k, server, k) for k in ("kemnaker_json", "lpk_html")
                   if (tmp_path / k).mkdir() is None]
        store = RawStore(tmp_path / "raw")
        for source in sources:
            land(source, store)
    result = process(store, sources)
    errors = [a["error"] for a in result.articles if a["source_id"] == "kemnaker_json"]
    assert errors and all("dataset kemnaker_json: column 'jumlah_peserta_aktif' missing"
                          in e for e in errors)
    assert {f["source_id"] for f in result.facts} == {"lpk_html"}
    assert any("jumlah_peserta_aktif" in e for e in result.errors)


def test_reprocess_reads_raw_only(portal: MirrorServer, tmp_path: Path) -> None:
    """After a mapping change the landed document is re-read offline: no request is made."""
    source = source_of(tmp_path, portal, "lpk_html")
    store = RawStore(tmp_path / "raw")
    land(source, store)
    hits = len(portal.requests)
    text = ENTRIES["lpk_html"] + ('\n[[source.metric]]\nlabel = "Tingkat pengangguran '
                                  'terbuka"\nmetric = "unemployed"\nunit = "percent"\n')
    changed = source_of(tmp_path / "v2", portal, "lpk_html", text) \
        if (tmp_path / "v2").mkdir() is None else None
    result = process(store, [changed])
    assert len(portal.requests) == hits
    assert {f["metric"] for f in result.facts} == {"participants", "unemployed"}
    assert json.dumps(result.report_facts[0]["address"]).startswith('"http://127.0.0.1')


def test_a_key_in_a_path_is_masked_in_any_logged_text() -> None:
    from extractors.landing import redact

    url = "https://webapi.bps.go.id/v1/api/list/model/data/domain/0000/var/1/key/abc123/"
    assert redact(url).endswith("/key/***/")
    assert redact(redact(url)) == redact(url)
    assert redact("https://h/key/{key}/") == "https://h/key/{key}/"


def test_an_api_ignoring_limit_is_read_once(portal: MirrorServer, tmp_path: Path) -> None:
    portal.fault("/api/bigdata/peserta?limit=10&skip=0",
                 Fault(body=d.json_page(d.kemnaker_rows()), headers={"Content-Type":
                                                                     "application/json"}),
                 times=None)
    source = source_of(tmp_path, portal, "kemnaker_json")
    store = RawStore(tmp_path / "raw")
    report = land(source, store)
    assert report.landed_new == 1 and portal.hits("/api/bigdata/peserta?limit=10&skip=10") == 0
    assert len(process(store, [source]).facts) == 28


def test_fetching_never_parses_reports() -> None:
    import ast

    import extractors.reports.fetch as fetch_module

    tree = ast.parse(Path(fetch_module.__file__).read_text(encoding="utf-8"))
    imported = {node.module if isinstance(node, ast.ImportFrom) else alias.name
                for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
                for alias in node.names}
    assert not {m for m in imported if m and m.startswith("transforms")}
