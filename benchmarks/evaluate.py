"""Score the extraction engine against hand-labelled pages, so every rule change is measured.

Usage: python benchmarks/evaluate.py [--set seeds|corpus|all|realdev|realdev2|realdev3]
[--dir PATH ...] [--json] [--min-f1 X] [--verbose]

A labelled page is a pair `NAME.txt` (headline on the first line, then the page text) and
`NAME.json` (its gold facts, tests/golden/seeds/*.json format). Scores are micro-averaged.
The real-news sets (realdev, realdev2, realdev3) are scored by the shared scorer:
benchmarks/realsets.py.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
#: The labelled sets `--set` chooses from, by repo path.
SETS: dict[str, tuple[Path, ...]] = {
    "seeds": (REPO / "tests" / "golden" / "seeds",),
    "corpus": (REPO / "tests" / "golden" / "corpus",),
    "all": (REPO / "tests" / "golden" / "seeds", REPO / "tests" / "golden" / "corpus"),
}
#: Real-news sets, scored by ../shared/realdev/score.py (benchmarks/realsets.py).
REAL_SET_NAMES: tuple[str, ...] = ("realdev", "realdev2", "realdev3")
#: Fields compared for the by-field accuracy, on facts paired by value, unit and is_target.
FIELDS: tuple[str, ...] = (
    "area",
    "area_type",
    "metric",
    "segment",
    "target_year",
    "as_of",
    "approximate",
)
#: Keys every gold fact must carry.
GOLD_KEYS: tuple[str, ...] = (
    "area",
    "area_type",
    "metric",
    "segment",
    "value",
    "unit",
    "is_target",
    "target_year",
    "as_of",
    "approximate",
    "evidence",
)
REL_TOL = 1e-6


class EvaluationError(ValueError):
    """A labelled folder or gold file that cannot be scored (one-line reason)."""


@dataclass(frozen=True, slots=True)
class Item:
    """A fact reduced to the fields scored, for gold and prediction alike."""

    area: str
    area_type: str
    metric: str
    segment: str
    value: float
    unit: str
    is_target: bool
    target_year: int | None
    as_of: str | None
    approximate: bool
    evidence: str = ""
    #: The rules that decided a predicted fact (empty for gold), for --by-rule.
    rules: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Page:
    """One labelled page: its id, its text and its gold labels."""

    id: str
    text: str
    relevant: bool
    gold: tuple[Item, ...]
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and the precision, recall and F1 they give."""

    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold facts found (1.0 when there is nothing to find)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and rates, rounded for reports."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class PageResult:
    """What the engine made of one page, scored."""

    id: str
    relevant: bool
    scores: Scores
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)
    #: Field disagreements on facts paired by value+unit+is_target: (gold, field, gold, pred).
    differs: list[tuple[Item, str, Any, Any]] = field(default_factory=list)
    #: Per field: (equal, compared) over predictions paired with gold on value+unit+is_target.
    fields: dict[str, tuple[int, int]] = field(default_factory=dict)
    predicted_relevant: bool | None = None
    gold_published: str | None = None
    predicted_published: str | None = None
    error: str | None = None


# --- matching -----------------------------------------------------------------------------


def same_value(a: float, b: float) -> bool:
    """Values equal within a relative tolerance (floats from "21,54" and 21.54 agree)."""
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-9)


def loose_match(pred: Item, gold: Item) -> bool:
    """Same figure: value, unit and is_target agree (the pairing for by-field accuracy)."""
    return (
        pred.unit == gold.unit
        and pred.is_target == gold.is_target
        and same_value(pred.value, gold.value)
    )


def strict_match(pred: Item, gold: Item) -> bool:
    """Same fact: the figure plus area (case-insensitive), metric and segment agree."""
    return (
        loose_match(pred, gold)
        and pred.area.casefold() == gold.area.casefold()
        and pred.metric == gold.metric
        and pred.segment == gold.segment
    )


def field_agreement(pred: Item, gold: Item) -> int:
    """How many scored fields agree: ranks candidate pairings, best first."""
    return sum(field_equal(name, pred, gold) for name in FIELDS)


def field_equal(name: str, pred: Item, gold: Item) -> bool:
    """One field equal (area compared case-insensitively)."""
    a, b = getattr(pred, name), getattr(gold, name)
    if name == "area":
        return str(a).casefold() == str(b).casefold()
    return a == b


def pair(
    predicted: Sequence[Item],
    gold: Sequence[Item],
    accept: Callable[[Item, Item], bool],
) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) index pairs accepted by `accept`, most fields agreeing first."""
    candidates = [
        (-field_agreement(p, g), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if accept(p, g)
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in sorted(candidates):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi))
    return sorted(pairs)


def field_counts(
    predicted: Sequence[Item], gold: Sequence[Item], pairs: Iterable[tuple[int, int]]
) -> dict[str, tuple[int, int]]:
    """Per field (equal, compared) over the paired facts."""
    pairs = list(pairs)
    return {
        name: (sum(field_equal(name, predicted[p], gold[g]) for p, g in pairs), len(pairs))
        for name in FIELDS
    }


def field_differences(
    predicted: Sequence[Item], gold: Sequence[Item], pairs: Iterable[tuple[int, int]]
) -> list[tuple[Item, str, Any, Any]]:
    """Each (gold fact, field, gold value, predicted value) that disagrees, for --verbose."""
    return [
        (gold[g], name, getattr(gold[g], name), getattr(predicted[p], name))
        for p, g in pairs
        for name in FIELDS
        if not field_equal(name, predicted[p], gold[g])
    ]


def score_page(page: Page, predicted: Sequence[Item]) -> PageResult:
    """Strict scores, misses, spurious facts and by-field counts for one page."""
    strict = pair(predicted, page.gold, strict_match)
    hit_p = {p for p, _ in strict}
    hit_g = {g for _, g in strict}
    loose = pair(predicted, page.gold, loose_match)
    return PageResult(
        id=page.id,
        relevant=page.relevant,
        scores=Scores(gold=len(page.gold), predicted=len(predicted), matched=len(strict)),
        missed=[g for i, g in enumerate(page.gold) if i not in hit_g],
        spurious=[p for i, p in enumerate(predicted) if i not in hit_p],
        fields=field_counts(predicted, page.gold, loose),
        differs=field_differences(predicted, page.gold, loose),
        gold_published=page.published,
    )


# --- totals -------------------------------------------------------------------------------


def total_scores(results: Iterable[PageResult]) -> Scores:
    """Micro-averaged counts over pages."""
    results = list(results)
    return Scores(
        gold=sum(r.scores.gold for r in results),
        predicted=sum(r.scores.predicted for r in results),
        matched=sum(r.scores.matched for r in results),
    )


def total_fields(results: Iterable[PageResult]) -> dict[str, tuple[int, int]]:
    """By-field (equal, compared) summed over pages."""
    totals = {name: (0, 0) for name in FIELDS}
    for r in results:
        for name, (eq, n) in r.fields.items():
            e0, n0 = totals[name]
            totals[name] = (e0 + eq, n0 + n)
    return totals


def invented_on_off_topic(results: Iterable[PageResult]) -> int:
    """Facts predicted on pages labelled `relevant: false`: each one is invented."""
    return sum(r.scores.predicted for r in results if not r.relevant)


def ratio(pair_: tuple[int, int]) -> float | None:
    """equal / compared, or None when nothing was compared."""
    eq, n = pair_
    return round(eq / n, 4) if n else None


def relevance_accuracy(results: Iterable[PageResult]) -> float | None:
    """Share of pages whose relevant/off-topic call agrees with the label."""
    known = [r for r in results if r.predicted_relevant is not None]
    return (
        round(sum(r.predicted_relevant == r.relevant for r in known) / len(known), 4)
        if known
        else None
    )


def published_accuracy(results: Iterable[PageResult]) -> float | None:
    """Share of dated pages whose resolved publication date equals the label's."""
    dated = [r for r in results if r.gold_published is not None and r.error is None]
    if not dated:
        return None
    return round(sum(r.predicted_published == r.gold_published for r in dated) / len(dated), 4)


def summary(results: Sequence[PageResult]) -> dict[str, Any]:
    """The report as plain data (what --json prints)."""
    return {
        "pages": len(results),
        "errors": sum(r.error is not None for r in results),
        "strict": total_scores(results).as_dict(),
        "by_field": {k: ratio(v) for k, v in total_fields(results).items()},
        "paired_by_value": total_fields(results)["area"][1],
        "invented_on_off_topic": invented_on_off_topic(results),
        "relevance_accuracy": relevance_accuracy(results),
        "published_accuracy": published_accuracy(results),
        "per_page": [page_dict(r) for r in results],
    }


def page_dict(r: PageResult) -> dict[str, Any]:
    """One page's scores, misses and spurious facts as plain data."""
    return {
        "id": r.id,
        "relevant": r.relevant,
        "predicted_relevant": r.predicted_relevant,
        "published": r.gold_published,
        "predicted_published": r.predicted_published,
        "error": r.error,
        **r.scores.as_dict(),
        "missed": [asdict(i) for i in r.missed],
        "spurious": [asdict(i) for i in r.spurious],
        "differs": [
            {"field": name, "gold": want, "predicted": got, "evidence": g.evidence}
            for g, name, want, got in r.differs
        ],
    }


# --- loading ------------------------------------------------------------------------------


def item_from_gold(d: dict[str, Any], where: str) -> Item:
    """A gold fact from its JSON object; a missing key is a clear error."""
    missing = [k for k in GOLD_KEYS if k not in d]
    if missing:
        raise EvaluationError(f"{where}: gold fact lacks {', '.join(missing)}")
    try:
        return Item(
            area=str(d["area"]),
            area_type=str(d["area_type"]),
            metric=str(d["metric"]),
            segment=str(d["segment"]),
            value=float(d["value"]),
            unit=str(d["unit"]),
            is_target=bool(d["is_target"]),
            target_year=None if d["target_year"] is None else int(d["target_year"]),
            as_of=d["as_of"],
            approximate=bool(d["approximate"]),
            evidence=str(d["evidence"]),
        )
    except (TypeError, ValueError) as exc:
        raise EvaluationError(f"{where}: bad gold fact value ({exc})") from None


def item_from_fact(fact: Any) -> Item:
    """A predicted `transforms.model.Fact` reduced to the scored fields."""
    return Item(
        area=fact.area,
        area_type=fact.area_type,
        metric=fact.metric,
        segment=fact.segment,
        value=float(fact.value),
        unit=fact.unit,
        is_target=bool(fact.is_target),
        target_year=fact.target_year,
        as_of=fact.as_of,
        approximate=bool(fact.approximate),
        evidence=fact.evidence,
        rules=tuple(getattr(fact, "rules", ())),
    )


def load_page(txt: Path) -> Page:
    """A labelled page from `NAME.txt` and the `NAME.json` beside it."""
    gold_path = txt.with_suffix(".json")
    if not gold_path.is_file():
        raise EvaluationError(f"{txt.name}: no gold file {gold_path.name} beside it")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{gold_path.name}: not valid JSON ({exc})") from None
    if not isinstance(gold, dict) or "facts" not in gold or "relevant" not in gold:
        raise EvaluationError(f"{gold_path.name}: needs 'relevant' and 'facts'")
    if not isinstance(gold["facts"], list) or not all(isinstance(f, dict) for f in gold["facts"]):
        raise EvaluationError(f"{gold_path.name}: 'facts' must be a list of objects")
    items = tuple(
        item_from_gold(f, f"{gold_path.name} fact {i}") for i, f in enumerate(gold["facts"])
    )
    return Page(
        id=str(gold.get("id", txt.stem)),
        text=txt.read_text(encoding="utf-8"),
        relevant=bool(gold["relevant"]),
        gold=items,
        published=gold.get("published") or gold.get("published_inferred"),
    )


def load_dir(folder: Path) -> list[Page]:
    """Every labelled page in a folder, by name; a folder without pages is an error."""
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: not a folder")
    orphans = [j.name for j in folder.glob("*.json") if not j.with_suffix(".txt").is_file()]
    if orphans:
        raise EvaluationError(f"{folder}: gold without text: {', '.join(sorted(orphans))}")
    pages = [load_page(t) for t in sorted(folder.glob("*.txt"))]
    if not pages:
        raise EvaluationError(f"{folder}: no *.txt pages")
    return pages


# --- running the engine -------------------------------------------------------------------


def engine() -> Callable[[str], Any]:
    """text -> Extraction, through the public transforms interface."""
    try:
        from transforms.extract import extract
        from transforms.text import article_from_text
    except ImportError as exc:
        raise EvaluationError(f"the extraction engine is not importable ({exc})") from None
    return lambda text: extract(article_from_text(text))


def evaluate_page(page: Page, run: Callable[[str], Any]) -> PageResult:
    """Run the engine on one page and score it; an engine crash is recorded, not raised."""
    try:
        extraction = run(page.text)
    except Exception as exc:  # a crash on one page is a result to report
        result = score_page(page, [])
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    result = score_page(page, [item_from_fact(f) for f in extraction.facts])
    result.predicted_relevant = bool(extraction.relevant)
    pub = extraction.published
    result.predicted_published = pub.isoformat() if pub is not None else None
    return result


def evaluate(pages: Iterable[Page], run: Callable[[str], Any]) -> list[PageResult]:
    """Score every page."""
    return [evaluate_page(p, run) for p in pages]


# --- output -------------------------------------------------------------------------------


def describe(item: Item) -> str:
    """One line per fact for --verbose."""
    target = f" target {item.target_year}" if item.is_target else ""
    approx = " ~" if item.approximate else ""
    return (
        f"{item.area} ({item.area_type}) {item.metric}/{item.segment} "
        f"{item.value:g} {item.unit}{approx}{target} as_of={item.as_of} | {item.evidence}"
    )


def render_text(results: Sequence[PageResult], verbose: bool) -> str:
    """The human report: a line per page, totals, by-field accuracy."""
    lines = [f"{'page':<34} {'gold':>4} {'pred':>4} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for r in results:
        s = r.scores
        flag = "" if r.relevant else "  (off-topic)"
        if r.error:
            flag += f"  ERROR {r.error}"
        lines.append(
            f"{r.id[:34]:<34} {s.gold:>4} {s.predicted:>4} {s.matched:>5} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}{flag}"
        )
        if verbose:
            lines += [f"    missed:   {describe(i)}" for i in r.missed]
            lines += [f"    spurious: {describe(i)}" for i in r.spurious]
            lines += [
                f"    differs:  {name} gold={want!r} pred={got!r} | {g.evidence}"
                for g, name, want, got in r.differs
            ]
    t = total_scores(results)
    lines.append(
        f"{'TOTAL (strict)':<34} {t.gold:>4} {t.predicted:>4} {t.matched:>5} "
        f"{t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}"
    )
    fields = total_fields(results)
    lines.append(f"by field, on {fields['area'][1]} facts paired by value+unit+is_target:")
    for name, (eq, n) in fields.items():
        acc = f"{eq / n:.3f}" if n else "n/a"
        lines.append(f"  {name:<12} {acc} ({eq}/{n})")
    lines.append(f"invented on off-topic: {invented_on_off_topic(results)}")
    lines.append(f"relevance accuracy: {relevance_accuracy(results)}")
    lines.append(f"published date accuracy: {published_accuracy(results)}")
    errors = sum(r.error is not None for r in results)
    if errors:
        lines.append(f"pages where the engine crashed: {errors}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        choices=sorted(SETS) + list(REAL_SET_NAMES),
        default="all",
        help="labelled set to score",
    )
    ap.add_argument(
        "--dir", action="append", type=Path, help="score this folder instead (repeatable)"
    )
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--min-f1", type=float, help="exit 1 when strict F1 is below this")
    ap.add_argument("--verbose", action="store_true", help="list missed and spurious facts")
    ap.add_argument("--by-rule", action="store_true",
                    help="also group misses and false facts by the rule that fired")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the chosen folders; 0 ok, 1 below --min-f1, 2 unusable input."""
    args = parse_args(argv)
    if args.set in REAL_SET_NAMES and not args.dir:
        return score_real(args)
    folders = tuple(args.dir) if args.dir else SETS[args.set]
    try:
        pages = [p for folder in folders for p in load_dir(folder)]
        results = evaluate(pages, engine())
    except EvaluationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary(results), ensure_ascii=False, indent=1))
    else:
        print(render_text(results, args.verbose))
    if args.by_rule:
        from benchmarks.by_rule import render_by_rule, rule_report

        print(render_by_rule(rule_report(pages)))
    f1 = total_scores(results).f1
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"strict F1 {f1:.4f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


def score_real(args: argparse.Namespace) -> int:
    """A real-news set, scored the way the shared scorer scores it."""
    from benchmarks.realsets import main_real

    return main_real(args.set, args.json, args.verbose, args.min_f1)


if __name__ == "__main__":
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    sys.exit(main())
