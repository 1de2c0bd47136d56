from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.parsers.reader import read_article, read_folder

ARTICLE = """Title: Ports reopen after the storm
Source: Harbour Gazette
Date: 2026-11-02

The port of Valmer reopened on Monday after the storm. Ships waited for three days.

Officials said damage was limited. Repairs will cost 4 million euros.
"""


def test_header_and_paragraph_ids_and_offsets(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = read_article(path, "A1")
    assert (article.title, article.source, article.date) == ("Ports reopen after the storm", "Harbour Gazette", "2026-11-02")
    assert article.title_from == "header"
    assert [p.id for p in article.paragraphs] == ["A1.P1", "A1.P2"]
    text = path.read_text(encoding="utf-8")
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
    assert [s.id for s in article.paragraphs[1].sentences] == ["A1.P2.S1", "A1.P2.S2"]


def test_consecutive_short_lines_are_separate_paragraphs(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Top Photo: a caption here\nAnalysis | World\nsection tag\n\nBody text is here. It goes on.\n")
    article = read_article(path, "A3")
    assert [p.text for p in article.paragraphs] == ["Top Photo: a caption here", "Analysis | World", "section tag", "Body text is here. It goes on."]
    assert [p.number for p in article.paragraphs] == [1, 2, 3, 4]


def test_hard_wrapped_block_is_one_paragraph_with_offsets(tmp_path: Path):
    wrapped = (
        "The committee met on Tuesday to discuss the budget for the coming\n"
        "year and agreed to raise spending on schools by two percent while\n"
        "cutting administrative costs.\n"
    )
    path = tmp_path / "a.md"
    path.write_text(wrapped)
    article = read_article(path, "A1")
    assert len(article.paragraphs) == 1
    paragraph = article.paragraphs[0]
    assert paragraph.text.startswith("The committee met") and "coming year" in paragraph.text
    assert wrapped[paragraph.start : paragraph.end].split() == paragraph.text.split()


def test_markdown_heading_kind(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text("# The Big Picture\n\nSomething happened today in the capital city of the country.\n")
    article = read_article(path, "A1")
    assert article.paragraphs[0].kind == "heading"
    assert article.paragraphs[0].text == "The Big Picture"


@pytest.mark.parametrize(
    "data, problem",
    [(b"", "empty file"), (b"  \n\n ", "empty file"), (b"\x00\x01binary\x00", "binary"), (bytes(range(128, 256)) * 3, "undecodable")],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, data: bytes, problem: str):
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text("A real article sentence is here. Another one follows it.")
    result = read_folder(tmp_path)
    assert [a.path.name for a in result.articles] == ["good.txt"]
    assert len(result.skipped) == 1 and problem in result.skipped[0].problem
    assert result.skipped[0].path.name == "bad.txt"


def test_folder_errors(tmp_path: Path):
    with pytest.raises(InputError, match="no article files"):
        read_folder(tmp_path)
    with pytest.raises(InputError, match="no such folder"):
        read_folder(tmp_path / "missing")
    (tmp_path / "notes.odt").write_bytes(b"PK")
    with pytest.raises(InputError, match="no article files"):
        read_folder(tmp_path)


def test_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle: T one two\n\nThe body sentence is here.".encode("utf-8"))
    article = read_article(path, "A1")
    assert article.title == "T one two"
    text = path.read_text(encoding="utf-8")
    assert text[article.paragraphs[0].start : article.paragraphs[0].end] == "The body sentence is here."


BODY = "The port of Valmer reopened on Monday after the storm. Ships waited for three days.\n"


def test_subfolders_are_read_in_path_order_and_briefings_folder_passed_over(tmp_path: Path):
    for name in ("2026-11-03/b.txt", "2026-11-02/z.txt", "2026-11-02/a.md", "top.txt", ".hidden/x.txt", "reports/r.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    (tmp_path / "2026-11-02" / "~$lock.docx").write_bytes(b"lock")
    result = read_folder(tmp_path, exclude=tmp_path / "reports")
    names = [a.path.relative_to(tmp_path).as_posix() for a in result.articles]
    assert names == ["2026-11-02/a.md", "2026-11-02/z.txt", "2026-11-03/b.txt", "top.txt"]
    assert [a.id for a in result.articles] == ["A1", "A2", "A3", "A4"]
    assert not result.skipped


def test_manifest_csv_gives_metadata_and_wins(tmp_path: Path):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "a.txt").write_text("Title: From the file\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,title,source,date,url\n"
        "day1/a.txt,Valmer port reopens,Harbour Gazette,2026-11-02,https://gazette.example/a\n"
        "b.txt,,Coast Radio,,\n"
        "gone.txt,Deleted article,,,\n",
        encoding="utf-8",
    )
    result = read_folder(tmp_path)
    b, a = result.articles  # path order: "b.txt" before "day1/"
    assert (a.title, a.title_from, a.source, a.date, a.url) == (
        "Valmer port reopens", "manifest", "Harbour Gazette", "2026-11-02", "https://gazette.example/a"
    )
    assert (b.title, b.source, b.url) == ("", "Coast Radio", None)
    assert result.notes == [f"{tmp_path / 'manifest.csv'}: gone.txt is listed but there is no such article file"]


def test_manifest_json_list_or_mapping(tmp_path: Path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"a.txt": {"title": "T", "date": "2026-11-02"}}', encoding="utf-8")
    [article] = read_folder(tmp_path).articles
    assert (article.title, article.date) == ("T", "2026-11-02")
    (tmp_path / "manifest.json").write_text('[{"file": "a.txt", "source": "S"}]', encoding="utf-8")
    assert read_folder(tmp_path).articles[0].source == "S"


@pytest.mark.parametrize(
    "name, text, problem",
    [
        ("manifest.json", "[{", "not valid JSON"),
        ("manifest.json", '[{"file": "a.txt", "author": "x"}]', "unknown key 'author'"),
        ("manifest.csv", "name,title\na.txt,T\n", "no 'file' column"),
        ("manifest.csv", "file,title\n,T\n", "entry 2 has no 'file'"),
    ],
)
def test_bad_manifest_is_one_line(tmp_path: Path, name: str, text: str, problem: str):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as error:
        read_folder(tmp_path)
    assert str(error.value).startswith(str(tmp_path / name)) and "\n" not in str(error.value)


def test_latin1_file_is_read_and_says_how(tmp_path: Path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Title: Le port rouvre\n\nLe café du port a rouvert lundi, a déclaré le maire.\n".encode("latin-1"))
    article = read_article(path, "A1")
    assert article.paragraphs[0].text == "Le café du port a rouvert lundi, a déclaré le maire."
    assert article.extracted.encoding == "cp1252" and article.extracted.encoding_detected
    assert "Windows-1252" in article.extracted.note


def test_too_large_files_are_refused_before_reading(tmp_path: Path):
    from summarizer.parsers.reader import MAX_FILE_BYTES

    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES[".txt"] + 1)
    with pytest.raises(InputError, match="too large for an article"):
        read_article(path, "A1")


def test_briefings_written_into_the_input_folder_are_not_read_back(tmp_path: Path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    import docx

    for name in ("briefing-2026-12-04.docx", "briefing-2026-12-04-2.docx", "notes.docx"):
        document = docx.Document()
        document.add_paragraph("Some text in a Word file that is long enough to count.")
        document.save(str(tmp_path / name))
    names = [a.path.name for a in read_folder(tmp_path, exclude=tmp_path).articles]
    assert names == ["a.txt", "notes.docx"]
