"""Render realistic, deterministic news article pages for tests, benchmarks and site mirrors.

    from tests.sites.render import LAYOUTS, render_page
    html = render_page("disway", title=..., paragraphs=[...], published=datetime(...),
                       url="https://magelangekspres.disway.id/read/123/slug")

Each layout (`tests/sites/layouts/<name>.py`) reproduces one site family's markup: head with
meta tags, JSON-LD, inline CSS and ad/analytics scripts, menus, breadcrumbs, share buttons,
"Baca Juga" links between paragraphs, ADVERTISEMENT blocks, tags, "Terkini"/"Terpopuler" lists
of other headlines (with dates and numbers), comments and a big footer.

- A paragraph written "Baca Juga: <headline>" (any case) is rendered as the site's own
  inline related-article link; without such lines and with `auto_related`, two are inserted.
- A paragraph that is only whitespace becomes `<p>&nbsp;</p>`, as some CMSes emit.
- `pad_kb` pads the page with inline scripts up to about that many kilobytes (the chrome alone
  weighs 20-30 KB); None adds nothing.
- `meta_dates=False` leaves the date out of the metadata (article:published_time, JSON-LD,
  <time datetime>): only the printed byline carries it.
- Same arguments, same bytes: the chrome's randomness is seeded by the arguments.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from tests.sites.layouts import detik, disway, kompas, radioidola, rri, suaramerdeka, tribun
from tests.sites.layouts._chrome import PageSpec, padding

#: name -> (render function, default site name)
LAYOUTS: dict[str, tuple[Callable[..., str], str]] = {
    "radioidola": (radioidola.render, "Radio Idola Semarang"),
    "suaramerdeka": (suaramerdeka.render, "Suara Merdeka Kedu"),
    "disway": (disway.render, "Disway"),
    "rri": (rri.render, "RRI"),
    "detik": (detik.render, "detikJateng"),
    "kompas": (kompas.render, "Kompas.com"),
    "tribun": (tribun.render, "Tribunjateng.com"),
}

#: Default page weight: real article pages of these sites weigh 60-250 KB.
DEFAULT_PAD_KB = 90

DEFAULT_TAGS = ("BPJS Ketenagakerjaan", "BPJamsostek", "Jaminan Sosial")


def render_page(
    layout: str,
    *,
    title: str,
    paragraphs: Sequence[str],
    published: dt.datetime | None,
    url: str,
    byline_date_text: str | None = None,
    site_name: str | None = None,
    author: str = "Redaksi",
    editor: str = "Redaksi",
    caption: str | None = "",
    tags: Sequence[str] = DEFAULT_TAGS,
    meta_dates: bool = True,
    auto_related: bool = True,
    pad_kb: int | None = DEFAULT_PAD_KB,
    **layout_options: str | None,
) -> str:
    """A full HTML article page in the given layout (see the module docstring for options).

    `caption` "" means the layout's usual photo caption (the title and a photo credit);
    None means no caption. `layout_options` go to the layout (disway: reporter, category;
    radioidola: prev_title).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(sorted(LAYOUTS))}")
    render, default_site = LAYOUTS[layout]
    seed = hashlib.sha256(f"{layout}\x1f{title}\x1f{url}".encode()).hexdigest()
    spec = PageSpec(
        layout=layout,
        title=title,
        paragraphs=tuple(paragraphs),
        published=published,
        url=url,
        site_name=site_name or default_site,
        host=urlsplit(url).hostname or "example.id",
        byline_date_text=byline_date_text,
        author=author,
        editor=editor,
        caption=f"{title}. (Foto: Istimewa)" if caption == "" else caption,
        tags=tuple(tags),
        meta_dates=meta_dates,
        auto_related=auto_related,
        rng=random.Random(seed),
    )
    page = render(spec, **layout_options)
    return _pad(page, spec, pad_kb)


def _pad(page: str, spec: PageSpec, pad_kb: int | None) -> str:
    """The page with inline scripts added (half in the head, half at the end) up to pad_kb."""
    missing = (pad_kb or 0) * 1024 - len(page.encode("utf-8"))
    head_pad = body_pad = ""
    if missing > 2048:
        head_pad = padding(spec, missing // 2048)
        body_pad = padding(spec, missing // 2048)
    return page.replace("<!--PAD-HEAD-->", head_pad).replace("<!--PAD-BODY-->", body_pad)
