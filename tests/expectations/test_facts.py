"""The facts suite on crafted batches: good rows load, bad rows are quarantined with reasons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from expectations.validate import validate_facts
from tests.expectations.factories import RUN_ID, TODAY, fact, frame, lineage, rows

#: A realistic article: the Semarang Majapahit branch (seed 000) with parts and a target.
GOOD_FACTS = [
    fact(),
    fact(segment="wage_earner", value=111970.0),
    fact(segment="non_wage_earner", value=42414.0),
    fact(segment="construction", value=17223.0),
    fact(metric="workforce", value=400000.0),
    fact(metric="coverage_rate", unit="percent", value=42.65),
    fact(metric="employers", value=5210.0),
    fact(metric="benefits_paid", unit="idr", value=2.5e11, as_of="2024"),
    fact(is_target=True, target_year=2025, as_of=None, value=200000.0),
]


def _by_value(df: pd.DataFrame) -> dict[float, pd.Series]:
    """Rows keyed by their value (values are unique in the crafted batches)."""
    return {row["value"]: row for _, row in df.iterrows()}


@pytest.fixture(scope="module")
def crafted(warm: Path) -> tuple[pd.DataFrame, object]:
    """The crafted batch of the task: good facts, one warning and six kinds of bad fact."""
    good = rows(GOOD_FACTS)
    province = rows(
        [fact(area="DKI Jakarta", area_type="province", metric="coverage_rate",
              unit="percent", value=120.0)],
        url="https://example.test/berita/jakarta",
    )
    bad = rows(
        [
            fact(metric="coverage_rate", unit="percent", value=250.0),
            fact(as_of="2031-01", value=1001.0),
            fact(value=40_000_000.0, area="Kediri"),
            fact(segment="astronaut", value=1002.0),
            fact(value=-5.0, area="Pati"),
        ],
        url="https://example.test/berita/bad",
    )
    duplicate = dict(good[1])
    df = frame(good + province + bad + [duplicate])
    return df, validate_facts(df, run_id=RUN_ID, docs_dir=warm, today=TODAY)


def test_good_facts_load(crafted: tuple[pd.DataFrame, object]) -> None:
    _, result = crafted
    good = _by_value(result.good)
    for f in GOOD_FACTS:
        assert f.value in good, f
    assert len(result.good) == len(GOOD_FACTS) + 1
    assert list(result.good.columns) == list(crafted[0].columns)


def test_percent_above_100_for_a_province_loads_with_a_warning(crafted) -> None:
    _, result = crafted
    row = _by_value(result.good)[120.0]
    assert row["area_type"] == "province"
    assert "warn:percent_above_100" in row["flags"]
    good = result.good
    flagged = {v for v, flags in zip(good["value"], good["flags"], strict=True) if flags}
    # Seed 000's parts sum to 171.607 against 170.607 stated: a typo, flagged but loaded.
    assert flagged == {120.0, 111970.0, 42414.0, 17223.0}
    assert "warn:segment_parts_slightly_above_total" in _by_value(result.good)[17223.0]["flags"]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (250.0, "value_above_plausible_max"),
        (1001.0, "as_of_after_published"),
        (40_000_000.0, "value_above_plausible_max"),
        (1002.0, "unknown_segment"),
        (-5.0, "count_not_positive"),
        (111970.0, "duplicate_fact_id"),
    ],
)
def test_bad_facts_are_quarantined_with_the_rule_named(crafted, value: float, reason: str) -> None:
    _, result = crafted
    row = _by_value(result.quarantined)[value]
    assert reason in row["reasons"]
    assert row["severity"] == "error"


def test_quarantine_shape_and_gate(crafted) -> None:
    df, result = crafted
    q = result.quarantined
    assert len(q) == 6
    assert list(q.columns) == [*df.columns, "reasons", "severity"]
    # A quarantined percent above 100 keeps its warning too.
    assert "warn:percent_above_100" in _by_value(q)[250.0]["flags"]
    assert result.gate_passed, result.reason
    assert "6 of 16 facts" in result.reason
    assert result.seconds > 0


def test_data_docs_exist(crafted, warm: Path) -> None:
    _, result = crafted
    assert result.docs_index == (warm / "index.html").resolve()
    assert result.docs_index.is_file()
    folder = warm / "validations" / "facts"
    pages = sorted(folder.rglob("*.html"), key=lambda p: p.stat().st_mtime)
    assert pages, "no validation page written"
    page = pages[-1].read_text(encoding="utf-8")
    # Each result shows its rule's name, severity and why, not only GX's generic sentence.
    assert "percent_above_100 (warning): Above 100 percent happens" in page
    assert "duplicate_fact_id (error)" in page
    assert pages[-1].parent.name in result.docs_index.read_text(encoding="utf-8")


def test_mostly_bad_batch_fails_the_gate(warm: Path) -> None:
    bad = [fact(segment="astronaut", value=float(v)) for v in range(1, 8)]
    df = frame(rows([*bad, fact(), fact(segment="wage_earner", value=5.0)]))
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=TODAY, min_sample=5)
    assert not result.gate_passed
    assert "7 of 9 facts" in result.reason and "held back" in result.reason
    assert len(result.quarantined) == 7 and len(result.good) == 2
    assert result.docs_index is None
    # Under the default 20-fact sample the same batch is quarantined, not held back.
    small = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert small.gate_passed and "minimum sample of 20 facts" in small.reason



def test_a_run_id_whose_suffix_reads_as_a_time_zone_validates(warm: Path) -> None:
    # Given only a run name, GX parses it as a date: "-3375ad" read as a +33:75 offset and the
    # checkpoint raised "offset must be a timedelta strictly between ..." (a flaky nightly run).
    df = frame(rows([fact(), fact(segment="wage_earner", value=5.0)]))
    result = validate_facts(df, run_id="20261204T171307Z-3375ad", docs_dir=warm, today=TODAY)
    assert result.gate_passed and len(result.good) == 2

#: (facts of one article, the rule that must name one of its rows).
RULE_CASES = [
    ([fact(), fact(metric="workforce", value=100000.0)], "participants_above_workforce"),
    (
        [fact(value=1000.0), fact(segment="wage_earner", value=800.0),
         fact(segment="non_wage_earner", value=300.0)],
        "segment_parts_above_total",
    ),
    ([fact(value=1000.0), fact(segment="vulnerable", value=1200.0)],
     "segment_parts_above_total"),
    ([fact(is_target=True, target_year=2020, as_of=None)], "target_year_before_published"),
    ([fact(target_year=2025)], "target_year_on_non_target"),
    ([fact(as_of="1975")], "as_of_before_1977"),
    ([fact(as_of="Desember 2024")], "malformed_as_of"),
    ([fact(metric="coverage_rate", unit="count")], "unit_does_not_fit_metric"),
    ([fact(metric="benefits_paid", unit="idr", value=0.0)], "idr_not_positive"),
    ([fact(value=1.3)], "count_not_whole"),
    ([fact(area="  ")], "area_unresolved"),
    ([fact(area_type="kelurahan")], "unknown_area_type"),
    ([fact(metric="iuran")], "unknown_metric"),
    ([fact(unit="usd")], "unknown_unit"),
    ([fact(metric="coverage_rate", unit="percent", value=-3.0)], "percent_negative"),
    ([fact(area="Indonesia", area_type="national", value=61_000_000.0)],
     "value_above_plausible_max"),
    ([fact(area="Indonesia", area_type="national", value=46_000.0)],
     "value_below_plausible_min"),
    ([fact(metric="coverage_rate", unit="percent", value=101.0, area_type="national",
           area="Indonesia")], "value_above_plausible_max"),
]


@pytest.fixture(scope="module")
def rule_cases(warm: Path) -> dict[str, list[list[str]]]:
    """All cases validated as one batch, each its own article: reasons by article_id."""
    batch = []
    for i, (facts, _) in enumerate(RULE_CASES):
        batch += rows(facts, url=f"https://example.test/case/{i}")
    result = validate_facts(frame(batch), run_id=RUN_ID, docs_dir=None, today=TODAY)
    reasons: dict[str, list[list[str]]] = {}
    for article_id, rs in zip(
        result.quarantined["article_id"], result.quarantined["reasons"], strict=True
    ):
        reasons.setdefault(article_id, []).append(rs)
    return reasons


@pytest.mark.parametrize("case", range(len(RULE_CASES)), ids=[r for _, r in RULE_CASES])
def test_each_rule_names_its_row(rule_cases: dict[str, list[list[str]]], case: int) -> None:
    _, reason = RULE_CASES[case]
    article_id = lineage(f"https://example.test/case/{case}").article_id
    found = [r for rs in rule_cases.get(article_id, []) for r in rs]
    assert reason in found, found


def test_slack_for_an_approximate_total(warm: Path) -> None:
    facts = [
        fact(value=1_300_000.0, approximate=True),
        fact(segment="wage_earner", value=900_000.0),
        fact(segment="non_wage_earner", value=450_000.0),
    ]
    result = validate_facts(frame(rows(facts)), run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined.empty, result.quarantined["reasons"].tolist()


def test_cross_row_rules_stay_within_their_article(warm: Path) -> None:
    # The same branch's workforce in another article does not bound this article's figure.
    first = rows([fact()], url="https://example.test/a")
    second = rows([fact(metric="workforce", value=1000.0)], url="https://example.test/b")
    result = validate_facts(frame(first + second), run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined.empty


def test_unknown_publication_date_bounds_as_of_by_today(warm: Path) -> None:
    ok = rows([fact(as_of="2025-01")], published=None)
    late = rows([fact(as_of="2025-02")], published=None, url="https://example.test/late")
    result = validate_facts(frame(ok + late), run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.good["as_of"].tolist() == ["2025-01"]
    assert result.quarantined["reasons"].tolist() == [["as_of_after_published"]]


def test_published_in_the_future(warm: Path) -> None:
    df = frame(rows([fact(as_of=None)], published=dt.date(2025, 2, 1)))
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined["reasons"].tolist() == [["published_in_future"]]


def test_unreadable_value_is_quarantined_not_crashing(warm: Path) -> None:
    df = frame(rows([fact(), fact(segment="wage_earner", value=5.0)]))
    df["value"] = df["value"].astype(object)
    df.loc[1, "value"] = "lima"
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.quarantined["reasons"].tolist() == [["value_not_a_number"]]
    assert len(result.good) == 1


def test_index_of_the_caller_is_ignored(warm: Path) -> None:
    df = frame(rows([fact(), fact(segment="astronaut", value=3.0)]))
    df.index = ["x", "y"]
    result = validate_facts(df, run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.good["segment"].tolist() == ["all"]
    assert result.quarantined["segment"].tolist() == ["astronaut"]


def test_empty_batch(warm: Path) -> None:
    result = validate_facts(frame([]), run_id=RUN_ID, docs_dir=None, today=TODAY)
    assert result.gate_passed and result.good.empty and result.quarantined.empty
    assert "empty" in result.reason

