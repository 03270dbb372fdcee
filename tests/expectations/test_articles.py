"""The articles suite: ids, relevance reasons, dates, and parse-error rows counted not dropped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from expectations.checks import ARTICLE_COLUMNS
from expectations.validate import validate_articles
from tests.expectations.factories import RUN_ID, TODAY, article


def _frame(batch: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(batch, columns=list(ARTICLE_COLUMNS))


def _urls(n: int) -> list[str]:
    return [f"https://example.test/berita/{i}" for i in range(n)]


def test_good_bad_and_parse_errors(warm: Path) -> None:
    good = [article(url) for url in _urls(6)]
    parse_error = article(
        "https://example.test/broken", relevant=False, relevance_reason="parse error",
        n_facts=0, error="no article body found", published=None, published_source="unknown",
    )
    bad = [
        dict(good[0]),  # duplicate article_id
        article("https://example.test/x", relevant=False, relevance_reason=" "),
        article("https://example.test/y", published=dt.date(2025, 3, 1)),
        article("https://example.test/z", published_source="guess"),
        article("https://example.test/w", error="timeout", n_facts=2),
        article("https://example.test/v", n_paragraphs=-1),
    ]
    result = validate_articles(
        _frame([*good, parse_error, *bad]), run_id=RUN_ID, docs_dir=warm, today=TODAY
    )
    assert result.good["url"].tolist() == [*_urls(6), "https://example.test/broken"]
    assert result.quarantined["reasons"].tolist() == [
        ["duplicate_article_id"],
        ["irrelevant_without_reason"],
        ["published_in_future"],
        ["unknown_published_source"],
        ["facts_on_parse_error"],
        ["bad_paragraph_count"],
    ]
    assert result.parse_errors == 2
    assert result.gate_passed, result.reason
    assert "2 parse error(s)" in result.reason
    assert result.docs_index is not None and result.docs_index.is_file()
    assert list((warm / "validations" / "articles").rglob("*.html"))


def test_a_run_where_most_pages_fail_to_parse_is_held(warm: Path) -> None:
    broken = [
        article(url, relevant=False, relevance_reason="parse error", n_facts=0, error="no body")
        for url in _urls(8)
    ]
    ok = [article(url) for url in ("https://example.test/a", "https://example.test/b")]
    result = validate_articles(_frame(broken + ok), run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined.empty and len(result.good) == 10
    assert not result.gate_passed
    assert "failed to parse" in result.reason and result.parse_errors == 8


def test_malformed_id_and_non_boolean_relevance(warm: Path) -> None:
    rows = [article(url) for url in _urls(5)]
    rows[1]["article_id"] = None
    rows[2]["relevant"] = "ya"
    result = validate_articles(_frame(rows), run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined["reasons"].tolist() == [
        ["malformed_article_id"],
        ["relevant_not_boolean"],
    ]
