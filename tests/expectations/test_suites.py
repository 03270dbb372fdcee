"""The suites as reviewed data: named, explained, and matching the batch contract."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from expectations import checks
from expectations.rule import SEVERITIES, Rule
from expectations.rules import METRIC_UNITS, METRICS, PLAUSIBLE_MAX, UNITS
from expectations.suite_articles import ARTICLE_RULES
from expectations.suite_facts import FACT_RULES
from tests.expectations.factories import TODAY, article, fact, frame, rows
from transforms import rows as transform_rows

REPO = Path(__file__).resolve().parents[2]
SUITES = {"facts": FACT_RULES, "articles": ARTICLE_RULES}


def test_batch_columns_match_the_contract() -> None:
    assert checks.FACT_COLUMNS == transform_rows.FACT_COLUMNS
    assert checks.ARTICLE_COLUMNS == transform_rows.ARTICLE_COLUMNS


@pytest.mark.parametrize("suite", SUITES.values(), ids=SUITES.keys())
def test_every_rule_is_named_explained_and_unique(suite: tuple[Rule, ...]) -> None:
    names = [rule.name for rule in suite]
    assert len(names) == len(set(names))
    for rule in suite:
        assert rule.severity in SEVERITIES
        assert len(rule.note) > 30, rule.name


def _columns(rule: Rule) -> list[str]:
    return [v for k, v in rule.kwargs.items() if k in ("column", "column_A", "column_B")]


def test_every_rule_reads_a_column_of_its_checks_frame() -> None:
    frames = {
        "facts": checks.fact_checks(frame(rows([fact()])), today=TODAY),
        "articles": checks.article_checks(
            __import__("pandas").DataFrame([article()]), today=TODAY
        ),
    }
    for kind, suite in SUITES.items():
        for rule in suite:
            for column in _columns(rule):
                assert column in frames[kind].columns, (kind, rule.name, column)


def test_every_metric_has_a_unit_and_every_unit_pair_a_range() -> None:
    assert {mu.split("/")[0] for mu in METRIC_UNITS} == set(METRICS)
    assert {mu.split("/")[1] for mu in METRIC_UNITS} <= set(UNITS)
    for metric_unit in METRIC_UNITS:
        metric, unit = metric_unit.split("/")
        assert (metric, unit) in PLAUSIBLE_MAX, metric_unit


def test_built_expectations_carry_notes_and_severity(warm: Path) -> None:
    from expectations.rule import to_expectation

    for rule in FACT_RULES:
        expectation = to_expectation(rule)
        assert expectation.notes == rule.note
        assert expectation.meta["name"] == rule.name
        assert expectation.severity.value == SEVERITIES[rule.severity]


def test_runner_is_offline_and_quiet(warm: Path) -> None:
    from expectations.runner import runner_for

    context = runner_for(warm).context
    assert context.config.analytics_enabled is False
    assert context.variables.progress_bars.globally is False


def test_great_expectations_is_imported_lazily() -> None:
    code = (
        "import sys, expectations.validate, expectations.bench; "
        "print('great_expectations' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_day_numbers_order_dates() -> None:
    assert checks.day_number(dt.date(1970, 1, 2)) == 1.0
    assert checks.day_number(dt.date(2024, 12, 24)) < checks.day_number(TODAY)


def test_a_failure_without_rows_is_an_error_not_a_pass(warm: Path) -> None:
    import pandas as pd

    from expectations.runner import RuleCrashed, run_suite

    rules = (Rule("too_few_rows", "ExpectTableRowCountToBeBetween", {"min_value": 10},
                  "A table-level rule names no row: the runner must refuse it."),)
    with pytest.raises(RuleCrashed, match="too_few_rows"):
        run_suite(pd.DataFrame({"a": [1]}), suite_name="guard", rules=rules, run_id="guard",
                  docs_dir=None)


def test_a_rule_that_crashes_is_reported(warm: Path) -> None:
    import pandas as pd

    from expectations.runner import RuleCrashed, run_suite

    rules = (Rule("no_such_column", "ExpectColumnValuesToNotBeNull", {"column": "missing"},
                  "A rule reading a column the checks frame lacks must not pass silently."),)
    with pytest.raises(RuleCrashed, match="no_such_column"):
        run_suite(pd.DataFrame({"a": [1]}), suite_name="crash", rules=rules, run_id="crash",
                  docs_dir=None)


_OFFLINE_SCRIPT = """
import socket, sys, tempfile
from pathlib import Path

def refuse(*args, **kwargs):
    raise SystemExit(f"network use: {args[:2]!r}")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
sys.path.insert(0, ".")
from expectations.bench import synthetic_facts
from expectations.validate import validate_facts
with tempfile.TemporaryDirectory() as tmp:
    result = validate_facts(synthetic_facts(50), run_id="offline", docs_dir=Path(tmp) / "docs")
    print("ok", len(result.good), result.docs_index is not None)
"""


def test_a_cold_validation_with_data_docs_stays_offline() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _OFFLINE_SCRIPT], cwd=REPO, capture_output=True, text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["ok", "49", "True"]
