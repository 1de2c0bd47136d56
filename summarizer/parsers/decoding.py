"""Bytes of a text file to text: UTF-8 first, then a byte-order mark, then detection.

Saved articles come in UTF-8 mostly, but Windows tools and older sites write Windows-1252
(Latin-1 with typographic quotes), and Russian or Greek sites their own code pages. Only bytes
that no encoding reads as text are an error.

Detection on a short Western text is unreliable (charset-normalizer calls "café au lait"
cp1006, and a Windows-1252 paragraph with curly quotes cp775), so Windows-1252 is taken first
when it reads every byte and the result looks like Latin-script text: letters beyond ASCII are
a minority of the letters and nothing decodes to a stray symbol. Cyrillic or Greek code pages
decoded as Windows-1252 fail that test (nearly every letter comes out accented), and Central
European ones too (they produce symbols such as ``¹ ³ ¿``); those go to charset-normalizer.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Beyond this share of non-ASCII letters among all letters, a Windows-1252 reading is not taken
# without detection: French or German prose has well under 10 %, Cyrillic read as 1252 ~100 %.
WESTERN_MAX_NON_ASCII_LETTERS = 0.3
# Characters outside letters that Western text uses; any other non-ASCII symbol makes the
# Windows-1252 reading doubtful.
_WESTERN_SYMBOLS = set("“”‘’„‚–—…€£¥¢©®™°±×÷«»‹›§¶·•†‡‰ªº¿¡ ")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),  # the BOM stays a character, so offsets match the file read as UTF-8
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    detected: bool  # False for UTF-8 or a byte-order mark; True when the encoding was guessed
    note: str | None = None


class Undecodable(ValueError):
    """No encoding reads these bytes as text; the message says where UTF-8 failed."""


def has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def decode_text(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, False, "byte-order mark")
            except UnicodeDecodeError as error:
                raise Undecodable(f"invalid {encoding} after its byte-order mark (offset {error.start})") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError as error:
        utf8_error = error.start
    western = _western(data)
    if western is not None:
        return Decoded(western, "cp1252", True, f"not UTF-8 (byte {utf8_error}); read as Windows-1252 (Latin-1)")
    best = from_bytes(data).best()
    if best is None:
        raise Undecodable(f"not text in any known encoding (not UTF-8 from byte {utf8_error})")
    return Decoded(str(best), best.encoding, True, f"not UTF-8 (byte {utf8_error}); detected by charset-normalizer")


def _western(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = non_ascii = 0
    for char in text:
        if char.isalpha():
            letters += 1
            non_ascii += not char.isascii()
        elif not char.isascii() and char not in _WESTERN_SYMBOLS:
            return None
        elif unicodedata.category(char) == "Cc" and char not in "\t\n\r\f":
            return None
    if letters and non_ascii / letters > WESTERN_MAX_NON_ASCII_LETTERS:
        return None
    return text
