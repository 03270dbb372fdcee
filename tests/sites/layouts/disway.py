"""disway.id network (magelangekspres, jambiekspres): `.post` page, `#post-content` body,
"Sabtu 12-10-2024,10:23 WIB" bylines and inline "BACA JUGA:" links."""

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

RELATED = '<p><strong>BACA JUGA:<a href="{href}">{title}</a></strong></p>'


def render(spec: PageSpec, reporter: str | None = None, category: str = "") -> str:
    """A read page of a disway network newspaper."""
    date_text = spec.byline_date_text or (fmt(spec.published, "disway") if spec.published else "")
    terkini = "".join(
        f'<li class="media"><a href="{h}"><img class="mr-3" src="{h}.jpg" alt=""></a><div class="media-body">'
        f'<h2 class="media-heading"><a href="{h}">{t}</a></h2><span class="text-muted">{d}</span></div></li>'
        for h, t, d in headline_list(spec, 10, "disway")
    )
    populer = "".join(
        f'<li><span class="number">{i}</span><a href="{h}">{t}</a></li>'
        for i, (h, t, _) in enumerate(headline_list(spec, 6, "disway"), 1)
    )
    tags = "".join(f'<a class="badge" href="https://{spec.host}/tag/{slug(t)}">#{esc(t)}</a>' for t in spec.tags)
    caption = f'<p class="caption-img">{esc(spec.caption)}</p>' if spec.caption else ""
    reporter_line = f'Reporter : <a href="https://{spec.host}/author/{slug(reporter)}">{esc(reporter)}</a><br>' if reporter else ""
    cat_link = f'<a href="https://{spec.host}/kategori/{slug(category)}">{esc(category)}</a>' if category else ""
    return f"""<!DOCTYPE html>
<html lang="id">
{head(spec, "dw")}
<body class="body-post">
<div class="top-ads"><div class="ads-box">ADVERTISEMENT</div></div>
<header class="header-top"><div class="container"><a class="logo" href="https://{spec.host}/"><img src="https://{spec.host}/assets/logo.png" alt="{esc(spec.site_name)}"></a>
<div class="top-date">Network Disway</div></div>{nav(MENU, spec.host, "navbar")}</header>
<div class="container"><div class="row"><div class="col-md-8">
<div class="breadcrumb"><a href="https://{spec.host}/">Home</a> <span>&gt;</span> <a href="https://{spec.host}/kategori/{slug(category or 'berita')}">{esc(category or 'Berita')}</a></div>
<div class="post">
<h1 class="text-black">{esc(spec.title)}</h1>
<p class="date text-gray"><span>{esc(date_text)}</span></p>
<p class="author text-gray">{reporter_line}Editor : <a href="https://{spec.host}/author/{slug(spec.editor)}">{esc(spec.editor)}</a></p>
{share_buttons(spec, "share-top")}
<div class="media-image"><img class="img-fluid" src="https://{spec.host}/upload/{slug(spec.title)}.jpg" alt="{esc(spec.title)}" title="{esc(spec.title)}">{caption}</div>
<div class="entry-content" id="post-content">
{"".join(body_items(spec, RELATED))}
<p><strong><a href="https://news.google.com/publications/CAAqBwgKMOv{spec.rng.randint(1000, 9999)}?hl=id">Cek Berita dan Artikel yang lain di Google News</a></strong></p>
</div>
<div class="sumber-berita">Sumber: </div>
<div class="kategori-post">Kategori : {cat_link}</div>
<div class="tags-post">{tags}</div>
{share_buttons(spec, "share-bottom")}
</div>
<div class="terkini"><h3 class="title-box">Terkini</h3><ul class="list-unstyled">{terkini}</ul></div>
</div>
<div class="col-md-4"><div class="sidebar"><h3 class="title-box">Terpopuler</h3><ol class="populer">{populer}</ol>
<div class="ads-box">ADVERTISEMENT</div></div></div>
</div></div>
{footer(spec, "footer")}
<!--PAD-BODY-->
</body>
</html>
"""
