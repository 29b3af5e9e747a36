"""Word lists of the byline reader, kept as data (lower-case, whitespace-separated).

Edit these to teach the reader a new language or a new job title; the code in
`byline` only uses them through the frozensets below.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that make a comma part (or a trailing word) of a credit a job title, not a name.
JOB_WORDS = _words(
    """
    writer editor correspondent reporter contributor contributing staff columnist journalist
    journalistin redakteur redakteurin chefredakteur chefredakteurin redaktion photographer
    producer analyst director chief senior deputy associate managing news health science
    business political politics technology tech sports culture opinion desk bureau team
    autor autorin correspondant correspondante rédacteur rédactrice journaliste corresponsal
    redactor redactora giornalista inviato freelance guest author volontär volontärin
    praktikant praktikantin korrespondent korrespondentin herausgeber ressortleiter
    ressortleiterin leiter leiterin rechtsanwalt rechtsanwältin anwalt anwältin
    projektleiter projektleiterin referent referentin sprecher sprecherin pressesprecher
    pressesprecherin
    """
)

#: Nouns that end a job or desk phrase ("Games Editor", "Chrome Safe Browsing team").
JOB_HEADS = _words(
    """
    writer editor correspondent reporter contributor columnist journalist journalistin
    redakteur redakteurin photographer producer analyst team desk staff redaktion
    korrespondent korrespondentin rédacteur rédactrice journaliste corresponsal redactor
    redactora giornalista
    """
)

#: Words of organisation and site names: a credit made with one is not a person.
ORG_WORDS = _words(
    """
    gmbh ag e.v e.v. ev inc inc. ltd llc verlag zeitung magazin magazine news online press
    presse media medien group gruppe blog stiftung institut institute verband association
    bund network tv radio welle team redaktion newsroom agency agentur university
    universität ministerium ministry foundation club verein company corporation staff
    editors editorial landesanstalt amt official daily times post journal tribune herald
    gazette agencies
    """
)

#: News agencies: authors only when nobody else is credited.
AGENCIES = _words(
    """
    reuters ap afp dpa apa ansa efe epd kna sid upi dapd tass itar-tass xinhua kyodo anp
    belga sda ats keystone-sda pa jiji yonhap
    """
)

#: Class/id words that mark an author *box* (bio, avatar, list), not the credit line.
NOT_CREDIT = _words(
    """
    bio avatar about box img image photo description comment social follow more widget posts
    list title
    """
)

#: Labels ending in a colon before a credit ("Autor: ", "Text: "); regex pieces.
LABELS = (
    *("author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "autore"),
    *("text", "texte", "von", "by", "redaktion", "reporter", "interview", "fotos?", "photos?"),
    *("bild", "quelle", "source", "credits?", "verfasser", "verfasserin", "posted"),
)
#: Labels that start a printed credit line on their own ("Autor: Jane Doe").
CREDIT_LABELS = LABELS[:9]

#: Whole credits that name nobody (a label printed without its value, a CMS default).
NOT_A_CREDIT = frozenset(
    {"author", "authors", "autor", "autorin", "auteur", "autore", "by", "von", "no author"}
    | {"none", "n/a", "admin", "administrator"}
)

#: Capitalised words that open a title or a phrase, never a person's name ("Die FURCHE").
ARTICLES = _words("the die der das le la les el los las il un une ein eine")

#: Lower-case words that may stand in a name ("von Trotta", "de la Cruz", "van Gogh").
PARTICLES = _words(
    "von van de da del della di du der den le la al el bin ibn ten ter zu dos das do mc"
)

#: Capitalised words that start a phrase, not a name ("Am Sonntag", "Das Magazin").
NOT_NAME_START = _words(
    """
    am an das der die dem den ein eine im in the a on at le la les el il lo des vom zum zur
    mit für bei
    """
)
