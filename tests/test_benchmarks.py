"""Smoke tests of the benchmarks at tiny sizes: each one runs and produces its figures.

No timing is asserted (the machine may be busy); what is asserted is that the figures exist,
the corpus is what it promises (deterministic, valid manifest rows, parseable pages in the
stated layouts and weights), and RESULTS sections are written and replaced, not duplicated.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks import corpus, end_to_end, incremental, load, parse, report
from extractors.article import parse_html
from extractors.landing import RawStore


def test_corpus_is_deterministic_and_a_valid_raw_store(tmp_path: Path) -> None:
    a = corpus.write_corpus(tmp_path / "a", 40, seed=3)
    corpus.write_corpus(tmp_path / "b", 40, seed=3)
    other = corpus.write_corpus(tmp_path / "c", 40, seed=4)
    manifest_a = (tmp_path / "a" / "manifest.jsonl").read_bytes()
    assert manifest_a == (tmp_path / "b" / "manifest.jsonl").read_bytes()
    assert manifest_a != (tmp_path / "c" / "manifest.jsonl").read_bytes()
    assert a.pages == other.pages == 40 and a.bytes > 40 * 40 * 1024
    store = RawStore(tmp_path / "a")
    rows = list(store.iter_manifest(on_error=lambda n, why: pytest.fail(f"line {n}: {why}")))
    assert len(rows) == 40 and len({r.url for r in rows}) == 40
    truth = [json.loads(line) for line in (tmp_path / "a" / "corpus.jsonl").open()]
    assert [t["sha256"] for t in truth] == [r.sha256 for r in rows]
    for row in rows[:10]:
        body = store.read(row.sha256)  # checks the bytes against their hash
        assert 50 * 1024 <= len(body) <= 300 * 1024 + 30 * 1024
        article = parse_html(body, url=row.url)
        assert article.title and len(article.paragraphs) >= 5
    assert sum(t["relevant"] for t in truth) == a.relevant
    assert sum(len(t["facts"]) for t in truth) == a.known_facts
    assert {t["source"] for t in truth} >= {"radioidola", "rri"}


def test_corpus_templates_leave_no_token_outside_scripts() -> None:
    page = next(corpus.pages(1, seed=11))
    text = page.body.decode()
    outside = "".join(part.split("</script>")[-1] for part in text.split("<script"))
    assert "zq" not in outside
    assert hashlib.sha256(page.body).hexdigest() == page.row.sha256
    assert page.story.title.split()[0] in text


def test_corpus_refuses_an_existing_store(tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, 2)
    with pytest.raises(FileExistsError):
        corpus.write_corpus(tmp_path, 2)
    assert corpus.main(["--pages", "2", "--out", str(tmp_path)]) == 2


def test_parse_benchmark_produces_figures(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    assert parse.main(["--pages", "20", "--results", str(results)]) == 0
    fig = parse.run(20, seed=1)
    assert fig.pages == 20 and fig.cakupan_s > 0 and fig.trafilatura_s > 0 and fig.ratio > 0
    text = results.read_text()
    assert text.count("<!-- bench:parse -->") == 1 and "pages/s" in text


def test_load_benchmark_produces_figures(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    assert load.main(["--facts", "600", "--batch", "300", "--sample", "50",
                      "--results", str(results)]) == 0
    figs = load.run(600, 300, 50)
    assert figs["bulk"].facts == 600 and figs["bulk"].batches == 2 and figs["bulk"].rate > 0
    assert figs["rows"].facts == 50 and figs["ceiling"].facts == 600
    assert "facts/s" in results.read_text()


def test_results_sections_are_replaced_not_appended(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Results\n\nhand-written analysis\n")
    report.update_results("x", "X", "cmd", ["- one"], results)
    report.update_results("x", "X", "cmd", ["- two"], results)
    text = results.read_text()
    assert text.count("<!-- bench:x -->") == 1 and "- two" in text and "- one" not in text
    assert "hand-written analysis" in text and report.machine() in text


@pytest.mark.slow
def test_end_to_end_and_incremental_produce_figures(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    r = end_to_end.run(20, base=tmp_path, timeout=600)
    assert r.cli.returncode == 0, r.cli.stderr[-2000:]
    assert r.direct is not None and r.direct.returncode == 0, r.direct.stderr[-2000:]
    assert r.cli.took() is not None and r.cli.peak_tree_rss > 0 and r.cli.wall_s > 0
    assert r.cli_facts == r.direct_facts, (r.cli_facts, r.direct_facts)
    lines = end_to_end.summary_lines(r)
    assert any("orchestration" in line for line in lines)
    inc = incremental.run(20, base=tmp_path, timeout=600)
    assert inc.first.returncode == 0 and inc.second.returncode == 0
    assert inc.facts_after_first == inc.facts_after_second
    assert inc.share > 0
    report.update_results("incremental", "3", "cmd", incremental.summary_lines(inc), results)
    assert "second / first" in results.read_text()


def test_load_benchmark_uses_the_pipelines_batch_size() -> None:
    from flows.pipeline import LOAD_BATCH_PAGES

    assert load.PIPELINE_BATCH_PAGES == LOAD_BATCH_PAGES


def test_extraction_scale_benchmark_produces_figures(tmp_path: Path) -> None:
    from benchmarks import extraction_scale

    results = tmp_path / "R.md"
    assert extraction_scale.main(["--sizes", "200", "--results", str(results)]) == 0
    text = results.read_text(encoding="utf-8")
    assert "<!-- bench:extraction_scale -->" in text and "| 200 |" in text
