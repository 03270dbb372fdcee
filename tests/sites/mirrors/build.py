"""Regenerate the article pages of the site mirrors with `tests.sites.render.render_page`.

    .venv/bin/python -m tests.sites.mirrors.build

Sitemaps, feeds, listings and robots.txt are hand-written files next to the pages; only the
article pages are generated (deterministic: same table, same bytes). `{{BASE}}` in a URL is
replaced by the mirror server's address when the page is served.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.sites.render import render_page

HERE = Path(__file__).parent
WIB = dt.timezone(dt.timedelta(hours=7))

#: (mirror, path without .html, layout, title, published, paragraphs)
PAGES: tuple[tuple[str, str, str, str, dt.datetime, tuple[str, ...]], ...] = (
    ("idola", "2026/11/bpjs-ketenagakerjaan-semarang-perluas-kepesertaan", "radioidola",
     "BPJS Ketenagakerjaan Semarang Perluas Kepesertaan", dt.datetime(2026, 11, 18, 9, 30, tzinfo=WIB),
     ("SEMARANG - Kantor Cabang Semarang Majapahit mencatat 170.607 peserta aktif hingga November 2026.",
      "Kepala kantor cabang menargetkan 95 persen pekerja terlindungi pada 2027.")),
    ("idola", "2026/11/jaminan-sosial-pekerja-informal-demak", "radioidola",
     "Pemkab Demak Daftarkan 12.000 Pekerja Rentan ke BPJamsostek", dt.datetime(2026, 11, 16, 11, 15, tzinfo=WIB),
     ("DEMAK - Pemerintah Kabupaten Demak mendaftarkan 12.000 pekerja rentan.",
      "Iuran dibayar dari APBD selama satu tahun.")),
    ("idola", "2026/11/harga-cabai-naik", "radioidola",
     "Harga Cabai di Pasar Johar Naik", dt.datetime(2026, 11, 17, 8, 0, tzinfo=WIB),
     ("SEMARANG - Harga cabai rawit naik menjadi Rp 60.000 per kilogram.",
      "Pedagang menyebut pasokan berkurang.")),
    ("idola", "private/bpjs-ketenagakerjaan-draf-internal", "radioidola",
     "Draf Internal BPJS Ketenagakerjaan", dt.datetime(2026, 11, 15, 7, 0, tzinfo=WIB),
     ("Halaman ini dilarang oleh robots.txt.",)),
    ("idola", "2019/03/bpjs-ketenagakerjaan-sosialisasi-2019", "radioidola",
     "Sosialisasi BPJS Ketenagakerjaan 2019", dt.datetime(2019, 3, 2, 10, 0, tzinfo=WIB),
     ("Berita lama tentang BPJS Ketenagakerjaan.",)),
    ("ekspres", "read/1001/bpjamsostek-kediri-kejar-target", "disway",
     "BPJamsostek Kediri Mengejar Target Kepesertaan 60 Persen", dt.datetime(2026, 11, 19, 10, 23, tzinfo=WIB),
     ("KEDIRI - BPJamsostek Kediri menargetkan 60 persen pekerja terlindungi.",)),
    ("ekspres", "read/1002/jambi-genjot-kepesertaan", "disway",
     "Jambi Genjot Kepesertaan Jaminan Sosial", dt.datetime(2026, 11, 12, 8, 0, tzinfo=WIB),
     ("JAMBI - Pemprov Jambi mendorong kepesertaan BPJS Ketenagakerjaan bagi pekerja informal.",)),
    ("ekspres", "read/1003/festival-kuliner", "disway",
     "Festival Kuliner Akhir Pekan", dt.datetime(2026, 11, 10, 19, 0, tzinfo=WIB),
     ("Ratusan warga memadati festival.",)),
    ("ekspres", "read/1004/bpjs-tk-2025-lama", "disway",
     "BPJS TK Serahkan Santunan", dt.datetime(2025, 1, 5, 9, 0, tzinfo=WIB),
     ("Santunan diserahkan kepada ahli waris.",)),
    ("rri", "berita/501/bpjs-ketenagakerjaan-sulsel-lindungi-nelayan", "rri",
     "BPJS Ketenagakerjaan Sulsel Lindungi Nelayan", dt.datetime(2026, 11, 20, 9, 0, tzinfo=WIB),
     ("MAKASSAR - Sebanyak 4.500 nelayan didaftarkan.",)),
    ("rri", "berita/502/cuaca-ekstrem", "rri",
     "Cuaca Ekstrem Landa Pesisir", dt.datetime(2026, 11, 19, 9, 0, tzinfo=WIB),
     ("BMKG mengeluarkan peringatan dini.",)),
    ("rri", "berita/503/pekerja-rentan-terlindungi", "rri",
     "55 Persen Pekerja Terlindungi Jaminan Sosial", dt.datetime(2026, 11, 18, 9, 0, tzinfo=WIB),
     ("BPJS Ketenagakerjaan mencatat 55 persen pekerja terlindungi.",)),
    ("rri", "berita/504/bpjamsostek-bayar-klaim-jht", "rri",
     "BPJamsostek Bayar Klaim JHT Rp 2 Triliun", dt.datetime(2026, 11, 10, 9, 0, tzinfo=WIB),
     ("Klaim JHT dibayar kepada 150.000 peserta.",)),
    ("faults", "page", "detik",
     "BPJS Ketenagakerjaan Halaman Uji", dt.datetime(2026, 11, 20, 9, 0, tzinfo=WIB),
     ("Halaman biasa untuk uji gangguan.",)),
    ("faults", "private/secret", "detik",
     "Rahasia", dt.datetime(2026, 11, 20, 9, 0, tzinfo=WIB), ("Tidak boleh diambil.",)),
    # kedu: used only by the crawl "done when" test (tests/extractors/test_crawl.py).
    ("kedu", "berita/2026/11/20/bpjs-ketenagakerjaan-magelang-lindungi-24-ribu-petani", "suaramerdeka",
     "BPJS Ketenagakerjaan Magelang Lindungi 24 Ribu Petani", dt.datetime(2026, 11, 20, 14, 5, tzinfo=WIB),
     ("MAGELANG, suaramerdeka-kedu.com - Sebanyak 24.310 petani di Kabupaten Magelang kini terdaftar.",
      "Kepala Cabang menyebut cakupan kepesertaan mencapai 41 persen.")),
    ("kedu", "berita/2026/11/19/temanggung-targetkan-perangkat-desa-terlindungi", "suaramerdeka",
     "Temanggung Targetkan Seluruh Perangkat Desa Ikut BPJamsostek", dt.datetime(2026, 11, 19, 10, 0, tzinfo=WIB),
     ("TEMANGGUNG - Pemkab menargetkan 3.200 perangkat desa terdaftar tahun depan.",)),
    ("kedu", "berita/2026/11/18/klaim-jht-purworejo-naik", "suaramerdeka",
     "Klaim JHT BPJS Ketenagakerjaan Purworejo Naik 12 Persen", dt.datetime(2026, 11, 18, 8, 45, tzinfo=WIB),
     ("PURWOREJO - Klaim jaminan hari tua naik 12 persen dibanding tahun lalu.",)),
    ("kedu", "berita/2026/11/17/wonosobo-pekerja-rentan", "suaramerdeka",
     "Wonosobo Bayari Iuran 5.000 Pekerja Rentan di BPJS Ketenagakerjaan", dt.datetime(2026, 11, 17, 9, 0, tzinfo=WIB),
     ("WONOSOBO - APBD membiayai iuran 5.000 pekerja rentan.",)),
    ("kedu", "berita/2026/11/16/festival-sindoro", "suaramerdeka",
     "Festival Sindoro Sumbing Dipadati Wisatawan", dt.datetime(2026, 11, 16, 9, 0, tzinfo=WIB),
     ("WONOSOBO - Ribuan wisatawan datang.",)),
)


def build() -> list[Path]:
    """Write every article page; returns the paths written."""
    written = []
    for mirror, path, layout, title, published, paragraphs in PAGES:
        target = HERE / mirror / f"{path}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        html = render_page(layout, title=title, paragraphs=paragraphs, published=published,
                           url=f"{{{{BASE}}}}/{path}", pad_kb=None)
        target.write_text(html, encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(HERE))
