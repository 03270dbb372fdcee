"""The `articles` suite: the reviewed rules an article row must pass before it is loaded.

Columns are those of `expectations.checks.article_checks`. A page that failed to parse keeps
its row (with `error`): such rows pass and are counted, never dropped.
"""

from __future__ import annotations

from expectations.rule import Rule, at_most, between, in_set
from expectations.rules import PUBLISHED_SOURCES

SUITE_NAME = "articles"

ARTICLE_RULES: tuple[Rule, ...] = (
    Rule(
        "malformed_article_id",
        "ExpectColumnValuesToMatchRegex",
        {"column": "article_id", "regex": r"^[0-9a-f]{16}$"},
        "article_id is 16 hex of the canonical URL's sha256 (or of a file's bytes); its facts "
        "are replaced by it on re-fetch.",
    ),
    between("duplicate_article_id", "article_id_repeat", 0, 0,
            "One row per article in a batch: a second row would make its facts ambiguous. "
            "The first row loads."),
    in_set("relevant_not_boolean", "relevant_flag", ("True", "False"),
           "Relevance decides whether facts were looked for; it must be a yes or a no."),
    in_set("irrelevant_without_reason", "reason_if_irrelevant", (True,),
           "An article judged not about BPJS Ketenagakerjaan coverage (BPJS Kesehatan, a job "
           "fair) says why, so a wrong relevance rule can be found."),
    at_most("published_in_future", "published_day", "today_day",
            "An article cannot be published after the run: a future date is a misparsed "
            "byline ('12-10-2024' read month-first) and would shift every 'saat ini' period."),
    in_set("unknown_published_source", "published_source", PUBLISHED_SOURCES,
           "Where the date came from (page, text, weekday, given, unknown) tells how far to "
           "trust it."),
    between("bad_paragraph_count", "n_paragraphs_number", 0, None,
            "A paragraph count is a whole number >= 0; missing or negative means a broken row."),
    between("bad_fact_count", "n_facts_number", 0, None,
            "A fact count is a whole number >= 0; missing or negative means a broken row."),
    between("facts_on_parse_error", "facts_on_error_row", 0, 0,
            "A page that failed to parse keeps its row with the error and no facts; facts on "
            "it would have no trustworthy text behind them."),
)
