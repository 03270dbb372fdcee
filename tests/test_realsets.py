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

#: Floors on realdev, issue 13's acceptance figures: strict F1 >= 0.95, precision >= 0.97,
#: as_of and target_year >= 0.90, no fact on an off-topic article. The engine measured F1 0.573
#: when the set was wired in, 0.917 after the first real-news rules and 0.985 (P 0.990, as_of
#: 0.992, target_year 1.000) after the second round (2026-12-04); raised as the engine
#: improves, never lowered.
REALDEV_FLOORS = {"strict_f1": 0.97, "strict_p": 0.97, "as_of_acc": 0.95,
                  "target_year_acc": 0.95}
REALDEV_MIN_F1 = REALDEV_FLOORS["strict_f1"]
#: The floors for realdev2, the second real set (87 articles): F1 0.565 when its labels were
#: final, 0.849 after the first real-news rules, 0.954 (P 0.969, as_of 0.902) after the second
#: round (2026-12-04).
REALDEV2_FLOORS = {"strict_f1": 0.94, "strict_p": 0.95, "as_of_acc": 0.88}
REALDEV2_MIN_F1 = REALDEV2_FLOORS["strict_f1"]
#: realdev3, 25 articles labelled blind after that round: F1 0.516 for the engine before it, 0.547
#: after (2026-12-04): the forecast for unseen articles, far below the tuned sets.
REALDEV3_FLOORS = {"strict_f1": 0.54}


def below(report: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    """The figures of a report under their floor (a missing figure counts as under it)."""
    got = {k: report.get(k) or 0.0 for k in floors}
    return {k: v for k, v in got.items() if v < floors[k]}


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


def test_a_figure_under_its_floor_or_missing_is_reported() -> None:
    floors = {"strict_f1": 0.9, "as_of_acc": 0.9}
    assert below({"strict_f1": 0.95, "as_of_acc": 0.91}, floors) == {}
    assert below({"strict_f1": 0.89, "as_of_acc": 0.91}, floors) == {"strict_f1": 0.89}
    assert below({"strict_f1": 0.95, "as_of_acc": None}, floors) == {"as_of_acc": 0.0}


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
    assert not below(report, REALDEV_FLOORS), report
    assert report["negatives_invented"] == 0, report


@needs_scorer
@pytest.mark.skipif(not (REAL_SETS["realdev2"] / "gold").is_dir(), reason="realdev2 not labelled")
def test_realdev2_strict_f1_stays_above_the_floor() -> None:
    report, _ = score_real_set("realdev2")
    assert not below(report, REALDEV2_FLOORS), report
    assert report["negatives_invented"] == 0, report


@needs_scorer
@pytest.mark.skipif(not (REAL_SETS["realdev3"] / "gold").is_dir(), reason="realdev3 not labelled")
def test_realdev3_strict_f1_stays_above_the_floor() -> None:
    report, _ = score_real_set("realdev3")
    assert not below(report, REALDEV3_FLOORS), report
    assert report["negatives_invented"] == 0, report
