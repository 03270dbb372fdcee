"""SIGKILL of `cakupan run` at each stage: no landed page lost, the published copy untouched,
and the next run completes the work.

One chain of runs over a local mirror of the kedu site, each on the state the previous killed
run left: a baseline run, then a run killed while fetching (a slow page), while landing, while
loading (inside the transaction) and while publishing (copy written, not renamed), then a run
without faults that must finish everything. The killed runs are real `cakupan run` children;
the baseline and the final run are the same nightly flow in this process (no start-up cost).
Each stage lists a new page in the sitemap so the killed run always has work in flight.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.hardening.harness import (
    PAUSING_CLI,
    Workspace,
    checksum,
    child_env,
    kill,
    landed_pages_intact,
    query,
    start_cli,
    wait_for,
)
from tests.httpmirror import MIRRORS, Fault, MirrorServer

pytestmark = pytest.mark.table_case

KEDU = "berita/2026/11"
PAGES = {  # stage that first lists the page -> its path on the mirror
    "baseline": [f"/{KEDU}/20/bpjs-ketenagakerjaan-magelang-lindungi-24-ribu-petani",
                 f"/{KEDU}/19/temanggung-targetkan-perangkat-desa-terlindungi"],
    "fetch": [f"/{KEDU}/18/klaim-jht-purworejo-naik"],
    "land": [f"/{KEDU}/17/wonosobo-pekerja-rentan"],
    "load": ["/berita/bpjs-ketenagakerjaan-copy-load"],
    "publish": ["/berita/bpjs-ketenagakerjaan-copy-publish"],
}
SOURCE = """
[[source]]
id = "kedu_crash"
name = "Kedu mirror for crash tests"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan", "BPJamsostek", "Jamsostek"]
rate_per_second = 500
timeout_read = 5
max_retries = 0
"""


@dataclass
class Observed:
    """What the invariants saw after one kill."""

    landed_before: list[str]
    landed_after: list[str]
    published_before: tuple
    published_after: tuple
    master_after: tuple | None
    leftovers: list[str] = field(default_factory=list)


@dataclass
class Chain:
    """The whole chain's observations."""

    ws: Workspace
    baseline: tuple
    kills: dict[str, Observed]
    final: Any
    requested: list[str]


def sitemap(paths: list[str]) -> str:
    """A news sitemap of the given paths, each titled on topic so discovery keeps it."""
    urls = "".join(f"<url><loc>{{{{BASE}}}}{p}</loc><news:news><news:title>BPJS "
                   f"Ketenagakerjaan {p.rsplit('/', 1)[1]}</news:title></news:news></url>"
                   for p in paths)
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{urls}</urlset>")


def build_site(root: Path) -> None:
    """The kedu mirror plus two new articles (copies of a kedu page with other wording)."""
    shutil.copytree(MIRRORS / "kedu", root)
    src = (root / KEDU / "20" / "bpjs-ketenagakerjaan-magelang-lindungi-24-ribu-petani.html")
    for stage, new in (("load", "31.450"), ("publish", "52.118")):
        (path,) = PAGES[stage]
        target = root / (path.lstrip("/") + ".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(src.read_bytes().replace(b"24.310", new.encode()))


def leftovers(ws: Workspace) -> list[str]:
    """Temporary files a killed run left (a half-written page or published copy)."""
    names = [p.relative_to(ws.root).as_posix() for p in ws.root.rglob(".*") if p.is_file()]
    return sorted(n for n in names if "/prefect/" not in f"/{n}")


def observe(ws: Workspace, landed_before: list[str], published_before: tuple) -> Observed:
    """Check the invariants after a kill: landed pages whole, published copy unchanged."""
    landed_after = landed_pages_intact(ws.raw)
    master = checksum(ws.warehouse) if ws.warehouse.exists() else None
    return Observed(landed_before, landed_after, published_before, checksum(ws.published),
                    master, leftovers(ws))


def in_process_run(ws: Workspace) -> Any:
    """The nightly flow in this process: the same run as the CLI's, without its start-up."""
    from flows.pipeline import nightly
    from flows.settings import Settings
    from flows.status import run_flow

    settings = Settings.from_env(
        {}, raw_dir=ws.raw, warehouse=ws.warehouse, sources_file=ws.sources_file,
        docs_dir=ws.root / "docs", prefect_home=ws.root / "prefect", data_docs=False, workers=1)
    return run_flow(nightly, settings=settings)


@pytest.fixture(scope="module")
def chain(api_url: str, tmp_path_factory: pytest.TempPathFactory,
          early_children: dict[str, Any]) -> Iterator[Chain]:
    """The chain; `early_children` only starts the suite's other CLI children alongside it."""
    root = tmp_path_factory.mktemp("crash")
    build_site(root / "site")
    listed: list[str] = []
    with MirrorServer(root / "site") as server:
        sources = root / "sources.toml"
        sources.write_text(SOURCE.replace("{{BASE}}", server.base_url), encoding="utf-8")
        ws = Workspace(root, sources)
        env = child_env(root, api_url)

        def list_pages(stage: str) -> None:
            listed.extend(PAGES[stage])
            (root / "site" / "sitemap.xml").write_text(sitemap(listed), encoding="utf-8")

        list_pages("baseline")
        first = in_process_run(ws)
        assert first.status == "ok", first.errors
        baseline = checksum(ws.published)
        kills: dict[str, Observed] = {}
        for stage in ("fetch", "land", "load", "publish"):
            list_pages(stage)
            before = (landed_pages_intact(ws.raw), checksum(ws.published))
            if stage == "fetch":
                (slow,) = PAGES["fetch"]
                server.fault(slow, Fault(delay=60), times=None)
                proc = start_cli(ws.args(), env)
                wait_for(lambda s=slow: server.hits(s) > 0, proc, 120, "the slow page's request")
            else:
                flag = root / f"paused-{stage}"
                proc = start_cli(ws.args(), {**env, "CAKUPAN_TEST_PAUSE_AT": stage,
                                             "CAKUPAN_TEST_PAUSE_FILE": str(flag)},
                                 script=PAUSING_CLI)
                wait_for(flag.exists, proc, 120, f"the {stage} pause")
            kill(proc)
            server.heal()
            kills[stage] = observe(ws, *before)
        final = in_process_run(ws)
        yield Chain(ws, baseline, kills, final, [r.path for r in server.requests])


@pytest.mark.parametrize("stage", ["fetch", "land", "load", "publish"])
def test_a_kill_loses_no_landed_page_and_leaves_the_published_copy(
    chain: Chain, stage: str
) -> None:
    seen = chain.kills[stage]
    assert set(seen.landed_before) <= set(seen.landed_after)  # every landed page still whole
    assert seen.published_after == seen.published_before == chain.baseline


def test_a_kill_while_loading_rolls_the_transaction_back(chain: Chain) -> None:
    assert chain.kills["load"].master_after == chain.baseline


def test_a_kill_while_publishing_keeps_the_committed_load_in_the_master(chain: Chain) -> None:
    seen = chain.kills["publish"]
    assert seen.master_after is not None and seen.master_after[0] > chain.baseline[0]
    assert any(name.startswith(".w.published.duckdb.") for name in seen.leftovers)


def test_the_next_run_completes_the_work(chain: Chain) -> None:
    assert chain.final.status == "ok", chain.final.errors
    # The publish-stage run had committed its load: what was left was the publish itself.
    assert chain.final.published
    ws = chain.ws
    assert checksum(ws.published) == checksum(ws.warehouse)
    every = [p for paths in PAGES.values() for p in paths]
    urls = {u for (u,) in query(ws.published, "select url from articles where error is null")}
    assert {u.split("/", 3)[3] for u in urls} == {p.lstrip("/") for p in every}
    landed = landed_pages_intact(ws.raw)
    (processed,) = query(ws.published, "select count(distinct raw_sha256) from "
                         "page_processing")[0]
    assert processed == len(set(landed))
    (running,) = query(ws.published, "select count(*) from runs where status = 'running'")[0]
    assert running == 0  # the next run under the writer lock marks killed runs crashed
    (crashed,) = query(ws.published, "select count(*) from runs where status = 'crashed'")[0]
    assert crashed == 3  # the three runs killed before they could record their end
    # the temporary copy a killed publish left behind is cleared by the next publish
    assert not list(ws.published.parent.glob(".w.published.duckdb.*"))
