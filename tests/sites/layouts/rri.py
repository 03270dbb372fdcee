"""rri.co.id: "KBRN, Kediri:" datelines, `#news-content` body written as text blocks
separated by <br><br> (as radio newsrooms paste them), a reactions widget and comments."""

from __future__ import annotations

from tests.sites.layouts._chrome import (
    MENU,
    PageSpec,
    comments,
    esc,
    fmt,
    footer,
    head,
    headline_list,
    nav,
    related_title,
    share_buttons,
    slug,
)


def render(spec: PageSpec) -> str:
    """A news page of the RRI portal."""
    date_text = spec.byline_date_text or (fmt(spec.published, "rri") if spec.published else "")
    chunks = []
    for para in spec.paragraphs:
        linked = related_title(para)
        if linked is not None:
            chunks.append(f'<b>Baca Juga:</b> <a href="https://{spec.host}/{slug(linked)}">{esc(linked)}</a>')
        elif para.strip():
            chunks.append(esc(para))
    body = "<br><br>\n".join(chunks)
    caption = f'<p class="text-center"><em>{esc(spec.caption)}</em></p>' if spec.caption else ""
    latest = "".join(
        f'<div class="news-item"><a href="{h}"><h4>{t}</h4></a><span class="news-date">{d}</span></div>'
        for h, t, d in headline_list(spec, 8, "rri")
    )
    emojis = "".join(f'<button class="react-btn" data-r="{r}">{r} <span>0</span></button>' for r in ("Suka", "Lucu", "Sedih", "Marah", "Kaget"))
    return f"""<!DOCTYPE html>
<html lang="id">
{head(spec, "rri")}
<body>
<div class="top-bar"><a href="https://{spec.host}/">RRI.co.id</a> | <a href="https://{spec.host}/live">Live Streaming Pro 1 Pro 2 Pro 3 Pro 4</a></div>
<header class="site-header"><a href="https://{spec.host}/" class="logo"><img src="https://{spec.host}/logo.png" alt="RRI"></a>{nav(MENU, spec.host, "main-menu")}</header>
<main class="container"><div class="row"><div class="col-lg-8">
<div class="news-detail">
<div class="breadcrumbs"><a href="https://{spec.host}/">Beranda</a> / <a href="https://{spec.host}/kediri">Kediri</a> / Ekonomi</div>
<h1 class="title-news">{esc(spec.title)}</h1>
<div class="info-news"><span class="author-name">{esc(spec.author)}</span> <span class="date-news">{esc(date_text)}</span></div>
<div class="img-news"><img src="https://{spec.host}/img/{slug(spec.title)}.jpg" alt="{esc(spec.title)}"></div>
<div id="news-content" class="news-content">
{caption}
{body}
</div>
{share_buttons(spec, "share-news")}
<div class="tags-news">{"".join(f'<a href="https://{spec.host}/tag/{slug(t)}">{esc(t)}</a>' for t in spec.tags)}</div>
<div class="reaction-news"><p>Reaksi anda terhadap berita ini :</p>{emojis}</div>
{comments("comment-news")}
</div></div>
<div class="col-lg-4"><div class="sidebar-news"><h3>Berita Terkini</h3>{latest}</div></div>
</div></main>
{footer(spec, "site-footer")}
<!--PAD-BODY-->
</body>
</html>
"""
