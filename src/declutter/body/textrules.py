"""Data only: the patterns a block's own text is matched against.

Whole-block furniture texts by label, and the line patterns `classify`,
`closing`, `sections` and `segment` compile: "read more" links, ad and caption
lines, cookie, copyright, licence and contact notes, embed consent notices,
calls to action and pointers to other stories.  `rules` holds the tags and
class/id tokens; `vocabulary` the words the text-dump path shares.
"""

from __future__ import annotations

from declutter.vocabulary import PHOTO_AGENCIES, READ_MORE, TAG_LABELS, alternation

#: Whole-block texts (lower-cased, punctuation stripped) that are page furniture.
FURNITURE: dict[str, tuple[str, ...]] = {
    "ad": ("advertisement", "advertising", "advert", "anzeige", "werbung", "publicité",
           "publicidad", "ad", "sponsored", "sponsored content",
           "continue reading below",
           "article continues below"),
    "share": ("share", "share this", "tweet", "email", "print", "facebook", "twitter",
              "whatsapp", "linkedin", "pinterest", "copy link", "share on facebook",
              "share on twitter", "share this article", "share this story", "share this post",
              "diesen artikel teilen", "artikel teilen", "beitrag teilen", "teilen",
              "partager cet article", "partager", "compartir", "condividi"),
    "read-more": (*READ_MORE, "more", "show more", "load more", "view comments"),
    "cookie": ("accept", "accept cookies", "i agree", "got it"),
    "comments": ("comments are closed", "comments closed", "kommentare geschlossen",
                 "commentaires fermés", "comentarios cerrados"),
    "boilerplate": ("bild anzeigen", "bild anzeigen bild schließen", "show image",
                    "externer inhalt", "external content", "noch keine bewertungen",
                    "no ratings yet", "loading", "loading content", "loading comments",
                    "wird geladen", "inhalt wird geladen", "chargement", "chargement en cours",
                    "cargando", "caricamento", "carregando"),
}  # fmt: skip

#: An inline link that says "read more" (matched on the link text).
READ_MORE_LINK = (
    r"^(?:" + alternation(READ_MORE) + r"|read the full|full story|full article"
    r"|read|mehr|more|continue|leggi|leer m[aá]s)\b.{0,40}$"
)

#: A line that declares itself an advertisement ("ANZEIGE - ...", "Sponsored: ...").
AD_LINE = (
    r"^(?:anzeige|advertisement|werbung|sponsored|publicité|publicidad|annuncio)\s*[-:–|]"
    r"|^(?:promoted|sponsored|presented) by\s+\S+(?:\s+\S+){0,3}$"
)

#: Photo caption / credit lines ("FILE PHOTO: ...", "... REUTERS/Name", "Photo: ...").
CAPTION_LINE = (
    r"^(?:file photo|photo|image|picture|foto|bild|credit|photograph|illustration)\s*:|"
    r"\b(?:" + alternation(PHOTO_AGENCIES) + r")\s*/"
    r"|^\(?(?:photo|image|foto|credit)s?\s*(?:by|:)"
    r"|^(?:abbildung|titelbild|bildquelle|fotos?|quelle foto)\s*:"
    r"|\b(?:photo|foto|picture|image)s? (?:by|courtesy of)\b[^.]{0,60}$"
    r"|,\s*(?:photo|foto|picture|image)s?\s*:|^cr[ée]dits?\s*(?:photos?)?\s*:"
    r"|\b(?:photo|foto|picture|image)s?\s*(?:©|\(c\))"
    r"|\((?:image|photo|picture|pic|foto|credit)s?\s*:[^)]{1,60}\)\s*$"
    r"|^\[?(?:사진|写真|图片|圖片|照片)\s*[=:：]|（(?:摄影|攝影|图|圖)[:：]|^图为"
    r"|^(?=[^/]*\s)[A-Z][\w.' -]{1,40}/(?:[A-Z][\w.' -]{1,30}|\w+\.com)$"
    r"|\b(?:getty images|istock(?:photo)?|shutterstock|unsplash|pixabay|pexels|adobe ?stock)"
    r"(?:\.com)?\s*[)\]]?\.?\s*$"
    r"|^(?:beitragsbild|titelbild|headerbild|bild)\s+(?:via|von)\s+[^.]{1,40}\.?$"
    # who is where in the picture: "Jane Doe (l.) and ...", "(v.l.)", "(from left)"
    r"|\((?:l|r|li|re|v\.\s?l|v\.\s?r)\.\)|\((?:from left|von links|de gauche à droite)\)"
)

#: A cookie banner: a short block naming cookies and what banners say about
#: them (use, consent, settings, privacy ...); an article about HTTP cookies
#: names them without these.
COOKIE_TEXT = (
    r"(?=[\s\S]*\bcookies?\b)[\s\S]*"
    r"(?:\b(?:we|this (?:web)?site|our (?:web)?site) (?:use|uses|using)\b"
    r"|\baccept|\bconsent|\bagree|\bprivacy|\bpolicy|\bsettings|\bbrowsing|\bexperience"
    r"|\bpersonali[sz]|\banalytics|\badvertis|\bpartners|\bthird[- ]part|\bopt[- ]out"
    r"|datenschutz|akzeptier|zustimm|einwillig|verwende|\butilis|accepter|\bacepta|\butiliza"
    r"|\busamos|politique|política|richtlinie)"
)

#: A copyright or rights line.
COPYRIGHT_LINE = (
    r"^(?:copyright\b|\(c\)\s|©)|\ball rights reserved\b|\btous droits réservés\b"
    r"|\balle rechte vorbehalten\b|\btodos los derechos reservados\b"
)

#: A consent notice standing in for an embedded post or player: it names the
#: platform (or "external content"), asks the reader's consent and says what
#: would load ("Wir respektieren deine Privatsphäre und stellen ohne dein
#: Einverständnis keine Verbindung zu Twitter her").
EMBED_CONSENT = (
    r"(?=[\s\S]*\b(?:twitter|youtube|instagram|facebook|tiktok|spotify|vimeo|soundcloud"
    r"|podcast|drittanbieter|third[- ]party|externe[nr]? inhalt|external content))"
    r"(?=[\s\S]*(?:einverständnis|einwillig|zustimm|\bconsent|\bpermission|\baccept"
    r"|akzeptier|aktivier|\benable))"
    r"(?=[\s\S]*(?:verbindung|connection|\bload|\blade|angezeigt|anzeigen|\bdisplay"
    r"|\bshow|\bview))"
    r"(?=[\s\S]*\b(?:wir|we|you|du|dein|deine|your|ihre?|sie)\b)"
)

#: A licence or citation note under a post ("This text is published under the
#: licence CC-BY-NC-ND", "Suggested citation: ..."); a line that only names a
#: licence ("Licence: CC-BY" beside the date) is the post's data.
LICENCE_LINE = (
    r"\b(?:licensed|published|released|veröffentlicht|lizenziert|publié|publicado)"
    r" (?:under|unter|sous|bajo)\b[^.]{0,40}\b(?:cc[- ]by|creative[- ]commons)"
    r"|^(?:suggested citation|cite this (?:article|post|page)|how to cite"
    r"|zitiervorschlag|zitierhinweis)\b"
)

#: A contact card: a mail address label and a telephone or fax label in one
#: short block ("Press contact Jane Doe E-Mail: ... Telefon: ...").
CONTACT_LINE = (
    r"\be-?mail\s*:[\s\S]{0,200}\b(?:tel(?:efon|ephone)?|phone|fax)\.?\s*:"
    r"|\b(?:tel(?:efon|ephone)?|phone|fax)\.?\s*:[\s\S]{0,200}\be-?mail\s*:"
)

#: Short page-furniture lines by label, matched on the whole block: gallery
#: counters, script notices, print-edition notes, editor credits.
FURNITURE_LINES = {
    "boilerplate": (
        r"^\d+\s*/\s*\d+$"
        r"|\b(?:turn on|enable|activate)\s+javascript\b"
        r"|\bjavascript (?:is )?(?:disabled|required)\b"
        r"|\bappears? in print on\b"
        r"|^(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]"
        # a news agency's signature under a wire story: "aja/PAP", "(dpa/lni)"
        r"|^\(?[a-z]{2,5}(?:\s*,\s*[a-z]{2,5})*\s*/\s*(?:pap|dpa|afp|apa|kna|epd|ap|reuters"
        r"|ansa|efe|sda|ddp|ots)(?:\s*[/,]\s*[a-z]{2,5})*\)?\.?$"
        r"|^\(?(?:noch keine bewertungen|no ratings yet|no votes yet)\)?\W*"
        r"(?:loading|wird geladen)?\W*$"
    ),
    "tags": rf"^(?:{alternation(TAG_LABELS)})\b\s*(?::|\s[^.]*,[^.]*,)",
    "dateline": (
        r"^(?:updated|published|posted|aktualisiert|mis à jour)?(?:\s+at)?\s*"
        r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|Uhr)?$"
    ),
}

#: Short calls to action ("Follow us on ...", "Sign up for ...", "Share this
#: article"), by label, matched at the start of a short line.
CALL_TO_ACTION = {
    "share": (
        r"^(?:follow (?:us|\w+(?: \w+){0,3}) on\b|follow us\b|like us on\b|join us on\b"
        r"|share (?:this|the) (?:article|story|post|page)\b|like this (?:story|article)\b"
        r"|folgen sie uns\b|suivez-nous\b|síguenos\b|seguici\b)"
    ),
    "newsletter": (
        r"^(?:sign up (?:for|to|here)\b|subscribe (?:to|for|now|here)\b"
        r"|get (?:our|the) (?:\w+ )?newsletter\b|download (?:our|the) (?:\w+ )?app\b"
        r"|click here to (?:subscribe|sign up)\b|abonnieren sie\b|melden sie sich\b)"
    ),
}

#: Calls to action in a short block at the very end of the article, opening
#: a sentence ("Do you want to be informed? Sign up here", "Follow X on
#: Twitter ...") or anywhere when they can only be one ("letters to the editor").
CLOSING_CALL = (
    r"(?:^|[.!?:|–—]\s+|\bplease\s+|\bthen\s+)"
    r"(?:sign up\b|subscribe\b|follow (?:us|[\w@.]+(?: [\w@.]+){0,5}) on\b"
    r"|follow (?:\S+ ){0,3}(?:full |live )?(?:coverage|updates)\b"
    r"|download (?:the|our)\b.{0,40}\bapp\b|support (?:our|us)\b|submit (?:a|your) letter\b"
    r"|join (?:us on|our)\b|find us on\b|connect with us\b|get (?:our|the) \w*\s?newsletter\b"
    r"|abonniere|folgen sie uns\b|folge uns\b|unterstütze"
    r"|suivez-nous\b|abonnez-vous\b|síguenos\b|suscríbete\b|únete\b"
    r"|seguici\b|iscriviti\b|zapraszamy\b"
    r"|stay up[- ]to[- ]date\b|stay (?:informed|in touch)\b|write to us\b|schreiben sie uns\b"
    r"|puede escribirnos\b|escríbenos\b|écrivez-nous\b"
    r"|donate\b|make a donation\b|spenden sie\b|faites un don\b)"
    r"|\bletters? to the editor\b|\bif you enjoyed (?:reading )?this\b"
    r"|\bfor the latest\b.{0,60}\bdownload\b"
    r"|\bdelivered (?:straight )?(?:to|through|into) your (?:door|letterbox|mailbox|inbox)\b"
    # a prompt to register before commenting, under the article and above its comments
    r"|\b(?:para comentar|pour commenter|per commentare|um (?:zu )?kommentieren)\b"
    r"|\b(?:log in|sign in|register) to (?:post a |leave a )?comment\b"
    # an invitation to comment or to share one's experience under the post
    r"|\b(?:hinterlasse?t? (?:\w+ ){0,2}(?:einen|deinen|ihren) kommentar|leave (?:a|your) comment"
    r"|laissez(?:-nous)? un commentaire|d[ée]ja(?:nos)? (?:un|tu) comentario"
    r"|let us know (?:in the comments|what you think)|teilen sie uns ihre (?:erfahrungen|meinung)"
    r"|(?:schreib|schreiben sie)(?: es)? (?:uns )?in die kommentare)\b"
    # a subscription offer closing a metered or paywalled story
    r"|\b(?:pour accéder en illimité|accès illimité|profitez de notre offre"
    r"|unlimited (?:digital )?access|unbegrenzte[nr]? zugang|acceso ilimitado"
    r"|accesso illimitato)\b"
    # a pointer to the site's own video or chat channel
    r"|\b(?:our (?:youtube|telegram|whatsapp) channel|nuestro canal de (?:youtube|telegram)"
    r"|unseren? (?:youtube|telegram|whatsapp)[- ]kanal|notre chaîne (?:youtube|telegram))\b"
)

#: A pointer to another story of the site in a short closing line ("Wie ...
#: erklären wir in unserem Beitrag ...", "... weiter zu 'Die Wortwahl'", "Read
#: more about the trial here"); "Mehr findest Du hier" is as often the story's
#: own last line (a link to the event, the paper, the gallery) and stays.
CROSS_REFERENCE = (
    r"\berklären wir (?:euch |ihnen |dir )?in unserem (?:beitrag|artikel|ratgeber)\b"
    r"|^\W*(?:\.{3}|…)\s*(?:weiter zu|continue to|suite de)\b"
    r"|\b(?:read|learn|find out) more (?:about [^.]{1,60} )?here\b"
    r"|\bwe explain\b[^.]{0,60}\bin (?:our|this) (?:article|guide|explainer)\b"
)

#: Lower-case words, one of which is in every match of `CLOSING_CALL` (or of
#: `CROSS_REFERENCE`): a block holding none is not searched (the patterns have
#: no literal prefix to scan for; most blocks hold none).  A branch added to a
#: pattern needs its word here (tests/test_select.py checks).
CLOSING_CALL_WORDS = (
    "sign up", "subscribe", "follow ", "download ", "support ", "submit ", "join ",
    "find us on", "connect with us", "newsletter", "abonniere", "folge", "suivez-nous",
    "abonnez-vous", "seguici", "iscriviti", "zapraszamy", "stay ", "write to us",
    "schreiben sie uns", "puede escribirnos", "donat", "spenden sie", "faites un don",
    "to the editor", "if you enjoyed", "for the latest", "delivered ", "comment", "komment",
    "comentar", "let us know", "teilen sie uns", "profitez de notre offre", "unlimited",
    "unbegrenzte", "ilimitado", "illimitato", "youtube", "telegram", "whatsapp",
    "unterstütze", "síguenos", "suscríbete", "únete", "escríbenos", "écrivez-nous",
    "illimité", "notre chaîne",
)  # fmt: skip
CROSS_REFERENCE_WORDS = (
    "erklären wir", "weiter zu", "continue to", "suite de", "more ", "we explain",
)  # fmt: skip

#: A related-links heading that names the site or a kind of story between
#: "more" and "stories" ("More great Wired stories", "Mehr aktuelle
#: Nachrichten"), matched against the normalized heading.
MORE_STORIES_HEADING = (
    r"^(?:more|mehr|más) (?:(?!than |als )[^\W\d]\w* ){1,3}"
    r"(?:stories|articles|news|reads|posts|coverage|nachrichten|artikel|beiträge|noticias)$"
)

#: Lower-case strings one of which a line must hold before its rule's regex
#: is tried (the regexes are slow on every block; these checks are not).
LINE_TRIGGERS = {
    "boilerplate": ("/", "javascript", "print", "编辑", "編輯", "bewertungen", "ratings", "votes"),
    "tags": ("tag", "keyword", "schlagw", "themen", "mots", "etiquetas", "temas", "thema"),
    "ad": ("anzeige", "advertisement", "werbung", "sponsored", "publicit", "annuncio", "promoted",
           "presented"),
    "footer": ("copyright", "(c)", "©", "rights reserved", "droits", "rechte", "derechos"),
    "caption": (
        "photo", "foto", "image", "picture", "credit", "illustration", "bild", "reuters",
        "afp", "getty", "epa", "shutterstock", "dpa", "alliance", "abbildung", "/", "istock",
        "unsplash", "pixabay", "pexels", "adobe", "l.)", "r.)", "links)", "left)", "droite)",
        "courtesy", "crédit", "사진", "写真", "图", "圖", "照片", "摄影", "攝影",
    ),
    "cookie": ("cookie",),
    "licence or citation line: footer": ("cc-by", "cc by", "creative", "citation", "cite",
                                         "zitier"),
    "contact details: boilerplate": ("mail",),
    "consent notice for embedded content: cookie": ("twitter", "youtube", "instagram",
        "facebook", "tiktok", "spotify", "vimeo", "soundcloud", "podcast", "drittanbieter",
        "third-party", "third party", "externe", "external"),
    "call to action: share": ("follow", "like", "join", "share", "folgen", "suivez",
                              "síguenos", "seguici"),
    "call to action: newsletter": ("sign up", "subscribe", "newsletter", "download",
                                   "click here", "abonnieren", "melden"),
}  # fmt: skip
