"""Data only: the tags, class/id tokens and heading words the body stage reads.

The patterns a block's own text is matched against are in `textrules`.

Nothing here runs; `segment`, `classify` and `select` look these up.  Each
boilerplate label maps to the class/id tokens that announce it and to the
heading words that open a section of it, in several languages.  Tokens are
matched against the lower-cased pieces of a class or id split on anything
that is not a letter or digit (``c-article__related-list`` gives ``c``,
``article``, ``related``, ``list``), plus the whole class/id string.
"""

from __future__ import annotations

from declutter.vocabulary import CONTENTS_HEADINGS, HEADINGS

# ------------------------------------------------------------------ tags

#: Elements whose whole subtree is never text of the page.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "map", "head", "title", "meta", "link", "base", "button",
        "select", "option", "input", "textarea", "video", "audio", "source", "picture",
        "img", "dialog",
    }
)  # fmt: skip

#: Skipped elements removed from the tree up front (in C), since they can be
#: large (inline SVG icons, JSON in scripts).
STRIP_TAGS = ("script", "style", "noscript", "template", "svg", "math", "head")

#: Elements that start and end a block of text (everything else is inline).
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "frameset", "frame",
    }
)  # fmt: skip

#: Elements that cannot be the whole article: a region found there climbs out.
NOT_REGION_TAGS = frozenset(
    {
        "ul", "ol", "li", "dl", "dd", "dt", "blockquote", "table", "tbody", "thead", "tr",
        "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "em", "strong", "b",
        "i", "font", "figure", "figcaption", "small", "label", "q", "cite",
    }
)  # fmt: skip

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Inline tags rendered as Markdown emphasis, with their marker.
EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**", "code": "`"}

#: Structural tags that label everything inside them, with (label, reason).
TAG_LABELS = {
    "nav": ("nav", "<nav>"),
    "footer": ("footer", "<footer>"),
    "aside": ("related", "<aside>"),
    "figcaption": ("caption", "<figcaption>"),
    "form": ("boilerplate", "<form>"),
    "menu": ("nav", "<menu>"),
}

# ------------------------------------------------------------------ class / id tokens

#: Single class/id tokens that name a boilerplate container, by label.
TOKEN_LABELS: dict[str, tuple[str, ...]] = {
    "nav": (
        "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs",
        "pagination", "pager", "skip", "masthead", "topbar", "toolbar", "sitemap",
        "submenu", "megamenu", "dropdown", "crumbs", "jump", "toc",
    ),
    "header": ("header", "banner", "branding", "logo"),
    "footer": ("footer", "foot", "copyright", "colophon", "disclaimer"),
    "most-read": (
        "mostread", "mostpopular", "popular", "trending", "mostviewed", "topstories",
        "ranking", "leaderboard",
    ),
    "video": ("video", "videos", "player", "playlist", "jwplayer", "youtube", "vjs"),
    "comments": (
        "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies",
        "discussion", "talkback", "forum", "kommentare", "commentaires", "comentarios",
    ),
    "related": (
        "related", "relatedposts", "recommended", "recommendations", "recirculation",
        "outbrain", "taboola", "morestories", "readnext", "upnext",
        "sidebar", "widget", "widgets", "aside", "rail", "sidebarright", "rightrail",
        "promo", "promos", "sponsored", "partner", "partners", "carousel", "slider",
        "suggested", "blogroll", "archive", "archives", "categories", "tagcloud",
    ),
    "share": (
        "share", "sharing", "social", "sociallinks", "addthis", "sharethis", "shariff",
        "sharebar", "socialshare", "follow",
    ),
    "newsletter": (
        "newsletter", "subscribe", "subscription", "signup", "optin", "mailchimp",
        "paywall", "register", "login", "membership", "barrier", "offers", "upsell",
        "regwall", "pricing", "subscriber", "cta",
    ),
    "ad": (
        "ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit",
        "banner-ad", "dfp", "gpt", "sponsor", "adsense", "googleads", "commercial",
        "anzeige", "werbung", "publicite", "publicidad",
    ),
    "cookie": ("cookie", "cookies", "consent", "gdpr", "cmp", "privacy"),
    "caption": (
        "caption", "captions", "credit", "credits", "wp-caption-text", "figcaption",
        "imagecaption", "photocredit", "copyright-image", "legend", "didascalia", "dida",
    ),
    "tags": ("tags", "tag", "tagged", "taglist", "keywords", "topics", "category"),
    "author-bio": ("bio", "biography", "authorbio", "author-bio", "aboutauthor", "about-author",
                   "authorbox", "authorinfo", "authordescription", "authorcard", "authorprofile"),
    "byline": ("byline", "author", "authors", "dateline", "meta", "postmeta", "entry-meta",
               "authorname", "authorlink", "authormeta", "authorwrap"),
    "boilerplate": ("modal", "popup", "overlay"),
}  # fmt: skip

#: Class names of embedded social posts: part of the story wherever they sit.
EMBED_NAMES = frozenset(
    {"twitter-tweet", "twitter-tweet-rendered", "instagram-media", "tiktok-embed", "fb-post",
     "bluesky-embed", "mastodon-embed", "reddit-embed-bq"}
)  # fmt: skip

#: Class names that label only when they are the whole name (``hidden`` is
#: hidden; ``hidden-xs`` and ``overflow-hidden`` are layout).
WHOLE_NAME_LABELS = {
    "hidden": "boilerplate", "hide": "boilerplate", "sr-only": "boilerplate",
    "visually-hidden": "boilerplate", "screen-reader-text": "boilerplate",
    "print-only": "boilerplate", "d-print-block": "boilerplate", "visible-print": "boilerplate",
    "visible-print-block": "boilerplate", "show-for-print": "boilerplate",
    "email": "share", "print": "share",
    "no-print": "boilerplate", "noprint": "boilerplate", "d-print-none": "boilerplate",
    "hidden-print": "boilerplate", "print-hidden": "boilerplate", "hide-print": "boilerplate",
    "hide-for-print": "boilerplate", "not-print": "boilerplate", "print-none": "boilerplate",
}  # fmt: skip

#: Tokens that veto a boilerplate reading of the same class/id string: the
#: container says it holds the article itself (``article-body``, ``post-content``).
CONTENT_TOKENS = frozenset(
    {
        "article", "articlebody", "story", "storybody", "entry", "entrycontent", "post",
        "postbody", "postcontent", "content", "body", "text", "main", "blogpost",
        "articletext", "richtext", "prose",
    }
)  # fmt: skip

#: Class/id parts naming a standfirst / lead paragraph (often in the article
#: header, just above the body region).
LEAD_TOKENS = frozenset(
    {
        "lead", "leader", "intro", "introduction", "teaser", "excerpt", "standfirst", "dek",
        "deck", "summary", "subtitle", "subheadline", "subhead", "abstract", "chapo",
        "chapeau", "vorspann", "sapo", "entradilla", "bajada", "occhiello", "catenaccio",
        "lede", "strapline", "sommario", "riassunto", "resumen", "resume",
        "articleintro", "leadtext", "introtext", "perex", "ingress", "ingressi", "zajawka",
    }
)  # fmt: skip

#: Leading parts of CMS state classes that describe the post, not the layout
#: (WordPress puts ``category-news tag-video has-comments`` on the article).
STATE_PREFIXES = frozenset(
    {
        "category", "tag", "type", "format", "status", "postid", "pageid", "has", "is",
        "term", "taxonomy", "topic", "topics", "lang", "author", "user", "single", "parent",
        "template", "js", "no", "with",
    }
)  # fmt: skip

#: Page builders whose class names mark layout units, not roles
#: (``elementor-widget-wrap`` holds article text as often as anything else).
BUILDER_PREFIXES = frozenset({"elementor", "et", "vc", "fl", "wp", "wpb", "kc", "tdb", "td"})
BUILDER_UNITS = frozenset({"widget", "widgets", "module", "block", "column", "row", "section"})

#: Labels whose tokens still count when a content token sits beside them
#: (``comment-body`` is comments, ``article-footer`` is a footer).
STRONG_LABELS = frozenset(
    {"comments", "share", "newsletter", "cookie", "caption", "author-bio", "most-read",
     "footer", "nav", "ad", "video", "related"}
)  # fmt: skip

# ------------------------------------------------------------------ heading words

#: Section-heading phrases only the HTML path reads, by label: share bars,
#: tag boxes, tables of contents and live-blog "key events" have headings in
#: HTML; in a text dump these words are single furniture lines (see
#: `textdump.words.FURNITURE`, `TAGS_PREFIX`) handled by other rules.
HTML_HEADING_WORDS: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "share this", "share this article", "share this story", "share on",
        "teilen", "partager", "compartir", "condividi", "compartilhe", "delen",
        "diesen artikel teilen", "artikel teilen", "den artikel mit anderen teilen",
        "partager cet article", "compartir este artículo", "condividi questo articolo",
    ),
    "tags": ("tags", "topics", "tagged", "schlagworte", "themen", "mots clés", "etiquetas",
             "explore more on these topics", "more on this topic", "topics in this article",
             "follow the topics in this article", "follow these topics", "keywords",
             "关键词", "關鍵詞"),
    "nav": ("key events", *CONTENTS_HEADINGS),
}  # fmt: skip

#: Heading text (lower-cased, punctuation stripped) that opens a boilerplate
#: section, by label: the shared `vocabulary.HEADINGS` plus the HTML-only
#: extras.  Matched as a whole heading or as its leading words.
HEADING_WORDS: dict[str, tuple[str, ...]] = {
    label: HEADINGS.get(label, ()) + HTML_HEADING_WORDS.get(label, ())
    for label in (*HEADINGS, *HTML_HEADING_WORDS)
}

#: Sections whose body is prose, not a list of links.
PROSE_SECTIONS = frozenset({"comments", "author-bio", "newsletter"})
