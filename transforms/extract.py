"""Article → facts: walk the sentences, and for each number ask the decision tables.

Each number of a sentence is a `Candidate` (transforms/candidate.py). The tables decide, in
order: is it a figure at all (`decide_drop`), its metric (`decide_metric`), segment
(`decide_segment`), target or not (`decide_target`), period (`decide_period`) and area
(`decide_area`); every fact records the rules that decided it (`Fact.rules`), and `explain`
gives the same for every number, dropped ones included. The article carries state from
sentence to sentence (`transforms/walk.py`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms import budget, rules
from transforms.areas import Mention, declared_aliases, find_mentions
from transforms.candidate import (
    WINDOW,
    Candidate,
    Reading,
    Where,
    hedge_before,
    led_by_area,
    placed_in_parallel,
)
from transforms.decide_area import AREA, SHARING_RULES, offered, shared_by
from transforms.decide_drop import DROP
from transforms.decide_metric import metric_of
from transforms.decide_period import PERIOD
from transforms.decide_segment import segment_of
from transforms.decide_target import TARGET, target_of
from transforms.engine import Decision, Rule, decide
from transforms.gazetteer import AreaRecord
from transforms.merge import merge_figures
from transforms.model import Article, Extraction, Fact
from transforms.numbers import Number, find_numbers
from transforms.reconcile import (
    reconcile,
)
from transforms.redate import parts_of_total, redate, target_years_shared, undated
from transforms.relevance import payout_only, relevance
from transforms.sentences import Sentence, normalise_space, split_sentences
from transforms.walk import (
    NUMBER,
    TABLE,
    State,
    advance,
    branch_item,
    chrome_blocks,
    contexts,
    establishes,
    kind,
    publication,
    referred,
    scanned,
)

_YEAR_LIKE_RE = re.compile(r"^(?:19|20)\d\d$")
#: "Kami menargetkan 50 persen pada 2026" in an article that has given a coverage rate: a
#: bare target percent is the coverage target.
_TARGET_PERCENT_RE = re.compile(r"\b(?:menargetkan|ditargetkan|target(?:nya|kan)?|sasaran(?:nya)?)"
                                r"\s+(?:[a-z]+\s+){0,2}$")
#: At most this many numbers of one sentence are read; the rest are dropped by the rule
#: `crowded_sentence` (a page-long run of figures is a table dump, never prose).
MAX_NUMBERS = 400


@dataclass(frozen=True, slots=True)
class NumberTrace:
    """Why one number of an article was kept or dropped: each decision's rule, in order."""

    sentence: str
    number: str
    value: float
    kept: bool
    #: (decision, rule name, the rule's example sentence)
    decisions: tuple[tuple[str, str, str], ...]


Tracer = Callable[[NumberTrace], None]


def extract(article: Article, *, published: dt.date | None = None,
            tracer: Tracer | None = None, deadline: float | None = None,
            today: dt.date | None = None) -> Extraction:
    """The coverage facts of one article, with relevance and the publication date used.

    `tracer`, if given, is called with the trace of every number read (`explain`).
    `deadline` (a `time.monotonic()` instant) bounds the time spent on a page: past it,
    `transforms.budget.OverBudget` is raised between sentences (issue 17).
    `today` (the day the page was fetched or is read) dates a weekday-only byline ("Senin
    (22/9)") in an article that names no year; without it such an article stays undated.
    """
    text = article.text
    chrome = chrome_blocks(text)
    sentences = [s for s in split_sentences(text) if s.block not in chrome]
    lines = [s.text for s in sentences]
    pub, source = publication(article, published, lines, today)
    body = "\n".join(s.text for s in sentences if s.paragraph > 0)
    relevant, reason = relevance(article.title, body)
    if not relevant:
        return Extraction(False, reason, pub, source, ())
    facts = _facts(sentences, pub, tracer, deadline, today)
    if facts and payout_only({f.metric for f in facts}, article.title, body):
        return Extraction(False, "claims or payouts only (a payout story)", pub, source, ())
    facts, notes = reconcile(facts)
    return Extraction(True, reason, pub, source, tuple(facts), tuple(notes))


def explain(article: Article, *, published: dt.date | None = None,
            today: dt.date | None = None) -> tuple[Extraction, list[NumberTrace]]:
    """The extraction and, for every number read, whether it was kept and by which rules."""
    traces: list[NumberTrace] = []
    return extract(article, published=published, tracer=traces.append, today=today), traces


def _mentions(sentences: list[Sentence]) -> list[list[Mention]]:
    """Each sentence's area mentions, with a second look where a branch's name is spelt."""
    mentions = [find_mentions(s.text, headline=s.paragraph == 0) for s in sentences]
    branches = {m.record.name for ms in mentions for m in ms if m.record.area_type == "branch"}
    if branches:
        # A second look only where a branch's name is spelt ("BPJamsostek Kediri").
        named = re.compile("|".join(re.escape(b) for b in sorted(branches)))
        mentions = [find_mentions(s.text, branches, headline=s.paragraph == 0)
                    if named.search(s.text) else ms
                    for s, ms in zip(sentences, mentions, strict=True)]
    return _with_aliases(sentences, mentions, branches)


def _with_aliases(sentences: list[Sentence], mentions: list[list[Mention]],
                  branches: set[str]) -> list[list[Mention]]:
    """The sentences after an office's declared alias ("Cabang Sinjai (Pesisir Timur)") read
    with it: "peserta di Pesisir Timur" there are the branch's."""
    aliases: dict[str, AreaRecord] = {}
    out = []
    for s, ms in zip(sentences, mentions, strict=True):
        if aliases and any(k in s.text.lower() for k in aliases):
            ms = find_mentions(s.text, branches, headline=s.paragraph == 0, aliases=aliases)
        out.append(ms)
        if ms and "(" in s.text:
            aliases.update(declared_aliases(s.text, ms))
    return out


def _facts(sentences: list[Sentence], pub: dt.date | None, tracer: Tracer | None,
           deadline: float | None = None, today: dt.date | None = None) -> list[Fact]:
    """Every fact of the article's sentences, duplicates merged (the first mention wins)."""
    mentions = _mentions(sentences)
    paragraphs = contexts(sentences)
    state = State()
    if sentences and sentences[0].paragraph == 0:
        state.title_places = frozenset(m.record.name for m in mentions[0]
                                       if m.record.area_type in ("district", "village"))
    # The area each later sentence would establish, for a figure nothing has placed yet: one
    # backward pass instead of a scan of the rest of the article per sentence.
    ahead: list[Mention | None] = [None] * (len(sentences) + 1)
    for i in range(len(sentences) - 1, -1, -1):
        ahead[i] = establishes(mentions[i]) or ahead[i + 1]
    found: list[Fact] = []
    # Every body number read (unit, value), kept or dropped: what a headline may restate.
    seen: list[tuple[str, float, str]] = []
    # With a tracer, the traces wait until the headline's figures are checked against the body.
    traces: list[NumberTrace] | None = [] if tracer is not None else None
    for i, s in enumerate(sentences):
        budget.check(deadline, i, len(sentences))
        here = state.resolve(mentions[i])
        if state.branch_list:
            here = branch_item(s.text) or here
        facts: list[Fact] = []
        if kind(s.text) & NUMBER:
            ctx = (paragraphs[s.paragraph][0], sentences[i - 1].text if i else "")
            where = Where(state, pub, here, ahead[i + 1], ())
            facts = _sentence_facts(s, where, ctx, traces.append if traces is not None else None,
                                    seen if s.paragraph > 0 else None)
            found.extend(facts)
        advance(state, s, here, pub, facts)
    merged, restated = merge_figures(target_years_shared(redate(found, sentences, pub)), seen)
    merged = parts_of_total(merged)
    if pub is None:
        merged = undated(merged, sentences, today)
    if tracer is not None and traces is not None:
        for t in traces:
            why = restated.get((t.sentence, t.number)) if t.kept else None
            tracer(_restated_trace(t, why) if why else t)
    return merged


#: The merge's rules, by name: their example sentences.
_MERGE_EXAMPLES = {
    "headline_restatement": "Headline 'Target 7,2 Juta Pekerja' over the body's 'potensi "
                            "kepesertaan 7,2 juta pekerja': the body's figure is the fact.",
    "wider_twin": "Provinsi X terbanyak nasional, yakni 6,12 juta peserta, read for the "
                  "nation, then '- Provinsi X: 6,12 juta orang': the province's figure.",
    "growth_restated": "Menargetkan bisa meningkatkan kepesertaan hingga 8 persen, after "
                       "'cakupan naik 8 persen menjadi 41 persen': the growth again.",
}


def _restated_trace(t: NumberTrace, why: str) -> NumberTrace:
    """The trace of a figure the merge dropped as a restatement, with the merge's rule."""
    return dataclasses.replace(t, kept=False, decisions=(
        *t.decisions, ("merge", why, _MERGE_EXAMPLES[why])))


#: Every rule by (decision, name), for the examples `explain` prints.
_TABLES: dict[str, tuple[Rule, ...]] = {}


def _register() -> None:
    from transforms import decide_metric, decide_segment

    _TABLES.update({
        "drop": DROP, "metric": (*decide_metric.METRIC, *decide_metric.REVISE),
        "segment": (*decide_segment.SEGMENT, *decide_segment.REVISE),
        "target": TARGET, "period": PERIOD, "area": AREA,
    })


def example_of(decision: str, name: str) -> str:
    """The example sentence of a rule named in a trace ("before.growth" is rule "before")."""
    if not _TABLES:
        _register()
    base = name.split(".", 1)[0]
    return next((r.example for r in _TABLES.get(decision, ()) if r.name == base), "")


def _trace(decisions: list[tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    return tuple((d, name, example_of(d, name)) for d, name in decisions)


_FIGURE_AFTER = tuple(p for name, p in rules.NOT_FACT_AFTER if name in ("area_count", "office"))


def _next_figure(text: str, numbers: list[Number], k: int) -> int:
    """Where the words after number k end: at the next number that may be a figure.

    "3.200 kader posyandu di 18 kecamatan dan 107 kelurahan telah terdaftar" (corpus 033): the
    counts of districts are no figures, so "telah terdaftar" still speaks of the 3.200. Never
    further than the candidate window reads.
    """
    limit = numbers[k].end + WINDOW
    for j in range(k + 1, len(numbers)):
        n = numbers[j]
        if n.start >= limit:
            return limit
        if n.unit is None and _YEAR_LIKE_RE.match(n.text):
            continue  # "96 paket proyek yang dibiayai APBD 2024 telah terdaftar": a year
        after = text[n.end : n.end + 40]
        if not any(p.match(after) for p in _FIGURE_AFTER):
            return n.start
    return len(text)


def _covered(c_text: str, n: Number, state: State, paragraph: int) -> bool:
    """The figure is in a paragraph or list about coverage, or a bare target percent after one."""
    return state.coverage_paragraph == paragraph or state.list_rates or (
        state.coverage_paragraph >= 0
        and bool(_TARGET_PERCENT_RE.search(c_text, max(0, n.start - WINDOW), n.start)))


def _sentence_facts(s: Sentence, where: Where, ctx: tuple[str, str],
                    tracer: Tracer | None,
                    seen: list[tuple[str, float, str]] | None = None) -> list[Fact]:
    """The facts of one sentence: each number a candidate, each decision a table."""
    text, state = s.text, where.state
    evidence = s.evidence  # normalised once per sentence
    numbers = find_numbers(text)
    periods = tuple(p[1:] for p in scanned(text, where.pub))
    table_row = bool(kind(text) & TABLE)
    back_to = referred(text, state)  # the state does not change within the sentence
    readings: list[Reading] = []
    facts: list[Fact] = []
    where.facts = facts
    for k, n in enumerate(numbers):
        if k >= MAX_NUMBERS:
            if tracer is not None:
                tracer(NumberTrace(evidence, n.text, n.value, False,
                                   (("drop", "crowded_sentence", "A page-long run of figures "
                                     "in one sentence: a table dump, not prose."),)))
            continue
        # Numbers that are no figure (a year, a date) do not cut the phrase before the next one:
        # "jumlah peserta aktif ... hingga Oktober 2024 mencapai 312.458 pekerja" (corpus 001).
        prev = readings[-1] if readings else None
        back = back_to
        if back is None and n.unit is None and (
                led_by_area(text, where.mentions, n)
                or (prev is not None and prev.unit == "count"
                    and placed_in_parallel(text, where.mentions, prev.number.end, n))):
            # "Jambi paling banyak dengan 2,14 juta, lalu Bengkulu 1,07 juta": the
            # areas of a list share the metric of the figure before them.
            back = ((prev.metric, "all") if prev is not None and prev.unit == "count"
                    else state.last_count)
        c = Candidate(text, n, prev, _next_figure(text, numbers, k), ctx, back,
                      _covered(text, n, state, s.paragraph), where)
        drop = decide(DROP, c)
        if seen is not None and drop.name != "no_metric":
            # a body figure no metric rule could read leaves the headline's restatement standing
            seen.append((c.unit, n.value, "" if drop.outcome else drop.name))
        if not drop.outcome:
            if tracer is not None:
                tracer(NumberTrace(evidence, n.text, n.value, False,
                                   _trace([("drop", drop.name)])))
            continue
        fact, reading = _fact(s, evidence, c, periods, table_row)
        readings.append(reading)
        facts.append(fact)
        if fact.rules[-1].removeprefix("area:") in SHARING_RULES:
            # "A dan B masing-masing 42 persen": the same figure for each place of the list
            facts.extend(dataclasses.replace(
                fact, area=m.record.name, area_type=m.record.area_type, area_code=m.record.code,
                area_mention=normalise_space(m.text)) for m in shared_by(c))
        if tracer is not None:
            tracer(NumberTrace(evidence, n.text, n.value, True,
                               _trace([("drop", drop.name),
                                       *(tuple(r.split(":", 1)) for r in fact.rules)])))
    return facts


def _fact(s: Sentence, evidence: str, c: Candidate,
          periods: tuple[tuple[int, str | None, str], ...],
          table_row: bool) -> tuple[Fact, Reading]:
    """The fact a kept candidate gives: the remaining decisions, each traced."""
    n, where, text = c.n, c.where, c.text
    metric, segment, is_target = metric_of(c), segment_of(c), target_of(c)
    linked = c.linked
    approximate = n.approximate or bool(
        linked and linked.number.approximate and not linked.number.is_range
        and hedge_before(text, linked.number))
    reading = Reading(n, metric, segment, c.unit, is_target, approximate, n.end + len(c.head))
    where.mentions = offered(text, where.mentions, where.state, n.start)
    # A table row's later cells are notes ("18.500 orang | iuran APBD 2024"): their years
    # date no figure of the row.
    where.periods = tuple(p for p in periods if p[0] < n.start) if table_row else periods
    area: Decision[Mention] = decide(AREA, c)
    period = decide(PERIOD, c)
    target_year, as_of = period.outcome
    rec = area.outcome.record
    trace = (*(f"metric:{r}" for r in c.memo["metric_rules"]),
             *(f"segment:{r}" for r in c.memo["segment_rules"]),
             *(f"target:{r}" for r in c.memo["target_rules"]),
             f"period:{period.name}", f"area:{area.name}")
    fact = Fact(
        area=rec.name, area_type=rec.area_type, metric=metric, segment=segment, value=n.value,
        unit=c.unit, is_target=is_target, target_year=target_year, as_of=as_of,
        approximate=approximate, evidence=evidence, start=s.start, end=s.end,
        value_start=s.start + n.start, value_end=s.start + n.end, value_text=n.text,
        area_mention=normalise_space(area.outcome.text), area_code=rec.code, rules=trace,
    )
    return fact, reading
