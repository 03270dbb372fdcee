"""Misses and false facts grouped by the rule that fired, so the weakest rules show themselves.

`python benchmarks/evaluate.py --by-rule` (any set or --dir). A false fact counts against the
rule of the first decision that disagrees with a gold fact of the same figure (area, metric,
segment, target), or against its metric rule when no gold fact has its value (an invented
figure). A missed gold fact counts against the drop rule that dropped its number, the rule of
the first disagreeing decision when the number was kept, or "not read" when no number of its
sentence has its value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from benchmarks.evaluate import Item, Page, field_equal, item_from_fact, same_value, score_page

#: The scored fields, in the order their decisions run, with the decision that sets each.
_DECISION_OF = (("is_target", "target"), ("metric", "metric"), ("segment", "segment"),
                ("area", "area"))


@dataclass(slots=True)
class RuleReport:
    """Per rule: gold facts it missed and false facts it made."""

    missed: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)


def _same_sentence(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return bool(a and b) and (a in b or b in a)


def _rule(pred: Item, decision: str) -> str:
    """The last rule of a decision in a fact's trace (a revision wins over the table)."""
    named = [r for r in pred.rules if r.startswith(decision + ":")]
    return named[-1] if named else f"{decision}:?"


def _wrong_rule(pred: Item, gold: Item) -> str:
    """The rule of the first decision on which a prediction and a gold fact disagree."""
    for name, decision in _DECISION_OF:
        if not field_equal(name, pred, gold):
            return _rule(pred, decision)
    return _rule(pred, "period")


def _false_rule(pred: Item, gold: Sequence[Item]) -> str:
    same = [g for g in gold if g.unit == pred.unit and same_value(g.value, pred.value)]
    return _wrong_rule(pred, same[0]) if same else _rule(pred, "metric")


def _miss_rule(g: Item, traces: Sequence, predicted: Sequence[Item]) -> str:
    for t in traces:
        if same_value(t.value, g.value) and _same_sentence(t.sentence, g.evidence):
            if not t.kept:
                return f"drop:{t.decisions[0][1]}"
            preds = [p for p in predicted if same_value(p.value, g.value)
                     and _same_sentence(p.evidence, g.evidence)]
            return _wrong_rule(preds[0], g) if preds else "kept, merged into another fact"
    return "not read (no number of this value in its sentence)"


def rule_report(pages: Iterable[Page]) -> RuleReport:
    """Run the engine with its trace on every page and group the errors by rule."""
    from transforms.extract import explain
    from transforms.text import article_from_text

    report = RuleReport()
    for page in pages:
        extraction, traces = explain(article_from_text(page.text))
        predicted = [item_from_fact(f) for f in extraction.facts]
        result = score_page(page, predicted)
        for p in result.spurious:
            report.false[_false_rule(p, page.gold)] += 1
        for g in result.missed:
            report.missed[_miss_rule(g, traces, predicted)] += 1
    return report


def render_by_rule(report: RuleReport) -> str:
    """The by-rule table, worst rules first."""
    rules = sorted(set(report.missed) | set(report.false),
                   key=lambda r: (-(report.missed[r] + report.false[r]), r))
    lines = ["", "errors by the rule that fired:", f"{'rule':<60} {'missed':>6} {'false':>6}"]
    lines += [f"{r[:60]:<60} {report.missed[r]:>6} {report.false[r]:>6}" for r in rules]
    if not rules:
        lines.append("  (none)")
    return "\n".join(lines)
