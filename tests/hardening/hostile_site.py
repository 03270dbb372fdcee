"""A news site built to hurt: every page a hostile input, plus two good articles.

`build_site(dir)` writes the files a `MirrorServer` serves; `install_faults(server)` queues the
bodies that are generated rather than stored (garbage, 50 MB, a gzip bomb, a million-URL
sitemap, redirects). Paths are named for what they test; each on-topic slug carries the keyword.
"""

from __future__ import annotations

import gzip
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

from tests.httpmirror import MIRRORS, Fault, MirrorServer

KEDU = MIRRORS / "kedu" / "berita" / "2026" / "11"
GOOD = {
    "/berita/good-bpjs-ketenagakerjaan-magelang": KEDU / "20"
    / "bpjs-ketenagakerjaan-magelang-lindungi-24-ribu-petani.html",
    "/berita/good-bpjs-ketenagakerjaan-wonosobo": KEDU / "17" / "wonosobo-pekerja-rentan.html",
}
#: Hostile pages stored as files: path -> bytes builder name.
GARBAGE = "/berita/bpjs-ketenagakerjaan-garbage"
HUGE = "/berita/bpjs-ketenagakerjaan-huge"
NESTED = "/berita/bpjs-ketenagakerjaan-nested"
CP1252 = "/berita/bpjs-ketenagakerjaan-cp1252"
BAD_UTF8 = "/berita/bpjs-ketenagakerjaan-bad-utf8"
GZIP_BOMB = "/berita/bpjs-ketenagakerjaan-gzip-bomb"
NO_BODY = "/berita/bpjs-ketenagakerjaan-no-body"
ABSURD = "/berita/bpjs-ketenagakerjaan-absurd-numbers"
SQL_TITLE = "/berita/bpjs-ketenagakerjaan-sql-title"
PRIVATE = "/private/bpjs-ketenagakerjaan-rahasia"
REDIRECT_OFFSITE = "/berita/bpjs-ketenagakerjaan-redirect-offsite"
REDIRECT_LOOPBACK = "/berita/bpjs-ketenagakerjaan-redirect-loopback"
TRAVERSAL = "/berita/%2e%2e/%2e%2e/bpjs-ketenagakerjaan-..%2f..%2fetc%2fpasswd"
DOTDOT = "/berita/../../../etc/bpjs-ketenagakerjaan-dotdot"
SECRET = "/berita/bpjs-ketenagakerjaan-secret"
TOKEN = "/berita/bpjs-ketenagakerjaan-token"
TOKEN_QUERY = "?token=tok3n-s3cr3t&page=1"
PASSWORD = "pa55w0rd-s3cr3t"
HUGE_SITEMAP = "/sitemap-huge.xml"

SQL_TITLE_TEXT = """Kata "Aman" & 'Terlindungi'); DROP TABLE facts; -- BPJS Ketenagakerjaan"""
ABSURD_TEXT = ("Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Magelang mencapai 1.2.3,4,5 juta "
               "orang, sementara dana kelolaan disebut Rp 999999999999999999999 triliun dan "
               "iuran Rp -0,0,0 miliar per 99999999999999999999999999999 bulan.")


def article(title: str, paragraphs: list[str], *, charset: str = "utf-8") -> str:
    """A plain news page: <title>, <h1>, a date and the paragraphs inside <article>."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="{charset}">'
            f"<title>{title}</title>"
            '<meta property="article:published_time" content="2026-11-20T10:00:00+07:00">'
            f"</head><body><article><h1>{title}</h1>"
            "<time datetime=\"2026-11-20\">Jumat, 20 November 2026</time>"
            f"{body}</article></body></html>")


GOOD_TEXT = [
    "MAGELANG - Sebanyak 12.500 pekerja bukan penerima upah di Kabupaten Temanggung kini "
    "terdaftar sebagai peserta BPJS Ketenagakerjaan per Oktober 2026.",
    "Kepala Kantor Cabang BPJS Ketenagakerjaan Magelang mengatakan jumlah itu naik dari tahun "
    "lalu.",
]


def pages() -> dict[str, bytes]:
    """The stored hostile pages, by URL path."""
    nested = "<div>" * 100_000 + "BPJS Ketenagakerjaan" + "</div>" * 100_000
    cp1252 = article("Peserta \u201cBPJS Ketenagakerjaan\u201d Temanggung \u2013 naik",
                     GOOD_TEXT, charset="windows-1252").encode("cp1252")
    bad_utf8 = article("BPJS Ketenagakerjaan \xff\xfe rusak", GOOD_TEXT).encode(
        "utf-8").replace(b"\xc3\xbf\xc3\xbe", b"\xff\xfe\xc0\xaf\xed\xa0\x80")
    return {
        NESTED: f"<html><head><title>BPJS</title></head><body>{nested}</body></html>".encode(),
        CP1252: cp1252,
        BAD_UTF8: bad_utf8,
        NO_BODY: b"<html><head><title>BPJS Ketenagakerjaan</title></head></html>",
        ABSURD: article("BPJS Ketenagakerjaan dan angka aneh", [ABSURD_TEXT, *GOOD_TEXT])
        .encode(),
        SQL_TITLE: article(SQL_TITLE_TEXT.replace("&", "&amp;").replace('"', "&quot;"),
                           GOOD_TEXT).encode(),
        PRIVATE: article("BPJS Ketenagakerjaan rahasia", GOOD_TEXT).encode(),
        SECRET: article("BPJS Ketenagakerjaan secret", GOOD_TEXT).encode(),
        TOKEN: article("BPJS Ketenagakerjaan token", GOOD_TEXT).encode(),
    }


def sitemap(base_paths: list[str]) -> str:
    """A urlset of `{{BASE}}`-relative locations (already escaped for XML)."""
    urls = "".join(f"<url><loc>{p}</loc></url>\n" for p in base_paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def build_site(root: Path, base_url: str) -> Path:
    """Write the hostile site's files under `root` (served at `base_url`) and return it."""
    for path, src in GOOD.items():
        _write(root, path, src.read_bytes())
    for path, data in pages().items():
        _write(root, path, data)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    shutil.copy(MIRRORS / "faults" / "bomb.xml", root / "sitemap-bomb.xml")
    shutil.copy(MIRRORS / "faults" / "xxe.xml", root / "feed.xml")
    locs = ["{{BASE}}" + p for p in [*GOOD, GARBAGE, HUGE, NESTED, CP1252, BAD_UTF8, GZIP_BOMB,
                                     NO_BODY, ABSURD, SQL_TITLE, PRIVATE, REDIRECT_OFFSITE,
                                     REDIRECT_LOOPBACK, TRAVERSAL, DOTDOT]]
    with_password = base_url.replace("http://", f"http://cakupan:{PASSWORD}@")
    locs.append(with_password + SECRET)
    locs.append("{{BASE}}" + TOKEN + TOKEN_QUERY.replace("&", "&amp;"))
    locs.append("http://evil.example/berita/bpjs-ketenagakerjaan-offsite-link")
    (root / "sitemap-pages.xml").write_text(sitemap(locs), encoding="utf-8")
    index = "".join(
        f"<sitemap><loc>{{{{BASE}}}}/{name}</loc><lastmod>2026-11-{day}</lastmod></sitemap>\n"
        for name, day in (("sitemap-pages.xml", 20), ("sitemap-bomb.xml", 19),
                          ("sitemap-huge.xml", 18))
    )
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{index}</sitemapindex>\n',
        encoding="utf-8")
    return root


def _write(root: Path, url_path: str, data: bytes) -> None:
    """Store a page where the mirror serves it (a path without suffix gets .html)."""
    target = root / (url_path.lstrip("/") + ".html")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def million_urls() -> Iterator[bytes]:
    """A sitemap of a million off-topic URLs (about 45 MB), streamed in 1000-URL chunks."""
    block = "".join(f"<url><loc>http://127.0.0.1/x/{i}</loc></url>" for i in range(1000))
    yield b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    data = block.encode()
    for _ in range(1000):
        yield data
    yield b"</urlset>"


def gzip_bomb(decoded: int = 200_000_000) -> bytes:
    """A small gzip body that inflates to `decoded` zero bytes."""
    chunk = bytes(1 << 20)
    out = gzip.compress(chunk * (decoded // len(chunk)), compresslevel=9, mtime=0)
    return out


def install_faults(server: MirrorServer, loopback_port: int) -> None:
    """Queue the generated bodies and redirects (every request, so a retry meets them too)."""
    rng = random.Random(0)
    faults = {
        GARBAGE: Fault(body=rng.randbytes(40_000), headers={"Content-Type": "text/html"}),
        HUGE: Fault(body=b"<html><body><p>" + b"BPJS Ketenagakerjaan " * 2_500_000 + b"</p>"),
        GZIP_BOMB: Fault(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}),
        HUGE_SITEMAP: Fault(stream=million_urls),
        TRAVERSAL: Fault(body=article("BPJS Ketenagakerjaan traversal", GOOD_TEXT).encode()),
        DOTDOT: Fault(body=article("BPJS Ketenagakerjaan dot dot", GOOD_TEXT).encode()),
        "/etc/bpjs-ketenagakerjaan-dotdot": Fault(
            body=article("BPJS Ketenagakerjaan dot dot", GOOD_TEXT).encode()),
        REDIRECT_OFFSITE: Fault(redirect="http://evil.example/bpjs-ketenagakerjaan"),
        REDIRECT_LOOPBACK: Fault(
            redirect=f"http://localhost:{loopback_port}/bpjs-ketenagakerjaan-internal"),
    }
    for path, fault in faults.items():
        server.fault(path, fault, times=None)


SOURCE = """
[[source]]
id = "hostile"
name = "A site built to hurt"
base_url = "{{BASE}}"
sitemap = "{{BASE}}/sitemap.xml"
feed = "{{BASE}}/feed.xml"
keywords = ["BPJS Ketenagakerjaan"]
rate_per_second = 500
max_concurrency = 4
timeout_connect = 1
timeout_read = 2
timeout_total = 60
max_retries = 1
backoff_base = 0.05
max_wait = 0.5
max_body_bytes = 4000000
"""
