"""The load gate as tables: a share judged only over a big enough sample, per source."""

from __future__ import annotations

import pandas as pd
import pytest

from expectations.gate import GatePolicy, Sample, judge_sources
from expectations.validate import BatchShapeError, gate, validate_articles, validate_facts
from tests.expectations.factories import RUN_ID, fact, frame, rows


@pytest.mark.parametrize(
    ("n_rows", "n_bad", "share", "passed"),
    [
        (0, 0, 0.5, True),
        (1, 1, 0.5, True),  # one bad fact of a one-article re-run: quarantined, run goes on
        (3, 3, 0.5, True),  # a small batch, all bad: quarantined, the good of other pages load
        (5, 3, 0.5, True),  # issue 16: one odd article (3 absurd of 5) never stops a run
        (19, 19, 0.5, True),  # under the 20-fact sample nothing is held back
        (20, 10, 0.5, True),  # exactly at the limit passes
        (20, 11, 0.5, False),
        (20, 1, 0.0, False),
        (20, 20, 1.0, True),
        (1000, 10, 0.01, True),
        (1000, 11, 0.01, False),
    ],
)
def test_gate_table(n_rows: int, n_bad: int, share: float, passed: bool) -> None:
    ok, reason = gate(n_rows, n_bad, share, "facts")
    assert ok is passed
    assert reason
    assert ("held back" in reason) is (not ok)
    if 0 < n_rows < 20:
        assert "minimum sample of 20 facts" in reason


POLICY = GatePolicy(max_bad_share=0.5, min_facts=20, min_pages=10, recent_runs=5)


@pytest.mark.parametrize(
    ("run", "recent", "held", "rule"),
    [
        # One odd article: 3 of 5 bad, nothing else to judge by.
        ({"a": Sample(5, 3, 1, 0)}, {}, set(), None),
        # A parser broken everywhere: every source's facts fail, 37 of 37 in the run.
        ({"a": Sample(8, 8, 1, 0), "b": Sample(29, 29, 4, 0)}, {}, {"a", "b"}, "run_facts"),
        # The run is mostly bad, but source b is fine: only a is held back.
        ({"a": Sample(30, 30, 5, 0), "b": Sample(10, 1, 2, 0)}, {}, {"a"}, "run_facts"),
        # A source small in each run, broken over its recent runs too.
        ({"a": Sample(6, 6, 2, 0), "b": Sample(10, 0, 3, 0)},
         {"a": (Sample(18, 15, 6, 0), 3)}, {"a"}, "source_recent_facts"),
        # Broken before, fixed now (this run's share is low): released, not held.
        ({"a": Sample(6, 1, 2, 0)}, {"a": (Sample(40, 40, 10, 0), 5)}, set(), None),
        # A site that changed its layout: its pages no longer parse.
        ({"a": Sample(0, 0, 12, 11)}, {}, {"a"}, "run_pages"),
        ({"a": Sample(0, 0, 3, 3)}, {"a": (Sample(0, 0, 9, 8), 4)}, {"a"}, "source_recent_pages"),
        ({"a": Sample(0, 0, 3, 3)}, {}, set(), None),
    ],
)
def test_judge_sources_table(run: dict, recent: dict, held: set, rule: str | None) -> None:
    decisions = judge_sources(run, recent, POLICY)
    assert {s for s, d in decisions.items() if d.held} == held
    for source in held:
        assert decisions[source].rule == rule
        assert decisions[source].reason.startswith(f"rule {rule}: ")
        assert "above the 50% limit" in decisions[source].reason
    assert all(d.rule is None for s, d in decisions.items() if s not in held)


def test_a_policy_with_nonsense_limits_is_refused() -> None:
    with pytest.raises(ValueError, match="max_bad_share"):
        GatePolicy(max_bad_share=float("nan"))
    with pytest.raises(ValueError, match="at least 1"):
        GatePolicy(min_facts=0)


def test_a_stored_sample_reads_back_and_ignores_junk() -> None:
    assert Sample.of({"facts": 4, "bad_facts": 2, "pages": 1, "held_back": True}) == Sample(
        4, 2, 1, 0)
    assert Sample.of({"facts": "many", "bad_facts": None}) == Sample()


@pytest.mark.parametrize("share", [-0.1, 1.5, float("nan")])
def test_gate_rejects_a_bad_share(share: float) -> None:
    with pytest.raises(ValueError, match="max_bad_share"):
        gate(10, 1, share)


def test_missing_columns_are_named() -> None:
    df = frame(rows([fact()])).drop(columns=["as_of", "flags"])
    with pytest.raises(BatchShapeError, match="as_of, flags"):
        validate_facts(df, run_id=RUN_ID, docs_dir=None)


def test_not_a_dataframe() -> None:
    with pytest.raises(BatchShapeError, match="DataFrame"):
        validate_articles([{"article_id": "x"}], run_id=RUN_ID, docs_dir=None)  # type: ignore[arg-type]


def test_bad_share_is_refused_before_validating() -> None:
    with pytest.raises(ValueError, match="max_bad_share"):
        validate_facts(pd.DataFrame(), run_id=RUN_ID, docs_dir=None, max_bad_share=2)


def test_today_is_the_latest_date_in_indonesia() -> None:
    import datetime as dt

    from expectations.validate import today_in_indonesia

    utc = dt.datetime.now(dt.UTC).date()
    assert today_in_indonesia() in (utc, utc + dt.timedelta(days=1))
