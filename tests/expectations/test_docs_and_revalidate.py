"""Data Docs stay bounded on disk; the warehouse's facts can be re-validated."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from expectations import runner
from expectations.validate import revalidate, validate_facts
from tests.expectations.factories import RUN_ID, TODAY, fact, frame, rows


def test_every_run_is_kept_and_indexed_offline(warm: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    df = frame(rows([fact()]))
    for i in range(6):
        result = validate_facts(df, run_id=f"run-{i}", docs_dir=docs, today=TODAY)
    runs = sorted(p.name for p in (docs / "validations" / "facts").iterdir())
    assert runs == [f"run-{i}" for i in range(6)]  # every run keeps its page
    assert all(list((docs / "validations" / "facts" / r).glob("*.html")) for r in runs)
    index = result.docs_index.read_text(encoding="utf-8")
    assert all(f"run-{i}" in index for i in range(6))
    assert index.index("run-5") < index.index("run-0")  # newest first
    # A new process (a new GX context) adds to the history instead of replacing it.
    runner._RUNNERS.clear()
    validate_facts(df, run_id="run-6", docs_dir=docs, today=TODAY)
    index = (docs / "index.html").read_text(encoding="utf-8")
    assert "run-6" in index and "run-0" in index
    kept = runner.runner_for(docs).context.validation_results_store.list_keys()
    assert kept == []  # nothing piles up in memory
    for page in [docs / "index.html", *docs.rglob("*.html")]:
        text = page.read_text(encoding="utf-8").lower()
        assert "<script" not in text and "http://" not in text and "https://" not in text
        assert "<link" not in text  # styles inline: renders offline


def test_a_warning_only_validation_shows_as_a_warning(warm: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    df = frame(rows([fact(area="Banten", area_type="province", metric="coverage_rate",
                          unit="percent", value=130.0)]))
    result = validate_facts(df, run_id="warn-only", docs_dir=docs, today=TODAY)
    assert result.quarantined.empty and "warn:percent_above_100" in result.good["flags"][0]
    (page,) = (docs / "validations" / "facts" / "warn-only").glob("*.html")
    text = page.read_text(encoding="utf-8")
    assert "Status: <b class=warnings>Passed with warnings</b>" in text
    assert "Failed" not in text
    assert "<td class='warnings'>warning</td>" in text
    index = (docs / "index.html").read_text(encoding="utf-8")
    assert "Passed with warnings" in index


def _warehouse_frame() -> pd.DataFrame:
    """Facts as read back from DuckDB: timestamps, numpy flags, an extra column, old warnings."""
    df = frame(
        rows([fact(), fact(segment="astronaut", value=7.0)])
        + rows(
            [fact(area="Banten", area_type="province", metric="coverage_rate", unit="percent",
                  value=130.0, flags=("warn:percent_above_100", "parts_exceed_total"))],
            url="https://example.test/banten",
        )
    )
    df["published"] = pd.to_datetime(df["published"])
    df["flags"] = [np.array(f, dtype=object) for f in df["flags"]]
    df["loaded_at"] = pd.Timestamp("2025-01-10")
    return df


def test_revalidate_warehouse_facts(warm: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    result = revalidate(_warehouse_frame(), run_id=RUN_ID, docs_dir=docs, today=TODAY)
    assert result.quarantined["reasons"].tolist() == [["unknown_segment"]]
    assert "loaded_at" not in result.good.columns
    flags = result.good["flags"].tolist()
    assert flags[0] == []
    assert flags[1] == ["parts_exceed_total", "warn:percent_above_100"]
    assert result.docs_index == (docs / "index.html").resolve()
    assert (docs / "validations" / "facts" / f"{RUN_ID}-revalidate").is_dir()


# DuckDB's .df() calls DataFrame.drop(inplace=True), deprecated in pandas 3.1: not ours to fix.
@pytest.mark.filterwarnings("ignore:The inplace keyword")
def test_revalidate_what_duckdb_reads_back(warm: Path) -> None:
    import duckdb

    batch = frame(rows([fact(), fact(segment="wage_earner", value=900.0),
                        fact(is_target=True, target_year=2025, as_of=None, value=2e5)]))
    con = duckdb.connect()
    try:
        con.register("batch", batch)
        con.execute(
            "create table facts as select * replace (flags::varchar[] as flags, "
            "target_year::integer as target_year), now() as loaded_at from batch"
        )
        stored = con.execute("select * from facts").df()
    finally:
        con.close()
    result = revalidate(stored, run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined.empty, result.quarantined["reasons"].tolist()
    assert len(result.good) == 3 and result.gate_passed


def test_threads_share_the_context_safely(warm: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def one(i: int) -> tuple[int, int]:
        facts = [fact(value=1000.0 + i), fact(segment="astronaut", value=5.0 + i)]
        df = frame(rows(facts, url=f"https://example.test/thread/{i}"))
        result = validate_facts(df, run_id=f"thread-{i}", docs_dir=None, today=TODAY)
        return len(result.good), len(result.quarantined)

    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(one, range(3))) == [(1, 1)] * 3


def test_flags_given_as_a_string_are_kept(warm: Path) -> None:
    df = frame(rows([fact()]))
    df["flags"] = ["parts_exceed_total"]
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.good["flags"].tolist() == [["parts_exceed_total"]]


def test_results_do_not_pile_up_in_memory(warm: Path) -> None:
    df = frame(rows([fact()]))
    for i in range(3):
        validate_facts(df, run_id=f"memory-{i}", docs_dir=None, today=TODAY)
    store = runner.runner_for(None).context.validation_results_store
    assert store.list_keys() == []
