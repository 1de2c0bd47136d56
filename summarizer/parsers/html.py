"""Saved web pages (``.html``, ``.htm``): the article's main text, found by trafilatura.

The extracted text holds every visible text block of the page in page order (navigation,
share buttons and footers included); the blocks trafilatura takes as the article's main text
are kept, and the others are marked removed as boilerplate, just as the cleaner marks site
furniture in a text file. So the trace shows exactly what was dropped, and the cleaner still
runs over the main text (trafilatura lets some teasers and appeals through).

Title, site, date and URL come from the page's metadata (trafilatura reads ``<title>``,
OpenGraph, JSON-LD, ``<link rel=canonical>``).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from summarizer.parsers.decoding import Decoded, decode_text
from summarizer.parsers.extraction import Block, Extraction, from_blocks, normalize_space

BOILERPLATE = "page boilerplate: outside the article's main text (navigation, links, footer; trafilatura)"
HEADLINE = "headline (the page's title)"
METHOD = f"html (trafilatura {trafilatura.__version__})"
# A page block shorter than this (in words) counts as part of the main text only when it equals
# a whole main-text paragraph: a nav link "World" must not match inside "World markets fell".
SUBSTRING_MATCH_MIN_WORDS = 4

_PAGE_SKIP = {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"}
_PAGE_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "br", "option", "button", "label",
}  # fmt: skip
_PAGE_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# trafilatura's own XML for the main text: <head>, <p>, <list><item>, <table><row><cell>, <quote>.
_MAIN_BLOCKS = {"head", "p", "item", "cell", "quote", "code", "list", "table", "row", "main", "body", "doc"}
_MAIN_HEADINGS = {"head"}
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes) -> Decoded:
    """UTF-8, else the charset the page declares, else detection."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return Decoded(data.decode(name), name, False, "declared in the page's <meta charset>")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return decode_text(data)


def extract_html(decoded: Decoded) -> Extraction:
    markup = _XML_DECLARATION.sub("", decoded.text)  # lxml refuses str input with an encoding declaration
    page_blocks = _page_blocks(markup)
    document = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    metadata: dict[str, Any] = {}
    main: list[Block] = []
    if document is not None:
        metadata = {
            "title": document.title or None,
            "source": document.sitename or document.hostname or None,
            "date": document.date or None,
            "url": document.url or None,
        }
        if document.body is not None:
            main = _walk(document.body, _MAIN_BLOCKS, _MAIN_HEADINGS, set(), {"lb"})
    notes = []
    if main:
        blocks = _merge(page_blocks, main, metadata.get("title"))
    else:
        notes.append("trafilatura found no main text; every block of the page is kept for the cleaner")
        blocks = page_blocks
    extraction = from_blocks(
        blocks,
        METHOD,
        encoding=decoded.encoding,
        encoding_detected=decoded.detected,
        encoding_note=decoded.note,
        **metadata,
    )
    extraction.notes.extend(notes)
    return extraction


def _page_blocks(markup: str) -> list[Block]:
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return []
    return _walk(root, _PAGE_BLOCKS, _PAGE_HEADINGS, _PAGE_SKIP, set())


def _walk(root: Any, block_tags: set[str], heading_tags: set[str], skip: set[str], spaces: set[str]) -> list[Block]:
    """Text blocks in document order: a block element starts and ends a block; inline elements'
    text joins the block around them; elements in ``spaces`` (line breaks) become a space."""
    blocks: list[Block] = []
    buffer: list[str] = []

    def flush(tag: str | None) -> None:
        text = normalize_space("".join(buffer))
        buffer.clear()
        if text:
            blocks.append(Block(text, "heading" if tag in heading_tags else "body"))

    def visit(element: Any, owner: str | None) -> None:
        tag = element.tag if isinstance(element.tag, str) else None  # comments, processing instructions
        if tag is None or tag in skip:
            return
        if tag in spaces:
            buffer.append(" ")
            return
        is_block = tag in block_tags
        if is_block:
            flush(owner)
        if element.text:
            buffer.append(element.text)
        for child in element:
            visit(child, tag if is_block else owner)
            if child.tail:
                buffer.append(child.tail)
        if is_block:
            flush(tag)

    visit(root, None)
    flush(None)
    return blocks


def _merge(page: list[Block], main: list[Block], title: str | None) -> list[Block]:
    """The page's blocks in page order, each main-text paragraph once (in trafilatura's form, at
    the place its text appears on the page), every other block marked as boilerplate."""
    exact: dict[str, list[int]] = {}
    for index, block in enumerate(main):
        exact.setdefault(block.text, []).append(index)
    joined = "\n".join(block.text for block in main)
    starts = []
    position = 0
    for block in main:
        starts.append(position)
        position += len(block.text) + 1
    out: list[Block] = []
    emitted = 0  # main[:emitted] are in ``out`` already

    def covering(text: str) -> int | None:
        indices = exact.get(text)
        if indices:
            return next((i for i in indices if i >= emitted), indices[0])
        if len(text.split()) < SUBSTRING_MATCH_MIN_WORDS:
            return None
        found = joined.find(text, starts[emitted] if emitted < len(main) else len(joined))
        if found < 0:
            found = joined.find(text)
        return None if found < 0 else bisect.bisect_right(starts, found) - 1

    for block in page:
        index = covering(block.text)
        if index is None:
            reason = HEADLINE if title and block.text == normalize_space(title) else BOILERPLATE
            out.append(Block(block.text, block.kind, reason))
        elif index >= emitted:
            out.extend(main[emitted : index + 1])
            emitted = index + 1
    out.extend(main[emitted:])
    return out
