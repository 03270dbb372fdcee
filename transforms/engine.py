"""The rule engine: a decision is the first rule of an ordered table whose condition holds.

A rule is a record a newcomer reads top to bottom: its name, the condition it tests on a
`Candidate` (transforms/candidate.py), the outcome it gives, and the example sentence that
needed it. `decide` returns the outcome with the rule's name, so every fact can say which rules
made it (`Fact.rules`) and `cakupan extract --explain` can say why a number was dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Out = TypeVar("Out")


@dataclass(frozen=True, slots=True)
class Rule(Generic[Out]):
    """One row of a decision table.

    `when` returns False/None when the rule does not apply, True when it does, or a short
    label (a sub-rule of a keyword table, such as which not-a-fact word matched) that is
    appended to the rule's name in the trace. `then` is the outcome, or a function of the
    candidate that computes it (for example the metric of the figure a number is linked to).
    """

    name: str
    when: Callable[[Any], object]
    then: Out | Callable[[Any], Out]
    example: str

    def outcome(self, c: Any) -> Out:
        """The rule's outcome for a candidate it matched."""
        then = self.then
        return then(c) if callable(then) else then  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Decision(Generic[Out]):
    """What a table decided: the outcome and the rule (with its label) that fired."""

    outcome: Out
    rule: Rule[Out]
    label: str

    @property
    def name(self) -> str:
        """The rule's name as the trace prints it ("before.growth", "cue_before")."""
        return self.label


def decide(table: Sequence[Rule[Out]], c: Any) -> Decision[Out]:
    """The first rule of the table that matches the candidate, with its outcome.

    Every table ends with a rule that always matches, so a decision always names a rule.
    """
    for rule in table:
        hit = rule.when(c)
        if hit:
            label = f"{rule.name}.{hit}" if isinstance(hit, str) else rule.name
            return Decision(rule.outcome(c), rule, label)
    raise LookupError(f"no rule matched (table ending in {table[-1].name!r} has no fallback)")


def revise(table: Sequence[Rule[Out]], c: Any, outcome: Out) -> tuple[Out, list[str]]:
    """Apply each revision rule whose condition holds, in order; the names of those that fired.

    A revision rule's condition and outcome read `(candidate, outcome so far)`: it refines a
    decided outcome ("workers" of a wage-earner segment are participants).
    """
    fired: list[str] = []
    for rule in table:
        if rule.when((c, outcome)):
            outcome = rule.outcome((c, outcome))
            fired.append(rule.name)
    return outcome, fired


def always(_: Any) -> bool:
    """The condition of a table's last rule, the fallback."""
    return True


def check_table(table: Sequence[Rule[Any]], decision: str) -> None:
    """Fail at import when a table has a duplicate name, no example, or no fallback last."""
    names = [r.name for r in table]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ValueError(f"{decision}: duplicate rule names {sorted(dupes)}")
    if any(not r.example.strip() for r in table):
        raise ValueError(f"{decision}: every rule needs an example sentence")
    if table[-1].when is not always:
        raise ValueError(f"{decision}: the last rule must be the fallback (when=always)")
