"""Runs, sources and fetch attempts: bookkeeping and source health."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from warehouse.errors import WarehouseError
from warehouse.runs import finish_run, load_attempts, start_run, upsert_sources

RUN = "20261121T000000Z-abcdef"


def _attempt(source: str, when: dt.datetime, **extra: object) -> dict[str, object]:
    """An attempts.jsonl row as extractors/landing.py writes it."""
    row: dict[str, object] = {
        "time": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": source,
        "url": f"https://{source}.test/x",
        "attempt": 1,
        "status": 200,
        "error_kind": None,
        "message": None,
        "duration": 0.25,
    }
    return {**row, **extra}


def test_a_run_is_started_then_finished(con: duckdb.DuckDBPyConnection) -> None:
    start_run(con, RUN, "nightly", None, {"limit": 5, "since": dt.date(2024, 1, 1)})
    assert con.execute("select status, finished_at from runs").fetchall() == [("running", None)]
    finish_run(con, RUN, "partial", {"facts": 3}, ["radio: HTTP 503"])
    status, params, counts, errors, finished = con.execute(
        "select status, params, counts, errors, finished_at from runs"
    ).fetchall()[0]
    assert status == "partial" and finished is not None
    assert json.loads(params) == {"limit": 5, "since": "2024-01-01"}
    assert json.loads(counts) == {"facts": 3}
    assert errors == ["radio: HTTP 503"]


def test_finishing_badly_is_a_clear_error(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(WarehouseError, match="never started"):
        finish_run(con, "nope", "ok", {}, [])
    start_run(con, RUN, "nightly", None, {})
    with pytest.raises(WarehouseError, match="unknown run status 'done'"):
        finish_run(con, RUN, "done", {}, [])


def test_sources_upsert_only_changes_what_changed(con: duckdb.DuckDBPyConnection) -> None:
    radio = {
        "id": "radio",
        "name": "Radio Idola",
        "base_url": "https://radio.test",
        "discovery_kind": "sitemap",
        "discovery_url": "https://radio.test/sitemap.xml",
        "verified": True,
    }
    assert upsert_sources(con, [radio, {"id": "koran", "name": "Koran"}]) == 2
    assert upsert_sources(con, [radio]) == 0
    assert upsert_sources(con, [{**radio, "verified": False}]) == 1
    assert upsert_sources(con, []) == 0
    rows = con.execute("select source_id, verified from sources order by 1").fetchall()
    assert rows == [("koran", False), ("radio", False)]
    with pytest.raises(WarehouseError, match="source without an id"):
        upsert_sources(con, [{"name": "anonymous"}])


def test_attempts_load_once_and_feed_source_health(con: duckdb.DuckDBPyConnection) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        _attempt("fresh", now - dt.timedelta(hours=2)),
        _attempt(
            "fresh",
            now - dt.timedelta(hours=1),
            status=503,
            error_kind="http",
            message="HTTP 503 Service Unavailable",
        ),
        _attempt("old", now - dt.timedelta(days=30)),
        _attempt(
            "old",
            now - dt.timedelta(days=1),
            status=None,
            error_kind="timeout",
            message="read timed out",
        ),
    ]
    assert load_attempts(con, rows) == 4
    assert load_attempts(con, rows) == 0
    assert load_attempts(con, []) == 0
    health = {
        r[0]: r[1:]
        for r in con.execute(
            "select source_id, stale, last_error, failures_7d from source_health"
        ).fetchall()
    }
    assert health["fresh"] == (False, "HTTP 503 Service Unavailable", 1)
    assert health["old"] == (True, "read timed out", 1)
    stale = con.execute("select item from data_quality where category = 'stale_source'").fetchall()
    assert stale == [("old",)]
    elapsed = con.execute("select distinct elapsed_ms from fetch_attempts").fetchall()
    assert elapsed == [(250.0,)]


def test_bad_attempt_rows_are_refused(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(WarehouseError, match="without a url"):
        load_attempts(con, [{"source": "radio", "time": "2026-01-01T00:00:00Z"}])
    with pytest.raises(WarehouseError, match="bad time"):
        load_attempts(con, [_attempt("radio", dt.datetime.now(dt.UTC), time="yesterday-ish")])


def test_robots_txt_alone_does_not_keep_a_source_fresh(con: duckdb.DuckDBPyConnection) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        _attempt("blocked", now - dt.timedelta(hours=1), purpose="robots"),
        _attempt(
            "blocked",
            now - dt.timedelta(hours=1),
            status=403,
            error_kind="http_4xx",
            message="forbidden",
            purpose="page",
        ),
        _attempt("feed", now - dt.timedelta(hours=1), purpose="discovery"),
    ]
    load_attempts(con, rows)
    stale = dict(con.execute("select source_id, stale from source_health").fetchall())
    assert stale == {"blocked": True, "feed": False}
    purposes = con.execute("select distinct purpose from fetch_attempts order by 1").fetchall()
    assert purposes == [("discovery",), ("page",), ("robots",)]
    detail = con.execute("select detail->>'attempt' from fetch_attempts limit 1").fetchall()
    assert detail == [("1",)]


def test_runs_left_running_are_marked_crashed(con: duckdb.DuckDBPyConnection) -> None:
    from warehouse.runs import mark_abandoned_runs

    start_run(con, "20261121T000000Z-aaaaaa", "nightly", None, {})
    start_run(con, "20261121T010000Z-bbbbbb", "nightly", None, {})
    finish_run(con, "20261121T010000Z-bbbbbb", "ok", {}, [])
    assert mark_abandoned_runs(con, "found by run x") == 1
    rows = con.execute("select run_id, status, errors from runs order by run_id").fetchall()
    assert rows[0][1] == "crashed" and rows[0][2] == ["found by run x"]
    assert rows[1][1] == "ok"
    assert mark_abandoned_runs(con, "again") == 0


def test_recent_gate_samples_sum_a_sources_last_runs_at_this_parser_version(
    con: duckdb.DuckDBPyConnection,
) -> None:
    from warehouse.runs import recent_gate_samples

    def run(run_id: str, version: str, gate: dict) -> None:
        start_run(con, run_id, "nightly", None, {"parser_version": version})
        finish_run(con, run_id, "partial", {}, [], gate=gate,
                   discovery_skips={"a": {"no_keyword": 2}})

    run("20261101T000000Z-000001", "0.1.0", {"a": {"facts": 50, "bad_facts": 50}})
    for day in range(2, 5):
        run(f"202611{day:02d}T000000Z-00000{day}", "0.2.0",
            {"a": {"facts": 4, "bad_facts": 3, "pages": 1, "held_back": False},
             "b": {"facts": 2, "bad_facts": "x"}})
    start_run(con, "20261105T000000Z-000005", "nightly", None, {"parser_version": "0.2.0"})
    got = recent_gate_samples(con, "0.2.0", ["a", "b", "c"], 2,
                              exclude_run="20261105T000000Z-000005")
    assert got == {"a": ({"facts": 8, "bad_facts": 6, "pages": 2, "parse_errors": 0}, 2),
                   "b": ({"facts": 4, "bad_facts": 0, "pages": 0, "parse_errors": 0}, 2)}
    assert recent_gate_samples(con, "0.1.0", ["a"], 5)["a"][0]["facts"] == 50
    assert recent_gate_samples(con, "0.2.0", ["a"], 0) == {}
    skips = con.execute("select distinct discovery_skips from runs where status = 'partial'")
    assert [json.loads(r[0]) for r in skips.fetchall()] == [{"a": {"no_keyword": 2}}]
