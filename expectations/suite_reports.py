"""The `report_facts` suite: what a fact read from an official table must pass on top of `facts`.

Official tables carry typos ("7,63" among 72,81 and 74,17: Lima Puluh Kota's TPAK), units in
titles and columns, and areas in their own spellings and codes. Each rule is computed as a helper
column over the batch's report facts (pandas), then checked by GX, so the failing row is named.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from expectations.rule import Rule, between, in_set
from expectations.runner import prepare, run_suite

SUITE_NAME = "report_facts"
#: A figure this many times above, or below, the median of the rest of its series (same dataset,
#: area, metric, segment, unit) is a break: yearly stocks and rates move by less. "7,63" among
#: 72,81 and 74,17 is 0.10 of them; a count read in thousands is 1,000 times its neighbours.
CONTINUITY_FACTOR = 5.0
_PERIOD_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")

REPORT_RULES: tuple[Rule, ...] = (
    between(
        "continuity_break", "continuity_ratio", 1 / CONTINUITY_FACTOR, CONTINUITY_FACTOR,
        "A value 5x above or below the median of the other years of its series is a typo or a "
        "unit slip in the source (7,63 among 72,81 and 74,17), not a change: quarantined so an "
        "analyst decides.",
    ),
    in_set(
        "unit_not_as_stated", "unit_agrees", (True,),
        "The table's own unit (a satuan column, the title) must mean the unit the mapping gives "
        "the row: a percent row mapped as a count would load a rate as people.",
    ),
    in_set(
        "period_missing", "period_ok", (True,),
        "An official figure without a period (YYYY or YYYY-MM), or a target without its year, "
        "cannot be compared with the news or over time.",
    ),
    in_set(
        "area_not_in_gazetteer", "area_known", (True,),
        "The area must resolve through the gazetteer (name or BPS code) so that report and news "
        "figures of one area meet.",
    ),
)


def _flags(value: Any) -> list[str]:
    """A row's flags as a list of strings."""
    if isinstance(value, list | tuple | np.ndarray):
        return [str(f) for f in value]
    return [value] if isinstance(value, str) else []


def continuity_ratio(df: pd.DataFrame) -> pd.Series:
    """Each value over the median of the other values of its series (NaN: series of one)."""
    value = pd.to_numeric(df["value"], errors="coerce").astype("float64")
    keys = ["source_id", "area", "area_type", "metric", "segment", "unit", "is_target"]
    group = df[keys].astype(str).agg("\x1f".join, axis=1)
    out = pd.Series(np.nan, index=df.index, dtype="float64")
    for _, idx in group.groupby(group).groups.items():
        if len(idx) < 2:
            continue
        values = value.loc[idx]
        for i in idx:
            others = values.drop(index=i).dropna()
            median = float(others.median()) if len(others) else np.nan
            if median > 0 and value.loc[i] >= 0:
                out.loc[i] = value.loc[i] / median
    return out


def report_checks(df: pd.DataFrame) -> pd.DataFrame:
    """The frame the report suite validates: one row per report fact, same index."""
    out = pd.DataFrame(index=df.index)
    out["continuity_ratio"] = continuity_ratio(df)
    flags = [_flags(f) for f in df["flags"]]
    out["unit_agrees"] = [not any(f.startswith("unit_stated:") for f in fl) for fl in flags]
    out["area_known"] = [
        "area_unknown" not in fl and t != "other" for fl, t in zip(flags, df["area_type"],
                                                                 strict=True)
    ]
    periods = []
    for as_of, is_target, year in zip(df["as_of"], df["is_target"], df["target_year"],
                                      strict=True):
        if is_target is True:
            periods.append(year is not None and not pd.isna(year))
        else:
            periods.append(isinstance(as_of, str) and bool(_PERIOD_RE.match(as_of)))
    out["period_ok"] = periods
    return out


def split_report_facts(
    good: pd.DataFrame, quarantined: pd.DataFrame, report_ids: Collection[str], *,
    run_id: str, docs_dir: Path | None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run the report suite on the report facts among `good`; failures join `quarantined`."""
    ids = set(report_ids)
    if not ids or good.empty:
        return good, quarantined
    mask = good["fact_id"].isin(ids)
    if not mask.any():
        return good, quarantined
    subset = good.loc[mask]
    prepare(docs_dir, SUITE_NAME, REPORT_RULES)
    failures = run_suite(report_checks(subset), suite_name=SUITE_NAME, rules=REPORT_RULES,
                         run_id=f"{run_id}-reports", docs_dir=docs_dir)
    reasons: dict[Any, list[str]] = {}
    for failure in failures:
        for row in failure.rows:
            reasons.setdefault(row, []).append(failure.name)
    if not reasons:
        return good, quarantined
    bad = good.index.isin(list(reasons))
    moved = good.loc[bad].copy()
    moved["reasons"] = [reasons[i] for i in moved.index]
    moved["severity"] = "error"
    kept = good.loc[~bad].reset_index(drop=True)
    columns = list(quarantined.columns) if len(quarantined.columns) else list(moved.columns)
    joined = pd.concat([quarantined, moved.loc[:, columns]], ignore_index=True)
    return kept, joined
