"""Data only: the words both the HTML and the text-dump paths read.

Headings ("Most Read", "Related", "Comments", "More Videos" ...) that open a
page section which is not the article, by boilerplate label, in several
languages: lower-case, punctuation kept only where it is part of the word.
`rules.HEADING_WORDS` and `textdump.words.SECTION_HEADINGS` are built from
this plus their own path-specific extras.
"""

from __future__ import annotations

import re

#: Phrases that open a boilerplate section, by label (whole heading or its leading words).
HEADINGS: dict[str, tuple[str, ...]] = {
    "most-read": (
        "most read", "most viewed", "most popular", "most shared", "most commented",
        "top stories", "trending", "trending now", "popular", "popular now", "what's hot",
        "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "les plus lus",
        "les plus lues", "lo más leído", "lo mas leido", "più letti", "i più letti",
        "mais lidas", "mais lidos", "meest gelezen", "mest läst", "najczęściej czytane",
        "самое читаемое", "популярное", "most emailed", "top news", "meist gelesen",
        "les plus populaires", "más leídas", "mas leidas", "más vistas", "più visti",
        "mest lästa",
    ),
    "video": (
        "more videos", "videos", "video", "watch", "watch more", "latest videos",
        "weitere videos", "vidéos", "plus de vidéos", "más videos", "altri video",
        "more videos from", "top videos", "vídeos", "videos relacionados",
    ),
    "comments": (
        "comments", "comment", "leave a comment", "leave a reply", "reader comments",
        "join the conversation", "join the discussion", "discussion", "responses",
        "kommentare", "kommentar", "kommentieren", "commentaires", "commentaire",
        "comentarios", "comentários", "commenti", "reacties", "kommentarer", "komentarze",
        "комментарии", "post a comment", "add a comment", "one comment",
        "tell us what you think", "what do you think", "have your say",
    ),
    "related": (
        "related", "related stories", "related articles", "related posts", "related news",
        "related content", "related coverage", "related links", "read more", "read next",
        "more stories", "more news", "more from", "more on this story", "more on this topic",
        "recommended", "recommended for you", "you may also like", "you might also like",
        "also read", "see also", "further reading", "latest news", "latest stories", "more in",
        "in other news", "editor's picks", "editors picks", "don't miss", "up next",
        "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel",
        "auch interessant", "lesen sie auch", "à lire aussi", "a lire aussi",
        "sur le même sujet", "lire aussi", "noticias relacionadas", "te puede interesar",
        "artículos relacionados", "leggi anche", "articoli correlati", "notícias relacionadas",
        "leia também", "lees ook", "gerelateerd", "läs också", "relaterat", "czytaj także",
        "читайте также", "похожие статьи", "関連記事", "相关文章", "相關新聞", "temas relacionados",
        "verwandte themen", "verwandte themenbereiche", "weiterführende links",
        "weiterführender link", "ähnliche beiträge", "ähnliche artikel", "zum weiterlesen",
        "weiterlesen", "mehr aus dem", "mehr aus der", "weitere beiträge",
        "weitere nachrichten", "das thema könnte dich auch interessieren",
        "das könnte dich auch interessieren", "filed under", "articles similaires",
        "vous aimerez aussi", "dans la même rubrique", "artículos similares",
        "también te puede interesar", "potrebbe interessarti", "you may be interested in",
        "more to explore", "explore further", "keep reading", "latest articles",
        "latest posts", "recent posts", "recent articles", "neueste artikel",
        "neueste beiträge", "empfohlene beiträge", "empfohlene artikel", "entdecken sie jetzt",
        "à découvrir", "a découvrir", "à découvrir aussi", "weitere informationen",
        "zusatzinformationen", "mehr informationen", "more information", "further information",
        "related topics", "related reading", "dont miss", "must read", "must reads", "also on",
        "latest", "more features", "voir aussi", "relacionadas", "veja também",
        "notas relacionadas", "související", "související články", "powiązane artykuły",
        "zobacz także", "ilgili haberler", "relaterade artiklar", "relaterte artikler",
        "relaterede artikler", "kapcsolódó cikkek", "articole similare", "baca juga",
        "berita terkait", "artikel terkait", "相关新闻", "관련기사",
    ),
    "newsletter": (
        "newsletter", "subscribe", "sign up", "get our newsletter", "stay informed",
        "abonnieren", "s'abonner", "suscríbete", "iscriviti", "newsletters",
        "sign up for our newsletter", "subscribe to our newsletter",
    ),
    "author-bio": (
        "about the author", "über den autor", "à propos de l'auteur", "sobre el autor",
        "about the authors", "über die autorin", "sobre o autor",
    ),
}  # fmt: skip


#: Headings over a page's table of contents, lower-case: the HTML path takes the
#: box for navigation, the text path keeps the list printed under the heading.
CONTENTS_HEADINGS: tuple[str, ...] = (
    "contents", "table of contents", "inhalt", "inhaltsverzeichnis", "sommaire", "índice",
    "contenido", "contenidos", "indice", "sumário", "inhoud", "spis treści",
)  # fmt: skip


#: Photo agencies and libraries whose name marks a credit line ("REUTERS/Name",
#: "(AP Photo/...)", "| Getty Images"), lower-case.
PHOTO_AGENCIES: tuple[str, ...] = (
    "reuters", "ap photo", "ap", "afp", "getty images", "epa", "shutterstock", "dpa",
    "picture alliance", "pa", "bloomberg",
)  # fmt: skip

#: Whole "read more" phrases that end a teaser or a paragraph, lower-case.
READ_MORE: tuple[str, ...] = (
    "read more", "read full story", "read the full story", "continue reading", "weiterlesen",
    "mehr lesen", "lire la suite", "leer más", "leggi tutto", "lees meer", "leia mais",
)  # fmt: skip


#: Labels that open a line of the page's tags or keywords ("Tags: a, b", "Schlagworte: ...").
TAG_LABELS: tuple[str, ...] = (
    "tag", "tags", "tagged", "tagged with", "topic", "topics", "keyword", "keywords",
    "filed under", "schlagworte", "schlagwörter", "themen", "mots clés", "mots-clés",
    "mots cles", "mots-cles", "etiquetas", "temas", "tagi", "thema's", "argomenti",
)  # fmt: skip


def alternation(phrases: tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first (so "ap photo" beats "ap")."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
