"""One fact per figure: a headline or a repeat that states a body figure again is merged into it.

LABELLING.md "One figure, one fact". `merge_figures` also reports, for each figure it drops as a
restatement, the merge rule's name, so `cakupan extract --explain` can show it.
"""

from __future__ import annotations

import dataclasses

from transforms.model import Fact
from transforms.reconcile import growth_restated, restates, same_figure, wider_twin


def dated_like_body(t: Fact, body: list[Fact]) -> Fact:
    """A headline figure with no period takes the period of the body figure it rounds."""
    if t.is_target or (t.as_of is not None and "period:publication_month" not in t.rules):
        return t
    for b in body:
        if b.metric == t.metric and b.unit == t.unit and not b.is_target and \
                abs(b.value - t.value) <= 0.05 * max(b.value, t.value):
            return dataclasses.replace(t, as_of=b.as_of)
    return t


def merge_figures(facts: list[Fact], seen: list[tuple[str, float, str]] = ()
           ) -> tuple[list[Fact], dict[tuple[str, str], str]]:
    """One fact per figure: a repeat fills only what the first mention left unknown.

    The headline restates the body, so body facts come first and a headline figure is kept only
    when the body states no number of the same value (`reconcile.restates`: a "Target 7,2 Juta"
    over a body's "potensi 7,2 juta" is the body's workforce; a rounded "Capai 2,4 Juta" over
    2.436.120 is its own fact, LABELLING.md "One figure, one fact"). A body figure that
    restates a growth the article states elsewhere is dropped too (`reconcile.growth_restated`).
    Returns the facts and, for each figure dropped so, its (evidence, number) and the rule.
    """
    title = [f for f in facts if f.start == 0]
    body = [f for f in facts if f.start != 0]
    numbers = [*((unit, value) for unit, value, _ in seen), *((b.unit, b.value) for b in body)]
    restated = {(t.evidence, t.value_text): "headline_restatement" for t in title
                if any(restates(t, value, unit) for unit, value in numbers)}
    growths = [value for unit, value, why in seen if unit == "percent" and why == "before.growth"]
    if growths:
        restated.update({(b.evidence, b.value_text): "growth_restated" for b in body
                         if growth_restated(b, growths)})
        body = [b for b in body if (b.evidence, b.value_text) not in restated]
    title = [t for t in title if (t.evidence, t.value_text) not in restated]
    title = [dated_like_body(t, body) for t in title]
    kept: dict[tuple[str, str, float], list[int]] = {}
    out: list[Fact] = []
    for f in body + title:
        key = (f.area.casefold(), f.unit, round(f.value, 6))
        same = next((i for i in kept.get(key, ()) if same_figure(out[i], f)), None)
        if same is None:
            kept.setdefault(key, []).append(len(out))
            out.append(f)
            continue
        first = out[same]
        changes = {}
        if first.target_year is None and f.target_year is not None:
            changes["target_year"] = f.target_year
        if first.as_of is None and f.as_of is not None and not first.is_target:
            changes["as_of"] = f.as_of
        if changes:
            out[same] = dataclasses.replace(first, **changes)
    wide = {i for i, f in enumerate(out) if any(wider_twin(f, g) for g in out)}
    if wide:
        restated.update({(out[i].evidence, out[i].value_text): "wider_twin" for i in wide})
        out = [f for i, f in enumerate(out) if i not in wide]
    return out, restated
