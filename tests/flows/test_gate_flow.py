"""Issue 16: a parser that broke is held back by the gate, visibly, and released once fixed.

The test-only switch is the `broken_parser` fixture: it replaces `transforms.extract.extract`
for the length of one run (the flow parses on threads of this process) with a parser whose
every figure comes out negative, so every fact fails validation. No product code knows of it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from flows.status import run_flow
from tests.flows.test_pipeline import checksum, gold_facts, sample_settings, warehouse_facts


@contextmanager
def broken_parser(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every figure the parser reads comes out negative: a parser broken on every page."""
    import transforms.extract as module

    real: Callable = module.extract

    def broken(article, **kwargs):  # type: ignore[no-untyped-def]
        extraction = real(article, **kwargs)
        facts = tuple(dataclasses.replace(f, value=-f.value) for f in extraction.facts)
        return dataclasses.replace(extraction, facts=facts)

    with monkeypatch.context() as patch:
        patch.setattr(module, "extract", broken)
        yield


def rows(path: Path, sql: str) -> list[tuple]:
    """The rows of a query on a warehouse file, read-only."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.usefixtures("prefect_harness")
def test_a_broken_parser_is_held_back_visibly_then_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.pipeline import ingest_source

    settings = sample_settings(tmp_path)
    with broken_parser(monkeypatch):
        held = run_flow(ingest_source, settings=settings, offline=True)
        again = run_flow(ingest_source, settings=settings, offline=True)

    # Nothing loads; every fact is in quarantine as held back, with the run that held it.
    assert held.status == "failed" and held.facts_loaded == 0 and held.facts_held_back == 37
    assert {t.pages_held_back for t in held.sources.values()} == {1}
    assert any("rule run_facts: 37 of 37 facts of this run (100%) failed validation" in n
               for n in held.notes), held.notes
    quarantine = rows(settings.published, "select severity, reasons[1], run_id, count(*) "
                                          "from quarantine group by all")
    assert quarantine == [("held_back", "held back by the gate", held.run_id, 37)]
    (gate,) = rows(settings.warehouse, f"select gate from runs where run_id = '{held.run_id}'")
    recorded = json.loads(gate[0])
    assert recorded["rri"] == {"facts": 8, "bad_facts": 8, "pages": 1, "parse_errors": 0,
                               "held_back": True, "rule": "run_facts"}

    # Still broken: the pages stayed pending, are held back again, and replace their rows.
    assert again.pages_pending == 5 and again.status == "failed"
    assert rows(settings.warehouse, "select run_id, count(*) from quarantine group by all") == [
        (again.run_id, 37)]

    # The parser is fixed: the next run releases them; the facts are those of a clean run.
    fixed = run_flow(ingest_source, settings=settings, offline=True)
    assert fixed.status == "ok", fixed.errors
    assert fixed.facts_loaded == 37 and fixed.facts_held_back == 0
    assert rows(settings.published, "select count(*) from quarantine") == [(0,)]
    assert warehouse_facts(settings.published) == gold_facts()
    assert checksum(settings.published)[0] == 37
