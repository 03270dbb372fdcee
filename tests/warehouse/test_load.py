"""load_batch: one transaction, idempotent, history on re-processing, bad batches refused."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from tests.warehouse.batches import custom_batch, seed_batch, synthetic_batch
from warehouse.errors import WarehouseError
from warehouse.load import LoadBatch, load_batch, processed_pages

CHECKSUM = """select count(*), md5(string_agg(
    concat_ws('|', fact_id, article_id, raw_sha256, parser_version, run_id, area, metric,
              segment, value, as_of, evidence, flags::varchar, loaded_at::varchar),
    '\n' order by fact_id)) from facts"""


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> object:
    """The first value of a query."""
    row = con.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_first_load_counts(con: duckdb.DuckDBPyConnection) -> None:
    result = load_batch(con, seed_batch())
    assert (result.articles, result.inserted, result.pages) == (5, 37, 5)
    assert (result.unchanged, result.superseded, result.quarantined) == (0, 0, 0)
    assert _scalar(con, "select count(*) from facts") == 37


def test_loading_twice_changes_nothing(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(con, seed_batch())
    before = con.execute(CHECKSUM).fetchone()
    articles_before = con.execute("select * from articles order by article_id").fetchall()
    again = load_batch(con, seed_batch(run_id="20261122T000000Z-dddddd"))
    assert con.execute(CHECKSUM).fetchone() == before
    assert con.execute("select * from articles order by article_id").fetchall() == articles_before
    assert (again.articles, again.inserted, again.unchanged, again.superseded) == (0, 0, 37, 0)
    assert again.pages == 0
    for table, key in (
        ("facts", "fact_id"),
        ("articles", "article_id"),
        ("pages", "raw_sha256, url"),
        ("page_processing", "raw_sha256, parser_version, article_id"),
    ):
        total, distinct = con.execute(
            f"select count(*), count(distinct ({key})) from {table}"
        ).fetchone()
        assert total == distinct, table
    assert _scalar(con, "select count(*) from fact_history") == 0


def test_new_parser_version_replaces_and_keeps_history(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(con, seed_batch())
    result = load_batch(con, seed_batch(run_id="20261122T000000Z-eeeeee", parser_version="0.2.0"))
    assert (result.inserted, result.superseded, result.unchanged) == (37, 37, 0)
    assert con.execute("select distinct parser_version from facts").fetchall() == [("0.2.0",)]
    history = con.execute(
        "select distinct parser_version, superseded_by_parser, superseded_by_run from fact_history"
    ).fetchall()
    assert history == [("0.1.0", "0.2.0", "20261122T000000Z-eeeeee")]
    assert _scalar(con, "select count(*) from fact_history") == 37
    assert _scalar(con, "select count(*) from fact_versions where not is_current") == 37
    # the current version of every article is 0.2.0's: going back to 0.1.0 would redo them
    assert processed_pages(con, "0.1.0") == set()
    assert len(processed_pages(con, "0.2.0")) == 5


def test_new_bytes_replace_only_that_article(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(con, custom_batch([{"article": "a", "value": 10.0}, {"article": "b"}]))
    changed = custom_batch(
        [{"article": "a", "value": 12.0, "raw_sha256": "f" * 64}, {"article": "b"}],
        run_id="20261122T000000Z-ffffff",
    )
    result = load_batch(con, changed)
    assert (result.articles, result.articles_unchanged) == (1, 1)
    assert (result.inserted, result.superseded, result.unchanged) == (1, 1, 1)
    values = con.execute("select article_id, value from facts order by 1").fetchall()
    assert values == [("000000000000000a", 12.0), ("000000000000000b", 1000.0)]
    assert con.execute("select value from fact_history").fetchall() == [(10.0,)]


def test_processed_pages_by_version(seeded: duckdb.DuckDBPyConnection) -> None:
    pairs = processed_pages(seeded, "0.1.0")
    assert len(pairs) == 5 and all(len(a) == 16 and len(s) == 64 for a, s in pairs)
    assert processed_pages(seeded, "9.9.9") == set()


def test_duplicate_keys_in_one_batch_are_deduplicated(con: duckdb.DuckDBPyConnection) -> None:
    batch = seed_batch()
    doubled = LoadBatch(
        run_id=batch.run_id,
        articles=pd.concat([batch.articles, batch.articles], ignore_index=True),
        facts=pd.concat([batch.facts, batch.facts], ignore_index=True),
        pages=pd.concat([batch.pages, batch.pages], ignore_index=True),
    )
    result = load_batch(con, doubled)
    assert (result.articles, result.inserted, result.pages) == (5, 37, 5)
    assert _scalar(con, "select count(*) from facts") == 37


def test_empty_batch_is_fine(con: duckdb.DuckDBPyConnection) -> None:
    result = load_batch(con, LoadBatch(run_id="20261121T000000Z-000000"))
    assert result.as_dict() == dict.fromkeys(result.as_dict(), 0)
    empty = LoadBatch(
        run_id="r",
        articles=pd.DataFrame(),
        facts=pd.DataFrame(),
        quarantine=pd.DataFrame(),
        pages=pd.DataFrame(),
    )
    assert load_batch(con, empty).inserted == 0


def test_fact_without_its_article_is_refused(con: duckdb.DuckDBPyConnection) -> None:
    batch = seed_batch()
    orphan = LoadBatch(run_id=batch.run_id, articles=batch.articles.iloc[1:], facts=batch.facts)
    with pytest.raises(WarehouseError, match="articles missing from the batch: 7dbc2fee3b6a05fb"):
        load_batch(con, orphan)
    assert _scalar(con, "select count(*) from facts") == 0


def test_missing_column_is_a_clear_error(con: duckdb.DuckDBPyConnection) -> None:
    batch = seed_batch()
    broken = LoadBatch(
        run_id=batch.run_id, articles=batch.articles, facts=batch.facts.drop(columns=["evidence"])
    )
    with pytest.raises(WarehouseError, match="facts frame lacks columns: evidence"):
        load_batch(con, broken)


def test_wrong_type_is_a_clear_error(con: duckdb.DuckDBPyConnection) -> None:
    batch = seed_batch()
    facts = batch.facts.copy()
    facts["value"] = "many"
    with pytest.raises(WarehouseError, match="facts frame has a column of the wrong type"):
        load_batch(con, LoadBatch(run_id=batch.run_id, articles=batch.articles, facts=facts))


def test_failed_load_rolls_back_everything(con: duckdb.DuckDBPyConnection) -> None:
    batch = seed_batch()
    facts = batch.facts.copy()
    facts.loc[0, "area"] = None  # violates NOT NULL after articles and pages were staged
    with pytest.raises(WarehouseError, match="loading run"):
        load_batch(con, LoadBatch(batch.run_id, batch.articles, facts, pages=batch.pages))
    for table in ("facts", "articles", "pages", "page_processing"):
        assert _scalar(con, f"select count(*) from {table}") == 0, table
    assert load_batch(con, batch).inserted == 37


def test_quarantine_is_loaded_with_reasons(con: duckdb.DuckDBPyConnection) -> None:
    batch = seed_batch()
    bad = batch.facts.iloc[:2].copy()
    bad["reasons"] = [["value_out_of_range"], ["value_out_of_range", "unknown_area"]]
    bad["severity"] = "error"
    good = batch.facts.iloc[2:]
    result = load_batch(con, LoadBatch(batch.run_id, batch.articles, good, bad, batch.pages))
    assert (result.inserted, result.quarantined) == (35, 2)
    counts = con.execute(
        "select item, n from data_quality where category = 'quarantine' order by item"
    ).fetchall()
    assert counts == [("unknown_area", 1), ("value_out_of_range", 2)]
    assert load_batch(con, LoadBatch(batch.run_id, batch.articles, good, bad)).quarantined == 0


def test_parse_error_article_keeps_its_row(con: duckdb.DuckDBPyConnection) -> None:
    batch = custom_batch([{"article": "a"}])
    broken = batch.articles.copy()
    broken.loc[0, "error"] = "no article body found"
    load_batch(con, LoadBatch(batch.run_id, broken, batch.facts.iloc[:0]))
    assert con.execute("select error from parse_errors").fetchall() == [("no article body found",)]
    assert _scalar(con, "select n from data_quality where category = 'parse_error'") == 1


def test_areas_seen_in_facts_are_added(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(con, seed_batch())
    load_batch(con, custom_batch([{"area": "Kampung Uji", "area_type": "village"}]))
    missing = con.execute(
        """select area from facts f
           anti join areas a on a.name = f.area and a.area_type = f.area_type"""
    ).fetchall()
    assert missing == []
    origin = con.execute("select origin from areas where name = 'Kampung Uji'").fetchall()
    assert origin == [("facts",)]


def test_large_batch_loads_and_reloads(con: duckdb.DuckDBPyConnection) -> None:
    batch = synthetic_batch(20_000)
    assert load_batch(con, batch).inserted == 20_000
    again = load_batch(con, batch)
    assert (again.inserted, again.unchanged) == (0, 20_000)
    assert _scalar(con, "select count(distinct fact_id) from facts") == 20_000


def test_open_transaction_is_a_clear_error(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("begin transaction")
    with pytest.raises(WarehouseError, match="runs its own transaction"):
        load_batch(con, seed_batch())
    con.execute("rollback")
    assert load_batch(con, seed_batch()).inserted == 37


def test_half_read_result_does_not_block_a_load(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("select * from range(10)").fetchone()
    assert load_batch(con, seed_batch()).inserted == 37


def _held_back(batch: LoadBatch, article_id: str) -> LoadBatch:
    """The batch with one article held back by the gate: its facts as held_back rows only."""
    mine = batch.facts["article_id"] == article_id
    held = batch.facts.loc[mine].copy()
    held["reasons"] = [["held back by the gate"]] * len(held)
    held["severity"] = "held_back"
    return LoadBatch(
        run_id=batch.run_id,
        articles=batch.articles.loc[batch.articles["article_id"] != article_id],
        facts=batch.facts.loc[~mine],
        pages=batch.pages,
        held_back=held,
    )


def test_held_back_facts_are_visible_in_quarantine_then_released(
    con: duckdb.DuckDBPyConnection,
) -> None:
    batch = seed_batch()
    article = str(batch.facts["article_id"].iloc[0])
    n_held = int((batch.facts["article_id"] == article).sum())
    first = load_batch(con, _held_back(batch, article))
    assert first.held_back == n_held and first.inserted == 37 - n_held
    held_rows = f"select severity, run_id, count(*) from quarantine where article_id = '{article}'"
    assert con.execute(held_rows + " group by all").fetchall() == [
        ("held_back", batch.run_id, n_held)]
    # Nothing else of the article is written: its page is not processed, so it stays pending.
    assert _scalar(con, f"select count(*) from articles where article_id = '{article}'") == 0
    sha = str(batch.facts.loc[batch.facts["article_id"] == article, "raw_sha256"].iloc[0])
    assert sha not in processed_pages(con, "0.1.0") and len(processed_pages(con, "0.1.0")) == 4

    rerun = seed_batch(run_id="20261122T000000Z-eeeeee")
    again = load_batch(con, _held_back(rerun, article))  # still broken: rows replaced, not added
    assert again.held_back == n_held
    assert con.execute(held_rows + " group by all").fetchall() == [
        ("held_back", rerun.run_id, n_held)]

    fixed = load_batch(con, seed_batch(run_id="20261123T000000Z-ffffff"))
    assert fixed.inserted == n_held
    assert _scalar(con, "select count(*) from quarantine") == 0
    assert _scalar(con, "select count(*) from facts") == 37
