"""Tree -> a date or a credit the page labels anywhere ("Veröffentlicht am 16.08.2019",
"Letzte Änderung: ...", "Autorin: Jane Doe, Projektleiterin").

Last resorts, for pages whose tags and headline area say nothing: a date
printed right after a publication label is taken first, else one after a
last-change label (on a page that states no publication date, its last
change is the version it publishes); a credit is the text after an author
label and its colon, wherever it is printed (often under the story), or a
paragraph holding only a bold or italic name that closes its block (a signature).
Labels inside comment threads and teaser lists are skipped.  Only elements
whose own text holds a label word are read, so each scan is one XPath pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import lxml.etree
import lxml.html

from declutter.metadata.candidates import credit_text
from declutter.metadata.dates import find_dates
from declutter.metadata.marked import NOT_ARTICLE
from declutter.metadata.xpath import elements

#: Word stems of date labels, as written (XPath 1.0 has no case folding; the stems
#: skip the first letter where it may be upper or lower case).
LABEL_STEMS = (
    "eröffentlicht",
    "rschienen am",
    "ublished",
    "ublié le",
    "ublicado el",
    "ubblicato il",
    "nderung",
    "ktualisiert",
    "pdated",
    "odified",
    "uletzt am",
    "ast edited",
)
#: A publication label just before a date.
PUBLISH_LABEL = re.compile(
    r"(?:veröffentlicht|erschienen|published|publié|publicado|pubblicato)"
    r"(?:\s+(?:am|on|le|el|il))?\W{0,3}$",
    re.I,
)
#: A last-change label just before a date.
CHANGE_LABEL = re.compile(
    r"(?:letzte\s+änderung|geändert|aktualisiert|zuletzt|last\s+updated|"
    r"updated|last\s+modified|modified|last\s+edited)(?:\s+(?:am|on))?\W{0,3}$",
    re.I,
)
#: Most labelled elements read, and the longest text read around one.
MAX_LABELLED, MAX_LABEL_TEXT = 20, 200
#: Most elements inside a labelled element: a bigger one is a container, not a line.
MAX_LABEL_DESCENDANTS = 60
#: Characters before a date searched for its label.
LABEL_REACH = 40


def labelled_date(
    tree: lxml.html.HtmlElement, body_text: str, *, month_first: bool
) -> tuple[str, str] | None:
    """The first date after a publication label, else after a last-change label.
    ``body_text`` is `Marked.body_text`."""
    change: tuple[str, str] | None = None
    for el in _holding(tree, body_text, LABEL_STEMS):
        if _in_thread(el):
            continue
        text = _with_value(el)
        for pos, iso in find_dates(text, month_first=month_first):
            before = text[max(0, pos - LABEL_REACH) : pos]
            if PUBLISH_LABEL.search(before):
                return iso, "visible labelled date"
            if change is None and CHANGE_LABEL.search(before):
                change = (iso, "visible last change")
    return change


#: Author labels as written (first letter skipped where it may be either case).
CREDIT_STEMS = ("utor:", "utorin:", "uthor:", "uteur:", "erfasser", "责任编辑", "作者", "记者")
#: An author label (not inside a word) and its colon.
CREDIT_LABEL = re.compile(
    r"(?<!\w)(?:autor(?:in)?|author|auteur|verfasser(?:in)?|责任编辑|作者|记者)\s*[:：]\s*", re.I
)


def labelled_credits(tree: lxml.html.HtmlElement, body_text: str) -> Iterator[str]:
    """Texts printed after an author label and its colon ("Autor: Jane Doe"), up to the
    end of that line, in page order; ``body_text`` as for `labelled_date`."""
    for el in _holding(tree, body_text, CREDIT_STEMS):
        if _in_thread(el):
            continue
        text = credit_text(el)
        label = CREDIT_LABEL.search(text)
        if label:
            value = text[label.end() :].split(" | ", 1)[0]
            if 0 < len(value) <= MAX_LABEL_TEXT:
                yield value


#: A paragraph that is only one bold or italic run (``<b><i>``, ``<em><font>`` nested
#: inside it too) and closing its block: a signature when it is a name (a bold line
#: followed by text is a subheading).
_SIGNED = lxml.etree.XPath(
    "//body//p[count(*) = 1][not(text()[normalize-space()])]"
    "[*[self::b or self::strong or self::em or self::i]]"
    "[not(.//*[not(self::b or self::strong or self::em or self::i or self::font)])]"
    "[not(following-sibling::*[normalize-space()])]"
)
#: A label word in a bold line ("Über den Autor"): a heading of a credit box, no name.
SIGNATURE_LABEL = re.compile(r"(?<!\w)(?:autor(?:in)?|author|auteur|verfasser(?:in)?)(?!\w)", re.I)
#: Most words of a signature, and most signature paragraphs read.
MAX_SIGNATURE_WORDS, MAX_SIGNATURES = 4, 5


def signed_names(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Paragraphs printing only a short bold or italic run ("<p><b>Jane Doe</b></p>"),
    outside comment threads and teaser lists: the story's signature, if it is a name."""
    for el in elements(_SIGNED, tree)[:MAX_SIGNATURES]:
        text = " ".join(el.text_content().split())
        words = text.split()
        if (
            2 <= len(words) <= MAX_SIGNATURE_WORDS
            and not SIGNATURE_LABEL.search(text)
            and not _in_thread(el)
        ):
            yield text


def _holding(
    tree: lxml.html.HtmlElement, body_text: str, stems: tuple[str, ...]
) -> list[lxml.html.HtmlElement]:
    """Elements (not scripts or styles) whose own text holds one of ``stems``, page order.
    The body's text is searched first (C speed), and the tree only for the stems it holds."""
    found = tuple(stem for stem in stems if stem in body_text)
    return elements(_stem_xpath(found), tree)[:MAX_LABELLED] if found else []


@lru_cache(maxsize=64)
def _stem_xpath(stems: tuple[str, ...]) -> lxml.etree.XPath:
    tests = " or ".join(f"contains(., '{stem}')" for stem in stems)
    return lxml.etree.XPath(
        f"//body//*[text()[{tests}]][not(self::script or self::style)]"
        f"[count(.//*) <= {MAX_LABEL_DESCENDANTS}]"
    )


def _with_value(el: lxml.html.HtmlElement) -> str:
    """The label's text and the value printed beside it: after it in the same line
    ("<b>Updated on </b>17.01.2021") or in the next element (``<label>`` then ``<div>``)."""
    text = " ".join(f"{el.text_content()} {el.tail or ''}".split())
    nxt = el.getnext()
    if nxt is not None and len(text) < MAX_LABEL_TEXT:
        text = f"{text} {' '.join(nxt.text_content().split())}"
    return text[: 2 * MAX_LABEL_TEXT]


def _in_thread(el: lxml.html.HtmlElement) -> bool:
    for anc in el.iterancestors():
        marks = f"{anc.get('class', '')} {anc.get('id', '')}"
        if marks.strip() and NOT_ARTICLE.search(marks):
            return True
    return False
