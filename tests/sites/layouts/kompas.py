"""kompas.com-like layout: `.read__content` body, "Kompas.com - 24/12/2024, 10:15 WIB" time,
inline "Baca juga:" links and a page list."""

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

RELATED = '<p><strong>Baca juga: <a href="{href}" class="inner-link-baca-juga">{title}</a></strong></p>'


def render(spec: PageSpec) -> str:
    """A read page of a kompas regional section."""
    date_text = spec.byline_date_text or (
        "Kompas.com - " + fmt(spec.published, "kompas") if spec.published else ""
    )
    most = "".join(
        f'<div class="most__item"><div class="most__count">{i}</div><a class="most__link" href="{h}">'
        f'<h4 class="most__title">{t}</h4></a><div class="most__read">{d}</div></div>'
        for i, (h, t, d) in enumerate(headline_list(spec, 10, "kompas"), 1)
    )
    caption = f'<div class="photo__caption">{esc(spec.caption)}</div>' if spec.caption else ""
    return f"""<!DOCTYPE html>
<html lang="id">
{head(spec, "kps")}
<body>
<div class="header">{nav(MENU, spec.host, "nav")}</div>
<div class="container clearfix"><div class="col-bs10-7">
<div class="breadcrumb"><ol class="breadcrumb__wrap"><li class="breadcrumb__item"><a href="https://{spec.host}/">Home</a></li><li class="breadcrumb__item"><a href="https://{spec.host}/regional">Regional</a></li></ol></div>
<div class="read__header"><h1 class="read__title">{esc(spec.title)}</h1>
<div class="read__info"><div class="read__time">{esc(date_text)}</div>
<div class="read__credit">Penulis <a href="https://{spec.host}/penulis/{slug(spec.author)}">{esc(spec.author)}</a> | Editor {esc(spec.editor)}</div></div></div>
<div class="photo"><div class="photo__wrap"><img src="https://{spec.host}/img/{slug(spec.title)}.jpg" alt="{esc(spec.title)}"></div>{caption}</div>
{share_buttons(spec, "social--article")}
<div class="read__content"><div class="clearfix">
{"".join(body_items(spec, RELATED))}
</div>
<div class="paging"><div class="paging__wrap clearfix"><div class="paging__item">Halaman:</div><div class="paging__item"><a class="paging__link paging__link--active" href="#">1</a></div></div></div>
<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.</p>
</div>
<div class="tag"><div class="tag__title">Tag</div><ul class="tag__article__wrap">{"".join(f'<li class="tag__article__item"><a class="tag__article__link" href="https://{spec.host}/tag/{slug(t)}">{esc(t)}</a></li>' for t in spec.tags)}</ul></div>
</div><div class="col-bs10-3"><div class="most"><h3 class="title">Terpopuler</h3>{most}</div></div></div>
{footer(spec, "footer")}
<!--PAD-BODY-->
</body>
</html>
"""
