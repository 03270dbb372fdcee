"""A new dataset added by one TOML entry and loaded by `cakupan run --source ID`, over HTTP.

The Banjarmasin page and a BPS table are served on 127.0.0.1; the BPS key is given in the
environment only and never appears in the output, raw/ or the warehouse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.test_cli import cakupan
from tests.flows.test_cli_new_site import query
from tests.httpmirror import MirrorServer
from tests.reports import documents as d
from tests.reports.portal import BPS_KEY, ENTRIES, build_portal, serve_dynamic

ENTRY = """
[[source]]
id = "bjm_peserta"
kind = "html_table"
name = "Satu Data Kota Banjarmasin: Kepesertaan BPJS Ketenagakerjaan (mirror)"
url = "{{BASE}}/data-statistik/bjm.html"
area = "Kota Banjarmasin"
table_match = "Kepesertaan"
rate_per_second = 50

[[source.metric]]
label = "Pekerja"
metric = "participants"
exact = true
"""


@pytest.mark.slow
def test_one_toml_entry_then_run_source(tmp_path: Path) -> None:
    env = {"CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "CAKUPAN_RAW_DIR": str(tmp_path / "raw"),
           "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect"),
           "CAKUPAN_DOCS_DIR": str(tmp_path / "docs"), "CAKUPAN_BPS_KEY": BPS_KEY}
    (tmp_path / "raw").mkdir()
    root = build_portal(tmp_path / "portal")
    (root / "data-statistik").mkdir()
    (root / "data-statistik" / "bjm.html").write_bytes(d.banjarmasin_html())
    sources = tmp_path / "sources.toml"
    with MirrorServer(root) as portal:
        serve_dynamic(portal)
        sources.write_text((ENTRY + ENTRIES["bps_status"]).replace("{{BASE}}", portal.base_url),
                           encoding="utf-8")
        run = cakupan("run", "--sources-file", str(sources), "--source", "bjm_peserta",
                      "--source", "bps_status", env=env)
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    assert "Traceback" not in out and BPS_KEY not in out
    facts = query("select source_kind, area, as_of, value from facts_lineage "
                  "order by source_kind, as_of", env)
    assert [f["value"] for f in facts if f["source_kind"] == "html_table"] == [
        82001.0, 65144.0, 75841.0, 80225.0, 86329.0]
    assert {(f["area"], f["as_of"]) for f in facts if f["source_kind"] == "bps"} == {
        ("Indonesia", "2008-02"), ("Indonesia", "2008-08")}
    lineage = query("select row_label, column_label, table_title, address from report_facts "
                    "where column_label = '2024'", env)
    assert lineage == [{"row_label": "Pekerja", "column_label": "2024",
                        "table_title": "Kepesertaan BPJS Ketenagakerjaan Kota Banjarmasin",
                        "address": portal.url("/data-statistik/bjm.html")}]
    stored = query("select string_agg(url, ' ') as urls from fetch_attempts", env)[0]["urls"]
    assert BPS_KEY not in stored and "/key/***/" in stored
    for path in (tmp_path / "raw").rglob("*"):
        if path.is_file():
            assert BPS_KEY.encode() not in path.read_bytes(), path.name
    assert BPS_KEY.encode() not in (tmp_path / "w.duckdb").read_bytes()
