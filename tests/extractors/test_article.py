"""parse_html on the shipped raw/ pages, on every rendered layout, on hostile input and charsets."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.article import ArticleError, Selectors, parse_html
from extractors.html_dates import date_from_url, parse_date_text
from extractors.html_decode import decode_html
from extractors.html_meta import strip_site_suffix
from extractors.html_text import chrome_reason, find_dateline, trim_cut_end
from tests.sites.build_raw_sample import SEEDS, SeedPage, render_seed, seed_body
from tests.sites.layouts._chrome import HEADLINES
from tests.sites.render import LAYOUTS, render_page

REPO = Path(__file__).resolve().parents[2]
RAW = REPO / "raw"
SEEDS_DIR = REPO / "tests" / "golden" / "seeds"

#: The dateline each seed opens with, as printed.
DATELINES = {
    "000_7dbc2fee3b6a05fb": "Semarang, Idola 92,6 FM-",
    "001_2b3ec64edc3d36a9": "SEMARANG, suaramerdeka-kedu.com -",
    "002_4c00a04829cbf278": "MAGELANG, MAGELANGEKSPRES.COM",
    "003_ba42d6742a2617a7": "KBRN, Kediri:",
    "004_ffbe803aa3fbc6c2": "JAMBIEKSPRES.CO.ID -",
}

#: Strings that are site chrome and must never reach a paragraph.
CHROME = (
    "Baca Juga", "BACA JUGA", "Baca juga", "ADVERTISEMENT", "Advertisement",
    "SCROLL TO CONTINUE", "Google News", "Terkini", "Terpopuler", "Berita Terkait",
    "Halaman:", "Editor:", "Editor :", "Kategori", "Reaksi anda", "Komentar", "Artikel sebelumnya",
    "Bagikan", "WhatsApp", "Tags",
)


def _norm(text: str) -> str:
    """Whitespace collapsed (U+00A0 included), as parse_html writes paragraphs."""
    return " ".join(text.split())


def _manifest() -> dict[str, dict]:
    """The shipped manifest rows by source id."""
    rows = [json.loads(line) for line in (RAW / "manifest.jsonl").read_text().splitlines()]
    return {row["source"]: row for row in rows}


def _raw_page(page: SeedPage) -> tuple[bytes, dict]:
    """The landed bytes and manifest row of a seed's page."""
    row = _manifest()[page.source]
    sha = row["sha256"]
    return (RAW / "pages" / sha[:2] / f"{sha}.html").read_bytes(), row


def _gold(page: SeedPage) -> dict:
    """The hand-labelled gold file of a seed."""
    return json.loads((SEEDS_DIR / f"{page.seed}.json").read_text(encoding="utf-8"))


def _assert_no_chrome(paragraphs: tuple[str, ...]) -> None:
    """No chrome line, and no headline of the other-news lists, in any paragraph."""
    for para in paragraphs:
        for marker in CHROME:
            assert marker not in para, (marker, para)
        for headline in HEADLINES:
            assert headline not in para, (headline, para)


# -- the shipped raw/ sample ---------------------------------------------------------------------


@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.source)
def test_raw_page_title_date_and_paragraphs(page: SeedPage) -> None:
    body, row = _raw_page(page)
    gold = _gold(page)
    article = parse_html(body, url=row["final_url"], content_type=row["content_type"])
    assert article.title == gold["title"]
    assert article.published == dt.date.fromisoformat(
        gold["published"] or gold["published_inferred"]
    )
    expected = [
        _norm(line) for line in seed_body(page)
        if line.strip() and not line.lower().startswith("baca juga")
    ]
    assert list(article.paragraphs) == expected
    assert article.dateline == DATELINES[page.seed]
    assert article.paragraphs[0].startswith(article.dateline)
    assert article.url == row["final_url"]
    _assert_no_chrome(article.paragraphs)


@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.source)
def test_raw_page_holds_every_gold_evidence_sentence(page: SeedPage) -> None:
    body, row = _raw_page(page)
    text = _norm(" ".join(parse_html(body, url=row["final_url"]).paragraphs))
    for fact in _gold(page)["facts"]:
        assert _norm(fact["evidence"]) in text, fact["evidence"]


@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.source)
def test_raw_sample_is_reproducible_and_content_addressed(page: SeedPage) -> None:
    body, row = _raw_page(page)
    assert hashlib.sha256(body).hexdigest() == row["sha256"]
    assert row["size"] == len(body)
    assert render_seed(page) == body, "raw/ is stale: run python -m tests.sites.build_raw_sample"
    assert 50_000 <= len(body) <= 300_000


def test_raw_manifest_rows() -> None:
    rows = _manifest()
    assert sorted(rows) == sorted(p.source for p in SEEDS)
    for row in rows.values():
        assert row["status"] == 200
        assert row["fetched_at"] == "2026-11-21T00:00:00Z"
        assert row["url"] == row["final_url"]


# -- every layout of render_page -----------------------------------------------------------------

SAMPLE_TITLE = "BPJamsostek Semarang Catat 170.607 Peserta Aktif Hingga Akhir Tahun"
SAMPLE = (
    "SEMARANG - BPJS Ketenagakerjaan Cabang Semarang Majapahit mencatat 170.607 tenaga kerja"
    " aktif sebagai peserta hingga November 2024.",
    "Rinciannya, 111.970 tenaga kerja penerima upah dan 42.414 bukan penerima upah serta"
    "\xa017.223 tenaga kerja jasa konstruksi.",
    "“Saat ini coverage kita baru 40 persen. Harapan kami tahun depan 55 persen,” kata Farah.",
    "Menurut Farah, pihaknya menjalin sinergi dengan Pemkab Demak untuk melindungi 10 ribu"
    " pekerja rentan.",
    "Pemkab Demak juga menganggarkan iuran untuk 22 ribu pekerja rentan pada 2025.",
    "Kegiatan ditutup dengan diskusi bersama awak media di Semarang.",
)
SAMPLE_PUBLISHED = dt.datetime(2024, 12, 24, 10, 15)


def _render(layout: str, **options: object) -> str:
    """The sample article in a layout."""
    return render_page(
        layout,
        title=SAMPLE_TITLE,
        paragraphs=list(SAMPLE),
        published=SAMPLE_PUBLISHED,
        url=f"https://www.{layout}.example.id/read/98765/bpjamsostek-semarang-catat-peserta",
        **options,
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("meta_dates", [True, False], ids=["meta", "byline-only"])
def test_layout_gives_title_date_and_clean_paragraphs(layout: str, meta_dates: bool) -> None:
    html = _render(layout, meta_dates=meta_dates, pad_kb=150)
    article = parse_html(html.encode("utf-8"), content_type="text/html; charset=utf-8")
    assert article.title == SAMPLE_TITLE
    assert article.published == SAMPLE_PUBLISHED.date()
    assert article.paragraphs == tuple(_norm(p) for p in SAMPLE)
    assert article.dateline == "SEMARANG -"
    assert any(SAMPLE_PUBLISHED.strftime("%Y") in hint for hint in article.date_hints)
    _assert_no_chrome(article.paragraphs)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_is_deterministic_and_padded(layout: str) -> None:
    assert _render(layout) == _render(layout)
    for kb in (50, 150, 300):
        size = len(_render(layout, pad_kb=kb).encode("utf-8"))
        assert abs(size - kb * 1024) < 8 * 1024, (kb, size)
    unpadded = _render(layout, pad_kb=None)
    assert "<!--PAD" not in unpadded and len(unpadded) < 50_000


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_with_a_one_sentence_news_flash(layout: str) -> None:
    flash = "WONOSOBO - Ribuan wisatawan datang ke festival."
    html = render_page(layout, title="Festival Sindoro Sumbing Dipadati Wisatawan",
                       paragraphs=[flash], published=SAMPLE_PUBLISHED,
                       url=f"https://www.{layout}.example.id/read/1/festival")
    assert parse_html(html).paragraphs == (flash,)


def test_render_page_rejects_unknown_layout() -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        render_page("nope", title="t", paragraphs=["p"], published=None, url="https://x.id/")


def test_page_without_date_has_no_published() -> None:
    html = render_page(
        "radioidola", title=SAMPLE_TITLE, paragraphs=list(SAMPLE), published=None,
        url="https://www.radioidola.com/bpjamsostek/",
    )
    assert parse_html(html).published is None


def test_byline_text_overrides_the_layout_format() -> None:
    html = _render("disway", meta_dates=False, byline_date_text="Sabtu 12-10-2024,10:23 WIB")
    article = parse_html(html)
    assert article.published == dt.date(2024, 10, 12)
    assert "Sabtu 12-10-2024,10:23 WIB" in article.date_hints


# -- hostile input -------------------------------------------------------------------------------


def test_binary_garbage_is_refused() -> None:
    garbage = random.Random(7).randbytes(200_000)
    with pytest.raises(ArticleError, match="not HTML"):
        parse_html(garbage, content_type="text/html")


def test_png_served_as_html_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(5000)
    with pytest.raises(ArticleError, match="not HTML"):
        parse_html(png, content_type="text/html; charset=utf-8")


def test_fifty_megabyte_page_is_refused_fast() -> None:
    huge = _render("detik").encode() + b"<p>" + b"x" * 50_000_000 + b"</p>"
    with pytest.raises(ArticleError, match="too large"):
        parse_html(huge)  # refused by its size before any parsing (benchmarks time it)


def test_size_limit_is_configurable() -> None:
    page = _render("kompas").encode()
    with pytest.raises(ArticleError, match="too large"):
        parse_html(page, max_bytes=10_000)
    assert parse_html(page, max_bytes=len(page)).title == SAMPLE_TITLE


def test_large_page_under_the_limit_stays_fast() -> None:
    page = _render("tribun", pad_kb=5000).encode()
    article = parse_html(page)
    assert article.paragraphs == tuple(_norm(p) for p in SAMPLE)


def test_ten_thousand_nested_levels_do_not_crash() -> None:
    inner = "<p>Teks yang sangat dalam tentang 5.000 peserta.</p>"
    deep = "<div>" * 10_000 + inner + "</div>" * 10_000
    page = (
        f"<html><head><title>{SAMPLE_TITLE}</title></head><body>"
        f"<article><p>{SAMPLE[0]}</p><p>{SAMPLE[1]}</p></article>{deep}</body></html>"
    )
    article = parse_html(page)
    assert article.paragraphs[:2] == tuple(_norm(p) for p in SAMPLE[:2])
    with pytest.raises(ArticleError):
        parse_html(f"<html><head><title>x</title></head><body>{deep}</body></html>")


def test_invalid_utf8_is_replaced_not_raised() -> None:
    page = _render("rri").encode("utf-8").replace(b"111.970", b"111.970\xff\xfe", 1)
    article = parse_html(page, content_type="text/html; charset=utf-8")
    assert "111.970\ufffd\ufffd tenaga kerja" in article.paragraphs[1]


def test_page_with_no_body_is_refused() -> None:
    with pytest.raises(ArticleError, match="no article body"):
        parse_html(b"<html><head><title>Judul saja</title></head></html>")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"just some plain text, no markup at all", "no markup"),
        (b"<html><body><nav><a href='/'>Beranda</a></nav></body></html>", "no article"),
    ],
)
def test_pages_without_an_article_give_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason):
        parse_html(body)


def test_title_full_of_quotes_and_sql_is_kept_verbatim() -> None:
    title = "\"Robert'); DROP TABLE facts;--\" & 'x' OR 1=1 <b>bold</b> “kutip”"
    page = render_page("suaramerdeka", title=title, paragraphs=list(SAMPLE),
                       published=SAMPLE_PUBLISHED, url="https://www.suaramerdeka-kedu.com/x/")
    article = parse_html(page)
    assert article.title == title
    assert article.paragraphs == tuple(_norm(p) for p in SAMPLE)


def test_bad_selector_is_an_article_error() -> None:
    with pytest.raises(ArticleError, match="bad CSS selector"):
        parse_html(_render("kompas"), selectors=Selectors(body="div[[["))


def test_declared_selectors_win() -> None:
    page = (
        "<html><head><title>Judul Umum - Situs</title></head><body>"
        "<div class='sidebar-text'><p>" + "Teks sampingan yang panjang sekali. " * 20 + "</p></div>"
        "<h2 class='judul'>Judul Yang Benar Dari Selektor</h2>"
        "<span class='tgl'>Rabu, 3 Januari 2024</span>"
        "<div class='isi'><p>Paragraf pertama berita ini cukup pendek.</p><p>Kedua.</p></div>"
        "</body></html>"
    )
    article = parse_html(page, selectors=Selectors(title=".judul", date=".tgl", body=".isi"))
    assert article.title == "Judul Yang Benar Dari Selektor"
    assert article.published == dt.date(2024, 1, 3)
    assert article.paragraphs == ("Paragraf pertama berita ini cukup pendek.", "Kedua.")


def test_density_fallback_finds_unmarked_body() -> None:
    links = "".join(f"<li><a href='/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES))
    paras = "".join(f"<p>{p}</p>" for p in SAMPLE)
    page = (
        f"<html><head><title>{SAMPLE_TITLE}</title></head><body>"
        f"<div id='a1'><ul>{links}</ul></div><div id='b2'><div id='c3'>{paras}</div></div>"
        f"<div id='d4'><ul>{links}</ul></div></body></html>"
    )
    assert parse_html(page).paragraphs == tuple(_norm(p) for p in SAMPLE)


def test_stop_heading_ends_the_text_but_not_before_it_starts() -> None:
    ticker = "".join(f"<li><a href='/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES[:4]))
    paras = "".join(f"<p>{p}</p>" for p in SAMPLE[:3])
    page = (
        f"<html><head><title>{SAMPLE_TITLE}</title></head><body><div class='entry-content'>"
        f"<h4>Terkini</h4><ul>{ticker}</ul>{paras}<h3>Berita Terkait</h3>"
        f"<p>{SAMPLE[3]}</p></div></body></html>"
    )
    assert parse_html(page).paragraphs == tuple(_norm(p) for p in SAMPLE[:3])


def test_text_blocks_split_on_double_br_and_keep_document_order() -> None:
    page = (
        f"<html><head><title>{SAMPLE_TITLE}</title></head><body><div class='entry-content'>"
        f"{SAMPLE[0]}<br><br>{SAMPLE[1]}<br/><br/><ul><li>{SAMPLE[2]}</li><li>{SAMPLE[3]}</li></ul>"
        f"<p>{SAMPLE[4]}</p></div></body></html>"
    )
    assert parse_html(page).paragraphs == tuple(_norm(p) for p in SAMPLE[:5])


# -- charsets ------------------------------------------------------------------------------------

CHARSET_TEXT = "“Kami catat 170.607 peserta,” kata Farah. Café Rp 2,5 miliar – naïve"


def _charset_page(meta: str = "") -> str:
    """A small article page with typographic quotes and accents, and an optional meta tag."""
    return (
        f"<html><head>{meta}<title>{SAMPLE_TITLE}</title></head><body>"
        f"<article><p>{CHARSET_TEXT}</p><p>{SAMPLE[0]}</p></article></body></html>"
    )


def test_header_latin1_but_meta_and_bytes_utf8() -> None:
    body = _charset_page('<meta charset="utf-8">').encode("utf-8")
    article = parse_html(body, content_type="text/html; charset=ISO-8859-1")
    assert article.paragraphs[0] == CHARSET_TEXT


def test_windows_1252_without_declaration() -> None:
    body = _charset_page().encode("cp1252")
    assert parse_html(body, content_type="text/html").paragraphs[0] == CHARSET_TEXT


def test_windows_1252_declared_as_latin1() -> None:
    body = _charset_page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    assert parse_html(body.encode("cp1252")).paragraphs[0] == CHARSET_TEXT


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_wins_over_a_wrong_header(encoding: str) -> None:
    body = _charset_page().encode(encoding)
    assert body[:2] in (codecs.BOM_UTF8[:2], codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    article = parse_html(body, content_type="text/html; charset=iso-8859-1")
    assert article.paragraphs[0] == CHARSET_TEXT


def test_str_input_and_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>' + _charset_page()
    assert parse_html(page).paragraphs[0] == CHARSET_TEXT


def test_unknown_charset_label_falls_back_to_detection() -> None:
    assert decode_html("“x”".encode(), "text/html; charset=x-klingon") == "“x”"


# -- small rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jumat, 10 Desember 2021 | 18:24 WIB", dt.date(2021, 12, 10)),
        ("Sabtu 12-10-2024,10:23 WIB", dt.date(2024, 10, 12)),
        ("24 Desember 2024", dt.date(2024, 12, 24)),
        ("Senin, 6 Desember 2021 10:15", dt.date(2021, 12, 6)),
        ("2021-12-10T18:24:00+07:00", dt.date(2021, 12, 10)),
        ("2024-12-23T17:30:00Z", dt.date(2024, 12, 24)),
        ("2024-12-23T16:59:59.000+00:00", dt.date(2024, 12, 23)),
        ("2024-12-23T23:30:00+08:00", dt.date(2024, 12, 23)),
        ("2024/10/12 10:23:00", dt.date(2024, 10, 12)),
        ("Selasa, 24 Des 2024 10:15 WIB", dt.date(2024, 12, 24)),
        ("Kompas.com - 24/12/2024, 10:15 WIB", dt.date(2024, 12, 24)),
        ("Kamis, 4 Nop 2021", dt.date(2021, 11, 4)),
        ("17 Agt 2023", dt.date(2023, 8, 17)),
        ("December 10, 2021", dt.date(2021, 12, 10)),
        ("31 Februari 2024", None),
        ("Selasa (24/12)", None),
        ("tanpa tanggal", None),
    ],
)
def test_parse_date_text(text: str, expected: dt.date | None) -> None:
    assert parse_date_text(text) == expected


def test_date_from_url() -> None:
    assert date_from_url("https://x.id/read/2024/12/24/slug") == dt.date(2024, 12, 24)
    assert date_from_url("https://x.id/2024/slug/") is None
    assert date_from_url(None) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Baca Juga: BPJamsostek - BPJS Kesehatan Siap Sinkronisasi Data", "related_link"),
        ("BACA JUGA:Grebek Pasar, BPJS Ketenagakerjaan Magelang", "related_link"),
        ("ADVERTISEMENT", "advertisement"),
        ("- Advertisement -", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "scroll"),
        ("Ikuti Kami di Google News", "google_news"),
        ("Cek Berita dan Artikel yang lain di Google News", "google_news"),
        ("Halaman:", "pagination"),
        ("Editor: M. Nur Chakim", "label"),
        ("Kategori :", "label"),
        ("Artikel sebelumnyaSaikoro Beef Tengkleng", "prev_next"),
        ("Mobil Pengangkut BBM Eceran Terbakar Jumat, 12 Agustus 2022 | 17:20 WIB",
         "headline_with_time"),
        ("- Jumat, 10 Desember 2021 | 18:24 WIB", "headline_with_time"),
        ("Rabu, 3 Januari 2024", "date_line"),
        ("Diperbarui 24 Desember 2024", "date_line"),
        (">", "no_words"),
        ("X", "no_words"),
        # bylines, widgets, photo credits, captions and tag lists of real pages (written for
        # the test in other words)
        ("Oleh : Rina Kartika", "byline"),
        ("Uploader : Budi Santoso", "byline"),
        ("Rep: Dewi Lestari/ Red: Andi Saputra", "byline"),
        ("oleh - 212 Dilihat", "byline"),
        ("Sebarkan berita ini", "share"),
        ("kacab-bpjs-tk-2.jpg", "image_file"),
        ("F/HUMAS.", "photo_credit"),
        ("Ilustrasi./Antara-Nama Fotografer", "photo_credit"),
        ("RADAR/NAMA FOTOGRAFER", "photo_credit"),
        ("Petugas melayani peserta di kantor cabang Sorong. (Foto: Humas)", "caption"),
        ("Bupati Rina (tengah) dan Kepala Cabang Ardi (kanan) saat penandatanganan.", "caption"),
        ("id Pekerja Rentan, Pemkab Sorong, kepesertaan", "tag_line"),
        ("Oleh karena itu, kepesertaan pekerja informal terus didorong.", None),
        ("Foto udara menunjukkan 12 desa terendam banjir.", None),
        ("Acara dimulai pukul 09.00 WIB di Semarang.", None),
        ("Hingga 30 November 2021 peserta mencapai 3.000 orang.", None),
        ("Sumarno menyebut kepesertaan sudah 58 persen.", None),
    ],
)
def test_chrome_reason(text: str, reason: str | None) -> None:
    assert chrome_reason(text) == reason


@pytest.mark.parametrize(
    ("title", "sites", "h1s", "expected"),
    [
        ("Judul Berita - Radio Idola Semarang", ["Radio Idola Semarang"], [], "Judul Berita"),
        ("Judul Berita | Suara Merdeka Kedu", ["suaramerdeka-kedu"], [], "Judul Berita"),
        ("Judul - Berita Terkini - Kompas.com", ["kompas"], [], "Judul - Berita Terkini"),
        ("BPJamsostek - BPJS Kesehatan Siap", ["rri"], [], "BPJamsostek - BPJS Kesehatan Siap"),
        ("Naik 5 Persen - ID", ["radioidola"], [], "Naik 5 Persen - ID"),
        ("Judul Panjang - Tagline Situs", [], ["Judul Panjang"], "Judul Panjang"),
    ],
)
def test_strip_site_suffix(title: str, sites: list[str], h1s: list[str], expected: str) -> None:
    assert strip_site_suffix(title, sites, h1s) == expected


def test_title_falls_back_to_title_tag_then_h1() -> None:
    body = f"<body><article>{''.join(f'<p>{p}</p>' for p in SAMPLE)}</article></body>"
    tagged = f"<html><head><title>{SAMPLE_TITLE} - Tribunjateng.com</title></head>{body}</html>"
    assert parse_html(tagged, url="https://jateng.tribunnews.com/x").title == SAMPLE_TITLE
    only_h1 = f"<html><body><h1>Logo</h1><h1>{SAMPLE_TITLE}</h1>{body[6:]}</html>"
    assert parse_html(only_h1).title == SAMPLE_TITLE


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("JAKARTA (ANTARA) - Pemerintah menargetkan", "JAKARTA (ANTARA) -"),
        ("Semarang - BPJS Ketenagakerjaan mencatat", "Semarang -"),
        ("JAKARTA, KOMPAS.com - Sebanyak 3.000", "JAKARTA, KOMPAS.com -"),
        ("Menurut Farah, wilayahnya meliputi Kota Semarang - Demak.", None),
        ("Pemerintah Provinsi Jawa Tengah bekerja sama", None),
    ],
)
def test_find_dateline(first: str, dateline: str | None) -> None:
    assert find_dateline([first]) == dateline


# -- fuzzing: any input ends in an Article or an ArticleError -----------------------------------

HTML_PIECES = st.sampled_from([
    "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>",
    "<h1>", "</h1>", "<p>", "</p>", "<br>", "<br/>", "<div class='entry-content'>",
    "<div class='read__content'>", "<article>", "</article>", "</div>", "<a href='/x'>", "</a>",
    "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "&nbsp;",
    "&#0;", "&#xD800;", "&amp;", "<meta charset='utf-16'>", "<meta property='og:title' content='",
    "'>", "<time datetime='2024-13-45'>", "</time>", "Baca Juga: ", "ADVERTISEMENT", "\x00",
    "\ufeff", "<?xml version='1.0' encoding='latin-1'?>", "<li>", "<ul>", "</ul>", "<figure>",
])
HTML_SOUP = st.lists(st.one_of(HTML_PIECES, st.text(max_size=40)), max_size=60).map("".join)


def _article_or_error(body: bytes | str, **kwargs: object) -> None:
    """parse_html either returns a well-formed Article or raises ArticleError."""
    try:
        article = parse_html(body, **kwargs)
    except ArticleError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert article.title.strip()
    assert article.paragraphs and all(p == _norm(p) and p for p in article.paragraphs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000), st.sampled_from([None, "text/html", "text/html; charset=utf-16",
                                                  "text/html; charset=klingon"]))
def test_fuzz_bytes(body: bytes, content_type: str | None) -> None:
    _article_or_error(body, content_type=content_type)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML_SOUP)
def test_fuzz_html_soup(soup: str) -> None:
    _article_or_error(soup)
    _article_or_error(soup.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=100_000), st.binary(min_size=1, max_size=64))
def test_fuzz_cut_and_spliced_raw_page(cut: int, junk: bytes) -> None:
    body, _ = _raw_page(SEEDS[1])
    _article_or_error(body[:cut])
    _article_or_error(body[:cut] + junk + body[cut:])


# A page cut mid-sentence (a paywall, the end of page one), written for the test in other words.
CUT_PAGE = (
    "<html><head><title>Peserta Jamsostek di Kabupaten Sorong Naik</title></head><body>"
    "<h1>Peserta Jamsostek di Kabupaten Sorong Naik</h1><article>"
    "<p>Kepala cabang mengatakan peserta aktif di Kabupaten Sorong mencapai 21.400 orang.</p>"
    "<p>Dari jumlah itu, pekerja bukan penerima upah yang sudah terlindungi kini ada 8.150 pe</p>"
    "</article></body></html>"
)


def test_a_figure_parted_from_its_noun_by_the_cut_is_left_out() -> None:
    article = parse_html(CUT_PAGE)
    assert "21.400 orang" in article.text
    assert article.paragraphs[-1].endswith("kini ada")
    assert "8.150" not in article.text


@pytest.mark.parametrize(("text", "expected"), [
    # the cut word goes; a figure with its noun before the cut stays
    ("Di wilayah itu terdapat 4.210 honorer daerah dan 980 aparatur kampung yang sudah terdaft",
     "Di wilayah itu terdapat 4.210 honorer daerah dan 980 aparatur kampung yang sudah"),
    # digits cut in half
    ("Sampai akhir bulan lalu jumlah peserta aktif di kota pelabuhan itu tercatat sebanyak 3.4",
     "Sampai akhir bulan lalu jumlah peserta aktif di kota pelabuhan itu tercatat sebanyak"),
    # a year before the cut is still a year
    ("Pemerintah daerah menargetkan cakupan 60 persen pekerja terlindungi pada akhir 2026 u",
     "Pemerintah daerah menargetkan cakupan 60 persen pekerja terlindungi pada akhir 2026"),
    # ends on a comma (a clause boundary) or a full stop: whole, unchanged
    ("Kabupaten Sorong sebesar 41,20 persen, Kabupaten Maybrat 38,70 persen dan Tambrauw 30,1,",
     "Kabupaten Sorong sebesar 41,20 persen, Kabupaten Maybrat 38,70 persen dan Tambrauw 30,1,"),
    ("Kepala cabang mengatakan peserta aktif di kabupaten itu kini mencapai 21.400 orang pekerja.",
     "Kepala cabang mengatakan peserta aktif di kabupaten itu kini mencapai 21.400 orang pekerja."),
    # a table row or a short list item is no cut prose
    ("Bukan Penerima Upah | 8.150", "Bukan Penerima Upah | 8.150"),
    ("Pekerja rentan: 1.020 dari 9.400", "Pekerja rentan: 1.020 dari 9.400"),
])
def test_trim_cut_end(text: str, expected: str) -> None:
    assert trim_cut_end(text) == expected
