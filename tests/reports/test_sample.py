"""The shipped raw/ sample: one report of each kind, loaded beside the 37 news facts (the TPAK
typo quarantined), and the side-by-side view's documented example answering on it (the
pipeline's steps without Prefect)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import duckdb
import pytest

from extractors.landing import RawStore
from extractors.sources import DEFAULT_SOURCES_PATH, load_sources
from flows import steps
from tests.reports.sample import (
    REPORT_DOCUMENTS,
    REPORT_FACTS,
    REPORT_QUARANTINED,
    documents,
)
from warehouse.db import connect
from warehouse.examples import VIEW_EXAMPLES
from warehouse.load import load_batch
from warehouse.runs import upsert_sources

REPO = Path(__file__).resolve().parents[2]


def test_shipped_report_documents_match_their_builder() -> None:
    store = RawStore(REPO / "raw")
    landed = {(r.source, r.url): r for r in store.iter_manifest()}
    built = documents()
    assert len(built) == REPORT_DOCUMENTS
    for source, url, body, _ in built:
        row = landed[(source, url)]
        assert store.read(row.sha256) == body, "raw/ is stale: python -m tests.reports.sample"


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    """The shipped sample parsed, validated and loaded by the pipeline's own steps."""
    sources = load_sources(DEFAULT_SOURCES_PATH)
    store = RawStore(REPO / "raw")
    pending = steps.pending_pages(store, set())
    result = steps.process_chunk(str(store.root), [steps.PageRef.of(p) for p in pending.pages],
                                 "run-sample", steps.selectors_by_source(sources))
    assert result.errors == []
    verdict = steps.validate_batch(result.facts, result.articles, run_id="run-sample",
                                   docs_dir=None, max_bad_share=0.5,
                                   report_ids=[x["fact_id"] for x in result.report_facts])
    assert verdict.gate_passed
    quarantined = verdict.quarantined.to_dict("records")
    assert [(q["source_id"], q["value_text"], q["reasons"]) for q in quarantined] == [
        ("limapuluhkota_ikd", "7,63", ["continuity_break"])]
    assert len(quarantined) == REPORT_QUARANTINED
    con = connect(tmp_path_factory.mktemp("w") / "w.duckdb")
    upsert_sources(con, [steps.source_row(s) for s in sources])
    load_batch(con, steps.build_batch("run-sample", result.articles, verdict.good,
                                      verdict.quarantined, pending.pages,
                                      report_facts=result.report_facts))
    return con


def test_the_sample_loads_37_news_facts_and_the_reports_figures(
    sample_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    kinds = dict(sample_warehouse.execute(
        "select source_kind, count(*) from facts_lineage group by 1").fetchall())
    assert kinds == {"news": 37, "html_table": 18, "json_rows": 28, "ckan": 5, "bps": 2,
                     "pdf_table": 3}
    assert sum(kinds.values()) - 37 == REPORT_FACTS
    rows = sample_warehouse.execute(
        "select source_id, area, metric, as_of, value from facts_lineage "
        "where source_kind <> 'news'").fetchall()
    figures = {(s, a, m, p): v for s, a, m, p, v in rows}
    assert figures[("banjarmasin_bpjstk", "Banjarmasin", "participants", "2024")] == 86329
    assert figures[("banjarmasin_bpjstk", "Banjarmasin", "employers", "2020")] == 1233
    assert figures[("limapuluhkota_ikd", "Lima Puluh Kota", "participants", "2023")] == 6928
    assert figures[("limapuluhkota_lkpj", "Lima Puluh Kota", "participants", "2024")] == 13482
    assert figures[("kemnaker_peserta_provinsi", "Kepulauan Bangka Belitung", "participants",
                    "2023-12")] == 216685
    assert figures[("banjarmasin_tpt", "Banjarmasin", "unemployed", "2019")] == 7.69
    assert figures[("limapuluhkota_ikd", "Lima Puluh Kota", "workforce", "2024")] == 74.17
    assert ("limapuluhkota_ikd", "Lima Puluh Kota", "workforce", "2023") not in figures
    (held,) = sample_warehouse.execute(
        "select q.value, q.reasons, r.row_label, r.column_label from quarantine q "
        "join report_facts r using (fact_id)").fetchall()
    assert held == (7.63, ["continuity_break"], "Tingkat partisipasi angkatan kerja", "2023")
    assert figures[("bps_pekerja_status", "Indonesia", "employed", "2008-08")] == 28183773
    per_source = Counter(s for s, *_ in rows)
    assert per_source["kemnaker_peserta_provinsi"] == 28


def test_side_by_side_example_runs_and_answers(
    sample_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    (sql,) = [q for view, _, q in VIEW_EXAMPLES if view == "reports_vs_news"]
    cur = sample_warehouse.execute(sql)
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    jateng = next(r for r in rows if r["area"] == "Jawa Tengah")
    assert (jateng["report_value"], jateng["period"]) == (3947422.0, "2023-12")
    assert jateng["news_values"] is None  # no article gives December 2023
    assert (jateng["nearest_news_as_of"], jateng["nearest_news_value"]) == ("2021-11",
                                                                           3062280.0)
    assert len(rows) == REPORT_FACTS


def test_same_period_news_and_report_give_the_difference(
    sample_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    con = sample_warehouse
    con.execute("""insert into facts select * replace ('ffffffffffffffff' as fact_id,
                   'radioidola' as source_id, 'eeeeeeeeeeeeeeee' as article_id,
                   3900000.0 as value) from facts where area = 'Jawa Tengah'
                   and as_of = '2023-12'""")
    (row,) = con.execute("""select news_values, news_sources, differences, min_abs_difference
                            from reports_vs_news where area = 'Jawa Tengah'
                              and period = '2023-12'""").fetchall()
    assert row == ([3900000.0], ["Radio Idola Semarang"], [-47422.0], 47422.0)


def test_a_mapping_change_makes_only_its_documents_pending_again(
    sample_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    import dataclasses

    from transforms.version import PARSER_VERSION
    from warehouse.load import processed_pages

    con, store = sample_warehouse, RawStore(REPO / "raw")
    sources = load_sources(DEFAULT_SOURCES_PATH)
    done = processed_pages(con, PARSER_VERSION) | steps.processed_reports(con, sources)
    assert steps.pending_pages(store, done).pages == []
    changed = [dataclasses.replace(s, mapping=dataclasses.replace(s.mapping, title="Baru"))
               if s.id == "banjarmasin_tpt" else s for s in sources]
    done = processed_pages(con, PARSER_VERSION) | steps.processed_reports(con, changed)
    assert [p.source for p in steps.pending_pages(store, done).pages] == ["banjarmasin_tpt"]


def test_cakupan_extract_reads_a_landed_report_with_its_mapping() -> None:
    import io
    import json

    from flows.extract_cmd import extract_paths

    store = RawStore(REPO / "raw")
    (row,) = [r for r in store.iter_manifest() if r.source == "bps_pekerja_status"]
    path = store.page_path(row.sha256)
    out, err = io.StringIO(), io.StringIO()
    assert extract_paths([str(path)], fmt="jsonl", published=None, out=out, err=err) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["metric"], r["segment"], r["value"], r["as_of"]) for r in records] == [
        ("employed", "wage_earner", 28515358.0, "2008-02"),
        ("employed", "wage_earner", 28183773.0, "2008-08")]
    assert err.getvalue() == ""
