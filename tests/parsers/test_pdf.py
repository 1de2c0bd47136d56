from pathlib import Path

import pytest

from minimal_pdf import pdf_bytes, write_pdf
from summarizer.errors import InputError
from summarizer.parsers.pdf import PAGE_NUMBER, RUNNING_LINE
from summarizer.parsers.reader import read_article

PAGES = [
    [
        "Harbour Gazette",
        "",
        "Valmer port reopens",
        "",
        "The port of Valmer reopened on Monday after a storm closed it for three",
        "days, the harbour authority said. Crews cleared debris from the infra-",
        "structure of the main channel while ships waited outside.",
        "    Officials said damage to the quays was limited. Repairs will cost",
        "about 4 million euros, according to the mayor.",
        "",
        "Business owners said the closure cost them a week of trade and that the",
        "",
        "1",
    ],
    ["Harbour Gazette", "", "city should help them recover before the winter season begins.", "", "2"],
]


def test_paragraphs_rebuilt_from_layout(tmp_path: Path):
    article = read_article(write_pdf(tmp_path / "port.pdf", PAGES, title="Valmer port reopens"), "A1")
    kept = [p.text for p in article.paragraphs if p.kept]
    assert kept == [
        "Valmer port reopens",
        "The port of Valmer reopened on Monday after a storm closed it for three days, the harbour authority "
        "said. Crews cleared debris from the infrastructure of the main channel while ships waited outside.",
        "Officials said damage to the quays was limited. Repairs will cost about 4 million euros, according to the mayor.",
        "Business owners said the closure cost them a week of trade and that the city should help them recover "
        "before the winter season begins.",
    ]
    removed = [(p.text, p.removal) for p in article.paragraphs if not p.kept]
    assert ("1", PAGE_NUMBER) in removed and ("Harbour Gazette", RUNNING_LINE) in removed
    assert article.title == "Valmer port reopens"
    text = article.extracted.text
    assert all(text[p.start : p.end] == p.text for p in article.paragraphs)
    assert article.extracted.method.startswith("pdf (pypdf")


def test_scanned_pdf_without_text_layer(tmp_path: Path):
    path = write_pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(InputError, match="scanned PDF: no text layer on its 2 page"):
        read_article(path, "A1")


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage", pdf_bytes([["Some text here."]])[:200], b"not a pdf"])
def test_corrupt_pdf_is_one_line(tmp_path: Path, data: bytes):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match="PDF") as error:
        read_article(path, "A1")
    assert "\n" not in str(error.value)


def test_password_protected_pdf_is_one_line(tmp_path: Path):
    import pypdf

    plain = write_pdf(tmp_path / "plain.pdf", [["Some article text on the page."]])
    writer = pypdf.PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="encrypted PDF: it needs a password"):
        read_article(locked, "A1")
