"""Find the article body in a parsed page and cut it into text blocks, without recursion.

The body is found by known selectors of Indonesian news markup first, then by text density
(the element whose paragraphs hold the most text and the fewest links). Chrome inside it is
removed by tag and by class/id tokens; the remaining text is split into blocks at block-level
elements and `<br>`. Every walk uses lxml's own iterators, so 10,000 nested levels cost no stack.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from lxml import etree
from lxml.cssselect import CSSSelector

from extractors.html_meta import clean_text, text_of

#: Body selectors of known layouts, tried in order; each comment names the site family.
BODY_SELECTORS: tuple[str, ...] = (
    ".detail__body-text",  # detik
    ".read__content",  # kompas, Promedia network (suaramerdeka-kedu.com)
    "#article_con",  # tribun
    ".side-article.txt-article",  # tribun
    "#news-content",  # RRI
    ".news-content",  # RRI
    ".td-post-content",  # WordPress "Newspaper" theme (radioidola.com)
    "[itemprop=articleBody]",
    ".entry-content",  # WordPress themes, disway
    "#post-content",  # disway
    ".post-content",
    ".article-content",
    ".detail-content",
    "article",
    ".post",  # disway
)

#: A selector match with less text than this is a teaser, not the body...
MIN_BODY_CHARS = 150

#: ...unless no match is longer: a two-line news flash is still an article.
MIN_SHORT_BODY_CHARS = 20

#: Selectors that also match wrappers of teasers and whole pages: tried after the specific
#: ones, and only with enough text.
GENERIC_SELECTORS: frozenset[str] = frozenset({"article", ".post"})

#: Tags that never hold article text anywhere in a page (removed before anything else).
NOISE_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "video", "audio", "link", "button", "select", "textarea", "input",
)

#: Tags removed inside the body: navigation, asides, forms, figures and their captions.
BODY_NOISE_TAGS: tuple[str, ...] = (
    "nav", "aside", "footer", "form", "figure", "figcaption", "img", "picture", "ins",
    "label",
)

#: Class/id tokens of chrome inside a body (a whole token must match).
CHROME_TOKEN = re.compile(
    r"^(?:[a-z0-9]+[-_]+)*"
    r"(?:share|sharing|sharer|social|sosmed|related|terkait|baca-?juga|bacajuga|readmore"
    r"|read-?also|also-?read|popular|populer|terpopuler|terkini|latest|trending|newsletter"
    r"|comments?|komentar|disqus|breadcrumbs?|author|penulis|tags?|tagging|tagcloud|ads?"
    r"|advert\w*|iklan|banner|sponsor\w*|sidebar|widget|footer|nav|navbar|navigation|menu"
    r"|pagination|paging|subscribe|gnews|google-?news|caption|wp-caption-text|credit"
    r"|parallax\w*|reaction|reaksi|rating|next-prev|prev-next|post-nav)"
    r"(?:[-_]+(?:box|wrap|wrapper|container|list|area|section|block|links?|buttons?|bar"
    r"|items?|inner|content|title|text|widget|top|bottom|\d+))*$",
    re.IGNORECASE,
)

#: Elements that end a text block (and start a new one).
BLOCK_TAGS: frozenset[str] = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "section", "article", "header", "footer", "table", "tr", "td", "th", "dl", "dd", "dt",
     "pre", "address", "main", "center", "br", "hr", "figure", "details", "summary"}
)

_XP_P = etree.XPath("//p | //li")
_SIMPLE = re.compile(r"(?P<tag>[a-z][a-z0-9]*)?(?P<parts>(?:[.#][\w-]+|\[[\w-]+=[\w-]+\])*)")
_PART = re.compile(r"([.#])([\w-]+)|\[([\w-]+)=([\w-]+)\]")


@dataclass(frozen=True, slots=True)
class SimpleSelector:
    """A compound CSS selector (tag, #id, .classes, [attr=value]) matched in one tree pass.

    Running fifteen cssselect XPaths over a page costs about twice as much as one pass over
    its elements with the selectors indexed by id, class, tag and attribute.
    """

    css: str
    tag: str | None
    id: str | None
    classes: frozenset[str]
    attrs: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, css: str) -> SimpleSelector:
        """The selector of a compound CSS string; anything richer is a ValueError."""
        m = _SIMPLE.fullmatch(css)
        if not m or not css:
            raise ValueError(f"not a compound selector: {css!r}")
        ident, classes, attrs = None, set(), []
        for kind, name, attr, value in _PART.findall(m.group("parts")):
            if kind == "#":
                ident = name
            elif kind == ".":
                classes.add(name)
            else:
                attrs.append((attr, value))
        return cls(css, m.group("tag"), ident, frozenset(classes), tuple(attrs))

    def matches(self, el: etree._Element, classes: frozenset[str]) -> bool:
        """True when the element (with its class tokens given) fits the selector."""
        return (
            (self.tag is None or el.tag == self.tag)
            and (self.id is None or el.get("id") == self.id)
            and self.classes <= classes
            and all(el.get(a) == v for a, v in self.attrs)
        )


_SELECTORS = tuple(SimpleSelector.parse(css) for css in BODY_SELECTORS)


def _index_selectors() -> dict[str, dict[str, tuple[int, ...]]]:
    """Selector positions by a key an element must have, by kind of key: "id", "class",
    "attr" (the attribute's name) or "tag"."""
    index: dict[str, dict[str, list[int]]] = {k: defaultdict(list) for k in
                                              ("id", "class", "attr", "tag")}
    for i, sel in enumerate(_SELECTORS):
        if sel.id:
            index["id"][sel.id].append(i)
        elif sel.classes:
            index["class"][min(sel.classes)].append(i)
        elif sel.attrs:
            index["attr"][sel.attrs[0][0]].append(i)
        else:
            index["tag"][sel.tag or "*"].append(i)
    return {kind: {k: tuple(v) for k, v in keys.items()} for kind, keys in index.items()}


_BY_KEY = _index_selectors()
_BY_ID = _BY_KEY["id"]
_BY_CLASS = _BY_KEY["class"]
_BY_ATTR = _BY_KEY["attr"]
_BY_TAG = _BY_KEY["tag"]


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text between block boundaries, with how much of it sits inside links."""

    text: str
    link_chars: int


def strip_noise(tree: etree._Element) -> None:
    """Remove scripts, styles, embeds and form controls from the whole page, in place."""
    etree.strip_elements(tree, *NOISE_TAGS, with_tail=False)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def find_body(
    tree: etree._Element, custom: CSSSelector | None = None
) -> tuple[etree._Element, str] | None:
    """The body element and how it was found (selector or "density"), or None if no text."""
    if custom is not None:
        # A selector the source declared is trusted with any amount of text.
        declared = _richest(custom(tree), min_chars=1)
        if declared is not None:
            return declared, "declared"
    known = list(zip(_SELECTORS, _known_matches(tree), strict=True))
    specific = [(s, m) for s, m in known if s.css not in GENERIC_SELECTORS]
    generic = [(s, m) for s, m in known if s.css in GENERIC_SELECTORS]
    for group, min_chars in (
        (specific, MIN_BODY_CHARS),
        (specific, MIN_SHORT_BODY_CHARS),
        (generic, MIN_BODY_CHARS),
    ):
        for selector, matches in group:
            best = _richest(matches, min_chars)
            if best is not None:
                return best, selector.css
    dense = _densest(tree)
    return (dense, "density") if dense is not None else None


def _known_matches(tree: etree._Element) -> list[list[etree._Element]]:
    """The matches of every known body selector, in one pass over the elements.

    Each element is looked up by its class tokens, id, attributes and tag in the selectors'
    index; only the selectors it may fit are tested.
    """
    found: list[list[etree._Element]] = [[] for _ in _SELECTORS]
    for el in tree.iter(etree.Element):
        hits: list[int] = []
        cls = None
        for name, value in el.items():  # one call for all attributes: cheaper than three get()
            if name == "class":
                cls = value
                for token in value.split():
                    if token in _BY_CLASS:
                        hits.extend(_BY_CLASS[token])
            elif name == "id":
                if value in _BY_ID:
                    hits.extend(_BY_ID[value])
            elif name in _BY_ATTR:
                hits.extend(_BY_ATTR[name])
        if el.tag in _BY_TAG:
            hits.extend(_BY_TAG[el.tag])
        if hits:
            classes = frozenset(cls.split()) if cls else frozenset()
            for i in set(hits):
                if _SELECTORS[i].matches(el, classes):
                    found[i].append(el)
    return found


def _richest(matches: list[etree._Element], min_chars: int) -> etree._Element | None:
    """The match with the most text, if it has at least `min_chars` of it."""
    best, best_len = None, min_chars - 1
    for el in matches:
        size = len(clean_text(text_of(el)))
        if size > best_len:
            best, best_len = el, size
    return best


def _densest(tree: etree._Element) -> etree._Element | None:
    """The element whose paragraphs and direct text hold the most non-link text."""
    scores: dict[etree._Element, int] = defaultdict(int)
    for p in _XP_P(tree):
        parent = p.getparent()
        if parent is not None:
            scores[parent] += _text_minus_links(p)
    for el in tree.iter(etree.Element):
        direct = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if direct >= 80 and el.tag not in {"p", "li", "a"}:
            scores[el] += direct
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_BODY_CHARS // 3 else None


def _text_minus_links(el: etree._Element) -> int:
    """Characters of text in an element, less twice those inside its links."""
    total = len(clean_text(text_of(el)))
    links = sum(len(clean_text(text_of(a))) for a in el.iter("a"))
    return total - 2 * links


def clean_body(body: etree._Element) -> None:
    """Remove chrome elements inside the body (never the body itself), in place."""
    etree.strip_elements(body, *BODY_NOISE_TAGS, with_tail=False)
    doomed = [
        el
        for el in body.iter(etree.Element)
        if el is not body and el.tag in BLOCK_TAGS and _is_chrome(el)
    ]
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            _drop_keep_tail(el, parent)


def _is_chrome(el: etree._Element) -> bool:
    """True for a block whose class or id tokens name site chrome, or that is hidden.

    Inline elements are never judged by class: a `<a class="tag">` inside a sentence is text.
    """
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    marks = f"{el.get('class', '')} {el.get('id', '')}".split()
    return any(CHROME_TOKEN.match(token) for token in marks)


def _drop_keep_tail(el: etree._Element, parent: etree._Element) -> None:
    """Remove an element but keep the text that follows it."""
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def text_blocks(body: etree._Element) -> list[Block]:
    """The body's text cut at block-level elements and <br>, in document order."""
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = 0
    link_depth = 0

    def flush() -> None:
        nonlocal link_chars
        if not parts:
            return
        text = clean_text("".join(parts))
        if text:
            blocks.append(Block(text, min(link_chars, len(text))))
        parts.clear()
        link_chars = 0

    # A comment's or entity's tag is a function: in no tag set, equal to no tag name.
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
            if tag == "a":
                link_depth += 1
            text = el.text
        else:
            if tag == "a":
                link_depth -= 1
            if tag in BLOCK_TAGS:
                flush()
            text = el.tail if el is not body else None
        if text:
            parts.append(text)
            if link_depth > 0:
                link_chars += len(text.strip())
    flush()
    return blocks
