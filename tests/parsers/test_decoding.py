import os

import pytest

from summarizer.parsers.decoding import Undecodable, decode_text


@pytest.mark.parametrize(
    "text, encoding, expected",
    [
        ("Le café de la gare a fermé ses portes, a déclaré le maître.", "latin-1", "cp1252"),
        ("The mayor said “damage was limited” – repairs cost €4m.", "cp1252", "cp1252"),
        ("Москва заявила в понедельник, что переговоры продолжатся.", "cp1251", "cp1251"),
        ("Zażółć gęślą jaźń, powiedział minister w poniedziałek.", "cp1250", "cp1250"),
    ],
)
def test_other_encodings_are_detected(text: str, encoding: str, expected: str):
    decoded = decode_text(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == expected and decoded.detected


def test_utf8_and_byte_order_marks_are_not_guesses():
    assert decode_text("café".encode()).encoding == "utf-8"
    utf16 = decode_text("Harbour news".encode("utf-16"))
    assert utf16.text == "Harbour news" and not utf16.detected
    assert decode_text("\ufeffTitle".encode()).text == "\ufeffTitle"  # kept: offsets match the file


def test_bytes_no_encoding_reads_are_undecodable():
    with pytest.raises(Undecodable, match="not text in any known encoding"):
        decode_text(bytes(range(128, 256)) * 3)
    with pytest.raises(Undecodable):
        decode_text(os.urandom(4096) + b"\x00")
