"""The hand-labelled seed facts are real data: the suite must load every one of them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from expectations.validate import validate_facts
from tests.expectations.factories import RUN_ID, fact, frame, rows

SEEDS = Path(__file__).resolve().parent.parent / "golden" / "seeds"
GOLD = sorted(SEEDS.glob("*.json"))


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


def test_all_gold_together(warm: Path) -> None:
    df = frame([r for path in GOLD for r in _gold_rows(path)])
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=dt.date(2026, 1, 1))
    assert len(result.good) == len(df)
