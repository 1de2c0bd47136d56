"""What every format's extractor returns: the extracted text and where its paragraphs are.

Each format (plain text, HTML, Word, PDF) turns a file into one string, the *extracted text*,
plus the character spans of its paragraphs in it. The reader builds paragraphs and sentences
from those spans the same way for every format, so ids (``A1.P5.S2``) and offsets mean the
same thing whatever the file was. Formats that rebuild text from a structure (HTML blocks,
Word paragraphs, PDF lines) lay it out as one block per paragraph separated by a blank line,
so the extracted text reads like a clean text file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.dom import ParagraphKind


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: ParagraphKind = "body"
    removal: str | None = None  # set by the extractor for text it knows is not the article (HTML boilerplate)


@dataclass(frozen=True)
class Block:
    text: str
    kind: ParagraphKind = "body"
    removal: str | None = None


@dataclass
class Extraction:
    text: str
    spans: list[Span]
    method: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str | None = None
    encoding_detected: bool = False
    encoding_note: str | None = None
    metadata_from: str = "metadata"  # "header" for a text file's Title:/Source:/Date: lines
    body_start: int = 0  # where the paragraphs start (after a text file's header lines)
    notes: list[str] = field(default_factory=list)


def from_blocks(blocks: list[Block], method: str, **metadata: object) -> Extraction:
    """Lay ``blocks`` out one per paragraph, a blank line between them; empty blocks are dropped."""
    parts: list[str] = []
    spans: list[Span] = []
    position = 0
    for block in blocks:
        text = normalize_space(block.text)
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            position += 2
        parts.append(text)
        spans.append(Span(position, position + len(text), block.kind, block.removal))
        position += len(text)
    return Extraction("".join(parts), spans, method, **metadata)  # type: ignore[arg-type]


_SPACE = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """One space for every run of white space (line breaks included); soft hyphens dropped."""
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


# A word broken at a line end: a letter, a hyphen, the line break, then a lower-case letter.
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as laid out on a page, joined: a word hyphenated across a line end
    is put back together ("infra-" + "structure"), every other line end becomes a space.

    A real compound split at its hyphen ("well-" + "known") is joined too: in set text the two
    cannot be told apart without a dictionary, and a rare "wellknown" is the lesser harm than
    "infra- structure" in every justified PDF."""
    text = "\n".join(line.strip() for line in lines)
    return normalize_space(_HYPHENATED.sub("", text))
