"""Read a folder of articles into ``Article`` objects with offsets into the original files.

Input: ``.txt`` or ``.md`` files, UTF-8 (a BOM is allowed), optionally starting with header
lines ``Title:``, ``Source:``, ``Date:`` (as scraped files often do). Paragraphs are blocks
separated by blank lines; inside a block, lines are separate paragraphs unless the block looks
hard-wrapped (scrapes put a caption, a tag and a teaser on consecutive lines; typed text wraps
long sentences at a fixed width). Paragraph numbers count every paragraph of the body in file
order, so they stay valid after cleaning removes some.

Bad files never stop the run by themselves: each yields a ``SkippedFile`` with a one-line
problem, and only an input with nothing usable left raises ``InputError``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from summarizer.dom import Article, Paragraph, Sentence, SkippedFile
from summarizer.errors import InputError
from summarizer.nlp.sentences import sentence_spans

SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 5_000_000  # ~800k words: far beyond an article; refuse rather than stall
HEADER_KEYS = ("title", "source", "date")
_HEADER = re.compile(r"^(title|source|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# A hard-wrapped block: every line but the last is at least this share of the longest line.
_WRAP_FILL = 0.6
_WRAP_MAX_WIDTH = 120
_WRAP_MIN_WIDTH = 50  # text is wrapped at 60-80 columns; shorter lines are separate items


@dataclass(frozen=True)
class ReadResult:
    articles: list[Article]
    skipped: list[SkippedFile]


def read_folder(folder: Path) -> ReadResult:
    """Read every article file in ``folder`` (not recursive), in file-name order."""
    if not folder.exists():
        raise InputError(folder, "no such folder")
    if not folder.is_dir():
        raise InputError(folder, "not a folder (give the folder that holds the articles)")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise InputError(folder, "no .txt or .md article files in this folder")
    return read_files(files)


def read_files(files: list[Path]) -> ReadResult:
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    for path in files:
        try:
            articles.append(read_article(path, f"A{len(articles) + 1}"))
        except InputError as error:
            skipped.append(SkippedFile(path, error.problem))
    return ReadResult(articles, skipped)


def decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(path, "empty file")
    if len(data) > MAX_FILE_BYTES:
        raise InputError(path, f"too large for an article ({len(data):,} bytes; limit {MAX_FILE_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 text (invalid byte at offset {error.start})") from None
    return text


def read_article(path: Path, article_id: str) -> Article:
    data = path.read_bytes()
    text = decode(path, data)
    # Offsets are into the decoded text; a BOM is a character there, so skip over it.
    body_start = 1 if text.startswith("\ufeff") else 0
    header, body_start = _read_header(text, body_start)
    paragraphs = list(_paragraphs(text, body_start, article_id))
    if not paragraphs:
        raise InputError(path, "no text after the header lines")
    title = header.get("title") or ""
    return Article(
        id=article_id,
        path=path,
        title=title,
        source=header.get("source") or None,
        date=header.get("date") or None,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(data).hexdigest(),
        title_from="header" if title else "text",
    )


def _read_header(text: str, position: int) -> tuple[dict[str, str], int]:
    """Leading ``Key: value`` lines for the known keys; returns them and where the body starts."""
    header: dict[str, str] = {}
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        match = _HEADER.match(line)
        if match and match.group(1).lower() not in header:
            header[match.group(1).lower()] = match.group(2)
            position = line_end + 1
        elif not line.strip() and header:
            position = line_end + 1  # blank lines between header and body
        else:
            break
    return header, min(position, len(text))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line in text[start:end], trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        a, b = start + match.start(), start + match.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 2:
        return False
    lengths = [b - a for a, b in lines]
    widest = max(lengths)
    if widest > _WRAP_MAX_WIDTH or widest < _WRAP_MIN_WIDTH:
        return False
    if any(_MD_HEADING.match(text[a:b]) or text[a:b].lstrip().startswith(("- ", "* ")) for a, b in lines):
        return False
    return all(length >= _WRAP_FILL * widest for length in lengths[:-1])


def _paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[start:]):
        lines = _lines(text, start + block.start(), start + block.end())
        if not lines:
            continue
        if _is_hard_wrapped(text, lines):
            spans.append((lines[0][0], lines[-1][1]))
        else:
            spans.extend(lines)
    return spans


def _paragraphs(text: str, start: int, article_id: str):
    for number, (a, b) in enumerate(_paragraph_spans(text, start), 1):
        raw = text[a:b]
        kind = "body"
        heading = _MD_HEADING.match(raw)
        if heading:
            kind = "heading"
        paragraph_id = f"{article_id}.P{number}"
        # Hard-wrapped lines are joined for reading; offsets still point into the file.
        display = " ".join(raw.split())
        sentences = [
            Sentence(f"{paragraph_id}.S{i}", " ".join(raw[s:e].split()), a + s, a + e)
            for i, (s, e) in enumerate(sentence_spans(raw), 1)
        ]
        if heading:
            display = display[heading.end() :].strip() or display
        yield Paragraph(
            id=paragraph_id,
            article_id=article_id,
            number=number,
            text=display,
            start=a,
            end=b,
            sentences=sentences,
            kind=kind,
        )
