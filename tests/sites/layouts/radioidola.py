"""radioidola.com: WordPress with the "Newspaper" (tagDiv) theme, `td-post-content` body."""

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
    iso,
    nav,
    share_buttons,
    slug,
)

RELATED = '<p><strong>Baca Juga: <a href="{href}">{title}</a></strong></p>'


def render(spec: PageSpec, prev_title: str | None = None) -> str:
    """A single post page of the theme."""
    post_id = spec.rng.randint(100000, 140000)
    date_text = spec.byline_date_text or (fmt(spec.published, "wordpress") if spec.published else "")
    dt_attr = f' datetime="{iso(spec.published)}"' if spec.meta_dates and spec.published else ""
    popular = "".join(
        f'<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title">'
        f'<a href="{h}">{t}</a></h3><div class="td-module-meta-info"><span class="td-post-date">'
        f"<time class=\"entry-date\">{d}</time></span></div></div>"
        for h, t, d in headline_list(spec, 8, "wordpress")
    )
    related = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title">'
        f'<a href="{h}">{t}</a></h3></div></div>'
        for h, t, _ in headline_list(spec, 6, "wordpress")
    )
    prev = esc(prev_title) if prev_title else headline_list(spec, 1, "wordpress")[0][1]
    nxt = headline_list(spec, 1, "wordpress")[0][1]
    caption = f'<figcaption class="wp-caption-text">{esc(spec.caption)}</figcaption>' if spec.caption else ""
    paragraphs = "\n".join(body_items(spec, RELATED))
    return f"""<!DOCTYPE html>
<html lang="id-ID">
{head(spec, "td")}
<body class="post-template-default single single-post postid-{post_id} single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu">
<div class="td_data_time">Radio Idola 92.6 FM Semarang - Radionya Masyarakat Urban</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo">
<a class="td-main-logo" href="https://{spec.host}/"><img class="td-retina-data" src="https://{spec.host}/logo.png" alt="Radio Idola Semarang"></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header">ADVERTISEMENT</div></div></div></div>
<div class="td-header-menu-wrap-full">{nav(MENU, spec.host, "sf-menu")}</div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="https://{spec.host}/">Beranda</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="https://{spec.host}/category/berita/">Berita</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail category-berita tag-{slug(spec.tags[0]) if spec.tags else 'berita'}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="https://{spec.host}/category/berita/">Berita</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(spec.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Oleh</div> <a href="https://{spec.host}/author/{slug(spec.author)}/">{esc(spec.author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date"{dt_attr}>{esc(date_text)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post_id}">{spec.rng.randint(100, 9000)}</span></div></div>
</header></div>
<div class="td-post-sharing-top">{share_buttons(spec, "td-post-sharing td-ps-bg")}</div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="https://{spec.host}/wp-content/uploads/{slug(spec.title)}.jpg" data-caption="{esc(spec.caption or '')}"><img width="696" height="392" class="entry-thumb" src="https://{spec.host}/wp-content/uploads/{slug(spec.title)}-696x392.jpg" alt="" title="{esc(spec.title)}"></a>{caption}</figure></div>
{paragraphs}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="{spec.rng.randint(10**9, 10**10)}"></ins></div>
<p><a href="https://news.google.com/publications/CAAqBwgKMKzSpwswl9y_Aw?hl=id&amp;gl=ID&amp;ceid=ID%3Aid" target="_blank" rel="noopener">Ikuti Kami di Google News</a></p>
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{"".join(f'<li><a href="https://{spec.host}/tag/{slug(t)}/">{esc(t)}</a></li>' for t in spec.tags)}</ul></div>
<div class="td-post-sharing-bottom">{share_buttons(spec, "td-post-sharing td-ps-bg")}</div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Artikel sebelumnya</span><a href="https://{spec.host}/{slug(prev)}/">{prev}</a></div></div>
<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Artikel berikutnya</span><a href="https://{spec.host}/{slug(nxt)}/">{nxt}</a></div></div></div>
<div class="author-box-wrap"><a href="https://{spec.host}/author/{slug(spec.author)}/"><img alt="" src="https://{spec.host}/avatar.png"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="https://{spec.host}/author/{slug(spec.author)}/">{esc(spec.author)}</a></span></div><div class="td-author-description">Reporter Radio Idola Semarang.</div></div></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">ARTIKEL TERKAIT</a><a class="td-related-right" href="#">LEBIH DARI PENULIS</a></h4><div class="td_block_inner"><div class="td-related-row">{related}</div></div></div>
{comments("comments")}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Dengarkan Live Streaming Radio Idola 92,6 FM</span></h4><div class="textwidget"><audio controls src="https://stream.{spec.host}/live"></audio></div></aside>
<aside class="td_block_template_1 widget"><h4 class="block-title"><span>Terpopuler</span></h4>{popular}</aside>
</div></div></div>
</div></div>
{footer(spec, "td-footer-wrapper")}
</div>
<!--PAD-BODY-->
</body>
</html>
"""
