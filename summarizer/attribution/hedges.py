"""Hedges and sources that a summary sentence must keep from the source sentence it restates.

A small model condenses "what it described as a terrorist attack", "at least 30 people",
"reportedly", "sources told Reuters" or "could" away, and the claim becomes a fact: every word
the verifier compares is still there. So for each cited source sentence that states the same
claim (it shares most of the summary sentence's content words), a hedge it holds must survive
in the summary sentence — in any wording of the same kind:

- ``approximate``: "at least", "more than", "nearly", "about", "up to" ... before a number. Only
  the number it qualifies is checked: "at least 30 people" written "30 people".
- ``uncertain``: "could", "may", "reportedly", "allegedly", "what it described as",
  "expected to", "without elaborating" ...: the claim is possible, reported or disputed, not
  established. A kept source ("according to", "said") also keeps it uncertain.
- ``sourced``: "according to", "sources told Reuters", "on condition of anonymity", "citing":
  who vouches for the claim. Any attribution in the summary ("said", "according to") keeps it.
  A summary sentence in the first person ("we will have him back") restating a quotation
  without naming its speaker has dropped its source too: it reads as the briefing's voice.
- ``conditional``: "if", "unless", "when not", "as long as": the claim holds only under a
  condition ("When not in use, the door must be closed").
  Plain "X said" is not in this list: dropping a named speaker's "said" is the one condensation
  the product allows ("Police said the suspect was arrested" -> "The suspect was arrested").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from summarizer.nlp.text import STOP_WORDS, normalize, stem

_APPROXIMATE = re.compile(
    r"\b(?:at least|at most|more than|less than|fewer than|over|under|nearly|almost|about|around|"
    r"approximately|roughly|some|up to|as many as|as much as|as few as|an estimated|estimated|"
    r"close to|upwards of|in excess of|just over|just under|or so|several)\s+(?=\$?\d|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)",
    re.IGNORECASE,
)
_UNCERTAIN = re.compile(
    r"(?i)\b(?:could|may|might|would|possibly|perhaps|probably|likely|unlikely|reportedly|allegedly|"
    r"apparently|purportedly|supposedly|seemingly|alleged|suspected|presumed|unconfirmed|it appears|"
    r"it seems|appears that|seems that|"
    r"unverified|so-called|described (?:it |them |him |her )?as|what (?:it|he|she|they|\w+) "
    r"(?:described|called|termed|characterized|characterised) as|(?:believed|thought|said|expected|"
    r"set|due|poised|planning|likely|understood|feared|estimated) to|appears? to|appeared to|"
    r"seems? to|seemed to|claims?|claimed|accus\w+|without (?:immediately )?(?:elaborating|"
    r"providing (?:any )?evidence|giving (?:any )?details|offering (?:any )?evidence)|"
    r"did not (?:provide|offer|give) (?:any )?(?:evidence|details))\b",
)
_SOURCED = re.compile(
    r"\b(?:(?i:according to|sources? (?:said|say|says|told|close to|familiar)|on condition of anonymity|"
    r"citing|people familiar|reports? (?:said|say|says|suggest\w*))|"
    r"(?i:\b(?:sources?|officials?|aides?|diplomats?|insiders?|people|person|someone)\b[^.;]{0,60}?\btold) "
    r"(?:the )?[A-Z]\w+)\b",
)
# "told CNN" vouches for a claim only when the teller is anonymous ("a senior official told
# Reuters"); a named one ("Dr. Kuhar, the zoo's director, told Fox 8") is a speaker's "said",
# which may be dropped (SummEval, 2026-12-05: the only 'told' flag on 30 articles' compressions
# was of this kind).
# A condition the claim holds under: "When not in use, the door must be closed" is no rule that
# the door must be closed. Plain "when"/"if" of a narrative ("When police arrived, ...") is left out
# for "when"; "if" is a condition wherever it stands.
_CONDITIONAL = re.compile(r"(?i)\b(?:if|unless|only when|only if|when not|as long as|provided(?: that)?|in case)\b")
# Words a speaker uses of themselves: a summary sentence in the first person that restates a
# quotation without its speaker reads as the briefing's own voice ("we will have him back").
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'll|us|[Oo]ur|[Oo]urs)\b"
)  # case-sensitive: "US" is the country
_QUOTED_SPEECH = re.compile(r"[\"“”‘’']|\b(?:said|says|told|added|explained|according to|wrote|insisted|stated)\b")
# A summary keeps a claim attributed when it names any speaker or report.
_ATTRIBUTES = re.compile(
    r"\b(?:according to|said|says|say|told|tells|reported(?:ly)?|reports?|claims?|claimed|"
    r"sources?|stated|announced|alleged(?:ly)?|citing|cited|described as)\b",
    re.IGNORECASE,
)

# A source sentence restates the summary sentence's claim when it holds at least this share of
# the summary sentence's content words (stems) and at least this many of them: below that, its
# hedge may qualify a part of the sentence the summary never took. A reasoned default.
SAME_CLAIM_SHARE = 0.5
SAME_CLAIM_WORDS = 3
# How many content words after an uncertainty marker it governs ("could disrupt oil supplies"
# hedges "disrupt", "oil", "supplies"); the summary must take at least two of them.
SCOPE_WORDS = 6
# A hedge governs its own clause only: "the bad feeling seemed to have passed but Merson could not
# resist another dig" does not hedge the dig. The scope ends where a new clause is joined.
_CLAUSE_JOIN = re.compile(r";|,? but |, (?:and|while|whereas|yet) | (?:while|whereas) ", re.IGNORECASE)


def _scope(text: str, start: int) -> list[str]:
    """The content words a hedge ending at ``start`` governs: at most ``SCOPE_WORDS``, within
    its clause."""
    rest = text[start:]
    join = _CLAUSE_JOIN.search(rest)
    return _content(rest[: join.start()] if join else rest)[:SCOPE_WORDS]


@dataclass(frozen=True)
class DroppedHedge:
    kind: str  # "approximate", "uncertain" or "sourced"
    hedge: str  # as written in the source, e.g. "at least 30", "reportedly"
    source: str  # the source sentence

    def describe(self) -> str:
        return f"'{self.hedge}' in the source ({self.kind}) is dropped"


def _content(text: str) -> list[str]:
    return [stem(w) for w in re.findall(r"[^\W_]+(?:'[^\W_]+)*", text.lower()) if w not in STOP_WORDS and len(w) > 1]


def _numbers_after(text: str, position: int) -> str | None:
    match = re.match(r"\s*\$?(\d+(?:[.,]\d+)*|[a-z]+)", text[position:], re.IGNORECASE)
    return match.group(1).replace(",", "").lower() if match else None


def _approximated_numbers(text: str) -> set[str]:
    return {n for m in _APPROXIMATE.finditer(text) if (n := _numbers_after(text, m.end()))}


def dropped_hedges(sentence: str, sources: Sequence[str]) -> list[DroppedHedge]:
    """Hedges of the cited source sentences that restate ``sentence`` which ``sentence`` lost."""
    text = normalize(sentence)
    own = set(_content(text))
    if not own:
        return []
    keeps_uncertain = bool(_UNCERTAIN.search(text)) or bool(_ATTRIBUTES.search(text)) or '"' in text
    keeps_source = bool(_ATTRIBUTES.search(text))
    approximated = _approximated_numbers(text)
    numbers = {w.replace(",", "").lower() for w in re.findall(r"\d+(?:[.,]\d+)*|[A-Za-z]+", text)}
    found: list[DroppedHedge] = []
    seen: set[tuple[str, str]] = set()
    for source in sources:
        source_text = normalize(source)
        shared = own & set(_content(source_text))
        if len(shared) < SAME_CLAIM_WORDS or len(shared) < SAME_CLAIM_SHARE * len(own):
            continue
        for match in _APPROXIMATE.finditer(source_text):
            number = _numbers_after(source_text, match.end())
            if number and number in numbers and number not in approximated:
                hedge = f"{match.group().strip()} {number}"
                if ("approximate", hedge) not in seen:
                    seen.add(("approximate", hedge))
                    found.append(DroppedHedge("approximate", hedge, source))
        if not keeps_uncertain:
            for match in _UNCERTAIN.finditer(source_text):
                if match.group() == "May" and match.start() > 0:
                    continue  # the month
                scope = _scope(source_text, match.end())
                if len(own & set(scope)) >= 2 and ("uncertain", match.group()) not in seen:
                    seen.add(("uncertain", match.group()))
                    found.append(DroppedHedge("uncertain", match.group(), source))
        if not _CONDITIONAL.search(text):
            for match in _CONDITIONAL.finditer(source_text):
                scope = _scope(source_text, match.end())
                if len(own & set(scope)) >= 2 and ("conditional", match.group()) not in seen:
                    seen.add(("conditional", match.group()))
                    found.append(DroppedHedge("conditional", match.group(), source))
        quotation = _QUOTED_SPEECH.search(source_text) or _FIRST_PERSON.search(source_text)
        if not keeps_source and _FIRST_PERSON.search(text) and quotation \
                and '"' not in text and ("speaker", "") not in seen:
            seen.add(("speaker", ""))
            found.append(DroppedHedge("sourced", "the speaker of a quotation", source))
        if not keeps_source:
            for match in _SOURCED.finditer(source_text):
                if ("sourced", match.group()) not in seen:
                    seen.add(("sourced", match.group()))
                    found.append(DroppedHedge("sourced", match.group(), source))
    return found
