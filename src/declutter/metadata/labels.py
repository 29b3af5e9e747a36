"""Data only: interface labels printed as headings that are never a headline.

A share or bookmark prompt, a box heading ("In this section", "Related",
"Comments", "Newsletter" from `vocabulary.HEADINGS`), a navigation or search
heading: whole headings, lower-case, compared in `sitepart.squash` form.
"""

from __future__ import annotations

from declutter.vocabulary import HEADINGS

#: Prompts and box headings of the page's interface, by kind.
INTERFACE: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "share this", "share this article", "share this story", "share this page",
        "share this post", "share article", "share on", "share via", "sharing",
        "teilen", "artikel teilen", "diesen artikel teilen", "beitrag teilen", "seite teilen",
        "partager", "partager cet article", "compartir", "compartir en", "condividi",
        "compartilhar", "delen", "dela", "udostępnij", "поделиться",
    ),
    "bookmark": (
        "bookmark", "bookmark this", "bookmark this article", "save", "save article",
        "save for later", "saved", "merken", "artikel merken", "auf die merkliste",
        "sauvegarder", "guardar", "salva", "opslaan", "print", "print this", "print article",
        "drucken", "imprimer", "imprimir", "stampa", "email", "e-mail", "send", "versenden",
        "listen", "listen to this article", "vorlesen", "artikel anhören", "font size",
        "schriftgröße", "follow", "follow us", "folgen",
    ),
    "section": (
        "in this section", "in this article", "in this story", "in this issue",
        "in diesem bereich", "in dieser rubrik", "in diesem artikel", "dans cette rubrique",
        "en esta sección", "in questa sezione", "in deze rubriek", "on this page",
        "auf dieser seite", "contents", "table of contents", "inhalt", "inhaltsverzeichnis",
        "sommaire", "índice", "navigation", "main navigation", "menu", "main menu", "menü",
        "hauptmenü", "search", "suche", "recherche", "buscar", "cerca", "zoeken",
        "breadcrumb", "you are here", "sie sind hier", "vous êtes ici", "skip to content",
        "footer", "header", "sidebar", "advertisement", "anzeige", "werbung", "publicité",
        "publicidad", "pubblicità", "sponsored", "partner content", "tags", "topics",
        "themen", "schlagworte", "share article",
    ),
}  # fmt: skip


def interface_labels() -> frozenset[str]:
    """Every interface label and every boilerplate box heading, lower-case."""
    phrases = [p for kind in INTERFACE.values() for p in kind]
    phrases += [p for kind in HEADINGS.values() for p in kind]
    return frozenset(phrases)
