"""tribunnews-like layout: `#article_con` wraps `.side-article.txt-article`; ads and an
unmarked "Berita Terkait" list sit inside the body wrapper."""

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

RELATED = '<p class="baca"><strong>Baca juga: <a href="{href}">{title}</a></strong></p>'


def render(spec: PageSpec) -> str:
    """An article page of a tribun regional site."""
    date_text = spec.byline_date_text or (fmt(spec.published, "tribun") if spec.published else "")
    items = body_items(spec, RELATED)
    items.insert(min(3, len(items)), '<div class="ads-on-body"><p>ADVERTISEMENT</p><div id="div-gpt-ad-mid"></div></div>')
    related = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t, _ in headline_list(spec, 5, "tribun"))
    popular = "".join(
        f'<li><div class="pop-num">{i}</div><h3><a href="{h}">{t}</a></h3><time>{d}</time></li>'
        for i, (h, t, d) in enumerate(headline_list(spec, 8, "tribun"), 1)
    )
    caption = f'<div class="ovh"><figcaption class="fs12 grey">{esc(spec.caption)}</figcaption></div>' if spec.caption else ""
    return f"""<!DOCTYPE html>
<html lang="id">
{head(spec, "tb")}
<body class="single">
<div id="header">{nav(MENU, spec.host, "main-nav")}</div>
<div class="main"><div class="content"><div id="article">
<div class="breadcrumb"><ol><li><a href="https://{spec.host}/">Home</a></li><li><a href="https://{spec.host}/regional">Regional</a></li></ol></div>
<h1 id="arttitle">{esc(spec.title)}</h1>
<div class="credit mt10"><div><a href="https://{spec.host}/author/{slug(spec.author)}">Penulis: {esc(spec.author)}</a> | Editor: {esc(spec.editor)}</div>
<time class="grey">{esc(date_text)}</time></div>
<div id="artimg"><img src="https://{spec.host}/foto/{slug(spec.title)}.jpg" alt="{esc(spec.title)}">{caption}</div>
{share_buttons(spec, "sharing-top")}
<div id="article_con">
<div class="side-article txt-article multi-fontsize">
{"".join(items)}
</div>
<div><h3>Berita Terkait</h3><ul>{related}</ul></div>
</div>
<div class="tagcloud3">{"".join(f'<h5 class="tagcloud3"><a href="https://{spec.host}/tag/{slug(t)}">{esc(t)}</a></h5>' for t in spec.tags)}</div>
</div></div>
<div class="sidebar"><div class="populer"><h3>Terpopuler</h3><ul>{popular}</ul></div></div></div>
{footer(spec, "footer")}
<!--PAD-BODY-->
</body>
</html>
"""
