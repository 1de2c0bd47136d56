"""Words inside quotation marks must be the source's words.

A summary sentence that puts words in quotation marks says someone used exactly those words. A
small model paraphrases inside the marks, or puts marks around its own phrase; the word-level
signals see a close paraphrase and pass it. Each quoted span must therefore occur verbatim in a
cited paragraph (case, punctuation and spacing aside; an ellipsis may join two parts that each
occur). A sentence that is itself a verbatim stretch of a cited paragraph needs no other check
(``is_verbatim``): the judge is not asked about it.
"""

from __future__ import annotations

import re
from typing import Sequence

from summarizer.nlp.text import normalize

# Double quotes after ``normalize`` (curly ones straightened); single curly quotes are read
# before normalizing, since a straight ' is also an apostrophe.
_DOUBLE = re.compile(r'"([^"]+)"')
_SINGLE = re.compile(r"(?<![\w])‘([^’]+)’(?![\w])")
# Straight single quotes, as MailOnline prints speech ("told MailOnline: 'We have located ...'").
# Not in an all-lower-case text: tokenised benchmark summaries (FRANK's "` good '", "o ' toole")
# split marks and apostrophes from their words alike. A mark opens after a space, a colon or a
# bracket and closes before a space or punctuation; marks pair in order, so "' envious ' of her
# hen, called ' doggie '" holds two quotes, not one from "envious" to "doggie"; an apostrophe
# inside or after a word ("the Smiths' arrows", "rock 'n' roll") opens nothing.
_OPENS = re.compile(r"(?:(?<=[\s:(\[])|^)'(?=\w)")
_CLOSES = re.compile(r"(?<=[\w.,!?])(')(?=[\s.,;:!?)\]]|$)")


def _straight_quotes(text: str) -> list[str]:
    if text == text.lower():
        return []
    opens = {m.start() for m in _OPENS.finditer(text)}
    closes = {m.start(1) for m in _CLOSES.finditer(text)}
    spans, opened = [], None
    for position in sorted(opens | closes):
        if opened is None and position in opens:
            opened = position + 1
        elif opened is not None and position in closes:
            spans.append(text[opened:position].strip())
            opened = None
    # a one-word quote ("'envious'") is a term, not speech; an apostrophe may look like a mark
    return [span for span in spans if len(span.split()) >= 2]


_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[\.\.\.\])\s*")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(normalize(text))]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    if not needle:
        return True
    width = len(needle)
    first = needle[0]
    return any(
        haystack[i] == first and haystack[i : i + width] == needle for i in range(len(haystack) - width + 1)
    )


def quoted_spans(text: str) -> list[str]:
    """The spans ``text`` puts inside quotation marks, in order."""
    spans = [m.group(1) for m in _SINGLE.finditer(text)]
    spans += _straight_quotes(normalize(text))
    spans += [m.group(1) for m in _DOUBLE.finditer(normalize(text))]
    return list(dict.fromkeys(s.strip() for s in spans if _tokens(s)))


def misquotes(text: str, paragraphs: Sequence[str]) -> list[str]:
    """Quoted spans of ``text`` that no cited paragraph holds word for word."""
    sources = [_tokens(p) for p in paragraphs]
    out = []
    for span in quoted_spans(text):
        parts = [_tokens(part) for part in _ELLIPSIS.split(span)]
        if not any(all(_contains(source, part) for part in parts) for source in sources):
            out.append(span)
    return out


def is_verbatim(text: str, paragraphs: Sequence[str], min_words: int = 4) -> bool:
    """Whether ``text`` (quotation marks around it aside) is a stretch of one cited paragraph,
    word for word."""
    own = _tokens(text)
    return len(own) >= min_words and any(_contains(_tokens(p), own) for p in paragraphs)
