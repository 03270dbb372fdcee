"""A warehouse for the report tests: the shipped sample, plus hostile and conflicting rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from flows.engine import LocalEngine
from flows.pipeline import flow_body
from flows.settings import Settings

REPO = Path(__file__).resolve().parents[2]
HOSTILE_TITLE = "<script>alert('xss')</script> Kepesertaan <b>naik</b> & \"tinggi\""
HOSTILE_ARTICLE = "aaaaaaaaaaaaaaaa"
FAILED_URL = "https://example.com/rusak"


def sample_warehouse(root: Path) -> Path:
    """The five sample pages loaded by the flow body on the local engine (no Prefect)."""
    shutil.copytree(REPO / "raw", root / "raw")
    settings = Settings.from_env({}, raw_dir=root / "raw", warehouse=root / "w.duckdb",
                                 docs_dir=root / "docs", prefect_home=root / "prefect",
                                 data_docs=False, engine="local")
    with LocalEngine(1, root / "runs") as engine:
        summary = flow_body("ingest-source", settings, engine, offline=True)
    assert summary.status in ("ok", "partial") and not summary.errors, summary.errors
    return settings.warehouse


def add_hostile_rows(path: Path) -> None:
    """A hostile headline whose article gives Kediri's 2021-11 rate as 25 (the sample says
    21.54: a conflict), a derived rate for Bantul, a quarantined fact and a page that failed."""
    con = duckdb.connect(str(path))
    try:
        template = con.execute("select article_id from facts where area = 'Kediri' "
                               "and metric = 'coverage_rate' and as_of = '2021-11'").fetchone()[0]
        con.execute("""insert into articles select * replace (? as article_id, ? as title,
                       'javascript:alert(1)' as url) from articles where article_id = ?""",
                    [HOSTILE_ARTICLE, HOSTILE_TITLE, template])
        con.execute("""insert into facts select * replace (? as article_id, 'x1' as fact_id,
                       25.0 as value, 'javascript:alert(1)' as url,
                       '<img src=x onerror=alert(1)> 25 persen' as evidence)
                       from facts where article_id = ? and area = 'Kediri'
                       and metric = 'coverage_rate' and as_of = '2021-11'""",
                    [HOSTILE_ARTICLE, template])
        for fid, metric, value in (("x2", "participants", 50_000.0),
                                   ("x3", "workforce", 200_000.0)):
            con.execute("""insert into facts select * replace (? as fact_id, ? as metric,
                           ? as value, 'Bantul' as area, 'regency' as area_type, 'all' as segment,
                           'count' as unit, '2023-06' as as_of) from facts where fact_id = 'x1'""",
                        [fid, metric, value])
        con.execute("""insert into quarantine by name select * exclude (loaded_at),
                       ['percent_in_range'] as reasons,
                       'error' as severity, now() as quarantined_at from facts
                       where fact_id = 'x1'""")
        con.execute("""insert into articles select * replace ('bbbbbbbbbbbbbbbb' as article_id,
                       ? as url, 'unreadable page: no article body found' as error)
                       from articles where article_id = ?""", [FAILED_URL, template])
    finally:
        con.close()
