"""Turn model drafts into summary sentences that are verified against their sources.

Every sentence the product writes passes through ``ground``: the finished text is traced
against the candidate paragraphs (not merely the ones it was made from) and verified. A draft
that is not fully supported is never shown as the model wrote it: it is replaced by the
verbatim source sentence it was made from, which is traced in turn. The rejected draft stays in
the trace so a reviewer can see what the model tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol, Sequence

from summarizer.dom import Attribution, Paragraph, Sentence, SummarySentence
from summarizer.nlp.text import STOP_WORDS, normalize, stem, unquoted, without_dateline, without_stray_quote, words


# A draft merged from sentences of different articles is where a small model invents relations
# between them: "Russia's bilateral ties with Iran are likely to be affected by Tehran's closer
# ties with Moscow", from one sentence about each, has every content word in a source (coverage
# 1.0, support 0.65: "supported") while its claim is new. A new claim shows up as new adjacent
# word pairs (the verifier's ``phrases`` signal: 0.33 there, 0.81-0.89 for the faithful merges
# of the same run), so a merge must also keep this share of its word pairs from the sources.
# A judgement from the samples' briefing, not calibrated on a benchmark.
MERGE_MIN_PHRASES = 0.5


# Whose words or views a sentence reports is part of its claim: "Russia hopes Iran will not ..."
# rewritten as "Russia believes Iran will not ..." (seen on the samples) keeps every content word
# the verifier checks, yet changes the claim. Verbs (and their nouns) of speech and attitude,
# grouped by what they assert; a draft may use a group only if a sentence it was written from
# does. A draft must also keep its sources' groups of attitude: dropping "hopes" turns a hope
# into a fact (a merge of "Moscow believes normalization will isolate Iran" with another article's
# sentence dropped "Moscow believes" on the samples). Dropping "said" is the one condensation
# allowed ("Police said the suspect was arrested" -> "The suspect was arrested") - but not for a
# prescription: "the journalist sniped that Aragchi should have told Borrell ..." condensed to
# "Aragchi should have told Borrell ..." (seen on the samples) states the journalist's opinion as
# the briefing's own (``_PRESCRIPTION``).
STANCE_GROUPS: dict[str, tuple[str, ...]] = {
    "say": ("say", "said", "state", "tell", "told", "claim", "assert", "announce", "declare", "note",
            "remark", "insist", "stress", "argue", "maintain", "contend", "warn", "accuse", "snipe",
            "quip", "retort", "complain", "criticise", "criticize", "lament", "admit", "admitted",
            "acknowledge", "deny", "denied", "concede", "urge", "reply", "replied", "tweet", "emphasise",
            "emphasize"),
    "think": ("believe", "belief", "think", "thought", "view", "see", "saw", "seen", "consider",
              "regard", "perceive", "deem", "interpret", "assess", "judge", "conclude"),
    "want": ("hope", "want", "wish", "seek", "sought", "aim", "intend", "desire", "goal"),
    "expect": ("expect", "predict", "anticipate", "forecast"),
    "fear": ("fear", "worry", "worried", "concern", "afraid"),
    "suggest": ("suggest", "indicate", "imply", "signal", "hint"),
}
_STANCE_WORDS = {
    re.compile(r"\b(?:" + "|".join(stems) + r")(?:s|es|ed|d|ing|ion)?\b", re.IGNORECASE): group
    for group, stems in STANCE_GROUPS.items()
}


_PRESCRIPTION = re.compile(r"\b(?:should|ought|must|needs? to)\b", re.IGNORECASE)


def _says(text: str) -> int:
    """How many verbs of speech ``text`` holds ("sniped that he should have told" holds two)."""
    return sum(len(pattern.findall(text)) for pattern, group in _STANCE_WORDS.items() if group == "say")


def stances(text: str) -> set[str]:
    """The stance groups whose words occur in ``text``."""
    return {group for pattern, group in _STANCE_WORDS.items() if pattern.search(text)}


class SupportTracer(Protocol):
    def trace(self, texts: Sequence[str], candidates: Sequence[Paragraph]) -> list[Attribution]: ...

    def unmatched_words(
        self, text: str, sources: Sequence[str], context: Sequence[str], *, synonyms: bool = True
    ) -> list[str]:
        """Content words of ``text`` with no counterpart in ``sources`` (see nlp.counterparts)."""
        ...


@dataclass(frozen=True)
class Draft:
    text: str | None  # the model's sentence; None when it produced nothing usable
    sources: tuple[Sentence, ...]  # the source sentences it was written from
    candidates: tuple[Paragraph, ...]  # where support is looked for
    # compression: the source's words only (deletion.py); extractive: the same, printed as a
    # quotation with its cuts marked
    kind: Literal["rewrite", "compression", "extractive"] = "rewrite"

    @property
    def is_merge(self) -> bool:
        """Written from sentences of two or more articles."""
        return len({sentence.article_id for sentence in self.sources}) >= 2

    def problem(self, attribution: Attribution, tracer: SupportTracer) -> str | None:
        """Why the draft may not be shown as written (for the reviewer), or None when it may."""
        text = self.text
        if text is None:
            return "the model wrote no usable sentence"
        if attribution.verdict != "supported":
            found = f" ({', '.join(attribution.errors)})" if attribution.errors else ""
            return f"the verifier found it {attribution.verdict.replace('_', ' ')}{found}"
        if not self.keeps_stances(text):
            return "it changes whose saying, thinking or wanting it reports"
        if not self.opening_word_found(text):
            return "it opens with a name the article does not contain"
        if self.is_merge and attribution.signals.get("phrases", 1.0) < MERGE_MIN_PHRASES:
            return "it is a merge that keeps too few of its sources' word pairs (a new claim)"
        added = self.added_words(text, tracer)
        if added:
            return "it adds words its sources do not contain: " + ", ".join(added)
        return None

    def added_words(self, text: str, tracer: SupportTracer) -> list[str]:
        """Content words ``text`` adds to what the model was shown: their stems occur neither in
        the sources nor in the sentence before each source, and (for the rewrite of one
        sentence) no close synonym does ("a peaceful exchange of blows" for "the dust settles
        after an exchange of blows", merged with a sentence about "hostility")."""
        sources = [s.text for s in self.sources]
        return tracer.unmatched_words(text, sources, self.context, synonyms=len(sources) == 1)

    @property
    def context(self) -> list[str]:
        """The sentence before each source sentence in its article: the rewrite prompt shows it
        so that the model can make "he" or "these issues" explicit. Not the whole candidate set:
        a theme's paragraphs hold almost any word ("peace deals" made "peaceful" look sourced)."""
        ordered = [s for p in self.candidates for s in p.sentences]
        position = {s.id: i for i, s in enumerate(ordered)}
        before = []
        for sentence in self.sources:
            i = position.get(sentence.id)
            if i and ordered[i - 1].article_id == sentence.article_id:
                before.append(ordered[i - 1].text)
        return before

    def keeps_stances(self, text: str) -> bool:
        """Whether ``text`` reports the same saying, thinking and wanting as its sources
        (see ``STANCE_GROUPS``)."""
        source_text = " ".join(s.text for s in self.sources)
        written, sources = stances(text), stances(source_text)
        if not written <= sources:
            return False  # someone says, thinks or wants what the sources do not say they do
        if _PRESCRIPTION.search(text) and _says(text) < _says(source_text):
            return False  # a speaker dropped: their "should" would read as the briefing's own
        if self.kind in ("compression", "extractive"):
            # A deletion put back every stance word that governs a clause it keeps
            # (deletion.protect); one in a dropped clause ("with the Blues now considering a
            # tour") governs nothing printed.
            return True
        return sources - {"say"} <= written

    def opening_word_found(self, text: str) -> bool:
        """Whether the draft's first word, when it may be a name, occurs in the candidates.

        The verifier cannot tell a name from an ordinary word at the start of a sentence, so a
        misspelt name there passed ("Aragchi should have told Borrell ..." for "Araghchi").
        """
        opening = re.match(r"\W*([^\W\d_][\w'’-]*)", text)
        first = words(opening.group(1)) if opening else []
        if not opening or not opening.group(1)[:1].isupper() or not first or first[0] in STOP_WORDS:
            return True
        known = {stem(w) for p in self.candidates for w in words(p.text)}
        known |= {stem(w) for s in self.sources for w in words(s.text)}
        return stem(first[0]) in known

    @property
    def fallback(self) -> str:
        """The source's own words, used when the draft does not hold up."""
        return " ".join(sentence.text for sentence in self.sources)

    @property
    def fallback_text(self) -> str:
        """``fallback`` as shown: sentences of different articles are quoted one by one, each
        with its article, so that no quotation mark spans two articles."""
        if not self.is_merge:
            return without_dateline(without_stray_quote(self.fallback))
        return "; ".join(f"“{unquoted(s.text)}” ({s.article_id})" for s in self.sources)


def ground(drafts: Sequence[Draft], tracer: SupportTracer, section: str, id_prefix: str) -> list[SummarySentence]:
    results: list[SummarySentence | None] = [None] * len(drafts)
    # Trace the drafts, grouped by candidate set (one tracer call per group keeps it batched).
    pending = [i for i, d in enumerate(drafts) if d.text is not None]
    attributions = _trace_grouped(tracer, [(drafts[i].text or "", drafts[i].candidates) for i in pending])
    problems: dict[int, str] = {}
    for index, attribution in zip(pending, attributions):
        draft = drafts[index]
        problem = draft.problem(attribution, tracer)
        if problem is None:
            results[index] = SummarySentence(
                id="",
                text=draft.text or "",
                section=section,
                origin=draft.kind,
                source_sentence_ids=[s.id for s in draft.sources],
                attribution=attribution,
            )
        else:
            problems[index] = problem
    fallbacks = sorted(problems) + [i for i, d in enumerate(drafts) if d.text is None]
    fallback_attributions = _trace_grouped(tracer, [(drafts[i].fallback, drafts[i].candidates) for i in fallbacks])
    for index, attribution in zip(fallbacks, fallback_attributions):
        draft = drafts[index]
        results[index] = SummarySentence(
            id="",
            text=draft.fallback_text,
            section=section,
            origin="extractive_fallback" if draft.text is not None else "extractive",
            source_sentence_ids=[s.id for s in draft.sources],
            attribution=attribution,
            draft=draft.text,
            draft_problem=problems.get(index),
        )
    sentences = _dedupe([r for r in results if r is not None])
    for number, sentence in enumerate(sentences, 1):
        sentence.id = f"{id_prefix}.{number}"
    return sentences


def _trace_grouped(tracer: SupportTracer, items: list[tuple[str, tuple[Paragraph, ...]]]) -> list[Attribution]:
    out: list[Attribution | None] = [None] * len(items)
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, (_, candidates) in enumerate(items):
        groups.setdefault(tuple(p.id for p in candidates), []).append(index)
    for indices in groups.values():
        candidates = items[indices[0]][1]
        for index, attribution in zip(indices, tracer.trace([items[i][0] for i in indices], candidates)):
            out[index] = attribution
    return [a for a in out if a is not None]


def _dedupe(sentences: list[SummarySentence]) -> list[SummarySentence]:
    """Drop a sentence whose text, or whose source sentences, an earlier one already used."""
    seen_text: set[str] = set()
    seen_sources: set[tuple[str, ...]] = set()
    out = []
    for sentence in sentences:
        key = normalize(sentence.text).lower()
        sources = tuple(sentence.source_sentence_ids)
        if key in seen_text or (sources and sources in seen_sources):
            continue
        seen_text.add(key)
        seen_sources.add(sources)
        out.append(sentence)
    return out
