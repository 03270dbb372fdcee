"""Site chrome shared by the layouts: head tags, scripts, menus, headline lists, footers.

Everything here is deterministic: randomness comes from a `random.Random` seeded by the page
spec, so the same inputs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from dataclasses import dataclass, field

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)
MONTHS_ID_SHORT = (
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
)

#: Headlines of other news for "Terkini"/"Terpopuler" lists and "Baca Juga" links. They carry
#: numbers on purpose: an extractor that lets them through would feed false figures downstream.
HEADLINES: tuple[str, ...] = (
    "BOB Inisiasi Tarian Soledo Khas Gelangprojo",
    "Mobil Pengangkut BBM Eceran Terbakar di Jalan Raya Secang",
    "APBD Temanggung Tahun 2023 Akan Defisit 80,6 Miliar",
    "Harga Cabai Rawit Tembus Rp 95 Ribu per Kilogram di Pasar Rejowinangun",
    "Piala Kasad Liga Santri di Yogyakarta Resmi Dimulai",
    "Ratusan Jabatan Kepala Sekolah Akhirnya Terisi",
    "Sejumlah Umat Buddha Gelar Puja Bakti di Candi Ngawen",
    "1.250 Pelari Ramaikan Borobudur Night Run 2024",
    "Dinas Perhubungan Siapkan 40 Bus Tambahan untuk Mudik Lebaran",
    "Inflasi Jawa Tengah Oktober Tercatat 2,14 Persen",
    "Banjir Rendam 312 Rumah di Kecamatan Genuk",
    "PSIS Semarang Tekuk Persis Solo 2-1 di Stadion Jatidiri",
    "Wali Kota Resmikan Pasar Rakyat Senilai Rp 12 Miliar",
    "Festival Kuliner Nusantara Digelar Tiga Hari di Simpang Lima",
    "Pemkot Salurkan Bantuan Beras 10 Kilogram kepada 8.500 Keluarga",
    "Polisi Amankan 27 Motor Berknalpot Brong dalam Razia Malam Minggu",
    "Tol Semarang-Demak Seksi 2 Ditargetkan Rampung Akhir Tahun",
    "Gempa Magnitudo 4,2 Guncang Pesisir Selatan Jawa",
    "Siswa SMK Raih Juara 1 Lomba Robotik Tingkat Nasional",
    "Harga Emas Antam Naik Rp 7.000 Jadi Rp 1.512.000 per Gram",
    "Kebakaran Gudang Mebel di Jepara Rugikan Rp 3 Miliar",
    "Okupansi Hotel di Magelang Capai 85 Persen Saat Libur Panjang",
    "Pemilihan Kepala Desa Serentak Diikuti 1.203 Calon",
    "Dua Jembatan Gantung Baru Hubungkan Desa Terpencil",
    "Bazar UMKM Catat Transaksi Rp 450 Juta dalam Sepekan",
    "Tim SAR Temukan Nelayan yang Hilang di Perairan Rembang",
    "Ribuan Warga Padati Kirab Budaya Dugderan",
    "Kasus DBD Turun 30 Persen Dibanding Tahun Lalu",
    "Jalur Kereta Semarang-Solo Kembali Normal Setelah Longsor",
    "Program Makan Bergizi Gratis Sasar 24 Ribu Pelajar",
)

MENU: tuple[str, ...] = (
    "Beranda", "Berita", "Regional", "Ekonomi", "Politik", "Hukum", "Olahraga", "Gaya Hidup",
    "Teknologi", "Otomotif", "Kesehatan", "Pendidikan", "Wisata", "Kuliner", "Opini", "Video",
    "Foto", "Indeks",
)

_RELATED = re.compile(r"^\s*(baca juga|BACA JUGA|Baca juga)\s*:\s*(.*)$", re.DOTALL)


@dataclass(frozen=True)
class PageSpec:
    """What a layout renders: the article and the options of its chrome."""

    layout: str
    title: str
    paragraphs: tuple[str, ...]
    published: dt.datetime | None
    url: str
    site_name: str
    host: str
    byline_date_text: str | None
    author: str
    editor: str
    caption: str | None
    tags: tuple[str, ...]
    meta_dates: bool
    auto_related: bool
    rng: random.Random = field(compare=False, repr=False)


def esc(text: str) -> str:
    """Text escaped for HTML, non-breaking spaces written as &nbsp; the way CMSes do."""
    return html.escape(text, quote=True).replace("\xa0", "&nbsp;")


def related_title(paragraph: str) -> str | None:
    """The linked headline of a "Baca Juga: ..." paragraph, or None for article text."""
    m = _RELATED.match(paragraph)
    return m.group(2).strip() if m else None


def slug(text: str) -> str:
    """A URL slug of a headline."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def body_items(spec: PageSpec, related: str) -> list[str]:
    """The article paragraphs as HTML, with "Baca Juga" lines rendered by the `related` format.

    `related` is a format string with {href} and {title}. Without Baca Juga lines in the text
    and with `auto_related`, two links to other headlines are inserted after paragraphs 2 and 5.
    """
    items: list[str] = []
    own = any(related_title(p) is not None for p in spec.paragraphs)
    extra = list(spec.rng.sample(HEADLINES, 2)) if spec.auto_related and not own else []
    for i, para in enumerate(spec.paragraphs):
        linked = related_title(para)
        if linked is not None:
            items.append(related.format(href=_other_url(spec, linked), title=esc(linked)))
        elif para.strip():
            items.append(f"<p>{esc(para)}</p>")
        else:  # an empty paragraph, as some CMSes put between paragraphs (jambiekspres)
            items.append("<p>&nbsp;</p>")
        if extra and i in (1, 4):
            other = extra.pop(0)
            items.append(related.format(href=_other_url(spec, other), title=esc(other)))
    return items


def _other_url(spec: PageSpec, headline: str) -> str:
    """A plausible URL of another article on the same site."""
    return f"https://{spec.host}/read/{spec.rng.randint(100000, 999999)}/{slug(headline)}"


def headline_list(spec: PageSpec, n: int, when: str) -> list[tuple[str, str, str]]:
    """(href, headline, date text) for n other articles, dates formatted by `when` (see fmt)."""
    base = spec.published or dt.datetime(2024, 1, 1, 12, 0)
    out = []
    for i, headline in enumerate(spec.rng.sample(HEADLINES, n)):
        moment = base - dt.timedelta(hours=3 * i + spec.rng.randint(0, 2), minutes=7 * i)
        out.append((_other_url(spec, headline), esc(headline), fmt(moment, when)))
    return out


def fmt(moment: dt.datetime, style: str) -> str:
    """A date as a site prints it; `style` names the site family."""
    day = DAYS_ID[moment.weekday()]
    month = MONTHS_ID[moment.month - 1]
    hm = f"{moment.hour:02d}:{moment.minute:02d}"
    styles = {
        "wordpress": f"{moment.day} {month} {moment.year}",
        "promedia": f"{day}, {moment.day} {month} {moment.year} | {hm} WIB",
        "disway": f"{day} {moment.day:02d}-{moment.month:02d}-{moment.year},{hm} WIB",
        "rri": f"{day}, {moment.day} {month} {moment.year} {hm}",
        "detik": f"{day}, {moment.day:02d} {MONTHS_ID_SHORT[moment.month - 1]} {moment.year}"
        f" {hm} WIB",
        "kompas": f"{moment.day:02d}/{moment.month:02d}/{moment.year}, {hm} WIB",
        "tribun": f"{day}, {moment.day} {month} {moment.year} {hm} WIB",
    }
    return styles[style]


def iso(moment: dt.datetime) -> str:
    """An ISO timestamp in Western Indonesia Time, as metadata carries it."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def head(spec: PageSpec, css_prefix: str, extra: str = "") -> str:
    """<head> with meta tags, Open Graph, JSON-LD, a stylesheet and ad/analytics scripts."""
    title, desc = esc(spec.title), esc(" ".join(spec.paragraphs[:1])[:160])
    dates = ""
    ld: dict[str, object] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": spec.title,
        "mainEntityOfPage": {"@type": "WebPage", "@id": spec.url},
        "author": {"@type": "Person", "name": spec.author},
        "publisher": {"@type": "Organization", "name": spec.site_name,
                      "logo": {"@type": "ImageObject", "url": f"https://{spec.host}/logo.png"}},
    }
    if spec.meta_dates and spec.published is not None:
        stamp = iso(spec.published)
        dates = (
            f'<meta property="article:published_time" content="{stamp}">\n'
            f'<meta property="article:modified_time" content="{stamp}">\n'
            f'<meta name="pubdate" content="{stamp}">\n'
        )
        ld["datePublished"] = stamp
        ld["dateModified"] = stamp
    keywords = esc(", ".join(spec.tags))
    return f"""<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {esc(spec.site_name)}</title>
<meta name="description" content="{desc}">
<meta name="keywords" content="{keywords}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(spec.site_name)}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:image" content="https://{spec.host}/uploads/{slug(spec.title)}.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{title}">
{dates}<link rel="preconnect" href="https://fonts.gstatic.com">
<link rel="stylesheet" href="https://{spec.host}/assets/css/app.min.css?v=5.4.1">
<style>{stylesheet(spec, css_prefix)}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
{analytics(spec)}
{extra}
<!--PAD-HEAD-->
</head>"""


def stylesheet(spec: PageSpec, prefix: str) -> str:
    """An inline stylesheet of the theme (a few KB, as themes inline their critical CSS)."""
    parts = []
    for name in ("header", "menu", "content", "title", "meta", "share", "related", "footer",
                 "sidebar", "widget", "ads", "comment", "tags", "breadcrumb", "latest"):
        for variant in ("", "__inner", "__item", "__link", "--active", "__title"):
            r = spec.rng
            parts.append(
                f".{prefix}-{name}{variant}{{margin:{r.randint(0, 24)}px {r.randint(0, 24)}px;"
                f"padding:{r.randint(0, 16)}px;font-size:{r.randint(11, 22)}px;"
                f"color:#{r.randint(0, 0xFFFFFF):06x};line-height:1.{r.randint(2, 8)}}}"
            )
    return "\n".join(parts)


def analytics(spec: PageSpec) -> str:
    """Google Tag Manager, gtag and an ad-slot setup, as Indonesian news sites ship them."""
    gid = f"G-{spec.rng.randint(10**9, 10**10 - 1):X}"
    slots = ",".join(
        f'{{"id":"div-gpt-ad-{spec.rng.randint(10**12, 10**13 - 1)}-{i}",'
        f'"path":"/{spec.rng.randint(10**6, 10**7)}/{slug(spec.site_name)}/article_{i}",'
        f'"sizes":[[300,250],[336,280],[728,90]]}}'
        for i in range(8)
    )
    return f"""<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','{gid}',{{'content_group':'article','page_type':'read'}});</script>
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var adSlots=[{slots}];
googletag.cmd.push(function(){{adSlots.forEach(function(s){{googletag.defineSlot(s.path,s.sizes,s.id)
.addService(googletag.pubads());}});googletag.pubads().enableSingleRequest();googletag.enableServices();}});</script>"""


def script_block(rng: random.Random, size: int) -> str:
    """One inline <script> of about `size` bytes: a minified-looking bundle with config data."""
    out: list[str] = ["<script>!function(e,t){\"use strict\";"]
    total = 0
    while total < size:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 6)))
        num = rng.randint(0, 10**6)
        piece = (
            f"var {name}{num % 97}=function(n,r){{return n&&n.{name}?n.{name}(r,{num}):"
            f"r.push({{k:\"{name}\",v:{num},t:{rng.randint(10**9, 2 * 10**9)}}})}};"
        )
        out.append(piece)
        total += len(piece)
    out.append("}(window,document);</script>")
    return "".join(out)


def padding(spec: PageSpec, kb: int) -> str:
    """Inline scripts totalling about `kb` kilobytes (ads, analytics, widget bundles)."""
    chunks, left = [], kb * 1024
    while left > 0:
        size = min(left, spec.rng.randint(6000, 24000))
        chunks.append(script_block(spec.rng, size))
        left -= size + 40
    return "\n".join(chunks)


def nav(items: tuple[str, ...], host: str, cls: str) -> str:
    """A menu of category links."""
    links = "".join(
        f'<li class="{cls}__item"><a class="{cls}__link" href="https://{host}/{slug(i)}">{esc(i)}</a></li>'
        for i in items
    )
    return f'<nav class="{cls}"><ul class="{cls}__list">{links}</ul></nav>'


def footer(spec: PageSpec, cls: str) -> str:
    """A big footer: network links, about pages, address, copyright."""
    network = "".join(
        f'<li><a href="https://{slug(h)[:12]}.example.id">{esc(h.split()[0])} Network</a></li>'
        for h in spec.rng.sample(HEADLINES, 12)
    )
    pages = "".join(
        f'<li><a href="https://{spec.host}/{slug(p)}">{p}</a></li>'
        for p in ("Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kode Etik", "Kontak",
                  "Karir", "Info Iklan", "Kebijakan Privasi", "Disclaimer")
    )
    return f"""<footer class="{cls}">
<div class="{cls}__network"><h4>Jaringan</h4><ul>{network}</ul></div>
<div class="{cls}__pages"><ul>{pages}</ul></div>
<div class="{cls}__address">Jl. Pandanaran No. 30, Semarang 50134. Telp (024) 8412600</div>
<div class="{cls}__copy">Copyright © {(spec.published or dt.datetime(2024, 1, 1)).year}
{esc(spec.site_name)}. All Rights Reserved.</div>
</footer>"""


def share_buttons(spec: PageSpec, cls: str) -> str:
    """Share links to social networks."""
    u = esc(spec.url)
    return (
        f'<div class="{cls}"><span>Bagikan</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
        f'<a href="https://twitter.com/intent/tweet?url={u}">Twitter</a>'
        f'<a href="https://api.whatsapp.com/send?text={u}">WhatsApp</a>'
        f'<a href="https://t.me/share/url?url={u}">Telegram</a></div>'
    )


def tag_list(spec: PageSpec, cls: str, label: str = "Tags") -> str:
    """The article's tags as links."""
    links = "".join(
        f'<li><a href="https://{spec.host}/tag/{slug(t)}">{esc(t)}</a></li>' for t in spec.tags
    )
    return f'<div class="{cls}"><h4>{label}</h4><ul>{links}</ul></div>'


def comments(cls: str) -> str:
    """An empty comment area with its form."""
    return (
        f'<div class="{cls}" id="comments"><h3>Komentar</h3>'
        '<form action="/comment" method="post"><textarea name="c"></textarea>'
        '<input name="name" placeholder="Nama"><button>Kirim</button></form>'
        '<div class="fb-comments" data-numposts="5"></div></div>'
    )
