"""The scorer's matcher and metrics on hand-made cases, the corpus labels, the real figures."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

import benchmarks.evaluate as evaluate_module
from benchmarks.evaluate import (
    EvaluationError,
    Item,
    Page,
    Scores,
    evaluate,
    evaluate_page,
    invented_on_off_topic,
    load_dir,
    main,
    published_accuracy,
    relevance_accuracy,
    score_page,
    total_fields,
    total_scores,
)
from transforms.model import AREA_TYPES, METRICS, SEGMENTS, UNITS, Extraction

GOLDEN = Path(__file__).parent / "golden"
SEEDS = GOLDEN / "seeds"
CORPUS = GOLDEN / "corpus"

A = Item("Demak", "regency", "participants", "all", 10000.0, "count", False, None, "2024", False)
B = Item("Demak", "regency", "coverage_rate", "all", 40.0, "percent", False, None, "2024-12", False)
C = Item("Jawa Tengah", "province", "workforce", "all", 1.3e6, "count", False, None, None, True)


def page(*gold: Item, relevant: bool = True) -> Page:
    """A labelled page with no text, for scoring hand-made predictions."""
    return Page(id="p", text="", relevant=relevant, gold=tuple(gold))


def test_perfect_prediction_scores_one() -> None:
    r = score_page(page(A, B, C), [C, A, B])
    assert (r.scores.matched, r.scores.precision, r.scores.recall, r.scores.f1) == (3, 1, 1, 1)
    assert r.missed == [] and r.spurious == []


def test_one_miss_lowers_recall_only() -> None:
    r = score_page(page(A, B, C), [A, B])
    assert r.scores.precision == 1.0
    assert r.scores.recall == pytest.approx(2 / 3)
    assert r.scores.f1 == pytest.approx(0.8)
    assert r.missed == [C]


def test_one_spurious_lowers_precision_only() -> None:
    r = score_page(page(A, B), [A, B, C])
    assert r.scores.precision == pytest.approx(2 / 3)
    assert r.scores.recall == 1.0
    assert r.spurious == [C]


def test_duplicate_predictions_match_one_gold_fact_once() -> None:
    r = score_page(page(A), [A, A])
    assert r.scores.matched == 1
    assert r.scores.precision == 0.5
    assert r.spurious == [A]


def test_area_compared_case_insensitively() -> None:
    r = score_page(page(A), [replace(A, area="DEMAK")])
    assert r.scores.matched == 1


@pytest.mark.parametrize(
    ("change", "matches"),
    [
        ({"area": "Kudus"}, False),
        ({"metric": "workforce"}, False),
        ({"segment": "vulnerable"}, False),
        ({"unit": "percent"}, False),
        ({"is_target": True}, False),
        ({"value": 10000.001}, True),  # within 1e-6 relative
        ({"value": 10001.0}, False),
        ({"as_of": "2023"}, True),  # not part of the strict key
        ({"approximate": True}, True),
        ({"area_type": "city"}, True),
    ],
)
def test_strict_key_fields(change: dict, matches: bool) -> None:
    r = score_page(page(A), [replace(A, **change)])
    assert r.scores.matched == int(matches)


def test_by_field_accuracy_pairs_on_value_unit_target() -> None:
    wrong = replace(A, area="Kudus", segment="vulnerable", as_of=None)
    r = score_page(page(A, B), [wrong, B])
    assert r.scores.matched == 1
    fields = total_fields([r])
    assert fields["area"] == (1, 2)
    assert fields["segment"] == (1, 2)
    assert fields["as_of"] == (1, 2)
    assert fields["metric"] == (2, 2)


def test_field_differences_name_the_field_and_both_values() -> None:
    r = score_page(page(A), [replace(A, as_of=None, area="Kudus")])
    assert {(name, want, got) for _, name, want, got in r.differs} == {
        ("area", "Demak", "Kudus"),
        ("as_of", "2024", None),
    }


def test_by_field_pairing_prefers_the_closest_prediction() -> None:
    other = replace(A, metric="employers", area="Kudus")
    r = score_page(page(A), [other, A])
    assert total_fields([r])["metric"] == (1, 1)


def test_empty_page_is_perfect_and_off_topic_predictions_are_counted() -> None:
    assert Scores(0, 0, 0).f1 == 1.0
    r = score_page(page(relevant=False), [A, B])
    assert r.scores.precision == 0.0 and r.scores.f1 == 0.0
    assert invented_on_off_topic([r, score_page(page(A), [A])]) == 2


def test_relevance_and_published_accuracy() -> None:
    on = score_page(replace(page(A), published="2024-12-24"), [A])
    on.predicted_relevant, on.predicted_published = True, "2024-12-24"
    off = score_page(page(relevant=False), [])
    off.predicted_relevant = True
    assert relevance_accuracy([on, off]) == 0.5
    assert published_accuracy([on, off]) == 1.0
    on.predicted_published = None
    assert published_accuracy([on]) == 0.0
    assert relevance_accuracy([score_page(page(A), [])]) is None


def test_totals_are_micro_averaged() -> None:
    rs = [score_page(page(A, B), [A, B]), score_page(page(C), [])]
    t = total_scores(rs)
    assert (t.gold, t.predicted, t.matched) == (3, 2, 2)
    assert t.recall == pytest.approx(2 / 3)


def test_engine_crash_is_recorded_not_raised() -> None:
    def boom(text: str) -> None:
        raise RuntimeError("bad page")

    r = evaluate_page(page(A), boom)
    assert r.error == "RuntimeError: bad page"
    assert r.missed == [A]


def test_bad_folders_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match=r"no \*\.txt"):
        load_dir(tmp_path)
    (tmp_path / "a.txt").write_text("Judul\n\nIsi", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no gold file"):
        load_dir(tmp_path)
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError, match="not valid JSON"):
        load_dir(tmp_path)
    (tmp_path / "a.json").write_text('{"relevant": true, "facts": [{"area": "X"}]}', "utf-8")
    with pytest.raises(EvaluationError, match="lacks"):
        load_dir(tmp_path)


def test_facts_must_be_a_list_of_objects(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Judul\n\nIsi", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"relevant": true, "facts": ["x"]}', "utf-8")
    with pytest.raises(EvaluationError, match="list of objects"):
        load_dir(tmp_path)


def no_facts_engine() -> object:
    """An engine that finds nothing: every gold fact is missed."""
    return lambda text: Extraction(False, "test", None, "unknown")


def test_cli_min_f1_sets_exit_code(monkeypatch, capsys) -> None:
    monkeypatch.setattr(evaluate_module, "engine", no_facts_engine)
    assert main(["--set", "seeds", "--min-f1", "0.5"]) == 1
    assert "below --min-f1" in capsys.readouterr().err
    assert main(["--set", "seeds", "--min-f1", "0.0"]) == 0


def test_cli_json_report_and_any_folder(monkeypatch, capsys) -> None:
    monkeypatch.setattr(evaluate_module, "engine", no_facts_engine)
    assert main(["--dir", str(SEEDS), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"] == 5
    assert report["strict"]["matched"] == 0
    assert report["strict"]["gold"] == sum(len(p["missed"]) for p in report["per_page"])


def test_cli_verbose_lists_missed_facts_with_evidence(monkeypatch, capsys) -> None:
    monkeypatch.setattr(evaluate_module, "engine", no_facts_engine)
    main(["--set", "seeds", "--verbose"])
    out = capsys.readouterr().out
    assert "missed:   Semarang Majapahit (branch) participants/all 170607 count" in out
    assert "tercatat ada 170.607 tenaga kerja" in out


def test_cli_reports_unusable_folder_with_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["--dir", str(tmp_path / "missing")]) == 2
    assert "not a folder" in capsys.readouterr().err


# --- the corpus's labels follow the gold format -------------------------------------------

CORPUS_GOLD = sorted(CORPUS.glob("*.json"))


def norm(s: str) -> str:
    """Whitespace normalised, as evidence is."""
    return " ".join(s.split())


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS_GOLD) >= 45
    assert sum(not json.loads(p.read_text("utf-8"))["relevant"] for p in CORPUS_GOLD) >= 10


@pytest.mark.parametrize("path", CORPUS_GOLD, ids=lambda p: p.stem)
def test_corpus_label_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text("utf-8"))
    raw = path.with_suffix(".txt").read_text("utf-8")
    text = norm(raw)
    assert gold["id"] == path.stem
    assert gold["title"] == next(line.strip() for line in raw.splitlines() if line.strip())
    published = gold["published"] or gold.get("published_inferred")
    assert dt.date.fromisoformat(published)
    assert gold["notes"]
    if not gold["relevant"]:
        assert gold["facts"] == []
    for f in gold["facts"]:
        assert f["area_type"] in AREA_TYPES and f["metric"] in METRICS
        assert f["segment"] in SEGMENTS and f["unit"] in UNITS
        assert f["area"] in f["area_aliases"]
        assert f["as_of"] is None or re.fullmatch(r"\d{4}(-\d{2})?", f["as_of"])
        assert isinstance(f["value"], int | float) and f["value"] > 0
        assert norm(f["evidence"]) in text, f["evidence"]
        if f["is_target"]:
            assert f["as_of"] is None
        else:
            assert f["target_year"] is None
    keys = [
        (f["area"], f["metric"], f["segment"], f["value"], f["unit"], f["is_target"])
        for f in gold["facts"]
    ]
    assert len(keys) == len(set(keys)), "one figure, one fact"


# --- the real figures: these hold once the engine is done ----------------------------------


def run_set(folder: Path):
    """Score the engine on one labelled folder."""
    from benchmarks.evaluate import engine

    return evaluate(load_dir(folder), engine())


def test_seeds_strict_f1_is_perfect() -> None:
    assert total_scores(run_set(SEEDS)).f1 == 1.0


def test_corpus_strict_f1_at_least_095() -> None:
    assert total_scores(run_set(CORPUS)).f1 >= 0.95


def test_no_facts_on_off_topic_articles() -> None:
    results = run_set(SEEDS) + run_set(CORPUS)
    assert invented_on_off_topic(results) == 0
