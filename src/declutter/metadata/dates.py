"""Date strings -> ISO 8601.

`parse_iso` reads machine values (JSON-LD, meta tags, ``<time datetime>``);
`parse_date_text` reads dates as people print them, in several languages
("12 January, 2022, 05:20 pm", "12.01.2022, 17:20 Uhr", "2022年1月12日");
`find_dates` gives every such date in a text with its position;
`parse_relative` reads "3 hours ago" / "vor 2 Tagen" against a reference time;
`url_date` reads ``/2022/01/12/`` style paths.
All return ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][+HH:MM]``, or None.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

#: Month names and abbreviations (lower-case), one line per language, January first.
MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jänner feber märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janv févr mars avr mai juin juil août sept oct nov déc",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene feb mar abr may jun jul ago sep oct nov dic",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "gen feb mar apr mag giu lug ago set ott nov dic",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad"
    " grudzień",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "január február március április május június július augusztus szeptember október november"
    " december",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie"
    " decembrie",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
    " syyskuuta lokakuuta marraskuuta joulukuuta",
)
#: Extra abbreviations not in the lines above.
MONTH_EXTRA = {
    "sept": 9,
    "mär": 3,
    "mrz": 3,
    "okt": 10,
    "dez": 12,
    "févr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
    "dic": 12,
    "set": 9,
}


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month name or abbreviation (lower-case) -> month number."""
    table: dict[str, int] = {}
    for line in MONTH_NAMES:
        for number, name in enumerate(line.split(), 1):
            table.setdefault(name, number)
    for name, number in MONTH_EXTRA.items():
        table.setdefault(name, number)
    return table


#: Kept for callers of the first version.
MONTHS = months()

#: Any word that may be a month name; `MONTHS` decides (an alternation of every name
#: would be tried at every word and made the month patterns the slowest part).
_MON = r"[^\W\d_]{3,12}"
_TIME = (
    r"(?:[^\d\n]{0,8}?(?<!\d)(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
)
#: Printed date shapes; each names its groups y, m or mon, d.
_PATTERNS = (
    # 12 January, 2022 / 12. Januar 2022 / 12 de enero de 2022 / 12 января 2022 г.
    re.compile(
        rf"(?<![\d.])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?(?P<mon>{_MON})\b\.?,?\s*"
        rf"(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME,
        re.I,
    ),
    # January 12, 2022 5:20 PM / Jan. 12th 2022
    re.compile(
        rf"\b(?P<mon>{_MON})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
        + _TIME,
        re.I,
    ),
    # 2022. január 12. (Hungarian), 2022 January 12
    re.compile(
        rf"(?<!\d)(?P<y>(?:19|20)\d\d)\.?\s+(?P<mon>{_MON})\b\.?\s+(?P<d>[0-3]?\d)(?!\d)" + _TIME,
        re.I,
    ),
    # 2022-01-12 17:20 / 2022/01/12 / 2022.01.12
    re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d])" + _TIME
    ),
    # 12.01.2022, 17:20 Uhr / 12/01/2022 / 12-01-2022
    re.compile(
        r"(?<![\d.])(?P<d>[0-3]?\d)([./-])(?P<m>[01]?\d)\2(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME
    ),
    # 12.01.22 / 2.11.22 (two-digit year, dots only)
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<yy>\d\d)(?![\d.])" + _TIME),
    # 2022年1月12日 17:20 / 2022년 1월 12일
    re.compile(
        r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]?"
        + _TIME
    ),
    # ( Pescasseroli, 14 Gennaio 20 ) / 12 Jan 22: a two-digit year closing the text or
    # followed by a bracket or a separator, never by a word ("14 Gennaio 20 persone")
    re.compile(
        rf"(?<![\d.])(?P<d>[0-3]?\d)\.?\s*(?P<mon>{_MON})\b\.?,?\s+(?P<yy>\d\d)"
        r"(?=\s*(?:$|[)\]|,;•·–-]))",
        re.I,
    ),
)
_SLASH_PATTERN = 4
#: Patterns with a two-digit year, read only when ``short_years`` is asked for.
_SHORT_YEAR_PATTERNS = frozenset({5, 7})

_FRACTION = re.compile(r"(\.\d+)(?=[+-]\d|Z|$)")
_COMPACT_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")


def parse_iso(value: str) -> str | None:
    """A machine date (ISO 8601 and near forms) -> normalized ISO string, or None."""
    value = value.strip()
    if not value:
        return None
    candidate = value.replace("Z", "+00:00").replace("z", "+00:00")
    if len(candidate) > 10 and candidate[10] == " ":
        candidate = candidate[:10] + "T" + candidate[11:].replace(" ", "")
    candidate = _FRACTION.sub("", candidate)
    candidate = _COMPACT_OFFSET.sub(r"\1:\2", candidate)
    compact = _COMPACT_DATE.match(candidate)
    if compact and len(candidate) in (8, 12, 14, 13, 15) and candidate.isalnum():
        y, mo, d, h, mi, s = compact.groups()
        candidate = f"{y}-{mo}-{d}" + (f"T{h}:{mi}:{s or '00'}" if h else "")
    try:
        dt = datetime.fromisoformat(candidate)
    except ValueError:
        return parse_date_text(value)
    if not _plausible_year(dt.year):
        return None
    if len(candidate) <= 10:
        return dt.date().isoformat()
    return dt.isoformat()


def parse_date_text(
    text: str, *, month_first: bool = False, short_years: bool = False
) -> str | None:
    """The first date a person would read in ``text`` -> ISO string, or None.

    ``month_first`` reads ``01/12/2022`` as January 12 (US pages); otherwise
    day-first, unless the numbers only fit the other way.  ``short_years``
    also reads ``12.01.22`` (off by default: then every date found has a
    four-digit year).
    """
    found = find_dates(text, month_first=month_first, short_years=short_years)
    return found[0][1] if found else None


def find_dates(
    text: str, *, month_first: bool = False, short_years: bool = False
) -> list[tuple[int, str]]:
    """Every printed date in ``text`` as (position, ISO string), in text order."""
    out: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_PATTERNS):
        if index in _SHORT_YEAR_PATTERNS and not short_years:
            continue
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            iso = _from_match(m.groupdict(), month_first and index == _SLASH_PATTERN)
            if iso:
                out.append((m.start(), iso))
                taken.append((m.start(), m.end()))
    out.sort()
    return out


def _from_match(parts: dict[str, str | None], month_first: bool) -> str | None:
    if parts.get("mon"):
        month = MONTHS.get((parts["mon"] or "").lower().rstrip("."), 0)
    else:
        month = int(parts["m"] or 0)
    day = int(parts["d"] or 0)
    if parts.get("m") and (month_first or month > 12) and day <= 12:
        month, day = day, month
    try:
        year = int(parts.get("y") or 0) or 2000 + int(parts.get("yy") or 0)
        when = datetime(year, month or 0, day)
    except (ValueError, TypeError):
        return None
    if not _plausible_year(when.year):
        return None
    if parts.get("h") is None:
        return when.date().isoformat()
    hour = int(parts["h"] or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return when.replace(
            hour=hour, minute=int(parts["mi"] or 0), second=int(parts["s"] or 0)
        ).isoformat()
    except ValueError:
        return when.date().isoformat()


#: Oldest and newest years taken as a real publication date.
MIN_YEAR, MAX_YEAR = 1995, 2100


def _plausible_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


_UNITS = {
    "minute": 60,
    "min": 60,
    "minuten": 60,
    "minutes": 60,
    "minuto": 60,
    "minutos": 60,
    "minuti": 60,
    "minuut": 60,
    "hour": 3600,
    "hr": 3600,
    "stunde": 3600,
    "stunden": 3600,
    "heure": 3600,
    "heures": 3600,
    "hora": 3600,
    "horas": 3600,
    "ora": 3600,
    "ore": 3600,
    "uur": 3600,
    "day": 86400,
    "tag": 86400,
    "tagen": 86400,
    "jour": 86400,
    "jours": 86400,
    "día": 86400,
    "días": 86400,
    "dia": 86400,
    "dias": 86400,
    "giorno": 86400,
    "giorni": 86400,
    "dag": 86400,
    "dagen": 86400,
}
_RELATIVE = re.compile(
    r"(?:\b(?:vor|il y a|hace|há|fa)\s+)?(?P<n>\d{1,3}|an?|one|einer?|un[ea]?)\s+"
    r"(?P<unit>[a-zà-ÿ]+?)s?\b(?:\s+(?P<ago>ago|fa|geleden|atrás))?",
    re.I,
)
_BEFORE_WORDS = ("vor", "il y a", "hace", "há")


def parse_relative(text: str, now: datetime | None) -> str | None:
    """ "3 hours ago" / "vor 2 Tagen" / "il y a 3 heures" against ``now`` -> ISO, or None."""
    if now is None:
        return None
    for m in _RELATIVE.finditer(text):
        before = text[max(0, m.start() - 8) : m.start() + 8].lower()
        if not (m.group("ago") or any(w in before for w in _BEFORE_WORDS)):
            continue
        seconds = _UNITS.get(m.group("unit").lower())
        if not seconds:
            continue
        n = m.group("n")
        count = int(n) if n.isdigit() else 1
        when = now - timedelta(seconds=seconds * count)
        if seconds >= 86400:
            return when.date().isoformat()
        return when.replace(microsecond=0).isoformat()
    return None


_URL_DATE = re.compile(
    r"(?<![\d])((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?![\d])"
    r"|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:/|[_-]|$)"
)


def url_date(url: str | None) -> str | None:
    """The day written in a URL path (``/2022/01/12/``, ``-2022-01-12``, ``/20220112/``)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
    try:
        when = datetime(int(y), int(mo), int(d))
    except ValueError:
        return None
    return when.date().isoformat() if _plausible_year(when.year) else None


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/")


def url_month(url: str | None) -> str | None:
    """``YYYY-MM`` when the URL names a year and month only (``/2022/01/slug``)."""
    m = _URL_MONTH.search(url or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}"
