"""The frames GX validates: batch columns plus helper columns for cross-row and per-unit rules.

A cross-row rule (participants above the workforce of the same article) is computed here in
pandas, one value per row, so the GX expectation on that column names the failing row itself.
A helper is NaN where its rule does not apply; GX skips missing values.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from expectations.rules import (
    APPROXIMATE_ALLOWANCE,
    PARTITION_SEGMENTS,
    PARTS_TYPO_ALLOWANCE,
    plausible_max,
    plausible_min,
)
from transforms.rows import ARTICLE_COLUMNS, FACT_COLUMNS

_EPOCH = pd.Timestamp("1970-01-01")


class BatchShapeError(ValueError):
    """The batch is not a DataFrame with the contract's columns: nothing can be validated."""


def require_columns(df: object, columns: tuple[str, ...], kind: str) -> None:
    """Refuse a batch that lacks contract columns, naming them, instead of failing deep in GX."""
    if not isinstance(df, pd.DataFrame):
        raise BatchShapeError(f"{kind} batch must be a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise BatchShapeError(f"{kind} batch lacks column(s): {', '.join(missing)}")


def day_number(value: dt.date) -> float:
    """Days since 1970-01-01: dates compared as plain numbers, which GX handles everywhere."""
    return float((pd.Timestamp(value) - _EPOCH).days)


def _days(series: pd.Series) -> pd.Series:
    """Dates (date objects, timestamps or ISO strings) as day numbers, NaN when unknown."""
    ts = pd.to_datetime(series, errors="coerce", format="mixed")
    return (ts - _EPOCH).dt.days.astype("float64")


def _text(series: pd.Series) -> pd.Series:
    """A vocabulary column as plain strings, missing as "" so set rules reject it."""
    return series.astype(object).where(series.notna(), "").astype(str).astype(object)


def _number(series: pd.Series) -> pd.Series:
    """Numbers as float, anything unreadable or infinite as NaN."""
    num = pd.to_numeric(series, errors="coerce").astype("float64")
    return num.replace([np.inf, -np.inf], np.nan)


def _repeat(series: pd.Series) -> pd.Series:
    """0 for the first row of each id, 1.. for later copies: the first mention wins."""
    return series.astype(object).groupby(series.astype(object), dropna=False).cumcount()


def _key(df: pd.DataFrame, columns: list[str]) -> pd.Series:
    """One string key from several columns, missing values as "" (groupby-safe)."""
    parts = [df[c].astype(object).where(df[c].notna(), "").astype(str) for c in columns]
    key = parts[0]
    for part in parts[1:]:
        key = key + "\x1f" + part
    return key


def _limit(values: pd.Series, approximate: pd.Series) -> pd.Series:
    """A total as an upper limit: a hedged total may be exceeded by APPROXIMATE_ALLOWANCE."""
    return values * np.where(approximate.fillna(False).astype(bool), 1 + APPROXIMATE_ALLOWANCE, 1)


def fact_checks(df: pd.DataFrame, *, today: dt.date) -> pd.DataFrame:
    """The frame the facts suite validates, one row per batch row, same index."""
    require_columns(df, FACT_COLUMNS, "facts")
    out = pd.DataFrame(index=df.index)
    for col in ("fact_id", "article_id", "metric", "segment", "unit", "area_type"):
        out[col] = _text(df[col])
    out["fact_id_repeat"] = _repeat(df["fact_id"])
    area = df["area"].astype(object)
    out["area_resolved"] = [isinstance(a, str) and a.strip() != "" for a in area]
    value = _number(df["value"])
    _value_columns(out, value)
    _date_columns(out, df, today)
    first = out["fact_id_repeat"].eq(0)
    out["workforce_limit"] = _workforce_limit(df, value, out["unit"], first)
    parts_sum, total_limit = _segment_sums(df, value, out["unit"], first)
    out["segment_parts_sum"] = parts_sum
    out["segment_total_limit"] = total_limit
    out["segment_total_tolerated"] = total_limit * (1 + PARTS_TYPO_ALLOWANCE)
    return out


def _value_columns(out: pd.DataFrame, value: pd.Series) -> None:
    """The value per unit (NaN where another unit applies) and its plausible range."""
    unit, metric, segment, area_type = out["unit"], out["metric"], out["segment"], out["area_type"]
    out["value_number"] = value
    out["metric_unit"] = metric + "/" + unit
    out["count_value"] = value.where(unit == "count")
    out["count_fraction"] = out["count_value"] - np.floor(out["count_value"])
    out["idr_value"] = value.where(unit == "idr")
    out["percent_value"] = value.where(unit == "percent")
    ceilings = [plausible_max(m, u, a) for m, u, a in zip(metric, unit, area_type, strict=True)]
    out["plausible_max"] = pd.Series(ceilings, index=out.index, dtype="float64")
    rows = zip(metric, unit, segment, area_type, strict=True)
    floors = [plausible_min(m, u, s, a) for m, u, s, a in rows]
    out["plausible_min"] = pd.Series(floors, index=out.index, dtype="float64")


def _date_columns(out: pd.DataFrame, df: pd.DataFrame, today: dt.date) -> None:
    """Publication, period and target dates as day numbers and years."""
    out["as_of"] = df["as_of"].astype(object).where(df["as_of"].notna(), None)
    published_day = _days(df["published"])
    as_of_ts = pd.to_datetime(df["as_of"], errors="coerce", format="ISO8601")
    out["published_day"] = published_day
    out["today_day"] = day_number(today)
    out["as_of_start_day"] = (as_of_ts - _EPOCH).dt.days.astype("float64")
    out["as_of_limit_day"] = published_day.fillna(day_number(today))
    out["as_of_year"] = as_of_ts.dt.year.astype("float64")
    published_year = pd.to_datetime(df["published"], errors="coerce", format="mixed").dt.year
    out["published_year"] = published_year.astype("float64")
    target_year = _number(df["target_year"])
    is_target = df["is_target"].astype(object).eq(True)
    out["target_year_number"] = target_year.where(is_target)
    out["target_year_on_non_target"] = target_year.where(~is_target)


def _workforce_limit(
    df: pd.DataFrame, value: pd.Series, unit: pd.Series, first: pd.Series
) -> pd.Series:
    """For a participants count: the largest workforce of the same article, area and segment."""
    key = _key(df, ["article_id", "area", "segment"])
    counts = first & unit.eq("count")
    wf = counts & df["metric"].eq("workforce")
    limits = _limit(value[wf], df["approximate"][wf]).groupby(key[wf]).max()
    part = counts & df["metric"].eq("participants")
    return key.map(limits).where(part).astype("float64")


def _segment_sums(
    df: pd.DataFrame, value: pd.Series, unit: pd.Series, first: pd.Series
) -> tuple[pd.Series, pd.Series]:
    """For a participants part: the partition's sum (or its own value) and the total's limit."""
    key = _key(df, ["article_id", "area", "area_type", "as_of", "is_target", "target_year"])
    rows = first & unit.eq("count") & df["metric"].eq("participants")
    segment = df["segment"].astype(object)
    total = rows & segment.eq("all")
    partition = rows & segment.isin(PARTITION_SEGMENTS)
    other_part = rows & ~total & ~partition
    total_limits = _limit(value[total], df["approximate"][total]).groupby(key[total]).max()
    partition_sums = value[partition].groupby(key[partition]).sum()
    parts = pd.Series(np.nan, index=df.index, dtype="float64")
    parts[partition] = key[partition].map(partition_sums)
    parts[other_part] = value[other_part]
    limit = key.map(total_limits).where(partition | other_part).astype("float64")
    return parts, limit


def article_checks(df: pd.DataFrame, *, today: dt.date) -> pd.DataFrame:
    """The frame the articles suite validates, one row per batch row, same index."""
    require_columns(df, ARTICLE_COLUMNS, "articles")
    out = pd.DataFrame(index=df.index)
    out["article_id"] = _text(df["article_id"])
    out["article_id_repeat"] = _repeat(df["article_id"])
    out["published_source"] = _text(df["published_source"])
    relevant = df["relevant"].astype(object)
    out["relevant_flag"] = [r if isinstance(r, bool | np.bool_) else "" for r in relevant]
    out["relevant_flag"] = out["relevant_flag"].astype(str).astype(object)
    reason = df["relevance_reason"].astype(object)
    has_reason = [isinstance(r, str) and r.strip() != "" for r in reason]
    irrelevant = relevant.eq(False)
    out["reason_if_irrelevant"] = pd.Series(has_reason, index=df.index).where(irrelevant)
    out["published_day"] = _days(df["published"])
    out["today_day"] = day_number(today)
    out["n_paragraphs_number"] = _number(df["n_paragraphs"]).fillna(-1)
    out["n_facts_number"] = _number(df["n_facts"]).fillna(-1)
    error = df["error"].astype(object)
    has_error = pd.Series([isinstance(e, str) and e != "" for e in error], index=df.index)
    out["facts_on_error_row"] = out["n_facts_number"].where(has_error)
    return out
