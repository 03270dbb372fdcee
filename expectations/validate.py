"""Validate a batch before loading: split good rows from quarantined ones and apply the gate.

`gate_passed` judges the batch alone, from a minimum sample on (`expectations.gate.gate`); the
pipeline's gate, which also looks at each source's recent runs, is `expectations.gate`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from expectations.checks import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    BatchShapeError,
    article_checks,
    fact_checks,
    require_columns,
)
from expectations.gate import MIN_FACTS, MIN_PAGES, gate
from expectations.rule import Rule
from expectations.runner import RuleCrashed, RuleFailure, docs_index, prepare, run_suite
from expectations.suite_articles import ARTICLE_RULES
from expectations.suite_articles import SUITE_NAME as ARTICLES_SUITE
from expectations.suite_facts import FACT_RULES
from expectations.suite_facts import SUITE_NAME as FACTS_SUITE

__all__ = [
    "MIN_FACTS",
    "MIN_PAGES",
    "ArticleValidation",
    "BatchShapeError",
    "FactValidation",
    "RuleCrashed",
    "gate",
    "revalidate",
    "today_in_indonesia",
    "validate_articles",
    "validate_facts",
]

#: Eastern Indonesia (WIT) is UTC+9: a page dated today there is not "in the future".
INDONESIA_EAST = dt.timezone(dt.timedelta(hours=9))

#: Prefix of a warning written into a good row's `flags`.
WARN_PREFIX = "warn:"


@dataclass(frozen=True, slots=True)
class FactValidation:
    """A validated facts batch: what to load, what to quarantine, and whether to load at all."""

    #: Rows that pass, fact columns only; warnings appended to `flags` ("warn:...").
    good: pd.DataFrame
    #: Rows that fail: fact columns plus `reasons` (failed rule names) and `severity`.
    quarantined: pd.DataFrame
    #: False when too much of the batch is bad: hold the load back and fail the run.
    gate_passed: bool
    reason: str
    docs_index: Path | None
    #: Time spent on this batch; GX's one-time import and context start-up are not counted.
    seconds: float


@dataclass(frozen=True, slots=True)
class ArticleValidation:
    """A validated articles batch, like `FactValidation`, plus the parse errors it holds."""

    good: pd.DataFrame
    quarantined: pd.DataFrame
    gate_passed: bool
    reason: str
    docs_index: Path | None
    seconds: float
    #: Rows of pages that failed to parse (`error` set): allowed, loaded, counted.
    parse_errors: int


def today_in_indonesia() -> dt.date:
    """The latest calendar date anywhere in Indonesia: the bound for "not in the future"."""
    return dt.datetime.now(INDONESIA_EAST).date()


@dataclass(frozen=True, slots=True)
class _Split:
    """Rows partitioned by the rule failures, in batch order."""

    good: pd.DataFrame
    quarantined: pd.DataFrame


def _split(df: pd.DataFrame, failures: list[RuleFailure], columns: tuple[str, ...]) -> _Split:
    """Errors send a row to quarantine with every failed rule named; warnings become flags."""
    errors: dict[Any, list[str]] = {}
    warnings: dict[Any, list[str]] = {}
    for failure in failures:
        target = errors if failure.severity == "error" else warnings
        for row in failure.rows:
            target.setdefault(row, []).append(failure.name)
    batch = df.loc[:, list(columns)]
    bad = batch.index.isin(list(errors))
    good = batch.loc[~bad].copy()
    quarantined = batch.loc[bad].copy()
    if "flags" in columns:
        good["flags"] = [_flagged(f, warnings.get(i, [])) for i, f in good["flags"].items()]
        quarantined["flags"] = [
            _flagged(f, warnings.get(i, [])) for i, f in quarantined["flags"].items()
        ]
    quarantined["reasons"] = [errors[i] for i in quarantined.index]
    quarantined["severity"] = "error"
    return _Split(good.reset_index(drop=True), quarantined.reset_index(drop=True))


def _flagged(flags: Any, warned: list[str]) -> list[str]:
    """A row's flags as a list, with its warnings added once each."""
    if isinstance(flags, list) and not warned:
        return list(flags)
    if isinstance(flags, str):
        base = [flags]  # one flag given as a bare string: keep it, never drop it
    elif isinstance(flags, list | tuple | np.ndarray):
        base = [str(f) for f in flags]
    else:
        base = []
    extra = [WARN_PREFIX + name for name in warned if WARN_PREFIX + name not in base]
    return base + extra


def _validate(
    df: pd.DataFrame,
    *,
    kind: str,
    columns: tuple[str, ...],
    build_checks: Callable[..., pd.DataFrame],
    suite: tuple[str, tuple[Rule, ...]],
    run_id: str,
    docs_dir: Path | None,
    today: dt.date,
) -> tuple[_Split, float]:
    """Checks frame, checkpoint run and split, timed; the batch's own index is not trusted."""
    require_columns(df, columns, kind)
    name, rules = suite
    prepare(docs_dir, name, rules)  # one-time GX import and context: not this batch's cost
    started = time.perf_counter()
    batch = df.reset_index(drop=True)
    checks = build_checks(batch, today=today)
    failures = run_suite(checks, suite_name=name, rules=rules, run_id=run_id, docs_dir=docs_dir)
    split = _split(batch, failures, columns)
    return split, time.perf_counter() - started


def validate_facts(
    df: pd.DataFrame,
    *,
    run_id: str,
    docs_dir: Path | None,
    max_bad_share: float = 0.5,
    today: dt.date | None = None,
    min_sample: int = MIN_FACTS,
) -> FactValidation:
    """Validate a facts batch (docs/architecture.md columns) against the `facts` suite."""
    gate(0, 0, max_bad_share)  # reject a bad max_bad_share before the slow part
    split, seconds = _validate(
        df,
        kind="facts",
        columns=FACT_COLUMNS,
        build_checks=fact_checks,
        suite=(FACTS_SUITE, FACT_RULES),
        run_id=run_id,
        docs_dir=docs_dir,
        today=today or today_in_indonesia(),
    )
    passed, reason = gate(len(df), len(split.quarantined), max_bad_share, "facts", min_sample)
    return FactValidation(
        good=split.good,
        quarantined=split.quarantined,
        gate_passed=passed,
        reason=reason,
        docs_index=docs_index(docs_dir),
        seconds=seconds,
    )


def validate_articles(
    df: pd.DataFrame,
    *,
    run_id: str,
    docs_dir: Path | None,
    max_bad_share: float = 0.5,
    today: dt.date | None = None,
    min_sample: int = MIN_PAGES,
) -> ArticleValidation:
    """Validate an articles batch; parse-error rows pass but count toward the gate."""
    gate(0, 0, max_bad_share)
    split, seconds = _validate(
        df,
        kind="articles",
        columns=ARTICLE_COLUMNS,
        build_checks=article_checks,
        suite=(ARTICLES_SUITE, ARTICLE_RULES),
        run_id=run_id,
        docs_dir=docs_dir,
        today=today or today_in_indonesia(),
    )
    errors = df["error"].astype(object)
    parse_errors = sum(isinstance(e, str) and e != "" for e in errors)
    passed, reason = gate(len(df), len(split.quarantined), max_bad_share, "articles", min_sample)
    parse_ok, parse_reason = gate(len(df), parse_errors, max_bad_share, "pages", min_sample)
    if passed and not parse_ok:
        passed, reason = False, parse_reason.replace("failed validation", "failed to parse")
    reason = f"{reason}; {parse_errors} parse error(s)"
    return ArticleValidation(
        good=split.good,
        quarantined=split.quarantined,
        gate_passed=passed,
        reason=reason,
        docs_index=docs_index(docs_dir),
        seconds=seconds,
        parse_errors=parse_errors,
    )


def _as_fact_batch(facts_df: pd.DataFrame) -> pd.DataFrame:
    """Warehouse rows back in batch shape: contract columns only, flags as lists."""
    require_columns(facts_df, FACT_COLUMNS, "warehouse facts")
    batch = facts_df.loc[:, list(FACT_COLUMNS)].copy()
    # Stored flags hold earlier warnings: drop them so today's suite decides afresh.
    batch["flags"] = [
        [f for f in _flagged(flags, []) if not f.startswith(WARN_PREFIX)]
        for flags in batch["flags"]
    ]
    return batch


def revalidate(
    facts_df: pd.DataFrame,
    *,
    run_id: str,
    docs_dir: Path | None,
    max_bad_share: float = 0.5,
    today: dt.date | None = None,
    report_ids: Collection[str] = (),
) -> FactValidation:
    """Re-check the warehouse's current facts with today's suites and rebuild Data Docs.

    `report_ids`: the facts read from official tables, which also face the `report_facts`
    suite (continuity, unit, period, area), as they did when a run loaded them.
    """
    from expectations.suite_reports import split_report_facts

    batch = _as_fact_batch(facts_df)
    verdict = validate_facts(
        batch,
        run_id=f"{run_id}-revalidate",
        docs_dir=docs_dir,
        max_bad_share=max_bad_share,
        today=today,
    )
    if not report_ids:
        return verdict
    started = time.perf_counter()
    good, quarantined = split_report_facts(verdict.good, verdict.quarantined, report_ids,
                                           run_id=f"{run_id}-revalidate", docs_dir=docs_dir)
    return replace(verdict, good=good, quarantined=quarantined,
                   docs_index=docs_index(docs_dir) or verdict.docs_index,
                   seconds=verdict.seconds + time.perf_counter() - started)
