"""Hand-made facts and articles in the exact batch shape, built through transforms.rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pandas as pd

from transforms.model import Extraction, Fact
from transforms.rows import FACT_COLUMNS, Lineage, article_id_for, article_row, fact_rows

PUBLISHED = dt.date(2024, 12, 24)
TODAY = dt.date(2025, 1, 15)
RUN_ID = "20250115T010203Z-abc123"


def lineage(url: str = "https://example.test/berita/1") -> Lineage:
    """Lineage of one made-up article."""
    return Lineage(
        article_id=article_id_for(url),
        source_id="example",
        url=url,
        raw_sha256="0" * 64,
        parser_version="0.1.0",
        run_id=RUN_ID,
    )


def fact(**changes: Any) -> Fact:
    """A plausible branch participants fact; keyword changes override its fields."""
    base = Fact(
        area="Semarang Majapahit",
        area_type="branch",
        metric="participants",
        segment="all",
        value=170607.0,
        unit="count",
        is_target=False,
        target_year=None,
        as_of="2024-12",
        approximate=False,
        evidence="saat ini tercatat ada 170.607 tenaga kerja yang aktif",
        start=0,
        end=52,
        value_text="170.607",
        area_mention="Semarang Majapahit",
    )
    return dataclasses.replace(base, **changes)


def rows(facts: list[Fact], *, url: str = "https://example.test/berita/1",
         published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """Fact rows of one article."""
    extraction = Extraction(
        relevant=True,
        relevance_reason="bpjs ketenagakerjaan coverage",
        published=published,
        published_source="page" if published else "unknown",
        facts=tuple(facts),
    )
    return fact_rows(extraction, lineage(url))


def frame(batch_rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A facts DataFrame with the contract's columns and dtypes."""
    df = pd.DataFrame(batch_rows, columns=list(FACT_COLUMNS))
    df["target_year"] = df["target_year"].astype("Int64")
    return df


def article(url: str = "https://example.test/berita/1", **changes: Any) -> dict[str, Any]:
    """An article row; keyword changes override its columns."""
    extraction = Extraction(
        relevant=True,
        relevance_reason="bpjs ketenagakerjaan coverage",
        published=PUBLISHED,
        published_source="page",
        facts=(fact(),),
    )
    row = article_row(lineage(url), title="BPJS TK", extraction=extraction, n_paragraphs=5)
    row.update(changes)
    return row
