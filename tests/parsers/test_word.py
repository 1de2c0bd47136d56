from pathlib import Path

import docx
import pytest

from summarizer.errors import InputError
from summarizer.parsers.reader import read_article


def write_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = ""
    document.core_properties.author = "An Analyst"
    document.add_paragraph("Grain exports resume", style="Title")
    document.add_paragraph("Ukraine resumed grain exports through its ports on Monday, the ministry said, after attacks on port infra-\nstructure.")
    document.add_paragraph("")
    document.add_heading("What comes next", 1)
    document.add_paragraph("Traders expect prices to ease by the end of the month.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Wheat: 300,000 tonnes"
    table.cell(0, 1).text = "Maize: 100,000 tonnes"
    document.save(str(path))
    return path


def test_paragraphs_headings_tables_and_title(tmp_path: Path):
    article = read_article(write_docx(tmp_path / "grain.docx"), "A1")
    assert [p.text for p in article.paragraphs] == [
        "Grain exports resume",
        "Ukraine resumed grain exports through its ports on Monday, the ministry said, after attacks on port infrastructure.",
        "What comes next",
        "Traders expect prices to ease by the end of the month.",
        "Wheat: 300,000 tonnes",
        "Maize: 100,000 tonnes",
    ]
    assert [p.kind for p in article.paragraphs][:3] == ["heading", "body", "heading"]
    assert article.title == "Grain exports resume" and article.title_from == "metadata"
    assert article.source is None and article.date is None  # the author saved the file; not the publisher
    text = article.extracted.text
    assert all(text[p.start : p.end] == p.text for p in article.paragraphs)
    assert article.extracted.method.startswith("docx (python-docx")


@pytest.mark.parametrize("data, problem", [(b"PK\x03\x04 not really a zip", "not a readable Word"), (b"plain text", "not a readable Word")])
def test_corrupt_docx_is_one_line(tmp_path: Path, data: bytes, problem: str):
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem) as error:
        read_article(path, "A1")
    assert "\n" not in str(error.value)


def test_docx_with_a_broken_part_is_one_line(tmp_path: Path):
    import zipfile

    good = write_docx(tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(InputError, match="Word") as error:
        read_article(bad, "A1")
    assert "\n" not in str(error.value)
