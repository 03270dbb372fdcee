"""The analyst report: its queries, its escaping, its links, and the page in a real browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.report_data import (
    FAILED_URL,
    HOSTILE_TITLE,
    add_hostile_rows,
    sample_warehouse,
)
from warehouse.report import queries
from warehouse.report.build import write_report

SEED_AREAS = {"DI Yogyakarta", "Demak", "Jambi", "Jateng-DIY", "Jawa Tengah", "Kediri",
              "Magelang"}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample warehouse with a hostile headline, a conflict, a derived rate, bad rows."""
    path = sample_warehouse(tmp_path_factory.mktemp("report"))
    add_hostile_rows(path)
    return path


@pytest.fixture(scope="module")
def report(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report written from it."""
    return write_report(warehouse, tmp_path_factory.mktemp("out"))


def frames(warehouse: Path, **filters: object) -> dict[str, object]:
    """Every query of the report, on the test warehouse."""
    f = queries.Filters(**filters)  # type: ignore[arg-type]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {"coverage": queries.coverage_points(con, f),
                "people": queries.participant_points(con, f),
                "targets": queries.targets(con, f),
                "branches": queries.latest_per_branch(con, f),
                "conflicts": queries.conflicts(con, f),
                "quarantine": queries.quarantine_by_reason(con, f),
                "failed": queries.failed_pages(con)}
    finally:
        con.close()


def test_queries_give_stated_and_derived_rates_conflicts_and_data_quality(
    warehouse: Path,
) -> None:
    d = frames(warehouse)
    cov = d["coverage"]
    assert set(cov["area"]) >= SEED_AREAS
    bantul = cov[cov["area"] == "Bantul"].iloc[0]
    assert bantul["kind"] == "derived from counts" and bantul["rate"] == 25.0
    assert sorted(bantul["fact_ids"]) == ["x2", "x3"]
    assert (cov[cov["area"] != "Bantul"]["kind"] == "stated").all()
    assert cov["fact_id"].notna().all()
    conflicts = d["conflicts"]
    assert sorted(conflicts["value"]) == [21.54, 25.0]
    assert set(conflicts["area"]) == {"Kediri"} and HOSTILE_TITLE in set(conflicts["title"])
    assert "percent_in_range" in set(d["quarantine"]["reason"])  # beside the sample's report typo
    assert FAILED_URL in set(d["failed"]["url"])
    jambi = d["targets"][(d["targets"]["area"] == "Jambi")
                         & (d["targets"]["metric"] == "coverage_rate")].iloc[0]
    assert jambi["actual_value"] == 44.0 and jambi["fact_id"] and jambi["actual_fact_id"]
    assert set(d["branches"]["area"]) == {"Kediri", "Semarang Majapahit"}


def test_filters_narrow_every_query(warehouse: Path) -> None:
    kediri = frames(warehouse, area="kediri")
    assert set(kediri["coverage"]["area"]) == {"Kediri"}
    assert set(kediri["branches"]["area"]) == {"Kediri"}
    assert frames(warehouse, area="Jambi")["conflicts"].empty
    recent = frames(warehouse, since=2024)
    assert (recent["coverage"]["period_end"].dt.year >= 2024).all()
    assert not recent["coverage"].empty and recent["conflicts"].empty


def test_article_text_is_escaped_and_only_http_links_are_made(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text
    assert "javascript:" not in text  # the hostile article's URL is never made a link
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "https://" not in "".join(re.findall(r"<link[^>]*>|src=\"[^\"]*\"", text))


def test_every_plotted_point_links_to_an_evidence_row(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", text, flags=re.S)
    assert len(svgs) >= 4  # coverage, participants, targets, quarantine
    hrefs = [h for svg in svgs for h in re.findall(r'xlink:href="([^"]*)"', svg)]
    assert hrefs and all(h.startswith(("#f-", "#q-")) for h in hrefs)
    ids = set(re.findall(r'<tr id="([^"]+)"', text))
    assert {h[1:] for h in hrefs} <= ids
    row = re.search(r'<tr id="f-x1">(.*?)</tr>', text, flags=re.S)
    assert row and "25 persen" in row[1] and "Kepesertaan" in row[1]


def chromium() -> str | None:
    """The Debian chromium binary, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run_chromium(page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Load a page from disk in headless chromium; stdout is the DOM, stderr its log."""
    binary = chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed in CI: .ci/run installs it with apt")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")
    args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--enable-logging=stderr", "--v=0",
            f"--user-data-dir={page.parent / 'chromium-profile'}", *extra, page.as_uri()]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def console_lines(log: str) -> list[str]:
    """What the page wrote to the browser console (errors, CSP refusals, uncaught throws)."""
    return [line for line in log.splitlines() if ":CONSOLE" in line]


def test_the_report_renders_in_a_real_browser_with_no_console_message(
    report: Path, tmp_path: Path,
) -> None:
    control = tmp_path / "control.html"
    control.write_text("<html><body><script>console.error('boom')</script></body></html>",
                       encoding="utf-8")
    assert console_lines(run_chromium(control, "--dump-dom").stderr), \
        "the console check must see a page's console error"
    page = tmp_path / "report.html"
    shutil.copy(report, page)
    shot = tmp_path / "shot.png"
    loaded = run_chromium(page, "--dump-dom")
    dom = loaded.stdout
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert len(re.findall(r"<svg", dom)) >= 4
    assert len(re.findall(r'<path|<circle|<rect', dom)) > 50  # marks were drawn
    assert "&lt;script&gt;alert('xss')&lt;/script&gt; Kepesertaan" in dom
    assert "<script" not in dom
    assert console_lines(loaded.stderr) == []
    drawn = run_chromium(page, "--screenshot=" + str(shot), "--window-size=1100,900",
                         "--hide-scrollbars")
    assert drawn.returncode == 0 and shot.stat().st_size > 20_000


def test_the_report_command_writes_one_area_and_refuses_what_it_cannot_do(
    warehouse: Path, tmp_path: Path,
) -> None:
    import sys

    def cakupan(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "flows.cli", "report", *args],
                              capture_output=True, text=True, timeout=300,
                              cwd=Path(__file__).resolve().parents[2])

    done = cakupan("--warehouse", str(warehouse), "--area", "Kediri", "--since", "2021",
                   "--out", str(tmp_path / "kediri"))
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "kediri" / "report.html").read_text(encoding="utf-8")
    assert "Kediri" in text and "Jambi" not in text and "scope: area Kediri" in text
    missing = cakupan("--warehouse", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2 and "run `cakupan run --offline` first" in missing.stderr
    bad = cakupan("--warehouse", str(warehouse), "--since", "21")
    assert bad.returncode == 2 and "YYYY" in bad.stderr and "Traceback" not in bad.stderr
