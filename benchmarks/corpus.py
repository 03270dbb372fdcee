"""Write a synthetic archive of realistic news pages into a raw/ landing store, fast.

    .venv/bin/python -m benchmarks.corpus --pages 10000 --out var/bench/raw10k [--seed 1]

Each page is one of the site layouts of `tests/sites/render.py`, rendered once per
(layout, paragraph count, variant) with placeholder tokens, then filled by string operations:
title, URL, paragraphs, dates (byline, metadata, sidebar), and inline-script padding drawn from
a pool of script bundles (real sites ship the same bundles on every page). Pages weigh 50-300 KB
(most of it chrome and scripts). About 12% of the stories are about BPJS Ketenagakerjaan
coverage, with known facts (`benchmarks.texts`); the rest are sports, crime, BPJS Kesehatan,
budgets, weather, prices and events.

The store has the layout of docs/architecture.md (pages/ab/<sha256>.html, manifest.jsonl with
the contract's rows), plus `corpus.jsonl` beside it: per page its sha256, URL, topic and known
facts. Pages are written without fsync (a benchmark corpus is regenerated, not recovered), one
at a time: memory stays flat in N. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from benchmarks.texts import Story, story
from extractors.landing import ManifestRow, RawStore
from tests.sites.layouts._chrome import fmt, iso, script_block, slug
from tests.sites.render import render_page

#: (source id, layout, host, date style of the layout, share of pages).
SOURCES: tuple[tuple[str, str, str, str, float], ...] = (
    ("radioidola", "radioidola", "www.radioidola.com", "wordpress", 0.16),
    ("suaramerdeka_kedu", "suaramerdeka", "www.suaramerdeka-kedu.com", "promedia", 0.16),
    ("magelangekspres", "disway", "magelangekspres.disway.id", "disway", 0.14),
    ("rri", "rri", "www.rri.co.id", "rri", 0.16),
    ("jambiekspres", "disway", "jambiekspres.disway.id", "disway", 0.10),
    ("detikjateng", "detik", "www.detik.com", "detik", 0.10),
    ("kompas_regional", "kompas", "regional.kompas.com", "kompas", 0.09),
    ("tribunjateng", "tribun", "jateng.tribunnews.com", "tribun", 0.09),
)
#: Chrome variants per (layout, paragraph count): different menus, sidebars, related links.
VARIANTS = 3
#: The sentinel publication time templates are rendered with (no real page is from 2099).
SENTINEL = dt.datetime(2099, 6, 15, 12, 0)
RELEVANT_SHARE = 0.12
CONTENT_TYPE = "text/html; charset=UTF-8"
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2026, 10, 31)
TOKEN = re.compile(r"zq([a-z0-9]+)zq")


@dataclass(frozen=True, slots=True)
class Template:
    """A rendered page split on its tokens: literal text at even indexes, token names at odd."""

    parts: tuple[str, ...]
    #: Sidebar date tokens: name -> (style, minutes before the publication time).
    dates: tuple[tuple[str, str, int], ...]

    def fill(self, values: dict[str, str]) -> str:
        """The page with every token replaced (a KeyError names a token left unfilled)."""
        parts = list(self.parts)
        for i in range(1, len(parts), 2):
            parts[i] = values[parts[i]]
        return "".join(parts)


@cache
def template(layout: str, host: str, style: str, n_paragraphs: int, variant: int) -> Template:
    """Render the layout once with tokens in place of everything that varies per page."""
    title = f"zqtitle{variant}zq"
    text = render_page(
        layout,
        title=title,
        paragraphs=[f"zqp{i}zq" for i in range(n_paragraphs)],
        published=SENTINEL,
        url=f"https://{host}/zqpathzq",
        pad_kb=None,
    )
    text = text.replace(f'"headline": "{title}"', '"headline": "zqtitlejsonzq"')
    text = text.replace(f"/{title}", "/zqslugzq").replace(title, "zqtitlezq")
    text = text.replace('content="zqp0zq', 'content="zqdesczq')
    text = text.replace(iso(SENTINEL), "zqisozq")
    dates: dict[str, tuple[str, str, int]] = {}
    # The byline and the sidebar's "Terkini" lists (_chrome.headline_list: the i-th headline
    # is 3i to 3i+2 hours and 7i minutes older than the article), in the layout's date style.
    for minutes in sorted({(3 * i + r) * 60 + 7 * i for i in range(16) for r in range(3)}):
        printed = fmt(SENTINEL - dt.timedelta(minutes=minutes), style)
        if printed in text:
            name = f"dt{len(dates)}"
            dates[name] = (name, style, minutes)
            text = text.replace(printed, f"zq{name}zq")
    text = text.replace(str(SENTINEL.year), "zqyearzq")
    head_end, body_end = text.rindex("</head>"), text.rindex("</body>")
    text = (text[:head_end] + "zqpadheadzq\n" + text[head_end:body_end] + "zqpadbodyzq\n"
            + text[body_end:])
    parts = tuple(TOKEN.split(text))
    return Template(parts, tuple(dates.values()))


@cache
def script_pool(seed: int, n: int = 48) -> tuple[str, ...]:
    """Inline script bundles of 4-24 KB, shared by the pages as real sites share bundles."""
    rng = random.Random(f"scripts:{seed}")
    return tuple(script_block(rng, rng.randint(4000, 24000)) for _ in range(n))


def esc(text: str) -> str:
    """Text escaped for HTML the way the layouts escape it."""
    return html.escape(text, quote=True).replace("\xa0", "&nbsp;")


def padding(rng: random.Random, pool: tuple[str, ...], size: int) -> str:
    """Script bundles from the pool adding up to about `size` bytes."""
    chunks: list[str] = []
    while size > 0:
        block = rng.choice(pool)
        chunks.append(block)
        size -= len(block) + 1
    return "\n".join(chunks)


def page_kb(rng: random.Random, avg_kb: int) -> int:
    """A page weight in KB: skewed like real pages, clipped to 50-300 KB (or near a small avg)."""
    low, high = min(50, avg_kb), max(300, avg_kb)
    return int(min(high, max(low, rng.lognormvariate(0, 0.35) * avg_kb * 0.94)))


def url_path(source: str, index: int, title: str, when: dt.datetime) -> str:
    """A URL path in the shape of the site's article URLs (unique per page index)."""
    s = slug(title)
    paths = {
        "radioidola": f"{when.year}/{s}-{index}/",
        "suaramerdeka_kedu": f"semarang-raya/pr-{1900000000 + index}/{s}",
        "magelangekspres": f"read/{100000 + index}/{s}",
        "rri": f"semarang/daerah/{500000 + index}/{s}",
        "jambiekspres": f"read/{200000 + index}/{s}",
        "detikjateng": f"jateng/berita/d-{7000000 + index}/{s}",
        "kompas_regional": f"read/{when:%Y/%m/%d}/{when:%H%M}{index:07d}/{s}",
        "tribunjateng": f"{when:%Y/%m/%d}/{s}-{index}",
    }
    return paths[source]


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """One generated page: its bytes, its manifest row and what it is known to say."""

    body: bytes
    row: ManifestRow
    story: Story
    published: dt.datetime


def pages(n: int, *, seed: int = 0, avg_kb: int = 150,
          relevant_share: float = RELEVANT_SHARE) -> Iterator[CorpusPage]:
    """Generate n pages one at a time, deterministic in (seed, index)."""
    pool = script_pool(seed)
    weights = [s[4] for s in SOURCES]
    span = (LAST_DAY - FIRST_DAY).days
    for index in range(n):
        rng = random.Random(f"{seed}:{index}")
        source, layout, host, style, _w = rng.choices(SOURCES, weights)[0]
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
        published = dt.datetime.combine(day, dt.time(rng.randint(6, 22), rng.randint(0, 59)))
        st = story(rng, day, relevant_share)
        tpl = template(layout, host, style, len(st.paragraphs), rng.randrange(VARIANTS))
        path = url_path(source, index, st.title, published)
        values = {
            "title": esc(st.title),
            "titlejson": json.dumps(st.title, ensure_ascii=False)[1:-1],
            "slug": slug(st.title),
            "path": path,
            "desc": esc(st.paragraphs[0][:160]),
            "iso": iso(published),
            "year": str(published.year),
            "padhead": "",
            "padbody": "",
        }
        values.update({f"p{i}": esc(p) for i, p in enumerate(st.paragraphs)})
        for name, style, minutes in tpl.dates:
            values[name] = fmt(published - dt.timedelta(minutes=minutes), style)
        bare = tpl.fill(values)
        missing = page_kb(rng, avg_kb) * 1024 - len(bare)
        if missing > 2048:
            values["padhead"] = padding(rng, pool, missing // 2)
            values["padbody"] = padding(rng, pool, missing // 2)
            bare = tpl.fill(values)
        body = bare.encode("utf-8")
        url = f"https://{host}/{path}"
        fetched = published + dt.timedelta(hours=rng.randint(1, 72))
        row = ManifestRow(
            sha256=hashlib.sha256(body).hexdigest(), url=url, final_url=url, source=source,
            fetched_at=fetched.strftime("%Y-%m-%dT%H:%M:%SZ"), status=200,
            content_type=CONTENT_TYPE, etag=None, last_modified=None, size=len(body),
        )
        yield CorpusPage(body, row, st, published)


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What `write_corpus` wrote and how fast."""

    pages: int
    relevant: int
    known_facts: int
    bytes: int
    seconds: float

    @property
    def pages_per_second(self) -> float:
        """Generation speed, writing included."""
        return self.pages / self.seconds if self.seconds else 0.0


def write_corpus(root: Path, n: int, *, seed: int = 0, avg_kb: int = 150,
                 relevant_share: float = RELEVANT_SHARE) -> CorpusStats:
    """Write n pages into a fresh raw store at `root` (refuses a folder that has a manifest)."""
    store = RawStore(root)
    if store.manifest_path.exists():
        raise FileExistsError(f"{root} already holds a raw store (manifest.jsonl)")
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    relevant = facts = size = 0
    with store.manifest_path.open("w", encoding="utf-8") as manifest, \
            (root / "corpus.jsonl").open("w", encoding="utf-8") as truth:
        for page in pages(n, seed=seed, avg_kb=avg_kb, relevant_share=relevant_share):
            path = store.page_path(page.row.sha256)
            path.parent.mkdir(exist_ok=True, parents=True)
            path.write_bytes(page.body)
            manifest.write(json.dumps(page.row.to_dict(), separators=(",", ":")) + "\n")
            truth.write(json.dumps({
                "sha256": page.row.sha256, "url": page.row.url, "source": page.row.source,
                "published": page.published.date().isoformat(), "topic": page.story.topic,
                "relevant": page.story.relevant, "title": page.story.title,
                "facts": [asdict(f) for f in page.story.facts],
            }, ensure_ascii=False) + "\n")
            relevant += page.story.relevant
            facts += len(page.story.facts)
            size += len(page.body)
    return CorpusStats(n, relevant, facts, size, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    """Command line: write a corpus and print how fast it was written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages to write (1,000-100,000)")
    parser.add_argument("--out", type=Path, required=True, help="a new raw store folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--avg-kb", type=int, default=150, help="average page weight in KB")
    parser.add_argument("--relevant-share", type=float, default=RELEVANT_SHARE)
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    if not 0 <= args.relevant_share <= 1:
        parser.error("--relevant-share must be between 0 and 1")
    try:
        stats = write_corpus(args.out, args.pages, seed=args.seed, avg_kb=args.avg_kb,
                             relevant_share=args.relevant_share)
    except (FileExistsError, OSError) as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {stats.pages} pages ({stats.relevant} relevant, {stats.known_facts} known "
          f"facts), {stats.bytes / 2**20:.0f} MiB, avg {stats.bytes / stats.pages / 1024:.0f} KB, "
          f"in {stats.seconds:.1f} s: {stats.pages_per_second:.0f} pages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
