"""Page bytes (+ the charset a transport header declared) -> text and the codec used.

Order, measured best on the corpora: byte-order mark -> strict UTF-8 ->
nearly-all-valid UTF-8 -> transport charset (HTTP / MHTML header) -> the
document's own declaration (XML declaration, ``<meta charset>``,
``http-equiv``) -> statistical detector (cchardet) -> cp1252.

Labels are read the WHATWG way: ``iso-8859-1``, ``latin1`` and ``ascii`` mean
windows-1252, ``gb2312`` means gb18030, ``shift_jis`` means cp932 and so on;
an unknown label is skipped, never raised.  Bytes that are not valid UTF-8
inside an otherwise UTF-8 page are read one by one as cp1252, so a stray
Latin-1 byte costs one character, not the page.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

import cchardet

#: How far into the page the charset declarations are looked for (bytes).
DECLARATION_WINDOW = 32768
#: How much of the page the statistical detector reads (bytes).
DETECTOR_WINDOW = 262144
#: Below this confidence the detector's guess is not trusted (cp1252 is used).
MIN_DETECTOR_CONFIDENCE = 0.5
#: A page that fails strict UTF-8 is still read as UTF-8 when it holds at least
#: this many valid non-ASCII characters for each invalid byte ...
UTF8_VALID_PER_ERROR = 4
#: ... and at least this many valid non-ASCII characters in all.
UTF8_MIN_VALID = 2

#: WHATWG label -> Python codec, for the labels where the two disagree or
#: Python does not know the label.  Everything else goes through codecs.lookup.
LABELS: dict[str, str] = {
    **dict.fromkeys(
        (
            "iso-8859-1",
            "iso8859-1",
            "iso_8859-1",
            "latin1",
            "latin-1",
            "l1",
            "ascii",
            "us-ascii",
            "ansi_x3.4-1968",
            "cp819",
            "ibm819",
            "iso-ir-100",
            "csisolatin1",
            "windows-1252",
            "x-cp1252",
            "cp1252",
        ),
        "cp1252",
    ),
    **dict.fromkeys(("iso-8859-9", "latin5", "l5", "iso_8859-9", "windows-1254"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "tis-620", "windows-874", "dos-874"), "cp874"),
    **dict.fromkeys(
        (
            "gb2312",
            "gbk",
            "x-gbk",
            "gb_2312",
            "gb_2312-80",
            "chinese",
            "csgb2312",
            "iso-ir-58",
            "gb18030",
            "euc-cn",
            "hz-gb-2312",
        ),
        "gb18030",
    ),
    **dict.fromkeys(
        (
            "shift_jis",
            "shift-jis",
            "sjis",
            "x-sjis",
            "ms_kanji",
            "ms932",
            "windows-31j",
            "csshiftjis",
            "cp932",
        ),
        "cp932",
    ),
    **dict.fromkeys(
        (
            "euc-kr",
            "euc_kr",
            "ks_c_5601-1987",
            "ks_c_5601-1989",
            "ksc5601",
            "korean",
            "uhc",
            "windows-949",
            "cp949",
        ),
        "cp949",
    ),
    **dict.fromkeys(("big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5"), "big5hkscs"),
    **dict.fromkeys(("iso-8859-8-i", "logical", "csiso88598i"), "iso8859-8"),
    **dict.fromkeys(("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf8"), "utf-8"),
    # A declaration inside the bytes cannot be UTF-16 (it could not be read), WHATWG says utf-8.
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be"), "utf-8"),
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "ibm852": "cp1250",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([-\w.:]+)""", re.I)
_META = re.compile(rb"""<meta\b[^>]{0,400}?charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


@lru_cache(maxsize=256)
def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, WHATWG-style; None when unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    if key in LABELS:
        return LABELS[key]
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def decode(data: bytes, transport: str | None = None) -> tuple[str, str, bool]:
    """Decode page bytes; return the text, the name of the codec used, and whether
    ``data`` is the text's UTF-8 as it stands (valid UTF-8 without a BOM: the
    parser then reads ``data`` instead of an encoded copy)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace"), name, False
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, "replace"), utf16, False
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    text, codec = _decode_other(data, transport)
    return text, codec, False


def _decode_other(data: bytes, transport: str | None) -> tuple[str, str]:
    """Bytes that are not valid UTF-8: mended UTF-8, the declared or detected codec."""
    escaped = data.decode("utf-8", "surrogateescape")
    errors = len(_NOT_UTF8.findall(escaped))
    valid = len(_VALID_NON_ASCII.findall(escaped))
    if valid >= UTF8_MIN_VALID and valid >= UTF8_VALID_PER_ERROR * errors:
        return _mend_utf8(escaped), "utf-8"
    for label in (transport, *declared_labels(data)):
        codec = codec_for(label)
        if codec == "utf-8":
            return _mend_utf8(escaped), "utf-8"
        if codec:
            text = _try(data, codec)
            if text is not None:
                return text, codec
            guess = _detect(data)
            text = _try(data, guess) if guess else None
            if guess and text is not None:
                return text, guess
            return data.decode(codec, "replace"), codec
    guess = _detect(data)
    if guess == "utf-8":
        return _mend_utf8(escaped), "utf-8"
    if guess:
        return data.decode(guess, "replace"), guess
    return data.decode("cp1252", "replace"), "cp1252"


def declared_labels(data: bytes) -> list[str]:
    """Charset labels the document declares: XML declaration first, then ``<meta>``."""
    head = data[:DECLARATION_WINDOW]
    labels = []
    xml = _XML_DECL.match(head)
    if xml:
        labels.append(xml.group(1).decode("ascii", "replace"))
    meta = _META.search(head)
    if meta:
        labels.append(meta.group(1).decode("ascii", "replace"))
    return labels


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    found = cchardet.detect(data[:DETECTOR_WINDOW])
    label = found.get("encoding")
    confidence = found.get("confidence") or 0.0
    if not label or confidence < MIN_DETECTOR_CONFIDENCE:
        return None
    return codec_for(str(label))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs on every other byte of ASCII markup."""
    head = data[:64]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if not odd.strip(b"\x00") and _is_ascii_text(even):
        return "utf-16-le"
    if not even.strip(b"\x00") and _is_ascii_text(odd):
        return "utf-16-be"
    return None


def _is_ascii_text(chunk: bytes) -> bool:
    return all(32 <= b < 127 or b in (9, 10, 13) for b in chunk)


def _byte_as_cp1252(match: re.Match[str]) -> str:
    return bytes([ord(match.group()) - 0xDC00]).decode("cp1252", "replace")


def _mend_utf8(escaped: str) -> str:
    """UTF-8 text where each undecodable byte was read as cp1252."""
    return _NOT_UTF8.sub(_byte_as_cp1252, escaped)
