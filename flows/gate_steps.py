"""The load gate's steps: count each source's sample, judge it, and split off what is held back.

No Prefect here. The decisions are `expectations.gate.judge_sources`; this module turns a
validated batch into its samples, reads the sources' recent runs from the warehouse, and moves
the facts of held-back sources to quarantine rows marked "held back by the gate".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from expectations.gate import (
    HELD_BACK,
    HELD_BACK_REASON,
    GateDecision,
    GatePolicy,
    Sample,
    judge_sources,
)


def policy_of(settings: Any) -> GatePolicy:
    """The gate's limits from the run's settings."""
    return GatePolicy(max_bad_share=settings.max_bad_share, min_facts=settings.gate_min_facts,
                      min_pages=settings.gate_min_pages, recent_runs=settings.gate_recent_runs)


def samples_by_source(articles: Sequence[Mapping[str, Any]], good: Any,
                      quarantined: Any) -> dict[str, Sample]:
    """Each source's facts (and how many failed) and pages (and how many did not parse)."""
    counts: dict[str, list[int]] = {}
    for row in articles:
        c = counts.setdefault(row["source_id"], [0, 0, 0, 0])
        c[2] += 1
        c[3] += bool(row.get("error"))
    for frame, bad in ((good, False), (quarantined, True)):
        for source in frame["source_id"] if len(frame) else []:
            c = counts.setdefault(source, [0, 0, 0, 0])
            c[0] += 1
            c[1] += bad
    return {s: Sample(*c) for s, c in counts.items()}


def add_samples(total: dict[str, Sample], more: Mapping[str, Sample]) -> dict[str, Sample]:
    """The run's samples so far plus one batch's (a run may load several batches)."""
    return {s: total.get(s, Sample()) + more.get(s, Sample()) for s in {*total, *more}}


def recent_samples(con: Any, parser_version: str, sources: Iterable[str], policy: GatePolicy,
                   run_id: str) -> dict[str, tuple[Sample, int]]:
    """Each source's samples summed over its recent finished runs at this parser version."""
    from warehouse.runs import recent_gate_samples

    found = recent_gate_samples(con, parser_version, sources, policy.recent_runs,
                                exclude_run=run_id)
    return {s: (Sample.of(counts), n) for s, (counts, n) in found.items()}


def judge(con: Any, run_samples: Mapping[str, Sample], policy: GatePolicy, parser_version: str,
          run_id: str) -> dict[str, GateDecision]:
    """The gate's decision for every source of the run so far."""
    recent = recent_samples(con, parser_version, run_samples, policy, run_id)
    return judge_sources(run_samples, recent, policy)


@dataclass(slots=True)
class HeldSplit:
    """A batch after the gate: what loads, and the facts held back as quarantine rows."""

    articles: list[dict[str, Any]]
    good: Any
    quarantined: Any
    held_back: Any
    pages_held: dict[str, int]


def held_back_rows(rows: Any, run_id: str) -> Any:
    """Facts of a held-back page as quarantine rows: the gate's reason first, then their own."""
    import pandas as pd

    from transforms.rows import FACT_COLUMNS

    out = rows.loc[:, list(FACT_COLUMNS)].copy()
    if "reasons" in rows:
        out["reasons"] = [[HELD_BACK_REASON, *r] for r in rows["reasons"]]
    else:
        out["reasons"] = pd.Series([[HELD_BACK_REASON] for _ in range(len(out))], index=out.index,
                                   dtype=object)
    out["severity"] = HELD_BACK
    out["run_id"] = run_id
    return out


def split_held(articles: Sequence[dict[str, Any]], good: Any, quarantined: Any,
               held: set[str], run_id: str) -> HeldSplit:
    """Keep the sources that passed; turn every fact of a held-back source into a held row."""
    import pandas as pd

    pages_held: dict[str, int] = {}
    for row in articles:
        if row["source_id"] in held:
            pages_held[row["source_id"]] = pages_held.get(row["source_id"], 0) + 1
    if not held:
        return HeldSplit(list(articles), good, quarantined, quarantined.iloc[0:0], pages_held)
    in_good = good["source_id"].isin(held) if len(good) else pd.Series(False, index=good.index)
    in_bad = (quarantined["source_id"].isin(held) if len(quarantined)
              else pd.Series(False, index=quarantined.index))
    held_back = pd.concat([held_back_rows(good.loc[in_good], run_id),
                           held_back_rows(quarantined.loc[in_bad], run_id)], ignore_index=True)
    return HeldSplit(
        articles=[a for a in articles if a["source_id"] not in held],
        good=good.loc[~in_good].reset_index(drop=True),
        quarantined=quarantined.loc[~in_bad].reset_index(drop=True),
        held_back=held_back,
        pages_held=pages_held,
    )


def gate_record(sample: Sample, decision: GateDecision | None) -> dict[str, Any]:
    """One source's entry of `runs.gate`: its samples and what the gate decided."""
    return {"facts": sample.facts, "bad_facts": sample.bad_facts, "pages": sample.pages,
            "parse_errors": sample.parse_errors, "held_back": bool(decision and decision.held),
            "rule": decision.rule if decision else None}
