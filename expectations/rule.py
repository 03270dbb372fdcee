"""A suite rule as plain data, and its translation into a GX expectation (GX imported lazily)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

#: Our severities and GX's names for them: an error quarantines the row, a warning flags it.
SEVERITIES: dict[str, str] = {"error": "critical", "warning": "warning"}


@dataclass(frozen=True, slots=True)
class Rule:
    """One expectation: its name (a row's reason or flag), GX class, arguments and why."""

    #: Named after the problem it finds, so a quarantined row's reasons read as a diagnosis.
    name: str
    #: A class of `great_expectations.expectations` (e.g. "ExpectColumnValuesToBeInSet").
    expectation: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    #: Why the rule exists for this data; shown in Data Docs as the expectation's notes.
    note: str = ""
    severity: str = "error"


def in_set(name: str, column: str, values: tuple[Any, ...], note: str) -> Rule:
    """A vocabulary rule."""
    kwargs = {"column": column, "value_set": list(values)}
    return Rule(name, "ExpectColumnValuesToBeInSet", kwargs, note)


def between(
    name: str,
    column: str,
    low: float | None,
    high: float | None,
    note: str,
    *,
    severity: str = "error",
    strict_min: bool = False,
) -> Rule:
    """A range rule on one column (missing values skipped)."""
    kwargs = {"column": column, "min_value": low, "max_value": high, "strict_min": strict_min}
    return Rule(name, "ExpectColumnValuesToBeBetween", kwargs, note, severity)


def at_most(
    name: str, column: str, limit_column: str, note: str, *, severity: str = "error"
) -> Rule:
    """A row's value not above another column of the same row (helper limits, dates)."""
    kwargs = {
        "column_A": limit_column,
        "column_B": column,
        "or_equal": True,
        "ignore_row_if": "either_value_is_missing",
    }
    return Rule(name, "ExpectColumnPairValuesAToBeGreaterThanB", kwargs, note, severity)


def to_expectation(rule: Rule) -> Any:
    """The GX expectation for a rule, carrying its name and severity in `meta`."""
    import great_expectations.expectations as gxe

    if rule.severity not in SEVERITIES:
        raise ValueError(f"rule {rule.name}: unknown severity {rule.severity!r}")
    cls = getattr(gxe, rule.expectation)
    return cls(
        **rule.kwargs,
        meta={"name": rule.name, "severity": rule.severity},
        notes=rule.note,
        # Data Docs' validation page shows the description, not the notes: name and why. GX
        # puts it in the page unescaped, and "$" would start a GX template parameter.
        description=html.escape(f"{rule.name} ({rule.severity}): {rule.note}").replace("$", ""),
        severity=SEVERITIES[rule.severity],
    )
