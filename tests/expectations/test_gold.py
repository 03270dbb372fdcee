"""The hand-labelled seed facts are real data: the suite must load every one of them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from expectations.validate import validate_facts
from tests.expectations.factories import RUN_ID, fact, frame, rows

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
GOLD = sorted((GOLDEN / "seeds").glob("*.json"))
#: The labelled corpus (tests/golden/corpus): more real figures the ceilings must admit.
CORPUS = sorted((GOLDEN / "corpus").glob("*.json"))


def _gold_rows(path: Path) -> list[dict]:
    """Fact rows of one labelled seed, published on its stated or inferred date."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    published = gold.get("published") or gold.get("published_inferred")
    facts = [
        fact(**{
            **{k: v for k, v in f.items() if k != "area_aliases"},
            "value": float(f["value"]),
            "area_mention": f["area"],
        })
        for f in gold["facts"]
    ]
    date = dt.date.fromisoformat(published) if published else None
    return rows(facts, url=f"https://example.test/{gold['id']}", published=date)


def test_there_are_gold_files() -> None:
    assert len(GOLD) == 5


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_every_gold_fact_loads(warm: Path, path: Path) -> None:
    df = frame(_gold_rows(path))
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=dt.date(2026, 1, 1))
    assert result.quarantined.empty, result.quarantined[["area", "value", "reasons"]].to_dict(
        "records"
    )
    assert len(result.good) == len(df) and result.gate_passed


def test_every_labelled_fact_loads_in_one_batch(warm: Path) -> None:
    df = frame([r for path in GOLD + CORPUS for r in _gold_rows(path)])
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=dt.date(2026, 1, 1))
    bad = result.quarantined[["url", "value", "reasons"]].to_dict("records")
    assert not bad
    assert len(result.good) == len(df)
    warned = {(u, tuple(f)) for u, f in zip(result.good["url"], result.good["flags"], strict=True)
              if f}
    # Seed 000's parts sum to 1.000 more than its stated total (a typo): loaded, flagged.
    assert "000_7dbc2fee3b6a05fb" in {u.rsplit("/", 1)[1] for u, _ in warned}
