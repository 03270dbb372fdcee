"""Round two of hardening (issue 17), continued: what a hostile site or a careless analyst could
reach (the page budget, file modes, terminal and Markdown output, messages, hosts and ports).

Each test failed before its fix; docs/faults.md's table names them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.landing import RawStore
from flows import source_health, steps
from flows.summary import summary_markdown
from tests.hardening.test_round_two import (
    GOOD_PAGE,
    KEDIRI,
    cli,
    figure_page,
    published_warehouse,
)

pytestmark = pytest.mark.table_case

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
