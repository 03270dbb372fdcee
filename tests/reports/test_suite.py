"""The report_facts suite: continuity across years, units, periods, areas known."""

from __future__ import annotations

import pandas as pd

from expectations.suite_reports import continuity_ratio, split_report_facts
from transforms.reports.mapping import Mapping, MetricRule, apply_mapping
from transforms.reports.table import Cell, Table
from transforms.rows import FACT_COLUMNS, Lineage

LINEAGE = Lineage("0123456789abcdef", "lpk", "https://example.go.id/t", "a" * 64, "t", "run")


def frame(cells: list[Cell], rule: MetricRule, **mapping: object) -> pd.DataFrame:
    """Fact rows of a table as the batch frame the suites read."""
    m = Mapping((rule,), **{"area": "Kabupaten Lima Puluh Kota", **mapping})
    facts = apply_mapping(Table("T", cells), m, LINEAGE, kind="html_table",
                          dataset_id="lpk").facts
    return pd.DataFrame(facts, columns=list(FACT_COLUMNS))


def tpak(values: dict[str, str]) -> pd.DataFrame:
    """Lima Puluh Kota's TPAK row (a rate, percent) as facts."""
    cells = [Cell("TPAK", y, v, y, unit_text="%") for y, v in values.items()]
    return frame(cells, MetricRule("TPAK", "unemployed", unit="percent"))


def test_a_typo_among_its_neighbours_is_quarantined_with_its_reason() -> None:
    good = tpak({"2022": "72,81", "2023": "7,63", "2024": "74,17"})
    assert continuity_ratio(good).round(2).tolist() == [1.78, 0.1, 1.84]
    kept, quarantined = split_report_facts(good, pd.DataFrame(), set(good["fact_id"]),
                                           run_id="r", docs_dir=None)
    assert kept["value"].tolist() == [72.81, 74.17]
    assert quarantined["value"].tolist() == [7.63]
    assert quarantined["reasons"].tolist() == [["continuity_break"]]


def test_a_tenfold_jump_is_quarantined_and_steady_growth_is_not() -> None:
    cells = [Cell("P", y, v, y) for y, v in (("2021", "5.748"), ("2022", "6.928"),
                                              ("2023", "13.482"), ("2024", "134.820"))]
    df = frame(cells, MetricRule("P", "participants"))
    kept, quarantined = split_report_facts(df, pd.DataFrame(), set(df["fact_id"]),
                                           run_id="r", docs_dir=None)
    assert quarantined["value"].tolist() == [134820.0]
    assert kept["value"].tolist() == [5748.0, 6928.0, 13482.0]


def test_unit_period_and_area_rules() -> None:
    cells = [Cell("P", "2023", "10", "2023", unit_text="%"),          # unit says percent
             Cell("P", "Tahun", "11", None),                           # no period
             Cell("P", "2023", "12", "2023", area_mention="Atlantis")]  # unknown area
    df = frame(cells, MetricRule("P", "participants"), area=None, area_column="wilayah")
    df.loc[0:1, ["area", "area_type"]] = ["Lima Puluh Kota", "regency"]
    df.loc[0:1, "flags"] = pd.Series([["unit_stated:%"], []], index=[0, 1])
    _, quarantined = split_report_facts(df, pd.DataFrame(), set(df["fact_id"]), run_id="r",
                                        docs_dir=None)
    reasons = dict(zip(quarantined["value"], quarantined["reasons"], strict=True))
    assert reasons == {10.0: ["unit_not_as_stated"], 11.0: ["period_missing"],
                       12.0: ["area_not_in_gazetteer"]}


def test_news_facts_are_not_judged_by_the_report_suite() -> None:
    df = tpak({"2022": "72,81", "2023": "7,63", "2024": "74,17"})
    kept, quarantined = split_report_facts(df, pd.DataFrame(), set(), run_id="r",
                                           docs_dir=None)
    assert len(kept) == 3 and quarantined.empty


def test_revalidate_puts_report_facts_through_the_report_suite_again() -> None:
    """`cakupan validate` re-checks the warehouse's report facts with the report suite too."""
    import datetime as dt

    from expectations.validate import revalidate

    stored = tpak({"2021": "70,02", "2022": "72,81", "2023": "7,63", "2024": "74,17"})
    stored["flags"] = [[] for _ in range(len(stored))]
    today = dt.date(2026, 12, 4)
    news_only = revalidate(stored, run_id="v", docs_dir=None, today=today)
    assert news_only.quarantined.empty  # the facts suite alone cannot see a broken series
    both = revalidate(stored, run_id="v", docs_dir=None, today=today,
                      report_ids=set(stored["fact_id"]))
    assert both.quarantined["value"].tolist() == [7.63]
    assert both.quarantined["reasons"].tolist() == [["continuity_break"]]
    assert both.good["value"].tolist() == [70.02, 72.81, 74.17]
