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
    # "from agencies": wire copy credited to no one in particular
    | {"agencies", "agenturen", "agencias", "agences"}
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

#: Weekdays: a credit holding one is a dateline, never a name ("Montag", "Friday").
#: ("domingo", "domenica", "sabato" are names too, so they are left out.)
WEEKDAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi
    dimanche lunes martes miércoles jueves viernes sábado lunedì martedì mercoledì giovedì
    venerdì maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """
)

#: Month names that are no one's name: a credit holding one after its first word, or
#: made of one alone, is a date ("May", "March", "April", "June", "August", "Julio",
#: "Avril", "Janvier" are first names or surnames too, so they are left out).
MONTHS = _words(
    """
    january february july september october november december januar februar märz juni
    oktober dezember février juillet août septembre octobre novembre décembre enero febrero
    marzo junio agosto septiembre octubre noviembre diciembre
    """
)

#: Lower-case words of sentences (verbs, pronouns, conjunctions) that no name or
#: organisation holds: a credit with one is a piece of a sentence ("Stadt plant",
#: "heute ist schön").  Name particles ("von", "de", "la") and the little words of
#: organisation names ("of", "the", "für", "der", "du") are not here.
SENTENCE_WORDS = _words(
    """
    is are was were be been has have had will would can could should must this that these
    those it its they we you he she his our your their with from into about after before
    when where which who what not also just only very than then there here
    ist sind war waren hat haben hatte wird werden wurde kann können soll sollte muss nicht
    auch noch nur schon sehr wie wenn dass weil aber oder ich wir sie er es ihr uns sich
    mir mich dich dir man was wer hier dort jetzt heute gestern immer mehr viel viele alle
    einen einem einer eines diese dieser dieses sowie
    est sont était avec pour dans sur pas plus qui que elle nous vous ils
    son está están con para pero como más muy
    """
)

#: Words of page controls (share, print, log in, comments ...): a credit holding one is
#: interface text caught beside the name; one ending the credit is cut off.
INTERFACE_WORDS = _words(
    """
    share teilen partager compartir subscribe abonnieren login anmelden einloggen
    registrieren menu menü search suche startseite comments kommentare kommentieren
    commenter comentarios reply antworten drucken newsletter weiterlesen lesen profile
    profil click klicken cookies advertisement anzeige werbung bookmark merken tweet
    whatsapp pinterest instagram youtube
    """
)

#: Words printed after the name in an author box ("Jane Doe Mehr", "Jane Doe Bio"):
#: cut from the end of a credit of three or more words.
AFTER_NAME_WORDS = _words(
    """
    more mehr bio contact kontakt website homepage posts articles artikel beiträge stories
    view ansehen alle weitere
    """
)
