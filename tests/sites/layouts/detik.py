"""detik.com-like layout: `.detail__body-text` body with an ADVERTISEMENT / SCROLL TO CONTINUE
WITH CONTENT parallax ad between paragraphs and "Baca juga:" link boxes."""

from __future__ import annotations

from tests.sites.layouts._chrome import (
    MENU,
    PageSpec,
    body_items,
    esc,
    fmt,
    footer,
    head,
    headline_list,
    nav,
    share_buttons,
    slug,
)

RELATED = ('<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
           '<a href="{href}">{title}</a></div></td></tr></table>')

PARALLAX = ('<div class="parallaxindetail scrollpage"><div class="para_caption">ADVERTISEMENT</div>'
            '<div id="parallax-ad"></div><div class="para_caption">SCROLL TO CONTINUE WITH CONTENT</div></div>')


def render(spec: PageSpec) -> str:
    """An article page of a detik regional channel."""
    date_text = spec.byline_date_text or (fmt(spec.published, "detik") if spec.published else "")
    items = body_items(spec, RELATED)
    items.insert(min(2, len(items)), PARALLAX)
    # A bare ad label with no class, as an injected script leaves it behind.
    items.insert(min(5, len(items)), "<div>ADVERTISEMENT</div>")
    lists = "".join(
        f'<article class="list-content__item"><div class="media"><h3 class="media__title"><a href="{h}" class="media__link">{t}</a></h3>'
        f'<div class="media__date"><span title="{d}">{d}</span></div></div></article>'
        for h, t, d in headline_list(spec, 10, "detik")
    )
    caption = f'<figcaption class="detail__media-caption">{esc(spec.caption)}</figcaption>' if spec.caption else ""
    return f"""<!DOCTYPE html>
<html lang="id-ID">
{head(spec, "detail")}
<body>
<div class="container"><header class="header">{nav(MENU, spec.host, "navbar")}</header>
<div class="grid-row content__bg"><div class="column-8">
<article class="detail">
<div class="detail__header"><div class="page__breadcrumb"><a href="https://{spec.host}/">detikJateng</a> <a href="https://{spec.host}/berita">Berita</a></div>
<h1 class="detail__title">{esc(spec.title)}</h1>
<div class="detail__author">{esc(spec.author)} - detikJateng</div>
<div class="detail__date">{esc(date_text)}</div></div>
{share_buttons(spec, "detail__share")}
<div class="detail__media"><figure class="detail__media-image"><img src="https://{spec.host}/img/{slug(spec.title)}.jpg" alt="{esc(spec.title)}" title="{esc(spec.title)}">{caption}</figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
{"".join(items)}
</div>
<div class="detail__body-tag mgt-16"><div class="nav">{"".join(f'<a href="https://{spec.host}/tag/{slug(t)}" class="nav__item">{esc(t)}</a>' for t in spec.tags)}</div></div>
</div></article>
<div class="list-content"><h2 class="title">Berita Terkait</h2>{lists}</div>
</div><div class="column-4"><div class="box cb-mostpop"><h2 class="title">Terpopuler</h2>{lists}</div></div></div>
{footer(spec, "footer")}</div>
<!--PAD-BODY-->
</body>
</html>
"""
