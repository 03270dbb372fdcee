"""The `facts` suite: the reviewed list of rules a fact row must pass before it is loaded.

Columns are those of `expectations.checks.fact_checks` (batch columns plus helpers). Order
matters only for reading: every rule runs on every batch.
"""

from __future__ import annotations

from expectations.rule import Rule, at_most, between, in_set
from expectations.rules import (
    AREA_TYPES,
    JAMSOSTEK_START_YEAR,
    METRIC_UNITS,
    METRICS,
    SEGMENTS,
    UNITS,
)

SUITE_NAME = "facts"

#: YYYY, YYYY-MM or YYYY-MM-DD with a real month and day number.
AS_OF_PATTERN = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$"

FACT_RULES: tuple[Rule, ...] = (
    Rule(
        "malformed_fact_id",
        "ExpectColumnValuesToMatchRegex",
        {"column": "fact_id", "regex": r"^[0-9a-f]{16}$"},
        "fact_id is 16 hex of the natural key's sha256; anything else (or missing) means the "
        "row was not built by transforms.rows and cannot be upserted safely.",
    ),
    between(
        "duplicate_fact_id",
        "fact_id_repeat",
        0,
        0,
        "One figure of one article is one fact: a second row with the same natural key would "
        "double a figure (DuckDB's ON CONFLICT would silently keep one). The first row loads.",
    ),
    Rule(
        "malformed_article_id",
        "ExpectColumnValuesToMatchRegex",
        {"column": "article_id", "regex": r"^[0-9a-f]{16}$"},
        "Every fact must point to its article (16 hex of the canonical URL's sha256).",
    ),
    in_set("unknown_metric", "metric", METRICS,
           "Metric missing or outside transforms.model.METRICS: the warehouse views pivot on it."),
    in_set("unknown_segment", "segment", SEGMENTS,
           "Segment missing or outside transforms.model.SEGMENTS (LABELLING.md segments)."),
    in_set("unknown_unit", "unit", UNITS,
           "Unit missing or not one of count, percent, idr: values of other units are not "
           "comparable."),
    in_set("unknown_area_type", "area_type", AREA_TYPES,
           "An area must be resolved to a known type (branch, province, ...) to be compared "
           "over time and against the plausible ranges."),
    in_set("area_unresolved", "area_resolved", (True,),
           "A figure with no area cannot be queried ('coverage of Kediri branch over time')."),
    Rule(
        "value_not_a_number",
        "ExpectColumnValuesToNotBeNull",
        {"column": "value_number"},
        "The figure itself is missing, unreadable or infinite: the parser failed on it.",
    ),
    in_set("unit_does_not_fit_metric", "metric_unit", METRIC_UNITS,
           "Each metric has its units (coverage_rate is a percent, benefits_paid is Rupiah, "
           "claims are cases); another pairing means the number was misread."),
    between("count_not_positive", "count_value", 1, None,
            "A count of workers, employers or claims is at least 1; zero or negative means a "
            "parsing error (a sign, a gap 'belum terlindungi' read as a stock)."),
    between("count_not_whole", "count_fraction", 0, 0,
            "People and companies come in whole numbers: a fraction means a decimal comma read "
            "as a thousands dot ('1,3 juta' is 1300000, not 1.3)."),
    between("idr_not_positive", "idr_value", 0, None,
            "Benefits paid in Rupiah are positive amounts.", strict_min=True),
    between("percent_negative", "percent_value", 0, None,
            "A coverage rate or share cannot be negative ('turun 2 persen' is a change, not a "
            "rate)."),
    between("percent_above_100", "percent_value", None, 100,
            "Above 100 percent happens where employers register workers at head office (a "
            "province or city counts workers who work elsewhere): the row loads with a "
            "warning flag so analysts can see it; the plausible range catches absurd values.",
            severity="warning"),
    at_most("value_above_plausible_max", "value_number", "plausible_max",
            "Ceiling per metric, unit and area type (expectations/rules.py PLAUSIBLE_MAX): "
            "national active participants were 30-46 million in 2020-2024, so a branch with 40 "
            "million or a national count above 60 million is a misread number."),
    at_most("value_below_plausible_min", "plausible_min", "value_number",
            "Floor for whole-population totals (expectations/rules.py PLAUSIBLE_MIN): a national "
            "participants total of 46 000 is '46 juta' misread; segments have no floor."),
    Rule(
        "malformed_as_of",
        "ExpectColumnValuesToMatchRegex",
        {"column": "as_of", "regex": AS_OF_PATTERN},
        "as_of is YYYY, YYYY-MM or YYYY-MM-DD (or missing): the warehouse orders periods by it.",
    ),
    between("as_of_before_1977", "as_of_year", JAMSOSTEK_START_YEAR, None,
            "Jamsostek (BPJS Ketenagakerjaan's predecessor) began in 1977: an earlier period is "
            "a misread year or a regulation number."),
    at_most("as_of_after_published", "as_of_start_day", "as_of_limit_day",
            "A reported figure describes a period that has started by publication (or by today "
            "when the date is unknown); a later period is a target read as a fact."),
    at_most("published_in_future", "published_day", "today_day",
            "An article cannot be published after the run; a future date is a misparsed date."),
    at_most("target_year_before_published", "published_year", "target_year_number",
            "A target is for the publication year or later ('tahun depan'); an earlier year is "
            "a reported figure or a misread year."),
    Rule(
        "target_year_on_non_target",
        "ExpectColumnValuesToBeNull",
        {"column": "target_year_on_non_target"},
        "Only targets carry target_year (LABELLING.md 'Targets'); a reported figure uses as_of.",
    ),
    at_most("participants_above_workforce", "value_number", "workforce_limit",
            "Participants cannot exceed the workforce the same article gives for the same area "
            "and segment (10% slack when the workforce is approximate)."),
    at_most("segment_parts_above_total", "segment_parts_sum", "segment_total_tolerated",
            "Parts cannot exceed their total: wage earners + non wage earners + construction + "
            "migrants <= all participants of the same article, area and period, and any one "
            "segment <= the total (10% slack when the total is approximate, 2% for typos)."),
    at_most("segment_parts_slightly_above_total", "segment_parts_sum", "segment_total_limit",
            "Parts up to 2% above their total are most likely a typo in one figure (seed 000 "
            "states 170.607 in all but parts summing to 171.607): loaded, flagged for a look.",
            severity="warning"),
)
