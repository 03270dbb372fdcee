"""The load gate: hold back what a broken parser produced, never a few odd figures.

A parser that broke (or a site that changed its layout) makes most of its facts fail validation,
run after run. One odd article does not: its bad figures are quarantined and its good ones load.
So the gate judges a share of bad facts only over a meaningful sample (the whole run, or one
source over its recent runs at the same parser version), and only once that sample holds at
least `min_facts` facts (or `min_pages` pages for parse errors). Pure: counts in, decisions out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "HELD_BACK",
    "HELD_BACK_REASON",
    "MIN_FACTS",
    "MIN_PAGES",
    "RECENT_RUNS",
    "GateDecision",
    "GatePolicy",
    "Sample",
    "gate",
    "judge_sources",
]

#: Fewer facts than this say nothing about a parser (3 bad of 5 is one odd article).
MIN_FACTS = 20
#: Fewer pages than this say nothing about a site's layout.
MIN_PAGES = 10
#: How many earlier runs of a source (same parser version) widen its sample.
RECENT_RUNS = 5
#: `quarantine.severity` of a fact the gate held back (it may have passed validation).
HELD_BACK = "held_back"
#: First entry of `quarantine.reasons` for a held-back fact.
HELD_BACK_REASON = "held back by the gate"


@dataclass(frozen=True, slots=True)
class GatePolicy:
    """The limits the gate applies (flows.settings.Settings carries them)."""

    max_bad_share: float = 0.5
    min_facts: int = MIN_FACTS
    min_pages: int = MIN_PAGES
    recent_runs: int = RECENT_RUNS

    def __post_init__(self) -> None:
        if not 0.0 <= self.max_bad_share <= 1.0:  # also refuses NaN
            raise ValueError(f"max_bad_share must be between 0 and 1, got {self.max_bad_share}")
        if self.min_facts < 1 or self.min_pages < 1 or self.recent_runs < 0:
            raise ValueError("gate minimums must be at least 1 and recent runs at least 0")


@dataclass(frozen=True, slots=True)
class Sample:
    """What validation saw of one source (or a run): facts and pages, and how many were bad."""

    facts: int = 0
    bad_facts: int = 0
    pages: int = 0
    parse_errors: int = 0

    def __add__(self, other: Sample) -> Sample:
        return Sample(self.facts + other.facts, self.bad_facts + other.bad_facts,
                      self.pages + other.pages, self.parse_errors + other.parse_errors)

    @classmethod
    def of(cls, data: Mapping[str, object]) -> Sample:
        """A sample from its stored form (the `runs.gate` JSON); missing counts are 0."""
        counts = [data.get(k) for k in ("facts", "bad_facts", "pages", "parse_errors")]
        return cls(*(c if isinstance(c, int) else 0 for c in counts))


@dataclass(frozen=True, slots=True)
class GateDecision:
    """Whether one source's facts of this run are held back, by which rule, and why."""

    held: bool
    #: The rule that tripped ("run_facts", "source_recent_facts", "run_pages",
    #: "source_recent_pages"), or None when the source passed.
    rule: str | None
    reason: str


def _share(bad: int, n: int) -> float:
    return bad / n if n else 0.0


def gate(n_rows: int, n_bad: int, max_bad_share: float, kind: str = "rows",
         min_rows: int = MIN_FACTS) -> tuple[bool, str]:
    """Pass or hold one sample: a share of bad rows, judged only from `min_rows` rows on."""
    GatePolicy(max_bad_share=max_bad_share)  # the same checks as everywhere else
    if n_rows == 0:
        return True, f"empty batch: no {kind} to validate"
    share = _share(n_bad, n_rows)
    if n_rows < min_rows:
        return True, (f"{n_bad} of {n_rows} {kind} ({share:.0%}) quarantined; under the "
                      f"gate's minimum sample of {min_rows} {kind}, it holds nothing back")
    if share > max_bad_share:
        return False, (f"{n_bad} of {n_rows} {kind} ({share:.0%}) failed validation, above "
                       f"the {max_bad_share:.0%} limit; load held back")
    return True, f"{n_bad} of {n_rows} {kind} ({share:.0%}) quarantined"


def _trips(sample_n: int, sample_bad: int, own_n: int, own_bad: int, minimum: int,
           limit: float) -> bool:
    """A sample big enough and bad enough, and the source itself bad in this run."""
    return (sample_n >= minimum and _share(sample_bad, sample_n) > limit
            and own_n > 0 and _share(own_bad, own_n) > limit)


def _judge_one(source: str, own: Sample, run: Sample, recent: tuple[Sample, int],
               policy: GatePolicy) -> GateDecision:
    """The first rule that trips for one source, or a pass."""
    limit, mf, mp = policy.max_bad_share, policy.min_facts, policy.min_pages
    wide, n_recent = own + recent[0], recent[1]
    where = f"{source} over this run and its last {n_recent} run(s)"
    checks = (
        ("run_facts", run.facts, run.bad_facts, own.facts, own.bad_facts, mf, "this run", "facts",
         "failed validation"),
        ("source_recent_facts", wide.facts, wide.bad_facts, own.facts, own.bad_facts, mf, where,
         "facts", "failed validation"),
        ("run_pages", run.pages, run.parse_errors, own.pages, own.parse_errors, mp, "this run",
         "pages", "failed to parse"),
        ("source_recent_pages", wide.pages, wide.parse_errors, own.pages, own.parse_errors, mp,
         where, "pages", "failed to parse"),
    )
    for rule, n, bad, own_n, own_bad, minimum, scope, kind, verb in checks:
        if _trips(n, bad, own_n, own_bad, minimum, limit):
            return GateDecision(True, rule, (
                f"rule {rule}: {bad} of {n} {kind} of {scope} ({_share(bad, n):.0%}) {verb}, "
                f"above the {limit:.0%} limit (judged from {minimum} {kind}); {source}: "
                f"{own_bad} of {own_n} {kind}"))
    return GateDecision(False, None, (
        f"{own.bad_facts} of {own.facts} facts quarantined, {own.parse_errors} of {own.pages} "
        f"pages unparsed"))


def judge_sources(run: Mapping[str, Sample], recent: Mapping[str, tuple[Sample, int]],
                  policy: GatePolicy) -> dict[str, GateDecision]:
    """Decide for each source of a run: hold its facts back, or load the good and quarantine.

    `run` holds this run's samples per source; `recent` a source's summed earlier runs and how
    many runs that is. A source is held back only when its own share in this run is over the
    limit and a big enough sample (the run, or the source with its recent runs) is too.
    """
    total = sum(run.values(), Sample())
    return {
        source: _judge_one(source, own, total, recent.get(source, (Sample(), 0)), policy)
        for source, own in run.items()
    }
