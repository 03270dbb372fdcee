"""suaramerdeka-kedu.com: the Promedia network layout, `read__content` body, "Terkini" list."""

from __future__ import annotations

from tests.sites.layouts._chrome import (
    MENU,
    PageSpec,
    body_items,
    comments,
    esc,
    fmt,
    footer,
    head,
    headline_list,
    nav,
    share_buttons,
    slug,
)

RELATED = '<p><strong>Baca Juga:</strong> <a href="{href}" class="link-baca-juga">{title}</a></p>'


def render(spec: PageSpec) -> str:
    """A read page of the network."""
    date_text = spec.byline_date_text or (fmt(spec.published, "promedia") if spec.published else "")
    items = body_items(spec, RELATED)
    # An ad slot inside the text, after the third paragraph, as the network inserts them.
    items.insert(min(3, len(items)), '<div class="ads-on-body"><div class="ads__label">ADVERTISEMENT</div>'
                 f'<div id="div-gpt-ad-{spec.rng.randint(10**12, 10**13)}-0"></div></div>')
    latest = "".join(
        f'<div class="latest__item"><div class="latest__img"><a href="{h}"><img src="{h}.jpg" alt="{t}"></a></div>'
        f'<div class="latest__right"><h2 class="latest__title"><a href="{h}" class="latest__link">{t}</a></h2>'
        f'<date class="latest__date">{d}</date></div></div>'
        for h, t, d in headline_list(spec, 10, "promedia")
    )
    popular = "".join(
        f'<li class="most__item"><div class="most__number">{i}</div><div class="most__right">'
        f'<a href="{h}" class="most__link"><h2 class="most__title">{t}</h2></a></div></li>'
        for i, (h, t, _) in enumerate(headline_list(spec, 5, "promedia"), 1)
    )
    tags = "".join(f'<li class="tag__item"><a href="https://{spec.host}/tag/{slug(t)}" class="tag__link">{esc(t)}</a></li>' for t in spec.tags)
    caption = esc(spec.caption) if spec.caption else ""
    return f"""<!DOCTYPE html>
<html lang="id">
{head(spec, "read")}
<body>
<header class="header"><div class="header__top"><div class="container">
<a class="header__logo" href="https://{spec.host}/"><img src="https://{spec.host}/logo.png" alt="{esc(spec.site_name)}"></a>
<div class="header__search"><form action="/search"><input name="q" placeholder="Cari"></form></div></div></div>
<div class="header__bottom">{nav(MENU, spec.host, "nav")}</div></header>
<div class="container"><div class="row"><div class="col-offset-fluid clearfix"><div class="col-bs10-7">
<div class="breadcrumb"><ul class="breadcrumb__wrap"><li class="breadcrumb__item"><a href="https://{spec.host}/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="https://{spec.host}/semarang-raya" class="breadcrumb__link">Semarang Raya</a></li></ul></div>
<section class="read__header"><h1 class="read__title">{esc(spec.title)}</h1>
<div class="read__info"><div class="read__info__author">- <a href="https://{spec.host}/editor/{slug(spec.author)}">{esc(spec.author)}</a></div>
<div class="read__info__date">- {esc(date_text)}</div></div></section>
<div class="photo"><div class="photo__img"><img src="https://{spec.host}/photo/{slug(spec.title)}.jpg" alt="{caption}" title="{caption}"></div>
<div class="photo__caption">{caption}</div></div>
{share_buttons(spec, "social")}
<article class="read__content clearfix">
{"".join(items)}
<div class="read__paging"><div class="paging"><span class="paging__title">Halaman:</span> <a class="paging__link paging__link--active" href="{esc(spec.url)}">1</a></div></div>
</article>
<div class="read__info__editor"><p>Editor: <a href="https://{spec.host}/editor/{slug(spec.editor)}">{esc(spec.editor)}</a></p></div>
<div class="read__tagging"><div class="tag"><h4 class="tag__title">Tags</h4><ul class="tag__list">{tags}</ul></div></div>
{comments("comments")}
<div class="latest"><div class="title"><h3 class="title__text">Terkini</h3></div><div class="latest__wrap">{latest}</div></div>
</div><div class="col-bs10-3"><aside class="most"><h3 class="most__title_head">Terpopuler</h3><ul class="most__list">{popular}</ul></aside></div>
</div></div></div>
{footer(spec, "footer")}
<div class="sticky-ads"><div class="closeBtn">X</div><div id="div-gpt-ad-sticky"></div></div>
<!--PAD-BODY-->
</body>
</html>
"""
