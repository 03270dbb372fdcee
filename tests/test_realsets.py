"""The real-news sets are scored by the shared scorer; the engine must not fall below a floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.evaluate import main
from benchmarks.realsets import (
    REAL_SETS,
    SCORER,
    RealSetError,
    parse_report,
    render_report,
    score_real_set,
)

#: Strict F1 floor on realdev: issue 13's 0.90. The engine measured 0.573 when the set was wired
#: in and 0.917 after the real-news rules (2026-12-04); raised as the engine improves, never
#: lowered.
REALDEV_MIN_F1 = 0.90
#: The floor for realdev2, the second real set (87 articles): 0.565 when its labels were final,
#: 0.849 after the real-news rules (2026-12-04).
REALDEV2_MIN_F1 = 0.83

needs_scorer = pytest.mark.skipif(
    not SCORER.is_file(),
    reason="../shared/realdev is absent beside this checkout: the real sets cannot be scored",
)


def test_report_is_the_json_line_with_strict_f1() -> None:
    out = 'MISS h001 x\n{"articles": 2, "strict_f1": 0.5}\nstrict F1 0.500\n'
    assert parse_report(out) == {"articles": 2, "strict_f1": 0.5}


def test_output_without_a_report_is_a_clear_error() -> None:
    with pytest.raises(RealSetError, match="no JSON report"):
        parse_report('{"not": "a report"}\nstrict F1 0.000\n')


def test_missing_scorer_or_set_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RealSetError, match="scorer"):
        score_real_set("realdev", scorer=tmp_path / "score.py")
    with pytest.raises(RealSetError, match="no gold/ folder"):
        score_real_set("x", folder=tmp_path, scorer=Path(__file__))
    with pytest.raises(RealSetError, match="unknown real set"):
        score_real_set("nope")


def test_render_names_the_acceptance_figures() -> None:
    text = render_report("realdev", {"strict_f1": 0.7, "negatives_invented": 3, "as_of_acc": 0.6})
    assert "strict_f1=0.7" in text and "negatives_invented=3" in text and "as_of_acc=0.6" in text


@needs_scorer
def test_evaluate_cli_scores_realdev_as_json(capsys) -> None:
    assert main(["--set", "realdev", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["set"] == "realdev"
    assert report["articles"] >= 46 and report["gold_facts"] >= 300


@needs_scorer
def test_evaluate_cli_min_f1_fails_on_a_real_set(capsys) -> None:
    assert main(["--set", "realdev", "--min-f1", "1.01"]) == 1
    assert "below --min-f1" in capsys.readouterr().err


@needs_scorer
def test_realdev_strict_f1_stays_above_the_floor() -> None:
    report, _ = score_real_set("realdev")
    assert report["strict_f1"] >= REALDEV_MIN_F1, report


@needs_scorer
@pytest.mark.skipif(not (REAL_SETS["realdev2"] / "gold").is_dir(), reason="realdev2 not labelled")
def test_realdev2_strict_f1_stays_above_the_floor() -> None:
    report, _ = score_real_set("realdev2")
    assert report["strict_f1"] >= REALDEV2_MIN_F1, report
