"""The analyst views: syndicated copies, disagreements, derived rates, targets, latest values."""

from __future__ import annotations

import duckdb

from tests.warehouse.batches import custom_batch
from warehouse.load import load_batch


def test_facts_is_queryable_as_promised(seeded: duckdb.DuckDBPyConnection) -> None:
    rows = seeded.execute(
        "select area, metric, segment, value from facts order by 1,2,3"
    ).fetchall()
    assert len(rows) == 37
    assert ("Semarang Majapahit", "participants", "all", 170607.0) in rows


def test_syndicated_copies_are_one_observation(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(
        con,
        custom_batch(
            [
                {"article": "a", "source_id": "radio", "value": 500.0},
                {"article": "b", "source_id": "koran", "value": 500.0},
                {"article": "c", "source_id": "tv", "value": 480.0, "approximate": True},
            ]
        ),
    )
    observations = con.execute(
        "select value, n_articles, sources from observations order by value"
    ).fetchall()
    assert observations == [(480.0, 1, ["tv"]), (500.0, 2, ["koran", "radio"])]
    series = con.execute(
        "select as_of, n_articles, n_values, reported_values, disagree, sources from time_series"
    ).fetchall()
    assert series == [("2024-12", 3, 2, [480.0, 500.0], True, ["koran", "radio", "tv"])]
    latest = con.execute("select value, n_articles, reported_values, disagree from latest_values")
    assert latest.fetchall() == [(500.0, 2, [480.0, 500.0], True)]
    disagreements = con.execute(
        "select item, n from data_quality where category = 'disagreement'"
    ).fetchall()
    assert disagreements == [("participants", 1)]


def test_latest_value_is_the_latest_period(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(
        con,
        custom_batch(
            [
                {"article": "a", "as_of": "2023", "value": 100.0},
                {"article": "b", "as_of": "2024-06", "value": 200.0},
                {"article": "c", "as_of": "2024-06-30", "value": 210.0},
                {"article": "d", "as_of": None, "value": 999.0},
            ]
        ),
    )
    assert con.execute("select as_of, value from latest_values").fetchall() == [("2024-06", 200.0)]
    periods = con.execute(
        "select as_of, period_grain, period_start, period_end from time_series order by as_of"
    ).fetchall()
    assert [p[:2] for p in periods] == [
        ("2023", "year"),
        ("2024-06", "month"),
        ("2024-06-30", "day"),
    ]
    assert str(periods[0][3]) == "2023-12-31" and str(periods[1][3]) == "2024-06-30"


def test_coverage_rate_is_derived_only_when_not_stated(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(
        con,
        custom_batch(
            [
                {"article": "a", "area": "Kediri", "metric": "participants", "value": 250.0},
                {"article": "a", "area": "Kediri", "metric": "workforce", "value": 1000.0},
                {"article": "b", "area": "Demak", "metric": "participants", "value": 40.0},
                {"article": "b", "area": "Demak", "metric": "workforce", "value": 100.0},
                {
                    "article": "b",
                    "area": "Demak",
                    "metric": "coverage_rate",
                    "value": 41.0,
                    "unit": "percent",
                },
            ]
        ),
    )
    rates = con.execute(
        "select area, rate, derived, participants, workforce from coverage_rates order by area"
    ).fetchall()
    assert rates == [("Demak", 41.0, False, None, None), ("Kediri", 25.0, True, 250.0, 1000.0)]


def test_targets_meet_their_actuals(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(
        con,
        custom_batch(
            [
                {
                    "article": "a",
                    "is_target": True,
                    "target_year": 2025,
                    "as_of": None,
                    "value": 2000.0,
                },
                {"article": "b", "as_of": "2025-03", "value": 900.0},
                {"article": "c", "as_of": "2025-09", "value": 1500.0},
                {"article": "d", "as_of": "2026-01", "value": 2100.0},
            ]
        ),
    )
    rows = con.execute(
        """select target_year, target_value, actual_value, actual_as_of, achieved_pct
           from targets_vs_actuals"""
    ).fetchall()
    assert rows == [(2025, 2000.0, 1500.0, "2025-09", 75.0)]


def test_flags_are_counted(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(
        con,
        custom_batch(
            [
                {"article": "a", "flags": ["parts_exceed_total"]},
                {"article": "a", "value": 5.0, "flags": ["parts_exceed_total", "implausible"]},
            ]
        ),
    )
    flags = con.execute(
        "select item, n from data_quality where category = 'flag' order by item"
    ).fetchall()
    assert flags == [("implausible", 1), ("parts_exceed_total", 2)]


def test_readable_facts_name_the_outlet_and_parent(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("insert into sources (source_id, name) values ('radio', 'Radio Idola')").fetchall()
    load_batch(con, custom_batch([{"area": "Demak", "area_type": "regency"}]))
    row = con.execute("select outlet, title, parent_area from facts_readable").fetchall()[0]
    assert row[:2] == ("Radio Idola", "Article a")
