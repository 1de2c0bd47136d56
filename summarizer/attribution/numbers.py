"""Numbers whose role changed: a count kept while what it counted or belonged to changed.

Every number of a summary sentence may be in the cited text, and still say something else:

- **moved counts** (``moved_counts``): in a list of parallel items ("Valladolid (2009-13): 85
  apps, 13 goals Derby (loan, 2010-11): 29 apps, 5 goals"), a deletion or a rewrite that drops a
  label hands its numbers to the label before it ("Valladolid 2009-13: 85 apps, 13 goals 5
  goals"). A number with its unit ("5 goals") is checked against the name it follows: in the
  cited sentence it follows another name, and the summary's name has a number of the same unit
  of its own there, so the two were separate items.
- **a count's scope moved** (``moved_scopes``): "15 goals in the La Liga and Champions League"
  where the source has "15 goals in La Liga ... and four in the Champions League".
- **a part read as the whole** (``dropped_parts``): "About £10.25m of that money is now missing"
  written "The money is missing", "Some of the players were fined" written "The players were
  fined". A partitive's amount dropped while its noun is kept with a definite article.
- **a period dropped** (``dropped_periods``): "15 goals this term" written "15 goals".
- **a bound read as the date** (``moved_bounds``): "By 1914 they had launched it" written
  "they launched it in 1914".

Patterns over words (no parser), written to flag only what they can pin down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from summarizer.nlp.text import DURATION_WORDS, STOP_WORDS, normalize, stem

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+(?:['’][^\W_]+)*|[.;:](?=\s|$)", re.UNICODE)


def _is_number(token: str) -> bool:
    return token[:1].isdigit()


def _is_name(token: str) -> bool:
    return token[:1].isupper() and token.lower() not in STOP_WORDS


def _canonical(token: str) -> str:
    return token.replace(",", "") if _is_number(token) else stem(token.lower())


def _counts(text: str, surface: dict[str, str] | None = None) -> list[tuple[str, str, str | None, list[str]]]:
    """(number, unit, the nearest name before it, the names before it) for each number followed
    directly by a lower-case word ("5 goals"); a sentence end clears the names. ``surface``
    collects each canonical form's written form."""
    out = []
    names: list[str] = []
    surface = {} if surface is None else surface
    tokens = _WORD.findall(normalize(text))
    for i, token in enumerate(tokens):
        if token in ".;:":
            if token == ".":
                names = []
            continue
        if _is_name(token) and not _is_number(token):
            names.append(_canonical(token))
            surface.setdefault(names[-1], token)
            continue
        if _is_number(token) and i + 1 < len(tokens) and tokens[i + 1][:1].islower() \
                and tokens[i + 1].lower() not in STOP_WORDS:
            surface.setdefault(_canonical(tokens[i + 1]), tokens[i + 1])
            out.append((_canonical(token), _canonical(tokens[i + 1]), names[-1] if names else None, list(names)))
    return out


@dataclass(frozen=True)
class MovedCount:
    count: str  # "5 goals"
    written_with: str  # the name the summary puts it after
    source_with: str  # the name it follows in the cited text

    def describe(self) -> str:
        return f"'{self.count}' belongs to '{self.source_with}' in the cited text, not '{self.written_with}'"


def moved_counts(sentence: str, sources: Sequence[str]) -> list[MovedCount]:
    """Counts of a parallel list handed to another item's name (see the module's docstring)."""
    out = []
    surface: dict[str, str] = {}
    source_counts = [c for source in sources for c in _counts(source, surface)]
    for number, unit, name, _ in _counts(sentence, surface):
        if name is None:
            continue
        theirs = [(n, u, owner, before) for n, u, owner, before in source_counts if n == number and u == unit]
        if not theirs or any(owner == name for _, _, owner, _ in theirs):
            continue
        for _, _, owner, before in theirs:
            # the summary's name stands before the owner in the same list and has a count of the
            # same unit of its own there: "Valladolid ... 13 goals Derby ... 5 goals"
            if owner is None or name not in before:
                continue
            own_items = [n for n, u, o, _ in source_counts if u == unit and o == name and n != number]
            if own_items:
                out.append(MovedCount(f"{number} {surface.get(unit, unit)}", surface.get(name, name),
                                      surface.get(owner, owner)))
                break
    return out


# Amounts that take a part of something: "some of the", "most of that", "£10.25m of the". Not
# "part of the", which mostly says where something belongs ("as part of the deal").
_PARTITIVE = re.compile(
    r"(?i)\b(?P<amount>(?:about |around |nearly |almost |more than |at least |over )?"
    r"(?:[£$€]?\d+(?:[.,]\d+)*(?:%|m|bn|k)?(?: (?:per ?cent|million|billion))?|some|most|many|much|half|"
    r"a third|a quarter|a fraction|a portion|a share|the majority|a majority|a minority|a few|few|several|one|two|"
    r"three|four|five|a number|a handful|dozens|hundreds|thousands))"
    r" of (?P<det>the|that|this|these|those|its|their|his|her)(?P<mods>(?: [a-z][\w-]*){0,2}?) (?P<noun>[a-z][\w-]+)\b"
)


@dataclass(frozen=True)
class DroppedPart:
    phrase: str  # "About £10.25m of that money"

    def describe(self) -> str:
        return f"'{self.phrase}' is a part in the cited text; here it reads as the whole"


def dropped_parts(sentence: str, sources: Sequence[str]) -> list[DroppedPart]:
    """A partitive's amount dropped while its noun stays, definite ("the money"), as the same
    claim (the summary shares at least three other content words with the cited sentence)."""
    text = normalize(sentence)
    own = {_canonical(t) for t in _WORD.findall(text) if t.lower() not in STOP_WORDS and t not in ".;:"}
    out = []
    for source in sources:
        source_text = normalize(source)
        shared = own & {_canonical(t) for t in _WORD.findall(source_text) if t.lower() not in STOP_WORDS}
        for match in _PARTITIVE.finditer(source_text):
            noun = match.group("noun")
            amount = match.group("amount")
            core = re.sub(r"(?i)^(?:about|around|nearly|almost|more than|at least|over) ", "", amount)
            if re.search(rf"(?i)(?<![\w£$€]){re.escape(core.lstrip('£$€'))}\b", text):
                continue  # the amount is kept
            definite = next((
                m for m in re.finditer(rf"(?i)\b(?:the|that|this|these|those|its|their)((?: [a-z][\w-]*){{0,2}}) {re.escape(noun)}\b", text)
                if not any(w.lower() in STOP_WORDS for w in m.group(1).split())  # "the faces of staff" is no "the staff"
            ), None)
            if not definite:
                continue
            if re.search(rf"(?i)\b(?:of|among|amongst) {re.escape(definite.group())}", text):
                continue  # the partitive kept in other words ("a share of the money", "among the main")
            if len(shared - {_canonical(noun)}) < 3 or len(shared) < 0.5 * len(own):
                continue  # not the same claim
            # the whole is stated too, in a cited sentence ("Three of the Swedes ..." and "the
            # Swedes told the Post")
            whole = re.compile(rf"(?i)(?<!\bof )\b(?:the|that|this|these|those|its|their)(?: [a-z][\w-]*){{0,2}} {re.escape(noun)}\b")
            if any(whole.search(normalize(s)) for s in sources):
                continue
            out.append(DroppedPart(match.group()))
            break
    return out


# What a count is of, where or for whom: "15 goals in La Liga", "3,000 units for the U.S.".
_SCOPE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)*%?) (?P<unit>[a-z][\w-]*)(?: [a-z][\w-]*)? (?:in|for|at|against|of|from|across) "
    r"(?P<scope>(?:(?:the|all|both|each) )?[A-Z][\w'’.-]*(?:(?: and| of|,)? (?:the )?[A-Z][\w'’.-]*)*)"
)


@dataclass(frozen=True)
class MovedScope:
    count: str
    written: str
    source: str

    def describe(self) -> str:
        return f"'{self.count} … {self.written}' is '{self.count} … {self.source}' in the cited text"


def _scopes(text: str) -> list[tuple[str, str, set[str], str]]:
    out = []
    for m in _SCOPE.finditer(normalize(text)):
        names = {w.lower().strip(".,") for w in re.findall(r"[A-Z][\w'’.-]*", m.group("scope"))}
        out.append((m.group("number").replace(",", ""), stem(m.group("unit")), names, m.group("scope")))
    return out


_NEXT_ITEM = re.compile(r";|(?:\s(?:and|or)|,)\s(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|another|a further)\b)")


def _reach(text: str, number: str, unit: str) -> list[set[str]]:
    """For each "NUMBER UNIT" of ``text``, the names standing after it up to the next item of a
    list ("and 300 for Canada"), a semicolon or twelve words: everything its scope may name."""
    out = []
    for m in re.finditer(rf"(?<![\d,.]){re.escape(number)} ", text):
        rest = text[m.end():]
        if not rest.split() or stem(rest.split()[0].lower()) != unit:
            continue
        window = " ".join(re.split(_NEXT_ITEM, rest, maxsplit=1)[0].split()[:12])
        out.append({w.lower().strip(".,") for w in re.findall(r"[A-Z][\w'’.-]*", window)})
    return out


def moved_scopes(sentence: str, sources: Sequence[str]) -> list[MovedScope]:
    """A count given another scope than the cited sentence gives it: "15 goals in the La Liga
    and Champions League" where the source has "15 goals in La Liga" (and the Champions League
    elsewhere). Flagged when the summary's scope names something the cited text has, but never
    within the reach of that count."""
    cited_words = {w.lower().strip(".,") for s in sources for w in re.findall(r"[A-Z][\w'’.-]*", normalize(s))}
    out = []
    for number, unit, names, written in _scopes(sentence):
        reaches = [r for s in sources for r in _reach(re.sub(r"(?<=\d),(?=\d{3})", "", normalize(s)), number, unit)]
        allowed = set().union(*reaches)
        if not allowed:
            continue  # the cited text gives the count no scope ("Smith scored 15 goals")
        extra = {n for n in names - allowed if n in cited_words and n not in STOP_WORDS}
        if extra:
            out.append(MovedScope(f"{number} {unit}", written.rstrip(".,"), " / ".join(sorted(allowed)) or "no scope"))
    return out


# The period a tally runs over: "15 goals ... this term" is a season's count, not a career's
# (FRANK CNN/DM, a line dropping "this term" labelled partly, 2026-12-06).
_PERIOD = re.compile(
    r"\b(?:(?:this|last|next|the current|the previous) (?:term|season|campaign|year|month|week|quarter|summer|winter)"
    r"|so far|to date|in his career|in her career|all season)\b",
    re.IGNORECASE,
)
# A rank is no tally: "working as No 2 under Johnston" (FRANK CNN/DM, a faithful summary
# flagged, 2026-12-06).
_TALLY = re.compile(r"(?<![\d,.])(?<!\b[Nn]o )(?<!\b[Nn]o\. )(?<!\b[Nn]umber )(\d+(?:[.,]\d+)*) ([a-z][\w-]*)")


@dataclass(frozen=True)
class DroppedPeriod:
    count: str
    period: str

    def describe(self) -> str:
        return f"'{self.count}' is counted over '{self.period}' in the cited text; the period is dropped"


def dropped_periods(sentence: str, sources: Sequence[str]) -> list[DroppedPeriod]:
    """A count kept ("15 goals") while the period the cited sentence counts it over ("this
    term") is dropped, and the summary names no period of its own."""
    text = normalize(sentence)
    if _PERIOD.search(text):
        return []
    # A length of time is no tally over a period: "had 14 months remaining on his contract and ...
    # had been in talks with Liverpool since the beginning of this season" (SummEval, 2026-12-06).
    own = {(n.replace(",", ""), stem(u)) for n, u in _TALLY.findall(text) if u not in DURATION_WORDS}
    periods: dict[tuple[str, str], tuple[str, str | None]] = {}  # count -> (as written, its period)
    for source in sources:
        source_text = normalize(source)
        period = _PERIOD.search(source_text)
        for number, unit in _TALLY.findall(source_text):
            count = (number.replace(",", ""), stem(unit))
            if count in own and periods.get(count, ("", ""))[1] is not None:
                # a cited sentence giving the count with no period lets the summary do so too
                periods[count] = (f"{number} {unit}", period.group() if period else None)
    return [DroppedPeriod(written, period) for written, period in periods.values() if period is not None][:1]


# A bound is no date: "By 1914, the Dodge brothers had launched their first complete car"
# printed as "The Dodge brothers launched their first complete car in 1914" (SummHay, labelled
# partly on the fifteenth blind set, 2026-12-07): the car may have come years before.
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_DATED = re.compile(
    r"\b(?P<prep>(?i:in|on|during|by|before|until|till|since|after|through|as of)) (?:(?:early|late|mid)[- ])?"
    r"(?P<when>(?:" + _MONTHS + r")(?: \d{1,2})?(?:,? (?:1[5-9]|20)\d\d)?|(?:1[5-9]|20)\d\d)\b"
)
_AT = {"in", "on", "during"}


@dataclass(frozen=True)
class MovedBound:
    written: str
    bound: str

    def describe(self) -> str:
        return f"'{self.written}' where the cited text has '{self.bound}' (a bound, not the date)"


def _mentions(when: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w,]){re.escape(when)}(?!\w)", text.replace(",", "")))


def moved_bounds(sentence: str, sources: Sequence[str]) -> list[MovedBound]:
    """A date the summary puts an event at ("in 1914") that the cited text gives only as a bound
    ("by 1914", "before 1914", "since 1914"): every mention of it there follows a bound."""
    own = {m.group("when").replace(",", ""): m.group() for m in _DATED.finditer(normalize(sentence))
           if m.group("prep").lower() in _AT}
    if not own:
        return []
    cited = [normalize(source) for source in sources]
    dated = [(m.group("when").replace(",", ""), m.group()) for text in cited for m in _DATED.finditer(text)]
    out = []
    for when, written in own.items():
        bounds = [phrase for at, phrase in dated if at == when]
        if bounds and all(b.split()[0].lower() not in _AT for b in bounds) \
                and sum(_mentions(when, text) for text in cited) == len(bounds):
            out.append(MovedBound(written, bounds[0]))
    return out[:1]
