"""Time the facts validation on a synthetic batch: `python -m expectations.bench [N]`.

The first call pays the GX import and context start; the figure that matters for a run is the
warm one, which must stay a small part of a run (a few hundred ms for 10,000 facts).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from expectations.checks import FACT_COLUMNS

#: (metric, segment, value, unit) cycled over the synthetic rows: plausible for every area type.
_SHAPES: tuple[tuple[str, str, float, str], ...] = (
    ("participants", "all", 1500.0, "count"),
    ("participants", "wage_earner", 900.0, "count"),
    ("participants", "non_wage_earner", 400.0, "count"),
    ("workforce", "all", 150_000.0, "count"),
    ("coverage_rate", "all", 16.7, "percent"),
    ("employers", "all", 120.0, "count"),
    ("benefits_paid", "all", 2.5e9, "idr"),
    ("coverage_rate", "all", 104.0, "percent"),
)


#: Area types whose ranges fit every shape above (a 104% coverage is a warning there).
_AREA_TYPES: tuple[str, ...] = ("province", "regency", "city", "branch", "regional_office")


def _hex(text: str) -> str:
    """16 hex of sha256, like the real ids."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def synthetic_facts(n: int, *, bad_every: int = 50) -> pd.DataFrame:
    """n fact rows in the contract's shape; every `bad_every`-th row has a negative count."""
    published = dt.date(2024, 6, 30)
    rows = []
    for i in range(n):
        article = i // len(_SHAPES)
        metric, segment, value, unit = _SHAPES[i % len(_SHAPES)]
        if bad_every and i % bad_every == bad_every - 1 and unit == "count":
            value = -value
        rows.append(
            {
                "fact_id": _hex(f"fact-{i}"),
                "article_id": _hex(f"article-{article}"),
                "source_id": "bench",
                "url": f"https://example.test/{article}",
                "raw_sha256": "0" * 64,
                "parser_version": "0.1.0",
                "run_id": "20240701T000000Z-bench0",
                "published": published,
                "area": f"Area {article % 300}",
                "area_type": _AREA_TYPES[article % len(_AREA_TYPES)],
                "area_code": None,
                "area_mention": f"Area {article % 300}",
                "metric": metric,
                "segment": segment,
                "value": value,
                "unit": unit,
                "is_target": False,
                "target_year": None,
                "as_of": "2024-06",
                "approximate": False,
                "evidence": "tercatat sebanyak ... peserta",
                "evidence_start": 0,
                "evidence_end": 30,
                "value_text": str(value),
                "flags": [],
                "rules": [],
            }
        )
    df = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    df["target_year"] = df["target_year"].astype("Int64")
    return df


def main(argv: list[str]) -> None:
    """Print cold and warm timings (wall and CPU), with and without Data Docs."""
    from expectations.validate import validate_facts

    n = int(argv[0]) if argv else 10_000
    df = synthetic_facts(n)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "data_docs"
        for label, docs_dir in (("no docs", None), ("with Data Docs", docs)):
            for attempt in ("cold", "warm", "warm"):
                started, cpu = time.perf_counter(), time.process_time()
                result = validate_facts(df, run_id=f"bench-{attempt}", docs_dir=docs_dir)
                wall = time.perf_counter() - started
                cpu = time.process_time() - cpu
                print(
                    f"{n} facts, {label}, {attempt}: {wall * 1000:.0f} ms wall, "
                    f"{cpu * 1000:.0f} ms CPU (good {len(result.good)}, "
                    f"quarantined {len(result.quarantined)}, "
                    f"warned {sum(bool(f) for f in result.good['flags'])})"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
