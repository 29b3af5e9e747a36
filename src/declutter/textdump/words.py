"""Data only: the words and patterns the text-dump stages look for.

Section headings ("Most Read", "Related", "Comments" ...) in several
languages, share/navigation phrases, caption and byline cues, and the marks
text browsers leave (bullets, lynx link numbers, image placeholders).
"""

from __future__ import annotations

import re

from declutter.vocabulary import (
    CONTENTS_HEADINGS,
    HEADINGS,
    PHOTO_AGENCIES,
    TAG_LABELS,
    alternation,
)
from declutter.vocabulary import READ_MORE as READ_MORE_PHRASES

#: Section headings only the text-dump path reads, by label: a dump keeps
#: the page footer's link headings ("About us", "Privacy policy") as plain lines,
#: where HTML has them inside <footer> already; a table of contents keeps its
#: list (the HTML path takes the box as navigation).
# fmt: off
TEXT_SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "contents": CONTENTS_HEADINGS,
    "footer": ("about us", "contact us", "follow us", "privacy policy", "terms of use",
               "terms of service", "all rights reserved", "copyright"),
}
# fmt: on

#: Headings that open a page section which is not the article, by label: the
#: shared `vocabulary.HEADINGS` plus the text-only extras.  Matched against the
#: whole line, lower-cased, punctuation and counts removed; a line also
#: matches when it starts with one of these and is short.
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    label: HEADINGS.get(label, ()) + TEXT_SECTION_HEADINGS.get(label, ())
    for label in (*HEADINGS, *TEXT_SECTION_HEADINGS)
}

#: Last word of a short heading that names its section ("Top Rated Comments", "12 Comments").
# fmt: off
HEADING_TAILS: dict[str, str] = {
    "comments": "comments", "comment": "comments", "kommentare": "comments",
    "commentaires": "comments", "comentarios": "comments", "comentários": "comments",
    "commenti": "comments", "reacties": "comments", "responses": "comments", "replies": "comments",
    "discussion": "comments", "videos": "video", "vídeos": "video", "vidéos": "video",
}
# fmt: on
#: A count heading over reader comments: "34 responses to ...", "12 thoughts on ...".
COUNT_COMMENTS = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts|reactions|kommentare|commentaires|"
    r"comentarios|commenti)\b",
    re.I,
)
#: A comment's signature line: "jane says:", "Reply", "Rating: 3 Votes"; blog software
#: prints them translated ("Karl sagt:", "Antworten", "Marie dit :").
COMMENT_SIGN = re.compile(
    r"^\S+(?: \S+){0,3} (?:says|said|wrote|schreibt|sagt|zegt|schreef|dit|dice|disse|dijo) ?:$|"
    r"^rating: \d+ votes?$|^(?:reply|antworten|répondre|responder|rispondi|beantwoorden)$",
    re.I,
)
#: Headings matched by their last word have at most this many words.
TAIL_MAX_WORDS = 4

#: A heading matched by prefix must have at most this many words.
HEADING_MAX_WORDS = 6

#: Single-line phrases of page furniture (share buttons, navigation, sign-in).
FURNITURE = re.compile(
    r"^(?:click to \w+.{0,50}|"
    r"share(?: this(?: article| story| page)?)?(?: on| via| to)?(?: \w+){0,2}|"
    r"tweet|email|e-mail|print|"
    r"print article|save|"
    r"read later|sign in|sign up|log in|login|register|subscribe|menu|search|close|"
    r"skip to (?:main )?content|jump to (?:navigation|search|content)(?: jump to \w+)?|"
    r"skip ad|back to top|scroll to top|top|home|next|previous|"
    r"prev|more options|resize text|full screen|autoplay|copied!?|copy link|follow|"
    r"follow us|like|comments?|\d+ comments?|show comments|view comments|reply|"
    r"advertisement|loading|continue reading(?: the main story)?|(?:[\w&]+ )*is sponsored by|"
    r"sponsored by|supported by|\W*|facebook|twitter|linkedin|whatsapp|pinterest|reddit|"
    r"advertising|advert|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|"
    r"sponsored(?: content)?|like(?: this)?|like loading|read now|enlarge image|"
    r"back to gallery|(?:view|see|show) all(?: \(\d+\))?|\d{1,3} (?:of|/) \d{1,3}|"
    r"click here\b(?!.*[.!?]$).{0,60})[\s:.…]*$",
    re.I,
)

#: A line that sends readers to the site's accounts: "Follow Newsbeat on Instagram, ...",
#: "Subscribe to X on YouTube".
SOCIAL_FOLLOW = re.compile(
    r"^(?:follow|subscribe to|like|join) (?:\S+ ){0,7}on (?:facebook|twitter|instagram|"
    r"youtube|linkedin|tiktok|flipboard|whatsapp|telegram)\b",
    re.I,
)

#: A link to the post before or after this one: "← Previous: Title", "Next post →".
POST_NAV = re.compile(
    r"^[←«‹]\s*\w|\s[→›]$|^(?:previous|next|older|newer)(?: (?:post|article|story|entry))?"
    r"\s*[:»›→]",
    re.I,
)

#: Lines that begin this way are photo captions or credits ...
CAPTION_START = re.compile(
    r"(?:file photo|photo|photos|image|images|picture|illustration|graphic|credit|"
    r"foto|bild|bildquelle|crédit photo|caption|video)\b\s*[:/]|"
    r"(?:image|media|picture|photo|video) (?:caption|copyright|source|credit)\b|"
    r"in this (?:\w+ )?(?:photo|image|picture|frame grab|screenshot)\b|"
    r"\d{1,3}of\d{1,3}(?=\S)|"
    r"(?:getty images|ap photo|afp|shutterstock|imago|dpa|epa|istock|submitted photo)"
    r"\b[\w .,/'-]{0,40}$",
    re.I,
)

_AGENCIES = alternation(PHOTO_AGENCIES)

#: ... and lines that end this way ("Photo: Jane Doe", "(Image: GETTY)", "REUTERS/Name").
CAPTION_END = re.compile(
    r"(?:\b(?:photo|image|illustration|picture|foto)s?\s*:\s*[^.]{2,60}\.?$)|"
    r"(?:\((?:photo|image|credit)[^)]*\)\s*$)|"
    r"(?:\((?:" + _AGENCIES + r")(?: photo[^)]*)?\)\s*$)|"
    r"(?:\b(?:" + _AGENCIES + r")/[\w .'-]+$)|"
    r"(?:credits?\s*(?::|\.{3}|…)\s*[^.]{2,60}$)|"
    r"(?:[|/]\s*(?:" + _AGENCIES + r")(?: file| photo)?$)",
    re.I,
)

#: A short credit line under a picture: "Photo by Jane Doe", "Courtesy of the museum",
#: "Jane Doe Submitted photo", "State Registry via AP" (`label` limits its words).
CREDIT_LINE = re.compile(
    r"^(?:(?:photo(?:graph)?|image|picture|illustration|photo illustration|graphic|video)s? "
    r"(?:by|courtesy(?: of)?)\s|courtesy(?: of)?\s)|"
    r"\b(?:submitted|courtesy|handout|file|contributed) (?:photo|image|picture)\.?$|"
    r"\bvia (?:" + _AGENCIES + r")\.?$",
    re.I,
)

#: Prefix of a line that says the date below is a modification date.
MODIFIED = re.compile(
    r"\b(?:last )?(?:modified|updated?|aktualisiert|geändert|mis à jour|modifié|"
    r"actualizado|atualizado|aggiornato|bijgewerkt)\b",
    re.I,
)

#: Start of a line of post data, a date label and its colon ("PUBLISHED: April 24, 2020
#: at 9:06 a.m. | UPDATED: ...", "Posted: Oct 6, 2020 / 03:38 PM"): a date line even
#: when it ends like a sentence ("a.m."); "Posted by Jane on ..." may be a sentence.
DATE_CUE_WORDS = (
    r"(?:last )?(?:published|updated?|posted|modified|aktualisiert|veröffentlicht|publié|"
    r"mis à jour|actualizado|publicado|atualizado|aggiornato|pubblicato)"
)
DATE_CUE = re.compile(rf"^{DATE_CUE_WORDS}\s*:", re.I)

#: A printed byline: "By Jane Doe", "Von Max Muster", "Author: ...".
BYLINE = re.compile(
    r"^(?:(?:written|posted|reported|words|text|story)\s+)?(?:by|von|par|por|di|door|av|af)"
    r"\s*:?\s+\S|^(?:authors?|autor(?:in)?|auteur)\s*:",
    re.I,
)

#: A tags line label: "Tags: a, b" / "Topics: ...".
TAGS_PREFIX = re.compile(
    rf"^(?:{alternation(TAG_LABELS)})\b\s*:?\s*",
    re.I,
)

#: Separators between the items of a one-line tag list.
TAG_SEPARATOR = re.compile(r"\s+[/|•·]\s+|\s*,\s*|\s*;\s*")

#: A bullet or list number at the start of a line (w3m "•", lynx "*", "+", "o", "-", "1.").
BULLET = re.compile(r"^\s*(?:[•*+·◦▪‣–□☆○■◆★-]|o(?=\s)|\d{1,3}[.)])\s+")

#: A list number alone on its line: w3m prints a numbered item's text (a step) on the next
#: line, indented.  A bullet symbol alone ("•") is an item holding a block (a card, a
#: picture, a paragraph) and is no list item of its own: the lines below stand alone.
BARE_MARKER = re.compile(r"^\s*\d{1,3}[.)]\s*$")

#: lynx link numbers ("[12]Home") and form fields ("[_____]").
LINK_NUMBER = re.compile(r"\[\d{1,4}\]")

#: An image placeholder: "[IMG]", "[image]", "[photo.jpg]", "[Screen-Shot-1]", "[]".
IMAGE = re.compile(r"\[(?:[^\]\s]{0,60}|img|image|inline image|photo)\]", re.I)

#: Trailing "read more" teaser link left at the end of a paragraph (after its last sentence).
READ_MORE = re.compile(
    r"(?<=[.!?…\"”’)\]])\s*[(\[]?\s*(?:" + alternation(READ_MORE_PHRASES) + r"|more\s*»)"
    r"\s*[.…»›>)]*\s*$",
    re.I,
)

#: Heading of lynx's link list at the end of a dump.
REFERENCES = re.compile(r"^\s*(?:references|visible links:?|hidden links:?)\s*$", re.I)

#: A line of only decoration (rules, box drawing, dots, stray punctuation).
DECOR = re.compile(r"^[\W_]*$")

#: Sentence end (also closing quotes/brackets after it).
SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]]*$")

#: Copyright and legal lines of a page footer.
LEGAL = re.compile(
    r"©|\(c\) \d{4}|\ball rights reserved\b|\bcopyright \d{4}|\bsubject to copyright\b|"
    r"\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos os direitos reservados\b|"
    r"\btodos los derechos reservados\b|\btutti i diritti riservati\b|"
    r"\blicensed under (?:a |the )?creative commons\b|\bcreative commons (?:license|licence)\b",
    re.I,
)

#: An inline teaser to another story: "READ MORE: ...", "See also: ...".
TEASER = re.compile(
    r"^(?:(?:read more|read also|also read|read next|see also|related|more|watch|listen|"
    r"don'?t miss|recommended|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|"
    r"leia também|leia mais|veja também|te puede interesar|lee también|leggi anche)"
    r"\s*[:|»>›–—-]\s*\w|"
    r"(?:also )?on (?:[\w-]+\.)+(?:com|net|org|co\.uk|de|fr|it|es|ru)\s*[:|»>›–—-]?\s+\w)",
    re.I,
)

#: Cookie and consent notices: both a cookie word and a site/consent word.
COOKIE = re.compile(r"\bcookies?\b", re.I)
CONSENT = re.compile(
    r"\b(?:website|site|browser|experience|accept|consent|privacy|settings)\b", re.I
)

#: A line of program code: ends with ; { } ( or , ... or opens with a comment or a brace.
CODE_LINE = re.compile(r"[;{}(\[,]$|^(?://|/\*|[}\])]|#!|\$ )|\)\s*;|=>|\w\.\w+\(.*\)$")

#: A newsletter or sign-up pitch: "Get top news in your inbox", "No spam, unsubscribe any time".
PROMO = re.compile(
    r"\b(?:newsletters?|inbox|unsubscribe|subscribe to our|sign up for our|"
    r"abonnez-vous|newsletter abonnieren|suscríbete)\b",
    re.I,
)

#: Separators of a strip of items on one line (an address, a link bar): " - ", " | ", " • ".
STRIP_SEPARATOR = re.compile(r" [-|•·/] ")

#: The label a screen reader gets for an embedded social post ("Twitter post by @jane: ...").
EMBED = re.compile(
    r"^(?:skip |end of )?(?:twitter|instagram|facebook|youtube|tiktok) (?:post|content|video) "
    r"by @?[\w.]+",
    re.I,
)

#: An operator of a maths formula ("=", "≤", "∑" ...), as a text browser prints MathML.
MATH_OPERATOR = re.compile(r"[=+−±×÷≤≥≠≈∑∏∫∂∇⟺⇒→∞√⋅⟨⟩]")

#: Words a box of other stories' headlines is named with ("More Great Stories", "Next Up
#: In Science", "Trending News"): a short line holding one, over a list of headlines,
#: opens such a box (`boxes`).  Lower-case, whole words.
# fmt: off
BOX_WORDS = frozenset({
    "more", "next", "trending", "popular", "recent", "latest", "related", "recommended",
    "picks", "stories", "news", "headlines", "articles", "posts", "reads", "elsewhere",
    "featured", "also", "browse", "mehr", "weitere", "meistgelesen", "aktuell", "plus",
    "aussi", "más", "noticias", "mais", "notícias", "altri", "notizie", "artikel",
    "artículos", "meer", "nieuws",
})
# fmt: on

#: A heading over more of the site's stories, not in the tables word for word: "More On:",
#: "More from the Times", "More Business News" (matched lower-case, punctuation removed).
MORE_HEADING = re.compile(
    r"^(?:more|mehr|weitere|plus|más|mais|altri)\s+(?:(?:on|from|in|about|of|zu|aus|de|du|"
    r"sur|sobre|da|di)\b.*|(?:\S+\s+){0,3}(?:stories|news|articles|posts|reads|headlines|"
    r"videos|nachrichten|artikel|actualités|noticias|notícias|notizie))$"
)

#: Capitalised words that open headlines but not people's names ("The Impeachment Clock").
# fmt: off
NOT_NAME_WORDS = frozenset({
    "the", "a", "an", "of", "and", "in", "on", "to", "for", "with", "is", "are", "how", "why",
    "what", "who", "when", "where", "this", "that", "new",
})
# fmt: on

#: A link's call to action: "Learn more about X", "Read more", "En savoir plus" (never a headline).
CALL_TO_ACTION = re.compile(
    r"^(?:learn more|read more|find out more|see more|discover more|more about|mehr erfahren|"
    r"mehr über|en savoir plus|saber más|saiba mais|scopri di più|lees meer)\b",
    re.I,
)

#: Words after which a domain is part of the headline ("Sale at Amazon.com").
LINKING_WORDS = frozenset({"at", "from", "by", "via", "on", "about", "vs", "like"})

#: A byline word printed alone on its line, the name on the next ("By" / "Jane Doe").
BY_ALONE = re.compile(r"^\s*(?:by|von|par|por|door|av|af)\s*:?\s*$", re.I)

#: A note on the author closing a story: "Meg James is a corporate media reporter for ...",
#: "Eric Song is IGN's deal curator ..." (present tense: "X was a writer" tells a life).
AUTHOR_NOTE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.'’-]*,?\s(?:is|has been)\s(?:a|an|the|[A-Z]\w*['’]s)\s"
    r"(?:[\w-]+\s){0,6}?(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|"
    r"producer|curator|critic|author|analyst|photographer|intern|fellow|blogger)s?\b"
)

#: How long ago a story went up, printed under its author's name: "2 hours ago",
#: "14 min read", "před 2 hodinami", "vor 3 Stunden", "hace 5 horas", "2 ore fa".
RELATIVE_TIME = re.compile(
    r"^(?:(?:\d{1,3}|an?|one) (?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) "
    r"(?:ago|read)|(?:před|vor|il y a|hace|há) \d{1,3} \w+|\d{1,3} \w+ (?:fa|geleden|temu|назад)|"
    r"\d{1,3}\s?(?:分钟|小时|天)前)$",
    re.I,
)

#: A job title printed under the byline ("Seattle Times business reporter", "Staff Writer").
ROLE = re.compile(
    r"\b(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|"
    r"critic|producer|staff)s?$",
    re.I,
)
