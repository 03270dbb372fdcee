"""Issue 16 as a user meets it: `cakupan run` on a site whose sitemap URLs carry no slug.

Over real HTTP on 127.0.0.1 (`tests/sites/mirrors/kabarpantura`): with the keyword filter the
run names what discovery skipped and why, warns that it kept nothing and hints at the fix, and
the runs table keeps the counts; with `url_filter = "none"` the same site loads its facts, and
the page with three absurd figures of five loads its two good ones and quarantines the three
(exit 0, status partial). Data Docs land beside the `--warehouse` given, not in the checkout.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from flows.settings import published_path_for
from tests.flows.test_cli import cakupan
from tests.httpmirror import MirrorServer

ENTRY = """[[source]]
id = "kabarpantura"
name = "Kabar Pantura"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS", "ketenagakerjaan"]
rate_per_second = 50
backoff_base = 0.1
max_wait = 2
"""


def query(warehouse: Path, sql: str) -> list[tuple]:
    """Rows of a read-only query on the published copy, as an analyst would run it."""
    con = duckdb.connect(str(published_path_for(warehouse)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_slugless_sitemap_says_why_it_kept_nothing_until_url_filter_none(
    tmp_path: Path,
) -> None:
    warehouse = tmp_path / "wh" / "w.duckdb"
    warehouse.parent.mkdir()
    (tmp_path / "raw").mkdir()
    env = {"CAKUPAN_RAW_DIR": str(tmp_path / "raw"),
           "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect")}
    sources = tmp_path / "sources.toml"
    run = ("run", "--sources-file", str(sources), "--source", "kabarpantura",
           "--warehouse", str(warehouse))
    with MirrorServer("kabarpantura") as site:
        sources.write_text(ENTRY.replace("{{BASE}}", site.base_url), encoding="utf-8")
        filtered = cakupan(*run, env=env)
        article_hits = [r for r in site.requests if r.path.startswith(("/read/", "/berita/"))]

        sources.write_text(ENTRY.replace("{{BASE}}", site.base_url)
                           + 'url_filter = "none"\n', encoding="utf-8")
        unfiltered = cakupan(*run, env=env)

    out = filtered.stdout + filtered.stderr
    assert filtered.returncode == 0, out
    assert "Traceback" not in out and article_hits == [] and "Nothing to do" not in out
    assert ("kabarpantura: discovery skipped 3 of 3 URLs found: 3 no keyword in URL or title"
            in out)
    assert "warning: kabarpantura: discovery found 3 URLs but kept none" in out
    assert 'url_filter = "none"' in out and "news sitemap with titles" in out
    skips = query(warehouse, "select discovery_skips from runs order by started_at")
    assert json.loads(skips[0][0]) == {"kabarpantura": {"no_keyword": 3}}

    out = unfiltered.stdout + unfiltered.stderr
    assert unfiltered.returncode == 0, out
    assert "Traceback" not in out and "warning:" not in out
    assert query(warehouse, "select status from runs order by started_at") == [
        ("ok",), ("partial",)]
    assert "(ingest-source): partial" in out and "│ kabarpantura │ partial │" in out
    loaded = query(warehouse, "select value from facts where url like '%/123456' order by 1")
    assert loaded == [(3150.0,), (112400.0,)]
    quarantined = query(warehouse, "select value, as_of, severity, reasons from quarantine "
                                   "order by value")
    assert [(v, a, s) for v, a, s, _ in quarantined] == [
        (250.0, "2024-11", "error"), (115000.0, "2031-01", "error"),
        (40000000.0, "2024-11", "error")]
    assert [r for *_, r in quarantined] == [
        ["value_above_plausible_max"], ["as_of_after_published"], ["value_above_plausible_max"]]
    # 2 of 123456, 2 of 123457 (its headline's "64 Ribu" restates the body's 64.210: no fact)
    assert query(warehouse, "select count(*) from facts") == [(4,)]
    off_topic = query(warehouse, "select relevant from articles where url like '%h001.html'")
    assert off_topic == [(False,)]

    docs = warehouse.parent / "gx" / "data_docs" / "index.html"
    assert docs.is_file() and f"data docs: {docs}" in out
