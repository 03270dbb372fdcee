"""The GX side: an ephemeral context, one checkpoint per suite, results written as Data Docs.

Great Expectations takes seconds to import, so it is imported here, on first validation only.
The context is in memory (nothing under `gx/uncommitted/` piles up, results are dropped after
each run); the Data Docs pages, one per validation and kept for every run, are written by
`expectations.docs` from the checkpoint's results (GX's own site needs CDNs and forgot history).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from expectations import docs
from expectations.rule import Rule, to_expectation

#: Every failing row's index (COMPLETE), without copying each unexpected value into the result:
#: the values are in the batch already, and serialising them doubled the run time.
RESULT_FORMAT: dict[str, Any] = {
    "result_format": "COMPLETE",
    "exclude_unexpected_values": True,
    "return_unexpected_index_query": False,
}


@dataclass(frozen=True, slots=True)
class RuleFailure:
    """One rule's outcome on a batch: which rows (index labels) failed it."""

    name: str
    severity: str
    rows: tuple[Any, ...]


@dataclass
class Runner:
    """A GX context and its checkpoints for one Data Docs folder (or none)."""

    context: Any
    docs_dir: Path | None
    checkpoints: dict[str, Any] = field(default_factory=dict)


_RUNNERS: dict[Path | None, Runner] = {}
#: GX contexts are not thread-safe; Prefect may run validation tasks in threads.
_LOCK = threading.RLock()


def _quiet_gx() -> None:
    """GX logs every docs build at INFO; keep its loggers at WARNING."""
    logging.getLogger("great_expectations").setLevel(logging.WARNING)


def runner_for(docs_dir: Path | None) -> Runner:
    """The cached runner for a docs folder: the context starts once per process and folder."""
    key = docs_dir.resolve() if docs_dir is not None else None
    with _LOCK:
        if key not in _RUNNERS:
            _RUNNERS[key] = _new_runner(key)
        return _RUNNERS[key]


def _new_runner(docs_dir: Path | None) -> Runner:
    """An ephemeral context: analytics and progress bars off, one filesystem docs site."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    _quiet_gx()
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    context = gx.get_context(mode="ephemeral", project_config=config)
    context.data_sources.add_pandas("cakupan")
    return Runner(context=context, docs_dir=docs_dir)


def _checkpoint(runner: Runner, suite_name: str, rules: tuple[Rule, ...]) -> Any:
    """The suite's checkpoint, built on first use from its reviewed rules."""
    if suite_name in runner.checkpoints:
        return runner.checkpoints[suite_name]
    import great_expectations as gx

    ctx = runner.context
    asset = ctx.data_sources.get("cakupan").add_dataframe_asset(suite_name)
    batch = asset.add_batch_definition_whole_dataframe("batch")
    suite = ctx.suites.add(gx.ExpectationSuite(name=suite_name))
    for rule in rules:
        suite.add_expectation(to_expectation(rule))
    definition = ctx.validation_definitions.add(
        gx.ValidationDefinition(name=suite_name, data=batch, suite=suite)
    )
    checkpoint = ctx.checkpoints.add(
        gx.Checkpoint(
            name=suite_name,
            validation_definitions=[definition],
            actions=[],
            result_format=RESULT_FORMAT,
        )
    )
    runner.checkpoints[suite_name] = checkpoint
    return checkpoint


def prepare(docs_dir: Path | None, suite_name: str, rules: tuple[Rule, ...]) -> None:
    """Import GX and build the suite's checkpoint now, so a batch's timing excludes start-up."""
    runner = runner_for(docs_dir)
    with _LOCK:
        _checkpoint(runner, suite_name, rules)


class RuleCrashed(RuntimeError):
    """A rule raised inside GX instead of answering: the batch cannot be judged."""


def run_suite(
    checks: pd.DataFrame,
    *,
    suite_name: str,
    rules: tuple[Rule, ...],
    run_id: str,
    docs_dir: Path | None,
) -> list[RuleFailure]:
    """Run a suite's checkpoint on a checks frame; the failing rows of each rule."""
    from great_expectations.core.run_identifier import RunIdentifier

    runner = runner_for(docs_dir)
    with _LOCK:
        checkpoint = _checkpoint(runner, suite_name, rules)
        # run_time given: without it GX parses the run name as a date, and a run id's hex suffix
        # can read as a time-zone offset past 24 hours (a ValueError inside the checkpoint).
        stamp = RunIdentifier(run_name=run_id, run_time=dt.datetime.now(dt.UTC))
        result = checkpoint.run(batch_parameters={"dataframe": checks}, run_id=stamp)
        _forget_results(runner, suite_name)  # the pages keep what matters; memory stays flat
        if runner.docs_dir is not None:
            outcomes = [docs.outcome_of(o) for r in result.run_results.values()
                        for o in r.results]
            docs.write_validation(runner.docs_dir, suite_name, run_id, len(checks), outcomes)
    failures: list[RuleFailure] = []
    for run_result in result.run_results.values():
        for outcome in run_result.results:
            meta = outcome.expectation_config.meta or {}
            name = meta.get("name", outcome.expectation_config.type)
            if outcome.exception_info and outcome.exception_info.get("raised_exception"):
                message = outcome.exception_info.get("exception_message")
                raise RuleCrashed(f"rule {name} could not run: {message}")
            if outcome.success:
                continue
            rows = tuple(outcome.result.get("unexpected_index_list") or ())
            if not rows:
                # A failure that names no row would let every row through unnoticed.
                raise RuleCrashed(f"rule {name} failed without naming the rows that fail it")
            failures.append(RuleFailure(name, meta.get("severity", "error"), rows))
    return failures


def docs_index(docs_dir: Path | None) -> Path | None:
    """The Data Docs index page, if the site was built."""
    if docs_dir is None:
        return None
    index = docs_dir.resolve() / "index.html"
    return index if index.is_file() else None


def _forget_results(runner: Runner, suite_name: str) -> None:
    """Drop a suite's in-memory results so a long process does not grow."""
    store = runner.context.validation_results_store
    for key in store.list_keys():
        if key.expectation_suite_identifier.name == suite_name:
            store.remove_key(key)
