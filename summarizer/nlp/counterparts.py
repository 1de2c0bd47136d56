"""Which content words of a rewrite have no counterpart in the text it was written from.

A rewrite may reword but not add. "The best Iran could hope for is a peaceful exchange of blows"
(from "...that the dust settles after an exchange of blows") kept every word the support score
looks at and passed, yet "peaceful" reverses the picture. A content word of a rewrite has a
counterpart when its stem occurs in the sources or their context (pronouns are resolved from
the context), or when the embedder places it, as a single word, close to a word of the sources:
a synonym. Single-word MiniLM cosines on the samples' drafts: "views"/"sees" 0.51,
"boost"/"bolster" 0.44, "potentially"/"might" 0.59, "stance"/"position" 0.63, "country"/"Iran"
0.61; "peaceful" against every word of its source at most 0.32. ``MIN_SIMILARITY`` sits between;
a judgement from those pairs, not calibrated on a benchmark. A paraphrase it misses
("leverage"/"weight" 0.26) only costs a rewrite: the source's own words are shown instead.

Word embeddings place antonyms close too: "peaceful" is 0.54 from "hostility" and 0.47 from
"diplomacy", words of the *other* sentence that draft was merged from. So synonyms are accepted
only for the rewrite of a single sentence (``synonyms=True``), where few words compete; a
sentence merged from several must take its content words from them.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import STOP_WORDS, stem, words

MIN_SIMILARITY = 0.4


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` that carry content: not stop words, not bare numbers."""
    return [w.lower() for w in words(text) if w.lower() not in STOP_WORDS and not w.isdigit()]


class WordCounterparts:
    """``unmatched``: the content words of a text with no counterpart in its sources."""

    def __init__(self, embedder: Embedder, min_similarity: float = MIN_SIMILARITY) -> None:
        self.embedder = embedder
        self.min_similarity = min_similarity
        self._vectors: dict[str, np.ndarray] = {}  # single-word embeddings, reused across drafts

    def unmatched(
        self, text: str, sources: Sequence[str], context: Sequence[str] = (), *, synonyms: bool = True
    ) -> list[str]:
        """Content words of ``text`` (in order, once each) whose stem is in neither ``sources``
        nor ``context`` and, with ``synonyms``, that are not ``min_similarity``-close to a word
        of ``sources``."""
        known = {stem(w) for t in (*sources, *context) for w in words(t)}
        new = list(dict.fromkeys(w for w in content_words(text) if stem(w) not in known))
        if not new or not synonyms:
            return new
        source_words = list(dict.fromkeys(w for t in sources for w in content_words(t)))
        if not source_words:
            return new
        self._embed(new + source_words)
        reference = np.stack([self._vectors[w] for w in source_words])
        return [w for w in new if float(np.max(reference @ self._vectors[w])) < self.min_similarity]

    def _embed(self, items: list[str]) -> None:
        missing = [w for w in dict.fromkeys(items) if w not in self._vectors]
        if missing:
            for word, vector in zip(missing, self.embedder.encode(missing)):
                self._vectors[word] = np.asarray(vector, dtype=np.float32)
