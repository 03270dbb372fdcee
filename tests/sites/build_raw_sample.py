"""Rebuild the shipped raw/ sample: the five seed articles as landed pages of their sites.

    .venv/bin/python -m tests.sites.build_raw_sample [--raw DIR]

Each seed (`tests/golden/seeds/*.txt`) is rendered in its site's layout with its text exactly
as in the seed (its own "Baca Juga" lines in place), the publication date of its gold file in
the metadata and the byline, and landed per docs/architecture.md through `extractors.landing`.
The manifest is rewritten from scratch, so running it twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from extractors.landing import RawStore
from tests.sites.render import render_page

REPO = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO / "tests" / "golden" / "seeds"
FETCHED_AT = "2026-11-21T00:00:00Z"
CONTENT_TYPE = "text/html; charset=UTF-8"


@dataclass(frozen=True)
class SeedPage:
    """How one seed is published: its site, URL, date, and where its body starts and ends."""

    seed: str
    source: str
    layout: str
    url: str
    published: dt.datetime
    #: The body runs from the line starting with `first` to the line before the one
    #: starting with `stop` (the site chrome that follows the text in the seed).
    first: str
    stop: str
    site_name: str
    author: str = "Redaksi"
    editor: str = "Redaksi"
    caption: str | None = None
    options: dict[str, str | None] = field(default_factory=dict)


SEEDS: tuple[SeedPage, ...] = (
    SeedPage(
        seed="000_7dbc2fee3b6a05fb",
        source="radioidola",
        layout="radioidola",
        url="https://www.radioidola.com/2024/bpjs-tk-semarang-majapahit-terus-perluas-jangkauan-kepesertaan/",
        # The text says only "Selasa (24/12)"; the gold's published_inferred is 2024-12-24.
        published=dt.datetime(2024, 12, 24, 16, 30),
        first="Semarang, Idola 92,6 FM",
        stop="Ikuti Kami di Google News",
        site_name="Radio Idola Semarang",
        author="Bud",
        caption="Farah Diana, Kepala Kantor BPJS Ketenagakerjaan Cabang Semarang Majapahit.",
        options={"prev_title": "Saikoro Beef Tengkleng Ala Rooms Inc Semarang: Hidangan Natal"
                 " Spesial yang Bisa Dimasak di Rumah"},
    ),
    SeedPage(
        seed="001_2b3ec64edc3d36a9",
        source="suaramerdeka_kedu",
        layout="suaramerdeka",
        url="https://www.suaramerdeka-kedu.com/semarang-raya/pr-1912345678/bpjamsostek-jateng-diy"
            "-fokus-kejar-peserta-dari-pekerja-informal-dan-rentan",
        published=dt.datetime(2021, 12, 10, 18, 24),
        first="SEMARANG, suaramerdeka-kedu.com",
        stop="Halaman:",
        site_name="Suara Merdeka Kedu",
        author="Asef Amani",
        editor="M. Nur Chakim",
        caption="SM/Asef Amani - CAPAIAN KINERJA: Deputi Direktur BPJamsostek Wilayah Jateng-DIY,"
                " Cahyaning Indriasari beserta Pps. Deputi Direktur Bidang Hubungan Masyarakat"
                " dan Antar Lembaga BPJamsostek, Dian Agung Senoaji paparkan capaian kinerja"
                " BPJamsostek Kanwil Jateng-DIY pada Media Gathering di PO Hotel Semarang.",
    ),
    SeedPage(
        seed="002_4c00a04829cbf278",
        source="magelangekspres",
        layout="disway",
        url="https://magelangekspres.disway.id/read/512384/jateng-genjot-kepesertaan-bpjs"
            "-ketenagakerjaan-fokus-pada-sektor-informal",
        published=dt.datetime(2024, 10, 12, 10, 23),
        first="MAGELANG,",
        stop="Kategori :",
        site_name="Magelang Ekspres",
        editor="Nur Imron Rosadi",
        options={"reporter": "Haryas Prabawanti"},
    ),
    SeedPage(
        seed="003_ba42d6742a2617a7",
        source="rri",
        layout="rri",
        url="https://rri.co.id/kediri/ekonomi/1283456/bpjamsostek-kediri-mengejar-target"
            "-kepesertaan-60-persen",
        published=dt.datetime(2021, 12, 6, 15, 40),
        first="KBRN, Kediri:",
        stop="Reaksi anda terhadap berita ini",
        site_name="RRI",
        author="Ayu Citra",
        caption="BPJamsostek Kediri Mengejar Target Kepesertaan 60 Persen. (Foto: Ayu Citra)",
    ),
    SeedPage(
        seed="004_ffbe803aa3fbc6c2",
        source="jambiekspres",
        layout="disway",
        url="https://jambiekspres.disway.id/read/673215/bpjs-ketenagakerjaan-targetkan-55-persen"
            "-pekerja-terlindungi-jaminan-sosial",
        published=dt.datetime(2025, 3, 17, 21, 5),
        first="JAMBIEKSPRES.CO.ID",
        stop="Cek Berita dan Artikel",
        site_name="Jambi Ekspres",
        caption="BPJS Ketenagakerjaan Targetkan 55 Persen Pekerja Terlindungi Jaminan Sosial--",
    ),
)


def seed_lines(page: SeedPage) -> list[str]:
    """The seed text's lines."""
    return (SEEDS_DIR / f"{page.seed}.txt").read_text(encoding="utf-8").splitlines()


def seed_title(page: SeedPage) -> str:
    """The headline: the seed's first line that is a real line of text (004 starts with ">")."""
    return next(line.strip() for line in seed_lines(page) if len(line.strip()) > 3)


def seed_body(page: SeedPage) -> list[str]:
    """The body lines of a seed as the page prints them: paragraphs, Baca Juga lines, and
    whitespace-only paragraphs (jambiekspres separates paragraphs with &nbsp; ones)."""
    lines = seed_lines(page)
    start = next(i for i, line in enumerate(lines) if line.startswith(page.first))
    stop = next(i for i, line in enumerate(lines) if i > start and line.startswith(page.stop))
    return [line for line in lines[start:stop] if line != ""]


def render_seed(page: SeedPage) -> bytes:
    """The full page of one seed, UTF-8 encoded."""
    html = render_page(
        page.layout,
        title=seed_title(page),
        paragraphs=seed_body(page),
        published=page.published,
        url=page.url,
        site_name=page.site_name,
        author=page.author,
        editor=page.editor,
        caption=page.caption,
        tags=("BPJS Ketenagakerjaan", "BPJamsostek", "Kepesertaan"),
        auto_related=False,
        **page.options,
    )
    return html.encode("utf-8")


def build(raw: Path) -> list[str]:
    """Land the five pages under `raw` with a fresh manifest; returns their sha256s in order.

    Pages of the previous manifest are removed first, so no stale sample page stays behind.
    """
    old = RawStore(raw)
    if old.manifest_path.exists():
        for row in old.iter_manifest():
            old.page_path(row.sha256).unlink(missing_ok=True)
        old.manifest_path.unlink()
    store = RawStore(raw)
    shas = []
    for page in SEEDS:
        result = store.land(
            url=page.url,
            source=page.source,
            body=render_seed(page),
            status=200,
            fetched_at=FETCHED_AT,
            content_type=CONTENT_TYPE,
        )
        shas.append(result.sha256)
    return shas


def main() -> None:
    """Command line: rebuild raw/ (or another directory) and list what was landed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=REPO / "raw", help="landing directory")
    args = parser.parse_args()
    for page, sha in zip(SEEDS, build(args.raw), strict=True):
        print(f"{page.source:18} {sha[:12]}  {page.url}")
    # One report of each kind (issue 14): tests/reports/sample.py
    from tests.reports.sample import land_reports

    for source, sha, url in land_reports(args.raw):
        print(f"{source:18} {sha[:12]}  {url}")


if __name__ == "__main__":
    main()
