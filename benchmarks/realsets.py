"""Score the engine on the real-news sets with the shared scorer, so they are measured as labelled.

The real sets are articles as outlets printed them, hand-labelled by `../shared/LABELLING.md`:
`realdev` lives in `../shared/realdev` (its texts stay there, never copied into this repository),
`realdev2` and `realdev3` in tests/golden/. All are scored by `../shared/realdev/score.py`, run as a
subprocess over the folder: it renders each article into a news page, runs `cakupan extract` on
them and matches facts one to one (strict = area with aliases, metric, segment, unit, value and
target flag), so these figures are the ones the issue's acceptance command prints.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
#: The shared folder beside the checkout (`../shared`).
SHARED = REPO.parent / "shared"
#: The shared scorer, reused rather than copied so both real sets are scored by one rule.
SCORER = SHARED / "realdev" / "score.py"
#: Real-news sets by name: where their gold/ and articles/ folders are.
REAL_SETS: dict[str, Path] = {
    "realdev": SHARED / "realdev",
    "realdev2": REPO / "tests" / "golden" / "realdev2",
    "realdev3": REPO / "tests" / "golden" / "realdev3",
}
#: Figures of score.py's report, in the order printed.
FIGURES: tuple[str, ...] = (
    "articles",
    "gold_facts",
    "predicted",
    "strict_p",
    "strict_r",
    "strict_f1",
    "loose_f1",
    "negatives_invented",
    "as_of_acc",
    "target_year_acc",
    "approximate_acc",
)
TIMEOUT_S = 600


class RealSetError(ValueError):
    """A real set or the shared scorer that cannot be used (one-line reason)."""


def extract_command() -> str:
    """The `cakupan extract` of the interpreter running this, so the checkout's engine is scored."""
    cli = Path(sys.executable).parent / "cakupan"
    return f"{cli} extract" if cli.is_file() else "cakupan extract"


def scorer_argv(folder: Path, scorer: Path, verbose: bool) -> list[str]:
    """The score.py command line for one folder, JSON report on its own line."""
    argv = [sys.executable, str(scorer), str(folder), "--cmd", extract_command(), "--json"]
    return argv + (["--verbose"] if verbose else [])


def parse_report(stdout: str) -> dict[str, Any]:
    """score.py's JSON figures: the last output line that is a JSON object with strict_f1."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            report = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(report, dict) and "strict_f1" in report:
            return report
    raise RealSetError(f"the scorer printed no JSON report (output tail: {stdout[-200:]!r})")


def check_available(name: str, folder: Path, scorer: Path) -> None:
    """Clear errors for a missing scorer or set, before anything runs."""
    if not scorer.is_file():
        raise RealSetError(f"{name}: the shared scorer ../shared/realdev/score.py is absent")
    if not (folder / "gold").is_dir():
        raise RealSetError(f"{name}: no gold/ folder in {folder.name}")


def score_real_set(
    name: str, verbose: bool = False, folder: Path | None = None, scorer: Path = SCORER
) -> tuple[dict[str, Any], str]:
    """(figures, the scorer's full output) for one real set."""
    if folder is None:
        if name not in REAL_SETS:
            raise RealSetError(f"unknown real set {name!r} (known: {', '.join(REAL_SETS)})")
        folder = REAL_SETS[name]
    check_available(name, folder, scorer)
    try:
        proc = subprocess.run(
            scorer_argv(folder, scorer, verbose),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RealSetError(f"{name}: the scorer did not finish in {TIMEOUT_S} s") from None
    if proc.returncode != 0:
        raise RealSetError(f"{name}: the scorer exited {proc.returncode}: {proc.stderr[-300:]!r}")
    return parse_report(proc.stdout), proc.stdout


def render_report(name: str, report: dict[str, Any]) -> str:
    """One block per real set: the figures the issue's acceptance criteria name."""
    figures = "  ".join(f"{k}={report.get(k)}" for k in FIGURES)
    return f"{name} (real news, scored by ../shared/realdev/score.py)\n  {figures}"


def main_real(name: str, as_json: bool, verbose: bool, min_f1: float | None) -> int:
    """Score one real set for evaluate.py: 0 ok, 1 below min_f1, 2 unusable."""
    try:
        report, output = score_real_set(name, verbose)
    except RealSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps({"set": name, **report}, ensure_ascii=False))
    else:
        if verbose:
            print("\n".join(output.splitlines()[:-2]))
        print(render_report(name, report))
    f1 = float(report["strict_f1"])
    if min_f1 is not None and f1 < min_f1:
        print(f"{name}: strict F1 {f1:.3f} is below --min-f1 {min_f1}", file=sys.stderr)
        return 1
    return 0
