"""Date strings -> ISO 8601.

`parse_iso` reads machine values (JSON-LD, meta tags, ``<time datetime>``);
`parse_date_text` reads dates as people print them, in several languages
("12 January, 2022, 05:20 pm", "12.01.2022, 17:20 Uhr", "2022年1月12日").
Both return ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS[+HH:MM]``, or None.
"""

from __future__ import annotations

import re
from datetime import datetime

#: Month names and abbreviations, lower-case, in the languages seen on news pages.
MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
):
    for _i, _n in enumerate(_names.split(), 1):
        MONTHS.setdefault(_n, _i)
MONTHS.update({"sept": 9, "mär": 3, "mrz": 3, "okt": 10, "dez": 12, "déc": 12, "févr": 2})

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_TIME = r"(?:\D{0,6}?(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
_PATTERNS = [
    # 12 January, 2022, 05:20 pm / 12. Januar 2022 / 12 de enero de 2022
    re.compile(
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?(?P<mon>{_MONTH_RE})\.?,?\s*(?:de\s+)?"
        rf"(?P<y>\d{{4}})" + _TIME,
        re.I,
    ),
    # January 12, 2022 5:20 PM
    re.compile(
        rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})" + _TIME,
        re.I,
    ),
    # 2022-01-12 17:20 / 2022/01/12
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME),
    # 12.01.2022, 17:20 Uhr / 12/01/2022 (day first)
    re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})" + _TIME),
    # 2022年1月12日 17:20
    re.compile(r"(?P<y>\d{4})年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日" + _TIME),
]


def parse_iso(value: str) -> str | None:
    """A machine date (ISO 8601 and near forms) -> normalized ISO string, or None."""
    value = value.strip()
    if not value:
        return None
    candidate = value.replace("Z", "+00:00").replace(" ", "T", 1)
    candidate = re.sub(r"(\.\d+)(?=[+-]|$)", "", candidate)
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
    try:
        dt = datetime.fromisoformat(candidate)
    except ValueError:
        return parse_date_text(value)
    if len(candidate) <= 10:
        return dt.date().isoformat()
    return dt.isoformat()


def parse_date_text(text: str) -> str | None:
    """The first date a person would read in ``text`` -> ISO string, or None."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        parts = m.groupdict()
        month = int(parts["m"]) if parts.get("m") else MONTHS.get(parts["mon"].lower().rstrip("."))
        try:
            day = datetime(int(parts["y"]), month or 0, int(parts["d"]))
        except (ValueError, TypeError):
            continue
        if parts.get("h") is None:
            return day.date().isoformat()
        hour = int(parts["h"])
        ampm = (parts.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        try:
            return day.replace(hour=hour, minute=int(parts["mi"]), second=int(parts["s"] or 0)).isoformat()
        except ValueError:
            return day.date().isoformat()
    return None
