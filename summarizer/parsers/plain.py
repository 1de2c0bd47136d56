"""Plain-text articles (``.txt``, ``.md``): the decoded file is the extracted text.

A file may start with header lines ``Title:``, ``Source:``, ``Date:`` (``URL:`` too), as
scraped files often do. Paragraphs are blocks separated by blank lines; inside a block, lines
are separate paragraphs unless the block looks hard-wrapped (scrapes put a caption, a tag and a
teaser on consecutive lines; typed text wraps long sentences at a fixed width).
"""

from __future__ import annotations

import re

from summarizer.parsers.decoding import Decoded
from summarizer.parsers.extraction import Extraction, Span

HEADER_KEYS = ("title", "source", "date", "url")
_HEADER = re.compile(r"^(title|source|date|url)\s*:\s*(.*?)\s*$", re.IGNORECASE)
MD_HEADING = re.compile(r"^#{1,6}\s+")
# A hard-wrapped block: every line but the last is at least this share of the longest line.
_WRAP_FILL = 0.6
_WRAP_MAX_WIDTH = 120
_WRAP_MIN_WIDTH = 50  # text is wrapped at 60-80 columns; shorter lines are separate items


def extract_plain(decoded: Decoded) -> Extraction:
    text = decoded.text
    # A UTF-8 byte-order mark is a character of the text (offsets match the file read as UTF-8).
    header, body_start = _read_header(text, 1 if text.startswith("\ufeff") else 0)
    spans = [
        Span(a, b, "heading" if MD_HEADING.match(text[a:b]) else "body") for a, b in paragraph_spans(text, body_start)
    ]
    return Extraction(
        text,
        spans,
        "text",
        title=header.get("title") or None,
        source=header.get("source") or None,
        date=header.get("date") or None,
        url=header.get("url") or None,
        encoding=decoded.encoding,
        encoding_detected=decoded.detected,
        encoding_note=decoded.note,
        metadata_from="header",
        body_start=body_start,
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
    if any(MD_HEADING.match(text[a:b]) or text[a:b].lstrip().startswith(("- ", "* ")) for a, b in lines):
        return False
    return all(length >= _WRAP_FILL * widest for length in lengths[:-1])


def paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
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
