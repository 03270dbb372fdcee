"""The load gate as a table: shares for real batches, a count for tiny ones."""

from __future__ import annotations

import pandas as pd
import pytest

from expectations.validate import BatchShapeError, gate, validate_articles, validate_facts
from tests.expectations.factories import RUN_ID, fact, frame, rows


@pytest.mark.parametrize(
    ("n_rows", "n_bad", "share", "passed"),
    [
        (0, 0, 0.5, True),
        (1, 1, 0.5, True),  # one bad fact of a one-article re-run: quarantined, run goes on
        (2, 2, 0.5, True),
        (3, 3, 0.5, False),  # a small batch that is all bad: something broke
        (4, 2, 0.5, True),
        (4, 3, 0.5, False),
        (10, 5, 0.5, True),  # exactly at the limit passes
        (10, 6, 0.5, False),
        (10, 1, 0.0, False),
        (10, 10, 1.0, True),
        (1000, 10, 0.01, True),
        (1000, 11, 0.01, False),
    ],
)
def test_gate_table(n_rows: int, n_bad: int, share: float, passed: bool) -> None:
    ok, reason = gate(n_rows, n_bad, share, "facts")
    assert ok is passed
    assert reason
    if not ok:
        assert "held back" in reason


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
