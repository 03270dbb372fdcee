"""A new outlet added by one TOML entry, scraped by `cakupan run --sources-file F --source ID`.

The mirror `tests/sites/mirrors/lintasmuria` is hand-written in a detik-like layout that the
page renderer of the other mirrors never produces, so the generic extractor meets markup it was
not built from. Over real HTTP on 127.0.0.1: one page answers 500 and another 429 on the first
run; the run completes and records both; the next run picks them up; a third fetches nothing
new (conditional requests) and loads nothing twice.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.settings import published_path_for
from tests.flows.test_cli import cakupan
from tests.httpmirror import Fault, MirrorServer

PATI = "/read/bpjs-ketenagakerjaan-pati-lindungi-perangkat-desa"
REMBANG = "/read/bpjs-ketenagakerjaan-rembang-bayar-klaim-jht-rp-12-miliar"
ENTRY = """[[source]]
id = "lintasmuria"
name = "Lintas Muria"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS", "ketenagakerjaan"]
rate_per_second = 50
backoff_base = 0.1
max_wait = 2
"""


def query(sql: str, env: dict[str, str]) -> list[dict]:
    """Rows of a read-only query on the published copy, as an analyst's client would run it."""
    published = published_path_for(Path(env["CAKUPAN_WAREHOUSE"]))
    con = duckdb.connect(str(published), read_only=True)
    try:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def test_a_new_site_is_scraped_faults_recorded_then_healed(tmp_path: Path) -> None:
    env = {"CAKUPAN_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "CAKUPAN_RAW_DIR": str(tmp_path / "raw"),
           "CAKUPAN_PREFECT_HOME": str(tmp_path / "prefect"),
           "CAKUPAN_DOCS_DIR": str(tmp_path / "docs")}
    (tmp_path / "raw").mkdir()
    sources = tmp_path / "sources.toml"
    run = ("run", "--sources-file", str(sources), "--source", "lintasmuria")
    with MirrorServer("lintasmuria") as site:
        sources.write_text(ENTRY.replace("{{BASE}}", site.base_url), encoding="utf-8")
        site.fault(PATI, Fault(status=500), times=None)
        site.fault(REMBANG, Fault(status=429, headers={"Retry-After": "1"}), times=None)

        first = cakupan(*run, env=env)
        assert first.returncode == 3, first.stdout + first.stderr  # partial: two pages failed
        assert "Traceback" not in first.stdout + first.stderr
        assert "http_5xx" in first.stderr and "http_429" in first.stderr
        assert site.hits(PATI) == site.hits(REMBANG) == 4  # one try and three retries each
        failed = query("select status, count(*) as n from fetch_attempts where status >= 400 "
                       "group by 1 order by 1", env)
        assert failed == [{"status": 429, "n": 4}, {"status": 500, "n": 4}]
        assert query("select status from runs", env) == [{"status": "partial"}]
        (loaded,) = query("select count(*) as n from facts", env)

        site.heal()
        second = cakupan(*run, env=env)
        assert second.returncode == 0, second.stdout + second.stderr
        pages = query("select count(*) as n from articles where error is null", env)
        assert pages == [{"n": 5}]
        facts = query("select count(*) as n, count(distinct fact_id) as d, sum(value) as s "
                      "from facts", env)
        assert facts[0]["n"] == facts[0]["d"] > loaded["n"]

        before = len(site.requests)
        third = cakupan(*run, env=env)
        assert third.returncode == 0, third.stdout + third.stderr
        articles = [r for r in site.requests[before:] if r.path.startswith("/read/")]
        assert len(articles) == 5
        assert all("if-none-match" in r.headers or "if-modified-since" in r.headers
                   for r in articles)
        assert query("select count(*) as n, count(distinct fact_id) as d, sum(value) as s "
                     "from facts", env) == facts
        assert query("select status from runs order by started_at", env) == [
            {"status": "partial"}, {"status": "ok"}, {"status": "ok"}]

    # What was read from the new layout: the figures, and the health-insurance page judged
    # off-topic with no facts.
    rows = query("select area, metric, segment, value, approximate from facts "
                 "where area in ('Jepara', 'Pati') and unit = 'count' order by 1, 2, 3, 4", env)
    assert rows == [
        {"area": "Jepara", "metric": "participants", "segment": "all", "value": 214500.0,
         "approximate": False},
        {"area": "Jepara", "metric": "workforce", "segment": "all", "value": 620000.0,
         "approximate": True},
        {"area": "Pati", "metric": "employers", "segment": "village_apparatus", "value": 401.0,
         "approximate": False},
        {"area": "Pati", "metric": "participants", "segment": "village_apparatus",
         "value": 4800.0, "approximate": False},
    ]
    off = query("select a.relevant, count(f.fact_id) as n from articles a left join facts f "
                "using (article_id) where a.url like '%bpjs-kesehatan%' group by 1", env)
    assert off == [{"relevant": False, "n": 0}]
