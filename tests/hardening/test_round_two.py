"""Round two of hardening (issue 17): what an adversarial probe of the landed main broke.

Each test failed before its fix; docs/faults.md's table names them. Most run the product's own
functions on private folders; the ones about fetching use the local mirror on 127.0.0.1.
"""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.landing import RawStore
from flows import source_health, steps
from flows.status import run_flow
from flows.summary import summary_markdown
from transforms.sentences import split_sentences

pytestmark = pytest.mark.table_case

KEDIRI = ("<html><head><title>BPJS Ketenagakerjaan Kediri</title></head><body><article>"
          "<h1>BPJS Ketenagakerjaan Kediri</h1><p>{}</p></article></body></html>")
GOOD_PAGE = KEDIRI.format("Hingga Oktober 2026 jumlah peserta BPJS Ketenagakerjaan di Kabupaten "
                          "Kediri mencapai 98.450 orang.")


def figures_paragraph(n: int, seed: int = 1) -> str:
    """One paragraph holding n figures and no sentence end (the probe's 65 KB page)."""
    rnd = random.Random(seed)
    words = ["peserta", "pekerja", "Kediri", "sebanyak", "orang", "dan", "mencapai"]
    parts = [f"{rnd.choice(words)} {rnd.randint(1000, 99999):,} {rnd.choice(words)}"
             .replace(",", ".") for _ in range(n)]
    return "Jumlah peserta BPJS Ketenagakerjaan di Kediri " + ", ".join(parts) + "."


def test_a_paragraph_of_thousands_of_figures_is_read_in_bounded_sentences() -> None:
    text = "BPJS Ketenagakerjaan Kediri\n\n" + figures_paragraph(8_000)
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= 1_000  # transforms.sentences.MAX_SENTENCE
    # the pieces still cover the paragraph, in order, without overlap
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    assert sum(len(s.text) for s in sentences) >= len(text) - 2 * len(sentences) - 2


def test_a_page_over_its_time_budget_gets_an_article_row_and_the_chunk_goes_on(
        tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    hostile = store.land(url="https://x.id/hostile", source="rri",
                         body=KEDIRI.format(figures_paragraph(20_000)).encode()).sha256
    good = store.land(url="https://x.id/good", source="rri", body=GOOD_PAGE.encode()).sha256
    pages = steps.pending_pages(store, set()).pages
    result = steps.process_chunk(str(tmp_path), pages, "run-1", page_seconds=1.0)
    errors = {a["raw_sha256"]: a["error"] for a in result.articles}
    assert errors[hostile].startswith(steps.OVER_BUDGET), errors[hostile]
    assert errors[good] is None
    assert [f["value"] for f in result.facts if f["raw_sha256"] == good] == [98450.0]
    assert not [f for f in result.facts if f["raw_sha256"] == hostile]


def figure_page(value: str) -> bytes:
    """A Kediri article stating one participants figure."""
    return KEDIRI.format("Hingga Oktober 2026 jumlah peserta BPJS Ketenagakerjaan di Kabupaten "
                         f"Kediri mencapai {value} orang.").encode()


def process_and_load(store: RawStore, con: object, run_id: str) -> int:
    """One offline run's processing, without Prefect: pending pages parsed and loaded."""
    from transforms.rows import FACT_COLUMNS
    from warehouse.load import load_batch, processed_pages

    pending = steps.pending_pages(store, processed_pages(con, steps.PARSER_VERSION))
    if not pending.pages:
        return 0
    result = steps.process_chunk(str(store.root), pending.pages, run_id)
    batch = steps.build_batch(run_id, result.articles, steps.frame(result.facts, FACT_COLUMNS),
                              steps.frame([], (*FACT_COLUMNS, "reasons", "severity")),
                              pending.pages)
    load_batch(con, batch)
    return len(pending.pages)


def test_a_page_that_returns_to_an_earlier_version_ends_at_its_latest_fetch(
        tmp_path: Path) -> None:
    from warehouse.db import connect

    store, con = RawStore(tmp_path / "raw"), connect(tmp_path / "w.duckdb")
    url = "https://x.id/kediri"
    for n, (value, when) in enumerate((("98.450", "2026-11-01T00:00:00Z"),
                                       ("12.345", "2026-11-02T00:00:00Z"),
                                       ("98.450", "2026-11-03T00:00:00Z"))):
        landed = store.land(url=url, source="rri", body=figure_page(value), fetched_at=when)
        assert landed.new_row, f"fetch {n + 1} of {value} was not recorded as the latest"
        assert process_and_load(RawStore(tmp_path / "raw"), con, f"run-{n}") == 1
        assert con.execute("select value from facts").fetchall() == [
            (float(value.replace(".", "")),)]
    con.close()


def test_a_new_url_with_the_bytes_of_a_processed_page_is_processed(tmp_path: Path) -> None:
    from warehouse.db import connect

    store, con = RawStore(tmp_path / "raw"), connect(tmp_path / "w.duckdb")
    store.land(url="https://x.id/a", source="rri", body=figure_page("98.450"))
    assert process_and_load(store, con, "run-1") == 1
    store.land(url="https://x.id/b", source="rri", body=figure_page("98.450"))  # a mirror URL
    assert process_and_load(store, con, "run-2") == 1
    urls = con.execute("select url, n_facts from articles order by url").fetchall()
    assert urls == [("https://x.id/a", 1), ("https://x.id/b", 1)]
    assert process_and_load(store, con, "run-3") == 0  # and then both are done
    con.close()


def record_run(master: Path, run_id: str) -> None:
    """A run that committed its end in the master (what a run does before it publishes)."""
    from warehouse.db import connect
    from warehouse.runs import finish_run, start_run

    con = connect(master)
    start_run(con, run_id, "ingest-source", None, {})
    finish_run(con, run_id, "ok", {}, [])
    con.execute("checkpoint")
    con.close()


def test_a_published_copy_behind_the_master_or_broken_is_never_nothing_to_do(
        tmp_path: Path) -> None:
    from warehouse.publish import publish

    master, published, raw = tmp_path / "w.duckdb", tmp_path / "w.published.duckdb", tmp_path
    record_run(master, "20261101T000000Z-aaaaaa")
    publish(master, published)
    assert steps.nothing_to_do(master, published, raw, None) == 0  # in step: nothing to do
    record_run(master, "20261102T000000Z-bbbbbb")  # its publish failed (full disk, a reader)
    assert steps.nothing_to_do(master, published, raw, None) is None  # behind: run, publish
    publish(master, published)
    assert steps.nothing_to_do(master, published, raw, None) == 0
    for broken in (b"", b"\x00garbage" * 4096):
        published.write_bytes(broken)
        assert steps.nothing_to_do(master, published, raw, None) is None, broken[:8]


@pytest.mark.usefixtures("prefect_harness")
def test_a_failed_publish_fails_the_run_and_the_next_run_publishes(tmp_path: Path) -> None:
    from flows.pipeline import ingest_source
    from flows.settings import Settings
    from tests.hardening.harness import query, sample_raw
    from warehouse.errors import WarehouseError

    settings = Settings.from_env({}, raw_dir=sample_raw(tmp_path), warehouse=tmp_path / "w.duckdb",
                                 prefect_home=tmp_path / "prefect", data_docs=False)
    settings.published.mkdir()  # the copy cannot be renamed into place
    (settings.published / "in-the-way").write_text("x", encoding="utf-8")
    with pytest.raises(WarehouseError, match="publish"):
        ingest_source(settings=settings, offline=True)
    ((status, errors),) = query(settings.warehouse, "select status, errors from runs")
    assert status == "failed" and any("publish failed" in e for e in errors), (status, errors)
    (settings.published / "in-the-way").unlink()
    settings.published.rmdir()
    second = run_flow(ingest_source, settings=settings, offline=True)
    assert second.status == "ok" and second.published
    assert query(settings.published, "select count(*) from facts") == [(37,)]
    assert steps.nothing_to_do(settings.warehouse, settings.published, settings.raw_dir,
                               None) == 5


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`cakupan ARGS` in a child, as a user runs it."""
    from tests.hardening.harness import REPO

    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=REPO,
                          env={**{k: v for k, v in os.environ.items()
                                  if not k.startswith("CAKUPAN_")}, **(env or {})})


def published_warehouse(root: Path) -> Path:
    """A master with one run, and its published copy; returns the master's path."""
    from warehouse.publish import publish

    master = root / "w.duckdb"
    record_run(master, "20261101T000000Z-aaaaaa")
    publish(master, root / "w.published.duckdb")
    return master


def test_cakupan_query_cannot_read_or_write_files_or_load_extensions(tmp_path: Path) -> None:
    master = published_warehouse(tmp_path)
    manifest = tmp_path / "raw" / "manifest.jsonl"
    manifest.parent.mkdir()
    manifest.write_text('{"sha256": "x"}\n', encoding="utf-8")
    before = (master.read_bytes(), manifest.read_bytes())
    for sql in ("select * from read_text('/etc/passwd')",
                f"copy (select 'x') to '{master}'",
                f"copy (select 'x') to '{manifest}' (format csv)",
                f"attach '{tmp_path / 'other.duckdb'}' as other",
                "set enable_external_access = true",
                "load sqlite_scanner"):
        proc = cli("query", sql, "--warehouse", str(master))
        assert proc.returncode == 2, (sql, proc.stdout, proc.stderr)
        assert "root:" not in proc.stdout and "Traceback" not in proc.stderr, sql
    assert (master.read_bytes(), manifest.read_bytes()) == before
    assert not (tmp_path / "other.duckdb").exists()
    refused = cli("query", f"copy (select 'x') to '{tmp_path / 'x.csv'}'", "--warehouse",
                  str(master))
    assert "cakupan export" in refused.stderr
    proc = cli("query", "select count(*) from runs", "--warehouse", str(master), "--format",
               "csv")
    assert proc.returncode == 0 and proc.stdout.splitlines()[-1] == "1", proc.stderr


def test_no_connection_lets_duckdb_download_an_extension(tmp_path: Path) -> None:
    import sqlite3

    from warehouse.db import connect

    master = published_warehouse(tmp_path)
    published = tmp_path / "w.published.duckdb"
    for path, how in ((master, {}), (published, {"read_only": True}),
                      (published, {"analyst": True})):
        con = connect(path, **how)
        setting = "select current_setting('autoinstall_known_extensions')"
        assert con.execute(setting).fetchall() == [(False,)], how
        con.close()
    lite = tmp_path / "s.db"
    sqlite3.connect(lite).close()
    lite.write_bytes(lite.read_bytes() or b"SQLite format 3\x00" + b"\x00" * 4080)
    (tmp_path / "s.published.db").write_bytes(lite.read_bytes())
    proc = cli("query", "select 1", "--warehouse", str(lite))
    assert proc.returncode == 2 and "download" not in proc.stderr.lower(), proc.stderr


OLDEST_FIRST_ENTRY = """
[[source]]
id = "oldest_first"
name = "A sitemap listed oldest first"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
rate_per_second = 500
max_concurrency = 4
max_pages = 20
"""


def oldest_first_site(root: Path, n: int) -> list[str]:
    """A site whose sitemap lists n articles oldest first; returns their paths, oldest first."""
    import datetime as dt

    paths = []
    entries = []
    for i in range(n):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i)
        path = f"/berita/{i:03d}-bpjs-ketenagakerjaan-kediri"
        (root / "berita").mkdir(parents=True, exist_ok=True)
        (root / f"{path.lstrip('/')}.html").write_bytes(figure_page(f"{10_000 + i:,}".replace(
            ",", ".")))
        entries.append(f"<url><loc>{{{{BASE}}}}{path}</loc><lastmod>{day}</lastmod></url>")
        paths.append(path)
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(entries) + "</urlset>", encoding="utf-8")
    return paths


def test_the_page_budget_goes_to_new_urls_newest_first_and_a_full_budget_says_so(
        tmp_path: Path) -> None:
    from extractors.crawl import crawl_source
    from extractors.politeness import FakeClock
    from tests.httpmirror import MirrorServer, mirror_source

    paths = oldest_first_site(tmp_path / "site", 45)  # max_pages 20: the probe's 450 and 200
    store = RawStore(tmp_path / "raw")
    with MirrorServer(tmp_path / "site") as server:
        source = mirror_source(tmp_path, OLDEST_FIRST_ENTRY, server)
        reports = [crawl_source(source, store, clock=FakeClock()) for _ in range(3)]
    assert [r.landed_new for r in reports] == [20, 20, 5]
    landed = [row.url.removeprefix(server.base_url) for row in store.iter_manifest()]
    assert set(landed[:20]) == set(paths[-20:])  # the newest first
    assert sorted(landed) == sorted(paths)  # and in three runs, every one
    assert [r.left_for_later for r in reports] == [25, 5, 0]
    assert "stopped at the page cap (20 pages" in source_health.crawl_notes(reports[0])[0]


def test_the_published_copy_is_readable_by_others_and_raw_pages_follow_the_umask(
        tmp_path: Path) -> None:
    import grp
    import stat

    from warehouse.publish import publish

    master = published_warehouse(tmp_path)
    published = tmp_path / "w.published.duckdb"
    assert stat.S_IMODE(published.stat().st_mode) == 0o644
    group = grp.getgrgid(os.getgid()).gr_name
    publish(master, published, group=group)
    assert stat.S_IMODE(published.stat().st_mode) == 0o640
    assert published.stat().st_gid == os.getgid()
    old = os.umask(0o027)
    try:
        # the umask is read at import: land in a child that starts under this umask
        code = ("from extractors.landing import RawStore; import sys, stat, os; "
                "r = RawStore(sys.argv[1]).land(url='https://x.id/a', source='s', body=b'<p>a');"
                "print(oct(stat.S_IMODE(os.stat(r.path).st_mode)))")
        from tests.hardening.harness import REPO

        done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "raw")], cwd=REPO,
                              capture_output=True, text=True, timeout=60, check=True)
    finally:
        os.umask(old)
    assert done.stdout.strip() == "0o640"
    page = RawStore(tmp_path / "raw2").land(url="https://x.id/a", source="s", body=b"<p>a")
    assert stat.S_IMODE(page.path.stat().st_mode) == 0o666 & ~old


SPLIT_FIGURES = " ".join(
    f"Hingga Oktober 2026 jumlah peserta BPJS Ketenagakerjaan di Kabupaten {area} mencapai "
    f"{figure} orang." for area, figure in (
        ("Kediri", "72{nbsp}450"), ("Blitar", "88.{shy}450"), ("Tulungagung", "61{thin}200"),
        ("Nganjuk", "55{zwj}100"), ("Madiun", "44{nnbsp}300")))
WHOLE = {72450.0, 88450.0, 61200.0, 55100.0, 44300.0}


def test_marks_and_special_spaces_inside_a_figure_never_split_it() -> None:
    from extractors.article import parse_html
    from transforms.extract import extract
    from transforms.text import article_from_text

    html = KEDIRI.format(SPLIT_FIGURES.format(nbsp="&nbsp;", shy="&shy;", thin="&thinsp;",
                                              zwj="&zwj;", nnbsp="&#8239;"))
    text = "BPJS Ketenagakerjaan Kediri\n\n" + SPLIT_FIGURES.format(
        nbsp="\u00a0", shy="\u00ad", thin="\u2009", zwj="\u200d", nnbsp="\u202f")
    for article in (parse_html(html.encode()), article_from_text(text)):
        values = {f.value for f in extract(article).facts}
        assert values == WHOLE, sorted(values)


MARKUP = "[/x] [bold]tebal[/bold] [link=https://evil.test]tautan[/link]"


def test_page_text_is_printed_as_written_never_as_terminal_markup(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(KEDIRI.replace("<h1>BPJS Ketenagakerjaan Kediri</h1>", "").format(
        f"Hingga Oktober 2026 jumlah peserta {MARKUP} &#27;]0;pwned&#7; BPJS Ketenagakerjaan "
        "di Kabupaten Kediri mencapai 98.450 orang."), encoding="utf-8")
    extract = cli("extract", str(page))
    master = published_warehouse(tmp_path)
    sql = f"select '{MARKUP}' as \"[/y]\", chr(27) || ']0;pwned' || chr(7) as esc"
    query = cli("query", sql, "--warehouse", str(master))
    csv = cli("query", sql, "--warehouse", str(master), "--format", "csv")
    for proc in (extract, query, csv):
        assert proc.returncode == 0, proc.stderr
        out = " ".join(proc.stdout.split())
        assert "[/x]" in out and "[bold]tebal[/bold]" in out and "[link=https://evil.test]" in out
        assert "\x1b" not in proc.stdout + proc.stderr and "\x07" not in proc.stdout
    assert "[/y]" in query.stdout


def test_page_urls_and_errors_are_inert_in_the_run_summary_artifact() -> None:
    from markdown_it import MarkdownIt

    hostile = ['site: https://x.id/<img src=x onerror="alert(1)">: fetch failed',
               "site: [tap here](javascript:alert(document.cookie)) | injected | cell |",
               "site: <script>alert(1)</script> **bold** `code`"]
    tallies = {"s<b>x</b>": steps.SourceTally(status="failed")}
    md = summary_markdown("run-1", "nightly", tallies, hostile)
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    for tag in ("<img", "<script", "<b>", "<a ", "<strong>"):
        assert tag not in rendered, (tag, rendered)
    assert rendered.count("<code>") == 1  # the run id's, in the heading
    assert "javascript:alert(document.cookie)" in rendered  # shown as text, not a link
    assert rendered.count("<tr>") == 2  # the header and the one source: no injected row


DOWN_ENTRY = """
[[source]]
id = "down"
name = "A site that refuses every request"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
max_retries = 1
"""


def test_messages_name_the_variable_the_failed_source_and_the_published_copy(
        tmp_path: Path, api_url: str) -> None:
    from tests.hardening.harness import REPO
    from tests.httpmirror import Fault, MirrorServer

    bad = cli("run", "--offline", "--warehouse", str(tmp_path / "w.duckdb"),
              env={"CAKUPAN_WORKERS": "abc"})
    assert bad.returncode == 2 and "CAKUPAN_WORKERS" in bad.stderr, bad.stderr
    assert "'abc'" in bad.stderr and "Traceback" not in bad.stderr
    # an analyst holds the master: the writer's error says where analysts belong
    master = published_warehouse(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
         "read_only=True); print('open', flush=True); time.sleep(60)", str(master)],
        stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        from warehouse.db import connect
        from warehouse.errors import WarehouseError

        with pytest.raises(WarehouseError, match="published copy"):
            connect(master)
    finally:
        holder.kill()
        holder.wait()
    # a run whose only source fails to land anything exits non-zero
    (tmp_path / "site").mkdir()
    with MirrorServer(tmp_path / "site") as server:
        server.fault("/sitemap.xml", Fault(status=503), times=None)
        sources = tmp_path / "sources.toml"
        sources.write_text(DOWN_ENTRY.replace("{{BASE}}", server.base_url), encoding="utf-8")
        ws = tmp_path / "down"
        ws.mkdir()
        from tests.hardening.harness import child_env

        proc = subprocess.run(
            [sys.executable, "-m", "flows.cli", "run", "--sources-file", str(sources),
             "--raw-dir", str(ws / "raw"), "--warehouse", str(ws / "w.duckdb"), "--no-docs"],
            capture_output=True, text=True, timeout=240, cwd=REPO,
            env=child_env(ws, api_url))
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr



PORT_ENTRY = """
[[source]]
id = "ports"
name = "A declared host that redirects to its other port"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
rate_per_second = 500
max_retries = 1
"""


def test_a_declared_host_is_trusted_only_on_its_declared_scheme_and_port(tmp_path: Path) -> None:
    from extractors.fetch import Fetcher, FetchError
    from extractors.politeness import FakeClock
    from tests.httpmirror import Fault, MirrorServer, mirror_source

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "page.html").write_bytes(GOOD_PAGE.encode())
    with MirrorServer(tmp_path / "site") as news, MirrorServer(tmp_path / "site") as admin:
        other = admin.base_url.rsplit(":", 1)[1]
        news.fault("/go", Fault(redirect=f"{admin.base_url}/page.html"), times=None)
        source = mirror_source(tmp_path, PORT_ENTRY, news)
        with Fetcher(source, clock=FakeClock()) as fetcher, pytest.raises(FetchError) as err:
            fetcher.fetch(news.url("/go"))
        assert err.value.kind == "offsite_redirect", err.value
        assert admin.requests == []  # the other port was never asked
        allowed = PORT_ENTRY + f'allowed_hosts = ["127.0.0.1:{other}"]\n'
        source = mirror_source(tmp_path, allowed, news)
        with Fetcher(source, clock=FakeClock()) as fetcher:
            assert fetcher.fetch(news.url("/go")).final_url == f"{admin.base_url}/page.html"


@pytest.mark.parametrize("line", [
    "timeout_connect = nan", "timeout_read = inf", "max_wait = -inf", "backoff_base = nan",
])
def test_nan_and_inf_politeness_values_are_refused(tmp_path: Path, line: str) -> None:
    from extractors.sources import SourcesError, load_sources

    path = tmp_path / "sources.toml"
    path.write_text(PORT_ENTRY.replace("{{BASE}}", "https://news.example") + line + "\n",
                    encoding="utf-8")
    with pytest.raises(SourcesError, match=line.split()[0]):
        load_sources(path)


@pytest.mark.parametrize("address", [
    "10.0.0.5", "192.168.1.10", "172.16.0.1", "169.254.169.254", "[fe80::1]", "[fd00::1]",
    "0.0.0.0",
])
def test_a_source_on_a_private_or_link_local_address_is_refused_at_load(
        tmp_path: Path, address: str) -> None:
    from extractors.sources import SourcesError, load_sources

    path = tmp_path / "sources.toml"
    path.write_text(PORT_ENTRY.replace("{{BASE}}", f"http://{address}:8080"), encoding="utf-8")
    with pytest.raises(SourcesError, match="private, link-local or reserved"):
        load_sources(path)
    path.write_text(PORT_ENTRY.replace("{{BASE}}", "http://127.0.0.1:8080"), encoding="utf-8")
    assert load_sources(path)[0].hosts == {"127.0.0.1"}  # loopback: the local mirrors
