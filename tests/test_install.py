"""A non-editable install works: `pip install .` into a fresh venv, then an offline run.

An editable install hides missing package data (the checkout is on the path); this test builds
and installs a copy of the project into a new venv and runs it from an empty folder. The new venv
borrows the test venv's dependencies through a .pth line (not its editable cakupan: a .pth path
is not itself scanned for .pth files), so no registry is needed and it takes seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.reports.sample import REPORT_FACTS

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("flows", "extractors", "transforms", "warehouse", "expectations")


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """A child process with no trace of the checkout or the test settings."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CAKUPAN_", "PREFECT_", "PYTHONPATH", "VIRTUAL_ENV"))}
    env["DO_NOT_TRACK"] = "1"
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def fresh_venv(root: Path) -> Path:
    """A venv without pip that sees the test venv's site-packages (dependencies only)."""
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(run([str(venv / "bin" / "python"), "-c",
                     "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root)
                .stdout.strip())
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def project_copy(root: Path) -> Path:
    """The files `pip install .` reads, copied so the build leaves the checkout alone."""
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    for package in PACKAGES:
        shutil.copytree(REPO / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return src


@pytest.mark.slow
def test_pip_install_then_an_offline_run_works(tmp_path: Path) -> None:
    venv = fresh_venv(tmp_path)
    python, cakupan = str(venv / "bin" / "python"), str(venv / "bin" / "cakupan")
    built = run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                 str(project_copy(tmp_path))], tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr

    here = tmp_path / "somewhere"
    here.mkdir()
    where = run([python, "-c", "import transforms, flows; print(transforms.__file__)"], here)
    assert where.stdout.startswith(str(venv)), where.stdout + where.stderr  # not the checkout
    shutil.copytree(REPO / "raw", here / "RAW")

    first = run([cakupan, "run", "--offline", "--raw-dir", "RAW", "--warehouse", "w.duckdb"],
                here)
    assert first.returncode == 0, first.stdout + first.stderr
    assert (here / "w.published.duckdb").exists()
    assert (here / "var" / "prefect").is_dir()  # defaults under the current folder
    assert not any((venv / "lib").rglob("*.duckdb"))  # nothing written into site-packages
    counted = run([cakupan, "query", "select count(*) as n from facts", "--format", "json",
                   "--warehouse", "w.duckdb"], here)
    assert json.loads(counted.stdout) == [{"n": 37 + REPORT_FACTS}], counted.stderr
    seed = REPO / "tests" / "golden" / "seeds" / "003_ba42d6742a2617a7.txt"
    extracted = run([cakupan, "extract", str(seed), "--format", "jsonl"], here)
    assert extracted.returncode == 0 and extracted.stdout.count("\n") > 3, extracted.stderr
