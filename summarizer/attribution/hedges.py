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
from itertools import takewhile
from typing import Sequence

from summarizer.nlp.tagger import tag_spans
from summarizer.nlp.text import STOP_WORDS, normalize, owns_the_sentence_before, stem
from summarizer.summarizers.deletion import opening_frame, ranking_word, tokenize

_APPROXIMATE = re.compile(
    r"\b(?:at least|at most|more than|less than|fewer than|over|under|nearly|almost|about|around|"
    r"approximately|roughly|some|up to|as many as|as much as|as few as|an estimated|estimated|"
    r"close to|upwards of|in excess of|just over|just under|or so|several)\s+(?=\$?\d|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)",
    re.IGNORECASE,
)
_UNCERTAIN = re.compile(
    r"(?i)\b(?:could|may|might|would|possibly|perhaps|probably|likely|unlikely|reportedly|allegedly|"
    # a softened degree: "offsetting its economic advantage somewhat" printed as "offsetting economic
    # advantage" (SummHay topic 1, a line labelled partly on the eighth blind set, 2026-12-07)
    r"somewhat|"
    # what might have happened, a credit given, a yes with a reservation: "An Uber driver who was
    # credited with stopping a potential mass shooting" printed as "Uber driver stopped mass
    # shooting"; "Vaughan is interested in the job in principle" printed without "in principle"
    # (FRANK CNN/DM, lines labelled partly on the ninth blind set, 2026-12-07). Only "a potential
    # X", one thing that might happen: "potential buyers" are people, and "potential future
    # trends" in a sentence sharing a line's words qualified no claim of it (two Dodge lines
    # labelled supported, SummHay, eighth set)
    r"an? potential|"
    r"potentially|credited with|in principle|"
    r"apparently|purportedly|supposedly|seemingly|alleged|suspected|presumed|unconfirmed|it appears|"
    r"it seems|appears that|seems that|"
    r"unverified|so-called|described (?:it |them |him |her )?as|what (?:it|he|she|they|\w+) "
    r"(?:described|called|termed|characterized|characterised) as|(?:believed|thought|said|expected|"
    r"set|due|poised|planning|likely|understood|feared|estimated|anticipated) to|appears? to|appeared to|appearing to|"
    r"seems? to|seemed to|seeming to|claims?|claimed|accus\w+|allegations?|without (?:immediately )?(?:elaborating|"
    r"providing (?:any )?evidence|giving (?:any )?details|offering (?:any )?evidence)|"
    r"did not (?:provide|offer|give) (?:any )?(?:evidence|details)|"
    # a speaker's own hedge: "I think all of our customers will love it" is an opinion, and
    # so is "I fully expect Rangers to lose" (FRANK XSum, labelled partly on the seventh blind set)
    r"(?:I|we) (?:(?:\w+ly|really|still|just|also|do) )?(?:think|believe|imagine|suppose|guess|hope|expect|feel|fear)|"
    # a hope or an expectation inside a clause: "new business initiatives that they hope will
    # resonate with their consumer base" printed as "... initiatives that will resonate" (SummHay,
    # labelled partly on the nineteenth blind set, 2026-12-07)
    # (not the reader's: "any candidate that you believe will do the right thing", FRANK XSum)
    r"(?<!you )(?:hope|hopes|hoped|expect|expects|believe|believes|believed|fear|fears|feared) (?:will|would|could|can|may|might)|"
    # a guess no one signs: "It is thought the vessel lost the container ..." (FRANK XSum, labelled
    # partly when printed as fact, 2026-12-06). Not "It is understood", the paper's word for what
    # it was told: FRANK's annotators passed five CNN/DM summaries that dropped it (a faithful
    # flag each, FRANK CNN/DM 72.5 -> 71.8 without the judge).
    r"it (?:is|was|has been|had been) (?:thought|believed|feared|suspected|rumou?red|alleged|assumed|presumed)|"
    # a likeness, not an identity: "was like an action hero in a sense"
    r"in a sense|in some ways|in a way|sort of|kind of|"
    # now and then, not always: "at times, the students skipped other classes" printed as
    # "Students skipped classes" (FRANK CNN/DM, labelled partly on the fifth blind set, 2026-12-06)
    r"at times|sometimes|occasionally|in some cases|on occasion|from time to time|"
    # for a while, not throughout: "Egypt failed to break down a resolute Cranes defence for long
    # periods" (they scored late; FRANK XSum, labelled partly on the sixth blind set, 2026-12-07)
    r"for (?:long|lengthy|large|extended) (?:periods|spells|stretches|parts)|for much of|for most of|"
    # how it looks, not how it is: "Superficially, it appeared to be a rather awkward fudge"
    # (FRANK XSum, labelled partly when printed as "It appeared awkward", 2026-12-06)
    r"superficially|on the surface|at first glance|at first sight|ostensibly|"
    # what figures point to, not what they show: "The latest accounts suggested NHS trusts were
    # 10% down" (FRANK XSum, labelled partly when printed as "The NHS trusts were 10% down")
    r"suggest(?:s|ed|ing)?|"
    # an impression: "the guys ... feel like the cavalry have arrived" (FRANK CNN/DM, labelled
    # partly when printed as "The cavalry has arrived", 2026-12-06)
    r"feels? like|felt like|"
    r"(?:I'm|I am|we're|we are) (?:sure|confident|hopeful|convinced)|"
    # what is not known: "Officials said it is unclear what Biden's teams will pursue" is no
    # report of what they will pursue (a constructed case the checks passed, 2026-12-06)
    r"unclear|uncertain|unknown|not (?:yet )?(?:clear|known)|remains to be seen|"
    # how it seems, how far it holds: "defenders ... seem determined to keep their moral blinders"
    # printed as "are determined"; "don't necessarily care" as "don't care"; "is pretty much the
    # nightmare scenario" (the real-news set, lines labelled partly on the twentieth blind set,
    # 2026-12-07); a judgement the source puts in someone's words: "in what the museum says is an
    # expression of faith"; not "what he said was", whose speaker is the sentence's own subject
    # ("Podesta ... calling the department out for what he said was a 'lackadaisical response'",
    # labelled supported without it on the twenty-first set). Not "relatively" ("relatively
    # short hairless tails", labelled supported, as often as partly) nor "initially" (a firm
    # that "initially supplied parts", four lines labelled supported).
    r"seems?|seemed|necessarily|for the most part|pretty much|"
    r"what (?!(?:he|she|they|it|we|I) )(?:the |an? |its |their )?(?:[\w-]+ ){0,2}?"
    r"(?:says|said|calls|called|considers|considered) (?:is|was|are|were))\b",
)
# "according to" a named source ("according to the Arizona DPS", "according to the New York
# Times") is that source's "said", which may be dropped like any named speaker's; so is one the
# article has named and now points back to ("according to the newspaper", "according to their
# latest financial report", "according to police": three lines of the eleventh blind set and one
# earlier, all labelled supported). "According to reports / research / sources / a survey /
# officials / two popular online measuring tools / the experts" vouches for nothing by name and
# stays (two lines labelled partly). So
# does "told Reuters" only with an anonymous teller ("sources told Reuters", above): "He told
# Racemail" names its speaker.
# What a court was told is a claim made there, not a finding: "..., the Old Bailey heard", "a
# court has heard" (FRANK CNN/DM, read blind, 2026-12-06). A source to keep (``_SOURCED``), and
# a summary that keeps it keeps its claim attributed (``_ATTRIBUTES``).
_COURT_HEARD = r"(?:court|jury|jurors|inquest|tribunal|hearing|Old Bailey|magistrates)\s+(?:has |had |have )?heard"
# Whoever vouches for nothing by name even after "the" ("according to the experts").
_UNNAMED = (r"(?:[\w-]+ )?(?:sources?|reports?|experts?|analysts?|officials?|critics?|estimates?|people|"
            r"witnesses|residents|observers|insiders|rumou?rs?|claims?|allegations?)\b")
_SOURCED = re.compile(
    r"\b(?:(?i:according to(?!(?-i: (?:the )?[A-Z])| police\b| (?:the|its|their|his|her) (?!" + _UNNAMED + r"))|sources? (?:said|say|says|told|close to|familiar)|"
    r"on condition of anonymity|citing|people familiar|reports? (?:said|say|says|suggest\w*)|"
    # those close to a person or at the scene, who vouch for nothing by name: "Relatives have
    # said victim Ron Lane was gay" printed as "Victim Ron Lane was gay" (FRANK CNN/DM, read
    # blind, labelled partly, 2026-12-06)
    r"(?:relatives|family members|friends|neighbou?rs|witnesses|acquaintances|classmates|onlookers) "
    r"(?:have |had |who \w+ \w+ )?(?:said|say|says|told|claimed|claim|alleged|described)|"
    # an unnamed camp: "Critics say the education law could lead to the closure of the ...
    # university" printed as "The education law could lead to ..." (FRANK XSum, a line labelled
    # partly on the eighth blind set, 2026-12-07)
    r"(?:critics|opponents|detractors|sceptics|skeptics|campaigners|activists|analysts|observers|"
    r"commentators|experts) (?:have |had )?(?:said|say|says|argued|argue|argues|warned|warn|warns|"
    r"fear|feared|fears|claimed|claim|claims|believe|believed|contend|contended))|"
    # an anonymous teller ("a senior official familiar with the matter told Reuters") is a source
    # too; a named one ("Dr. Kuhar, the zoo's director, told Fox 8") is a speaker (SummEval,
    # 2026-12-05: the only 'told' flag on 30 articles' compressions was of this kind)
    r"(?i:\b(?:officials?|aides?|diplomats?|insiders?|people|person|someone)\b[^.;]{0,60}?\btold) "
    r"(?:the )?[A-Z]\w+|"
    r"(?i:" + _COURT_HEARD + r"|(?:court|jury|jurors|inquest|tribunal|hearing)\s+(?:was|were|has been|had been) told)|"
    # an unnamed judge's or court's ruling is that court's finding, which a party may dispute: "The
    # number plate ... was a direct reference to the Falklands War, a judge has ruled" printed
    # without "a judge has ruled" (FRANK CNN/DM, two lines labelled partly on the ninth blind set,
    # 2026-12-07; the BBC called the plate a coincidence)
    r"(?i:\b(?:an?|the) (?:\w+ )?(?:judge|court|tribunal|coroner|inquest|panel|arbitrator|magistrates?)\s+"
    r"(?:has |had |have )?(?:ruled|concluded))|"
    # a rumour vouches for nothing: "there are whispers of Dodge exploring electric and hybrid
    # technologies" printed as "Dodge is exploring electric and hybrid technologies" (SummHay, two
    # lines labelled partly on the seventeenth blind set, 2026-12-07; no earlier line has one)
    r"(?i:\bthere (?:are|were|have been|has been|is|was) (?:\w+ )?(?:whispers|rumou?rs|speculation|talk|chatter)|"
    r"\b(?:whispers|rumou?rs|speculation|chatter) (?:of|that|about|suggest\w*))|"
    # whose story it is: "Trump remains, by their telling, susceptible to outside influence"
    # (the real-news set, two lines labelled partly on the twentieth blind set, 2026-12-07)
    r"(?i:\bby (?:their|his|her|its|[\w-]+(?:'s|’s|s')) (?:own )?(?:telling|account|reckoning)))\b",
)
# Verbs of a start or a thought: "started identifying" is not "identified" (``_INTENDS``' "start"
# group), and only these or a word of doubt keep it in a line (``_KEEPS_START``).
_START_VERBS = r"start(?:s|ed|ing)?|began|begun|begin(?:s|ning)?|consider(?:s|ed|ing)?|contemplat(?:es|ed|ing)"
# A plan, an attempt or a future event: "Dodge intends to produce 3,000 units", "efforts to
# enhance security", "the store will open". Written as done ("Dodge produced", "enhances", "the
# store opened"), the event has changed.
_INTENDS = re.compile(
    r"(?i)\b(?:plans?|planned|planning|efforts?|bids?|attempts?|attempted|attempting|aims?|aimed|aiming|"
    r"seeks?|sought|seeking|tries|tried|trying|wants?|wanted|hopes?|hoped|hoping|intends?|intended|"
    # an effort, not the deed: "Dodge has striven to blend nostalgia with technology" printed as
    # "Dodge blends ...", "Foot Locker is gearing up to launch key products" as "Foot Locker
    # launches ..." (SummHay, both labelled unsupported on the fifteenth blind set, 2026-12-07)
    r"strives?|striving|strove|striven|gear(?:s|ed|ing)? up|endeavou?r(?:s|ed|ing)?|"
    # work towards a thing, not the thing: "community-oriented financial bodies work to stabilize
    # immediate disruptions" printed as "... stabilize immediate disruptions" (SummHay, labelled
    # partly on the eighteenth blind set, 2026-12-07)
    r"work|works|worked|working|"
    r"proposals?|proposed|proposes|promised|promises|promise|vowed|vows|vow|pledged|pledges|pledge|set|going|preparing|"
    r"prepares|prepared|ready|about|will|shall|would|to be able|"
    # a purpose: "These strategic shifts are designed to enhance customer engagement" printed as
    # "Strategic shifts enhance customer engagement" (SummHay, labelled unsupported on the sixth
    # blind set, 2026-12-07)
    r"designed|intended|meant|"
    # a thing made for a purpose: "fundraising campaigns have been launched to provide emergency
    # funds" printed as "Fundraising campaigns provide emergency funds" (SummHay, labelled partly
    # on the sixteenth blind set, 2026-12-07; no line of the fifteen sets before it has one)
    r"launched|created|established|set up|introduced|founded|formed|rolled out|put in place|"
    # a date fixed, not met: "The flagship is slated to open in Leeds in May" is no opening
    r"slated|scheduled|on track|on course|"
    # a start, not the deed: "Prices began to fall in March" is no fall in March
    r"started|starting|begun|began|beginning|begin|begins|starts|start) to "
    # an aim met by a date: "By 2026, Foot Locker aims to have successfully doubled its sales" is
    # no doubling yet (SummHay, labelled unsupported on the sixth blind set, 2026-12-07)
    r"(?:have (?:[a-z]+ly )?(?P<perfect>[a-z]{3,}ed)\b|(?P<verb>[a-z]{3,})\b)"
    # (an adverb between: "will undoubtedly serve as a case study" printed as "serves as a case
    # study", SummHay, labelled partly on the eighteenth blind set, 2026-12-07)
    r"|\b(?:will|shall)(?: not)?(?: [a-z]+ly)? (?P<verb2>[a-z]{3,})\b"
    # an aim named by what it is: "a key part of the strategic plan is to transform the shopping
    # experience" printed as "The strategic plan transforms the shopping experience" (SummHay,
    # labelled unsupported on the eighteenth blind set, 2026-12-07)
    r"|\b(?:plan|aim|goal|objective|intention|ambition|mission|target|idea|part of the \w+(?: \w+)?) "
    r"(?:is|was|remains) to (?P<verb3>[a-z]{3,})\b"
    # an aim named by its gerund: "The new roadmap focuses on broadening customer reach" printed
    # as "The roadmap broadens customer reach" (SummHay topic 3, labelled partly, 2026-12-06)
    # (not "commitment to" or "dedicated to": "Dodge's commitment to pushing the boundaries" is
    # Dodge pushing them, a blind reader's "supported", 2026-12-06)
    r"|\b(?:focus(?:es|ed|ing)? on|aim(?:s|ed|ing)? at|"
    r"geared (?:up )?towards?|intent on|bent on|working (?:on|towards?)|"
    # a start or a thought, not the deed: "have already started identifying potential
    # replacements" printed as "have already identified" (labelled partly), "consider diversifying
    # their banking partners" as "diversified partners" (labelled unsupported; SummEval and
    # SummHay, the twelfth blind set, 2026-12-07)
    r"(?P<start>" + _START_VERBS + r")) "
    r"(?P<gerund>[a-z]{3,}ing)\b"
    # what someone said they were doing: "Davies said he was launching a petition" printed as
    # "Davies launched a petition" (FRANK XSum, labelled partly, 2026-12-06)
    r"|\b(?:said|says|told \w+|announced|added) (?:that )?(?:he|she|it|they|we|I) (?:was|were|is|are|'s|'re) "
    r"(?P<gerund2>[a-z]{3,}ing)\b"
)
# A belief reported, not a claim: "Mr Verghese said he believed the firm's current suppliers all
# met Olam's strict requirements" printed as "Mr Verghese said the firm's current suppliers met
# ..." (FRANK XSum, labelled partly on the fifth blind set, 2026-12-06). The speaker stays, so
# ``_ATTRIBUTES`` keeps the line's other hedges; this one goes with the verb of belief.
_BELIEF = re.compile(
    r"(?i)\b(?:said|says|told (?:the |a )?\w+|added|adds|insisted|insists|argued|argues|stressed)(?: that)? "
    r"(?:he|she|they|it|we|I) (?P<verb>believed|believes|thought|thinks|felt|feels|suspected|suspects|"
    r"expected|expects|hoped|hopes|was confident|is confident|were confident|are confident|"
    r"was sure|is sure|was convinced|is convinced|"
    # a certainty is a belief too: "told the inquest he had "no reasonable doubt" that Barry was
    # murdered" printed as "The inquest was told that Barry was murdered" (FRANK XSum, labelled
    # partly on the sixth blind set, 2026-12-07)
    r"(?:had|has|was|is|were|are) (?:in )?[\"“]?(?:no|little) (?:reasonable )?doubt[\"”]?|"
    r"was certain|is certain|were certain|are certain)(?= |$)"
)
_KEEPS_BELIEF = re.compile(r"(?i)\b(?:believ\w*|think\w*|thought|feel\w*|felt|suspect\w*|expect\w*|hop\w*|"
                           r"confident\w*|sure|convinced|doubt\w*|certain\w*|may|might|could|likely|probably|"
                           r"view|opinion)\b")
# A forecast is no fact: "Foot Locker projects that the renewed partnership with Nike will drive
# total annual revenue up to $9.5 billion by 2026" printed as "... will drive total annual revenue
# up to $9.5 billion" (SummHay, both such lines of the eleventh blind set labelled partly; no line
# of the earlier builds drops one). A line keeps it with any word of forecasting or doubt.
# Of a line's content words, the share inside the forecast's clause for the line to restate it.
FORECAST_SHARE = 0.6
_FORECAST = re.compile(r"(?i)\b(?:projects|projected|forecasts|forecasted|predicts|predicted|estimates|estimated|"
                       r"anticipates|anticipated|expects|expected) that\b")
_KEEPS_FORECAST = re.compile(r"(?i)\b(?:project\w*|forecast\w*|predict\w*|estimat\w*|anticipat\w*|expect\w*|"
                             r"outlook|guidance|may|might|could|likely|probably|aims?|target\w*|goals?)\b")
# One cause among several is not the cause: "The mismatch between assets and liabilities was one
# of the significant factors in SVB's collapse" printed as "SVB's collapse was due to the
# mismatch" (SummHay, labelled partly on the seventeenth blind set, 2026-12-07; the two earlier
# lines that drop "one of the primary factors" were labelled partly too). A line keeps it with
# any word of a share in the cause.
_ONE_CAUSE_OF_SEVERAL = re.compile(
    r"(?i)\b(?:one|some|two|three|several|a few) of the (?:[\w-]+ ){0,3}?"
    r"(?:factors|reasons|causes|drivers|contributors|culprits|triggers|"
    # "One of the key innovations behind the Demon 170's performance is the tyres" printed as
    # "The performance is due to the tyres" (SummHay, labelled partly on the nineteenth blind set)
    r"[a-z]+s (?:behind|responsible for))\b"
)
_GIVES_CAUSE = re.compile(r"(?i)\b(?:due to|caus\w*|because|owing to|led to|lead(?:s|ing)? to|result(?:s|ed|ing)? "
                          r"(?:of|from)|driven by|drove|blam\w*|stemm?(?:s|ed|ing)? from|root|reason|behind|"
                          r"attribut\w+ to|triggered|sparked|brought (?:about|down))\b")
_KEEPS_SHARE = re.compile(r"(?i)\b(?:one of|among|factors?|contribut\w*|partly|in part|part of|helped|drivers?|"
                          r"culprits?|triggers?|(?:an?|another) (?:[a-z]+ )?[a-z]+ (?:behind|responsible for))\b")
# The verb of a second aim after the first one's object: "to streamline operations and boost".
_SECOND_VERB = re.compile(r"(?: [a-z]+){1,3}? and (?P<verb>[a-z]{3,})\b")
# A start or a thought (``_INTENDS``' "start" group) is kept only by a word of its own kind or of
# doubt: "the player wants to leave" in the line keeps no "started identifying" (twelfth set).
_KEEPS_START = re.compile(r"(?i)\b(?:" + _START_VERBS + r"|"
                         r"explor\w+|weigh\w*|look(?:s|ed|ing)? into|plan\w*|aim\w*|will|would|could|may|might)\b")
# A summary that still speaks of a plan or the future.
# A noun of intention keeps it only with what is intended after it ("efforts to drive growth"):
# "Forward-thinking approach and concerted efforts drive growth" makes the efforts a cause of
# growth done (SummHay, Qwen's line, labelled unsupported on the sixth blind set, 2026-12-07).
_KEEPS_INTENTION = re.compile(
    r"(?i)\b(?:(?:plans?|efforts?|bids?|attempts?|aims?|wants?|hopes?|proposals?)\s+(?:to|for|at|of|that|towards?)|"
    r"planned|planning|attempted|attempting|aimed|aiming|"
    r"seeks?|sought|seeking|tries|tried|trying|wanted|hoped|hoping|intends?|intended|designed|meant|"
    r"strives?|striving|strove|striven|gear(?:s|ed|ing)? up|endeavou?r(?:s|ed|ing)?|work|works|worked|working|"
    r"proposed|proposes|promised|promises|vowed|vows|pledged|pledges|set to|going to|preparing|"
    r"prepares|prepared|ready to|about to|will|shall|would|won't|'ll|upcoming|future|next)\b"
)
# A plan or a call named by its noun: "The collapse has prompted a wave of introspection and
# proposals for regulatory reform" printed as "The collapse prompts introspection and regulatory
# reform" (SummHay, Qwen's line, labelled unsupported on the fourth blind set, 2026-12-06).
_PLANNED = re.compile(
    r"(?i)\b(?:proposals?|plans?|calls?|bids?|push|pushes|efforts?|campaigns?|demands?|hopes?) "
    r"(?:for|towards?) (?:a |an |the |more |greater |further )?(?P<thing>[a-z][a-z-]+(?: [a-z][a-z-]+)?)"
)
_KEEPS_PLAN = re.compile(r"(?i)\b(?:propos\w*|plan\w*|call\w*|bids?|push\w*|effort\w*|campaign\w*|demand\w*|"
                         r"hop\w*|urg\w*|seek\w*|sought|want\w*|aim\w*|intend\w*|would|will|could|may|might)\b")
_IRREGULAR_DONE = {
    "begin": "began begun begins", "build": "built builds", "buy": "bought buys", "bring": "brought brings",
    "make": "made makes", "sell": "sold sells", "send": "sent sends", "take": "took taken takes",
    "give": "gave given gives", "hold": "held holds", "meet": "met meets", "win": "won wins",
    "pay": "paid pays", "find": "found finds", "leave": "left leaves", "lead": "led leads",
    "become": "became becomes", "go": "went gone goes", "run": "ran runs", "keep": "kept keeps",
    "set": "sets", "put": "puts", "cut": "cuts", "spend": "spent spends", "sign": "signed signs",
    "fall": "fell fallen falls", "rise": "rose risen rises", "grow": "grew grown grows",
    "write": "wrote written writes", "show": "showed shown shows", "drive": "drove driven drives",
}


def _done(verb: str | None, text: str) -> bool:
    """Whether ``text`` has ``verb`` as a done or ongoing fact: a finite past or present form
    ("produced", "produces", "began"), not its base form after another modal."""
    if not verb or verb in STOP_WORDS:
        return False
    forms = _done_forms(verb)
    tokens = re.findall(r"[a-z]+", text.lower())
    # the base form after a plural subject is done too: "Flex-fuel vehicles enhance
    # sustainability" of "... the industry's efforts to enhance sustainability" (SummHay topic
    # 1, labelled partly, 2026-12-06); after "to", a modal or "not" it is not
    return any(w in forms for w in tokens) or any(
        w == verb and i > 0 and tokens[i - 1] not in _BEFORE_BASE_FORM and tokens[i - 1] not in STOP_WORDS
        for i, w in enumerate(tokens)
    )


def _done_forms(verb: str) -> set[str]:
    """A verb's finite past and present forms: "produce" -> "produced", "produces"; "begin" ->
    "began", "begins"."""
    forms = set(_IRREGULAR_DONE.get(verb, "").split())
    base = verb[:-1] if verb.endswith("e") else verb
    forms |= {base + "ed", verb + "d" if verb.endswith("e") else verb + "ed", verb + "s", verb + "es"}
    if verb.endswith("y") and len(verb) > 3:
        forms |= {verb[:-1] + "ied", verb[:-1] + "ies"}
    return forms


def _participle_bases(participle: str) -> list[str]:
    """The base forms a past participle in "-ed" may have: "doubled" -> "double", "reached" ->
    "reach", "planned" -> "plan", "carried" -> "carry" (each tried: a wrong guess matches no word)."""
    bases = _stem_bases(participle[:-2])
    return bases + [participle[:-3] + "y"] if participle.endswith("ied") else bases


def _gerund_bases(gerund: str) -> list[str]:
    """The base forms a gerund may have: "broadening" -> "broaden", "reshaping" -> "reshape",
    "running" -> "run" (each tried: a wrong guess matches no word)."""
    return _stem_bases(gerund[:-3])


def _stem_bases(stem_: str) -> list[str]:
    """A verb's stem as an ending left it ("doubl", "runn"): itself, with "e", or with a doubled
    last letter undone."""
    bases = [stem_, stem_ + "e"]
    if len(stem_) > 2 and stem_[-1] == stem_[-2]:
        bases.append(stem_[:-1])
    return bases


# Words after which a verb's base form is no fact: "to enhance", "will enhance", "did not enhance".
_BEFORE_BASE_FORM = frozenset("to will would could should may might must can shall do does did not never t ll d".split())


# A condition the claim holds under: "When not in use, the door must be closed" is no rule that
# the door must be closed. Plain "when"/"if" of a narrative ("When police arrived, ...") is left out
# for "when"; "if" is a condition wherever it stands.
_CONDITIONAL = re.compile(
    # ("provided" only as a conjunction: "Hubble has provided key data" is no condition; FRANK
    # CNN/DM, a faithful summary flagged, 2026-12-06)
    r"(?i)\b(?:if|unless|only when|only if|when not|as long as|provided that|(?<=, )provided|\Aprovided|in case|"
    # a claim restricted to some people: "For those who prioritize customization, the car does
    # not disappoint" is no verdict on the car for everyone
    r"for (?:those|anyone|people|buyers|fans|readers) who|"
    # an exception: "Omar didn't say what led to the release, other than that tribal leaders
    # helped" is not "Omar didn't say what led to the release" (SummEval, 2026-12-05)
    r"(?<!none )other than|except|"
    # the circumstances a figure or a claim holds in: "1,025 hp when running on E85" is not its
    # power on premium gasoline; "under these conditions"; "in many of the pictures" (SummHay
    # and FRANK lines labelled partly, 2026-12-06)
    r"when (?:running|using|used|fitted|powered|fuelled|fueled|driven|operated|tested) |"
    # where a figure's thing comes from, or what it is measured against: "E85 reduces lifecycle
    # carbon emissions by about 40% when derived from corn" (SummHay topic 1, a parts choice
    # labelled partly on the tenth blind set, 2026-12-07)
    r"when (?:derived|made|produced|sourced|measured|calculated|compared|combined|mixed|blended) |"
    r"under (?:these|those|such|certain|some|normal|ideal|the right) (?:conditions|circumstances)|"
    r"in (?:many|some|most|several|certain) (?:of the )?(?:cases|instances|pictures|photos|images|places|areas|situations)|"
    # the comparison a figure holds under: "When like-for-like male and female workers were
    # compared, men were 25% more likely to get a pay rise" (FRANK XSum, labelled partly when
    # printed without it on the fourth blind set, 2026-12-06); "adjusted for inflation"
    r"like-for-like|adjusted for|after adjusting for|when adjusting for|controlling for|"
    r"when (?:[\w-]+ ){1,5}?(?:were|are|is|was) compared)\b"
)
# Words a speaker uses of themselves: a summary sentence in the first person that restates a
# quotation without its speaker reads as the briefing's own voice ("we will have him back").
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'll|us|[Oo]ur|[Oo]urs)\b"
)  # case-sensitive: "US" is the country


def _hedge_key(hedge: str) -> str:
    """A hedge in any tense: "appearing to" is kept by "appeared to" (FRANK CNN/DM, a faithful
    "the defender appeared to fight" flagged, 2026-12-06)."""
    return " ".join(stem(word) for word in hedge.lower().split())


def _uncertain_markers(text: str) -> list[re.Match]:
    """The ``_UNCERTAIN`` markers of ``text``, the month "May" left out (a capital "May" after the
    first word), and "due to" only before a verb: "due to open in May" is a plan, "largely due to
    its V8 powertrains" a cause (a supported deletion of the tenth blind set flagged, 2026-12-07)."""
    return [m for m in _UNCERTAIN.finditer(text)
            if not (m.group() == "May" and m.start() > 0) and not (m.group().lower() == "due to" and not _verb_after(text, m.end()))]


def _verb_after(text: str, offset: int) -> bool:
    """Whether the first word after ``offset`` is a verb's base form ("due to [open]")."""
    return next((tag == "VB" for start, _, tag in tag_spans(text) if start >= offset), False)


# A line that opens on a verb of saying has lost whoever said it: 'Wrote: "So devastated to hear
# that Rod Temperton has passed away."' of 'Kylie Minogue wrote: "..."' (FRANK XSum, Qwen's
# line, labelled partly on the fourth blind set, 2026-12-06).
_SPEAKERLESS = re.compile(r"(?i)^\W*(?:wrote|writes|said|says|added|adds|told|tweeted|posted|explained|insisted)\s*[:,]?\s*[\"“]")


def _speaks_unquoted(text: str) -> bool:
    """Whether ``text`` speaks in the first person outside its quotation marks: "They may not be
    "Star Trek"-type extraterrestrials, but we may be close to ..." does (a NASA scientist's
    words, his "says" cut; FRANK CNN/DM, labelled partly, 2026-12-06), while a line that quotes
    the words in marks shows they are someone's."""
    return _first_person(re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)) and text.count('"') % 2 == 0


# Words that change who someone is or whether they did it: "The former Athletic Bilbao [man]
# joined the Red Devils" printed as "The Athletic Bilbao joined ..." made the club the one who
# joined (FRANK CNN/DM, SmolLM2's line, labelled unsupported, 2026-12-06).
_QUALIFIERS = frozenset("former acting interim deputy vice alleged suspected assistant would-be".split())
_QUALIFIER_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _qualifiers_taken_out(text: str, source: str) -> list[str]:
    """Qualifiers of ``source`` (``_QUALIFIERS``) that ``text`` leaves out of the source's own
    words around them: the word or two before it and the words after it, at least three in all,
    stand together in ``text`` without it."""
    own = f" {' '.join(_QUALIFIER_WORD.findall(text.lower()))} "
    tokens = _QUALIFIER_WORD.findall(source.lower())
    out = []
    for i, token in enumerate(tokens):
        if token not in _QUALIFIERS:
            continue
        before = tokens[max(0, i - 2) : i]
        after = tokens[i + 1 : i + 2] if len(before) >= 2 else tokens[i + 1 : i + 3]
        if len(before) + len(after) < 3 or not before or not any(w not in STOP_WORDS for w in after):
            continue
        if f" {' '.join(before + after)} " in own:
            out.append(" ".join([token, *after]))
    return out


# A claim without exception and the stretch it holds over: "McIlroy, 27, has never finished
# worse than 11th in his seven appearances at Jumeirah Golf Estates" printed as "McIlroy, 27,
# has never finished worse than 11th" (FRANK XSum, a printed deletion labelled partly on the
# fifth blind set, 2026-12-06) says never at all.
_UNIVERSAL_OVER = re.compile(
    r"(?i)\b(?P<universal>never|always|unbeaten|undefeated)\b(?P<claim>[^,.;:]*?)\s"
    r"(?P<domain>(?:in|at|during|since|throughout|across) (?:his|her|their|its|this|last|all|every|\d+)\b[^,.;:]*"
    r"|this season|so far this \w+)"
)


# "never ... before": until now, which says it has now happened. "the horse had never collapsed
# before" printed as "The horse had never collapsed" of the horse that collapsed (a deletion,
# FRANK XSum, labelled partly on the sixth blind set, 2026-12-07).
_NEVER_UNTIL_NOW = re.compile(
    r"(?i)\b(?P<claim>never(?: [\w'-]+){1,4}?) (?P<until>before|previously|until now|until then|till now|to date)\b"
)


# A count of occasions holds over a stretch too: "In their past 17 meetings with the other top-six
# sides away from home, Pochettino's team have won just once" printed as "The team has won only
# one time", and "He has won the past three tournaments[ in which he has competed]" (FRANK XSum,
# both labelled partly on the seventh blind set, 2026-12-07).
_NUMBER_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
# "once" counts where it ends its phrase ("won just once", "once in 17 meetings"), not as "in the
# past" ("SVB was once considered a bedrock": a supported line flagged on the first set).
_ONCE_ENDS = r"(?=\s*(?:[,.;:!?)\"'”’]|$)|\s+(?:in|at|on|since|during|against|with|this|last|from|over|a|per|every|each|" \
    r"before|after|and|but|or|so|for|all)\b)"
_OCCASIONS = re.compile(
    r"(?i)\b(?:once" + _ONCE_ENDS + r"|twice(?! as)|(?<!at )one time|(?P<times>\d+|two|three|four|five|six|seven|eight|nine|ten) times|"
    r"the (?:past|last|previous) (?P<last>\d+|two|three|four|five|six|seven|eight|nine|ten) [a-z]+)\b"
)
_OCCASIONS_OVER = re.compile(
    r"(?i)\b(?:in|during|over|across|since|from|against|with) (?:which|whom|their|his|her|its|the past|the last|all|"
    r"every|\d+)\b[^,.;:]*"
)


def _occasions(text: str) -> list[tuple[int, re.Match]]:
    """Each count of occasions in ``text`` with its number: "once" and "one time" are 1."""
    out = []
    for match in _OCCASIONS.finditer(text):
        word = (match.group("times") or match.group("last") or "").lower()
        number = {"once": 1, "twice": 2, "one time": 1}.get(match.group().lower()) or _NUMBER_WORDS.get(word) or int(word)
        out.append((number, match))
    return out


def _occasions_domain_dropped(text: str, source: str) -> str | None:
    """The stretch a count of occasions of ``source`` holds over ("won just once[ in their past 17
    meetings with the other top-six sides]"), dropped by ``text`` that keeps the count."""
    counted = {number for number, _ in _occasions(text)}
    if not counted:
        return None
    own = set(_content(text))
    stretches = [(m.start(), m.end(), m.group(), set(_content(m.group()))) for m in _OCCASIONS_OVER.finditer(source)]
    for number, match in _occasions(source):
        if number not in counted:
            continue
        count_words = set(_content(match.group()))
        for start, end, stretch, words in stretches:
            # its own sentence's stretch, read within SCOPE_CHARS (a run-on text has many)
            if (start < match.end() and match.start() < end) or abs(start - match.start()) > SCOPE_CHARS:
                continue
            domain = words - count_words
            if domain and not domain & own:
                return stretch.strip()
    return None


def _universal_domain_dropped(text: str, source: str) -> str | None:
    """The stretch a "never" or "always" of ``source`` holds over ("never finished worse than 11th[
    in his seven appearances]"), or the "before" of a "never ... before", dropped by ``text`` that
    keeps the claim; or the stretch of a count of occasions (``_occasions_domain_dropped``)."""
    occasions = _occasions_domain_dropped(text, source)
    if occasions:
        return occasions
    own_words = set(re.findall(r"[a-z]+", text.lower()))
    own = set(_content(text))
    lowered = " ".join(re.findall(r"[a-z']+", text.lower()))
    for match in _NEVER_UNTIL_NOW.finditer(source):
        claim = " ".join(re.findall(r"[a-z']+", match.group("claim").lower()))
        if f"{claim} " in f"{lowered} " and not set(match.group("until").lower().split()) <= own_words:
            return match.group("until")
    for match in _UNIVERSAL_OVER.finditer(source):
        if match.group("universal").lower() not in own_words:
            continue
        claim, domain = set(_content(match.group("claim"))), set(_content(match.group("domain")))
        if len(claim & own) >= 2 and domain and not domain & own:
            return match.group("domain").strip()
    return None


_NOUN_TAGS = frozenset({"NN", "NNS"})
_NOUN_MODIFIER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MODIFIER_TAGS = _NOUN_MODIFIER_TAGS | {"JJ"}


# A quantifier of a few before the noun ("some startups", "certain startups", "several banks"),
# and the words that take a part of a named group ("many of these collaborations", "a number of
# banks"). Not "many", "most", "numerous" or "various" before a bare noun: a bare plural states what
# holds in general, which they support (the labelling rules, settled 2026-12-07: VERIFIER_DEVSET.md).
_FEW = frozenset("some certain several".split())
_PART_OF = frozenset("some many most several few one part half much none number majority minority".split())
_GROUP_DETERMINERS = frozenset("the these those its their our his her".split())


def _quantified(tagged: list[tuple[str, str]], i: int) -> tuple[str, str] | None:
    """The quantifier of a few, or the part-of phrase, that restricts the noun ``tagged[i]``: its
    own word ("some", "many") and the phrase ("many of these collaborations")."""
    words = [w.lower() for w, _ in tagged]
    start = i - 1
    if start >= 0 and words[start] in _FEW:
        return words[start], f"{tagged[start][0]} {tagged[i][0]}"
    if start >= 1 and words[start - 1 : i] == ["a", "few"]:
        return "few", f"a few {tagged[i][0]}"
    # "many of these collaborations", "a number of banks", "one of the startups"
    if start >= 0 and words[start] in _GROUP_DETERMINERS:
        start -= 1
    elif start >= 1 and tagged[start][1] == "POS":  # "some of Trump's detractors"
        start -= 1
        while start >= 1 and tagged[start - 1][1] == "NNP":
            start -= 1
        start -= 1
    if start < 1 or words[start] != "of" or words[start - 1] not in _PART_OF:
        return None
    start -= 1
    quantifier = words[start]
    if start >= 1 and words[start - 1] == "a":  # "a number of", "a few of"
        start -= 1
    # (a possessive's "'s" joined to its owner: "some of Trump's detractors")
    phrase = "".join(w if tag == "POS" or not k else f" {w}" for k, (w, tag) in enumerate(tagged[start : i + 1]))
    return quantifier, phrase


def _restriction_dropped(text: str, source: str) -> str | None:
    """A bare noun opening ``text`` (or one of its sentences) as its subject ("Staff are more
    expensive", "Stocks declined by 20%") where ``source`` restricts the same noun with another
    noun or an "of" phrase ("Agency staff", "stocks of regional banks"), or with a quantifier of a
    few ("some authorities", "many of these collaborations"), and ``text`` keeps no word of the
    restriction: a claim about some becomes one about the whole class (FRANK XSum and SummHay,
    three lines labelled partly on the fourth blind set, 2026-12-06; the quantifiers: three on the
    sixteenth, 2026-12-07)."""
    for k, opening in enumerate(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)):
        # a later sentence's subject loses only a quantifier: "They started arriving at Poldhu
        # Cove. Volunteers are clearing them away." of "Trust volunteers" was labelled supported
        restriction = _restriction_dropped_from(opening, text, source, quantifiers_only=k > 0)
        if restriction:
            return restriction
    return None


def _subject_noun(tags: list[tuple[int, int, str]]) -> int | None:
    """The index of a bare noun heading the opening's subject, its verb next: "Stocks declined",
    also after a possessive name ("Trump's detractors reverse-engineer ...", the verb perhaps
    a hyphenated compound the tagger splits)."""
    head = 0
    while head < len(tags) and tags[head][2] == "NNP":
        head += 1
    if head and head < len(tags) and tags[head][2] == "POS":
        head += 1
    elif head:
        return None
    if head + 1 >= len(tags) or tags[head][2] not in _NOUN_TAGS:
        return None
    after = [tag for _, _, tag in tags[head + 1 : head + 4]]
    if after[0].startswith(("VB", "MD")) or after[:3] in (["NN", "HYPH", "VB"], ["NN", "HYPH", "VBP"]):
        return head
    return None


# A class introduced as some of it: "Then there are musicals that just pretend people of color
# aren't a thing" printed as "Musicals pretend ..." (the real-news set, labelled partly on the
# twentieth blind set, 2026-12-07).
_THERE_ARE = r"(?i)\bthere (?:are|were|have been) (?:\w+ )?{noun} (?:that|who|which)\b"


def _restriction_dropped_from(opening: str, text: str, source: str, quantifiers_only: bool = False) -> str | None:
    own_tags = tag_spans(opening)
    head = _subject_noun(own_tags)
    if head is None:
        return None
    # after a possessive only a quantifier restricts: "Dillon's leadership" restates "the leadership
    # of new CEO Mary Dillon" (SummHay lines labelled supported)
    quantifiers_only = quantifiers_only or head > 0
    noun = opening[own_tags[head][0] : own_tags[head][1]].lower()
    existential = re.search(_THERE_ARE.format(noun=re.escape(noun)), source)
    if existential and not re.search(r"(?i)\b(?:some|there)\b", text):
        return existential.group()
    own_words = set(re.findall(r"[a-z]+", text.lower()))
    tagged = [(source[a:b], tag) for a, b, tag in tag_spans(source)]
    restrictions = []
    for i, (word, tag) in enumerate(tagged):
        if word.lower() != noun or tag not in _NOUN_TAGS:
            continue
        before = tagged[i - 1] if i else ("", "")
        quantified = _quantified(tagged, i)
        if quantified:
            restrictions.append(quantified)
        # a noun before it names a kind ("Agency staff"); an adjective ("Financial experts",
        # "many experts") was read as no restriction by the blind readers (six lines labelled
        # supported on the dev sets, 2026-12-06)
        elif before[1] in _NOUN_MODIFIER_TAGS and before[0].lower() not in STOP_WORDS and before[0].isalpha():
            if not quantifiers_only:
                restrictions.append((before[0], f"{before[0]} {word}"))
        elif i + 2 < len(tagged) and tagged[i + 1][0].lower() == "of" and tagged[i + 2][1] in _MODIFIER_TAGS:
            if not quantifiers_only:
                phrase = list(takewhile(lambda pair: pair[1] in _MODIFIER_TAGS, tagged[i + 2 : i + 5]))
                restrictions.append((phrase[0][0], f"{word} of {' '.join(w for w, _ in phrase)}"))
        else:
            return None  # the source uses the bare noun itself
    kept = [r for r in restrictions if r[0].lower() in own_words]
    return restrictions[0][1] if restrictions and not kept else None


# A frame opening the source sentence: the party a claim holds for ("For a brand as storied as
# Dodge, the transition ... is both a challenge and an opportunity") or the field a rank holds in
# ("In the storied world of American muscle cars, few names resonate ... as Dodge"), read as the
# deletion checks read it (``deletion.opening_frame``, which they refuse to cut); a line that
# drops it loses the same (SummHay topic 1, three lines and parts choices labelled partly on the
# eighth blind set, 2026-12-07).
_FRAME_OPENERS = re.compile(r"^\W*(?:For|In|Within|When)\b")


def _frame_dropped(text: str, source: str) -> str | None:
    """The opening frame of ``source`` that ``text`` drops while keeping the clause it frames; a
    field only where ``text`` ranks ("few", "leading", a superlative)."""
    if not _FRAME_OPENERS.match(source):  # (most sources: no need to tokenize them)
        return None
    tokens = tokenize(source)
    frame = opening_frame(source, tokens)
    if frame is None:
        return None
    kind, phrase = frame
    rest = source[source.index(phrase) + len(phrase) :]
    # the frame's own words ("fans" of "For Dodge fans, the Dodge name ..."), none of them kept
    distinctive = set(_content(phrase)) - set(_content(rest))
    if not distinctive or distinctive & set(_content(text)):
        return None
    tags = tag_spans(text)
    if kind == "field" and not any(
            ranking_word(text[a:b], tag, text[tags[k - 1][0] : tags[k - 1][1]] if k else "")
            for k, (a, b, tag) in enumerate(tags)):
        return None
    if len(set(_content(text)) & set(_content(rest))) < SAME_CLAIM_WORDS:
        return None
    return phrase


# (not "of", "from" or "at": "Chair of UK Sport Rod Carr said" is Rod Carr speaking, "the launch of
# the Demon 170 set a benchmark" the car's: two supported lines flagged with them, 2026-12-07)
_PLACE_PREPOSITIONS = frozenset("around across in near outside throughout inside within".split())


def _subject_widened(text: str, source: str) -> str | None:
    """A subject ``text`` takes from the place or group that ``source``'s subject only belongs to:
    "The UK voted heavily in favour of leaving the EU" of "Fishing regions around the UK voted
    heavily in favour of leaving the EU" — the regions' vote made the country's (FRANK XSum, two
    lines labelled unsupported on the sixth blind set, 2026-12-07). The words after the subject
    must be the source's own, so that the two say the same of different subjects."""
    tags = tag_spans(text)
    verb = next((k for k, (_, _, tag) in enumerate(tags) if tag.startswith(("VB", "MD"))), None)
    if not verb or verb > 4 or verb + 2 >= len(tags):
        return None
    subject = {w.lower() for a, b, _ in tags[:verb] if (w := text[a:b]).isalpha() and w.lower() not in STOP_WORDS}
    rest = " ".join(text[a:b].lower() for a, b, _ in tags[verb : verb + 3])
    lowered = " ".join(re.findall(r"[\w'’-]+|[^\w\s]", source.lower()))
    at = lowered.find(f" {rest} ")
    if not subject or at < 0:
        return None
    before = lowered[:at].split()[-8:]
    # the subject's own clause: after the last stop, comma or dash
    cut = max((k for k, w in enumerate(before) if not re.match(r"[\w'’]", w)), default=-1)
    before = before[cut + 1 :]
    for k, word in enumerate(before):
        if word not in _PLACE_PREPOSITIONS or k == 0:
            continue
        head = [w for w in before[:k] if w.isalpha() and w not in STOP_WORDS]
        place = {w for w in before[k + 1 :] if w.isalpha() and w not in STOP_WORDS}
        # the line's subject is the place itself ("the UK"), not a name after it ("... in
        # Australia Natalia Moon is ...": four faithful FRANK sentences flagged without this)
        if head and place and place <= subject and not set(head) & subject:
            return " ".join(before[max(0, k - 2) :])
    return None


# A verb of promising or refusing with its act: "promised to use the word ...".
_PROMISED_TO = re.compile(
    r"(?i)\b(?P<verb>promised|promises|vowed|vows|pledged|pledges|threatened|threatens|refused|refuses) "
    r"to (?P<rest>[^.;]{1,80})"
)
# A share of the credit: "Dillon ... was instrumental in doubling the company's revenues" printed
# as "Dillon ..., doubling the company's revenues" makes her the one who doubled them (SummHay
# topic 3, labelled partly, 2026-12-06). Not "a role in": "The bank played a crucial role in
# supporting early-stage innovators" is the bank supporting them (a blind reader's "supported" for
# "The bank supported early-stage innovators", the one line this rule flagged on the fourth blind
# set, 2026-12-06).
_CREDIT = re.compile(
    r"(?i)\b(?:instrumental in|(?:a|an) (?:\w+ ){0,2}hand in|contribut(?:ed|es|ing) to|helped in) "
    r"(?P<gerund>[a-z]{3,}ing)\b"
    # a help, not the deed: "This dislike helped mobilise many in the industry" printed as
    # "Dislike mobilised many in the industry" (FRANK XSum, labelled partly on the sixth blind
    # set, 2026-12-07)
    r"|\b(?:helped|helps|helping) (?:to )?(?P<base>[a-z]{3,})\b"
)
_KEEPS_CREDIT = re.compile(r"(?i)\b(?:help\w*|instrumental|role|part|hand|contribut\w*|assist\w*|behind|under)\b")
_NONE_THAT = re.compile(r"(?i)\bno ([a-z]+) (?:that|which|who)\b")


def _first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first person. Case tells "US" (the country) from "us", so
    an all-lower-case text (tokenised benchmark summaries: "the us military's list") has only
    its unambiguous first-person words counted."""
    if text == text.lower():
        return bool(re.search(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'll|our|ours)\b", text))
    return bool(_FIRST_PERSON.search(text))


# What a court was told, printed as what the court said or found: "A GTC Scotland hearing was
# told that ... Geaney had condoned ..." as "GTC Scotland hearing said Geaney condoned ...", and
# "It heard that his conduct was 'fundamentally incompatible' ..." as "He was found incompatible
# ..." (FRANK XSum, Qwen's lines, labelled unsupported, 2026-12-06). A claim put to a court is no
# finding, even in a line that names a speaker.
_TOLD_THE_COURT = re.compile(r"(?i)\b(?:" + _COURT_HEARD + r"|(?:court|jury|jurors|inquest|tribunal|hearing|panel)\s+"
                             r"(?:was|were|has been|had been) told|it (?:has |had )?heard that)\b")
_COURT_SPEAKS = re.compile(r"(?i)\b(?:(?:court|jury|jurors|inquest|tribunal|hearing|panel|magistrates)\s+"
                           r"(?:has |have |had )?(?:said|says|found|finds|ruled|rules|concluded|decided)|"
                           r"(?:was|were|been) found)\b")
_QUOTED_SPEECH = re.compile(r"[\"“”‘’']|\b(?:said|says|told|added|explained|according to|wrote|insisted|stated)\b")
# A summary keeps a claim attributed when it names any speaker or report.
_ATTRIBUTES = re.compile(
    r"\b(?:according to|said|says|say|told|tells|reported(?:ly)?|reports?|claims?|claimed|"
    r"sources?|stated|announced|alleged(?:ly)?|citing|cited|described as|ruled|ruling|" + _COURT_HEARD + r")\b",
    re.IGNORECASE,
)


def _attributes(text: str) -> bool:
    """Whether ``text`` names a source for its claim (``_ATTRIBUTES``) other than the first
    person: "I have said consistently[ is] vote Ulster Unionists ..." is a speaker's words printed
    without him, "said" and all (FRANK XSum, labelled partly on the seventh blind set,
    2026-12-07)."""
    for match in _ATTRIBUTES.finditer(text):
        before = re.findall(r"[\w']+", text[: match.start()])[-3:]
        if not any(word.lower() in ("i", "we", "i've", "we've") for word in before):
            return True
    return False


# A source sentence restates the summary sentence's claim when it holds at least this share of
# the summary sentence's content words (stems) and at least this many of them: below that, its
# hedge may qualify a part of the sentence the summary never took. A reasoned default.
SAME_CLAIM_SHARE = 0.5
SAME_CLAIM_WORDS = 3
# How many content words after an uncertainty marker it governs ("could disrupt oil supplies"
# hedges "disrupt", "oil", "supplies"); the summary must take at least two of them.
SCOPE_WORDS = 6
# How much text either side of a hedge is read for those words: far more than six words and a
# clause need, and it keeps a sentence with hundreds of hedges (scraped run-on text) linear
# (a 20,000-word run-on sentence took 12 s, 2026-12-06).
SCOPE_CHARS = 1000
# An uncertainty marker's reach ends at the end of its clause: "placed in seemingly random spots, these huge
# arrows were markers" hedges "random spots", not the arrows; "fans might struggle to believe it
# but Bueno prepares to face Real" hedges the fans' disbelief, not Bueno's match. (A condition is different: "When not in use, the
# door must be closed" governs the clause after its comma.) A comma inside a number ("3,000") is none.
_SCOPE_END = re.compile(r",(?!\d)|(?<!\d),|[;:()\[\]—–]|\s-\s|\b(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DroppedHedge:
    kind: str  # "approximate", "uncertain", "sourced", "conditional", "judgement" or "qualifier"
    hedge: str  # as written in the source, e.g. "at least 30", "reportedly"
    source: str  # the source sentence

    def describe(self) -> str:
        if self.kind == "judgement":
            return f"'{self.hedge}' is a speaker's judgement in the source, printed without its speaker"
        return f"'{self.hedge}' in the source ({self.kind}) is dropped"


def _content(text: str) -> list[str]:
    return [stem(w) for w in re.findall(r"[^\W_]+(?:'[^\W_]+)*", text.lower()) if w not in STOP_WORDS and len(w) > 1]


# An aside closed again before the clause goes on does not end a hedge's reach: "I think all of
# our customers - big kids and little kids alike - will love ..." hedges the loving.
_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s|\s?\([^()]{1,80}\)")


def _scope(text: str, position: int, start: int | None = None) -> list[str]:
    """The content words a hedge ending at ``position`` governs: up to ``SCOPE_WORDS`` of them,
    within its clause (a boundary right after the hedge, "Reportedly, ...", does not end it). A
    hedge that ends its clause ("was like an action hero in a sense", "..., reportedly.")
    governs the words before it instead (``start``: where the hedge begins)."""
    rest = _ASIDE.sub(" ", text[position : position + SCOPE_CHARS])
    for boundary in _SCOPE_END.finditer(rest):
        if _content(rest[: boundary.start()]):
            rest = rest[: boundary.start()]
            break
    after = _content(rest)[:SCOPE_WORDS]
    if after or start is None:
        return after
    return _clause_before(text, start)


def _clause_before(text: str, start: int) -> list[str]:
    """The content words of the clause that ends at ``start``: back to its comma, semicolon,
    dash or "but" (at most ``SCOPE_WORDS``)."""
    before = text[max(0, start - SCOPE_CHARS) : start]
    ends = list(_SCOPE_END.finditer(before.rstrip(" ,")))
    if ends:
        before = before[ends[-1].end():]
    return _content(before)[-SCOPE_WORDS:]


def _numbers_after(text: str, position: int) -> str | None:
    match = re.match(r"\s*\$?(\d+(?:[.,]\d+)*|[a-z]+)", text[position:], re.IGNORECASE)
    return match.group(1).replace(",", "").lower() if match else None


def _approximated_numbers(text: str) -> set[str]:
    return {n for m in _APPROXIMATE.finditer(text) if (n := _numbers_after(text, m.end()))}


def dropped_hedges(sentence: str, sources: Sequence[str], followers: Sequence[str] | None = None) -> list[DroppedHedge]:
    """Hedges of the cited source sentences that restate ``sentence`` which ``sentence`` lost.

    ``followers[i]``: the sentence that follows ``sources[i]`` in its article ("" for none), which
    may say whose its claim is ("Or so says ..."). None: ``sources`` is one passage, each
    sentence followed by the next."""
    if followers is None:
        followers = [*sources[1:], ""]
    text = normalize(sentence)
    own = set(_content(text))
    if not own:
        return []
    keeps_source = _attributes(text)
    kept_hedges = [_hedge_key(m.group()) for m in _uncertain_markers(text)]
    approximated = _approximated_numbers(text)
    numbers = {w.replace(",", "").lower() for w in re.findall(r"\d+(?:[.,]\d+)*|[A-Za-z]+", text)}
    counted = _occasions(text)
    found: list[DroppedHedge] = []
    seen: set[tuple[str, str]] = set()
    for index, source in enumerate(sources):
        source_text = normalize(source)
        shared = own & set(_content(source_text))
        if counted:
            # "only one time" restates "just once"
            same = {number for number, _ in _occasions(source_text)}
            shared |= own & set(_content(" ".join(m.group() for number, m in counted if number in same)))
        if len(shared) < SAME_CLAIM_SHARE * len(own):
            continue
        if len(shared) < SAME_CLAIM_WORDS and not (shared == own and (
                len(own) >= 2 or _speaks_unquoted(text) or _speakers_words_restated(text, own, source_text))):
            # A short line restates its source when every word of it is the source's: "We've
            # seen waterfalls." of "We've been in the Rocky Canyons, we've seen waterfalls,' said
            # Lindsey, 29."; "The cavalry has arrived." of "... feel like the cavalry have
            # arrived." (FRANK CNN/DM, both labelled partly, 2026-12-06); so does a first-person
            # line of one content word ("No, I don't need one." of "No, I don't need one," said
            # Stancil, ...: read blind, labelled partly, 2026-12-06).
            continue
        for match in _APPROXIMATE.finditer(source_text):
            number = _numbers_after(source_text, match.end())
            if number and number in numbers and number not in approximated:
                hedge = f"{match.group().strip()} {number}"
                if ("approximate", hedge) not in seen:
                    seen.add(("approximate", hedge))
                    found.append(DroppedHedge("approximate", hedge, source))
        if not keeps_source and '"' not in text:
            # Each hedge over the line's words counts: a line that keeps one ("could face a ban")
            # may still drop another ("after footage emerged [appearing to] show him fighting":
            # FRANK CNN/DM, read blind, 2026-12-06). A hedge is taken as kept when the line has
            # its word, or as many hedges as the source has over its words (one for another).
            governing = [
                match for match in _uncertain_markers(source_text)
                if len(own & set(_scope(source_text, match.end(), match.start()))) >= 2
            ]
            if len(governing) > len(kept_hedges):
                for match in governing:
                    if _hedge_key(match.group()) not in kept_hedges and ("uncertain", match.group()) not in seen:
                        seen.add(("uncertain", match.group()))
                        found.append(DroppedHedge("uncertain", match.group(), source))
        if not _KEEPS_BELIEF.search(text):
            for match in _BELIEF.finditer(source_text):
                if len(own & set(_scope(source_text, match.end()))) >= 2 and ("belief", match.group()) not in seen:
                    seen.add(("belief", match.group()))
                    found.append(DroppedHedge("uncertain", match.group(), source))
        if not _KEEPS_FORECAST.search(text):
            for match in _FORECAST.finditer(source_text):
                # the line restates the forecast itself, not the sentence's other words ("Foot
                # Locker re-energizes partnership with Nike" of a sentence forecasting what the
                # renewed partnership will drive: two supported lines)
                forecast = set(_scope(source_text, match.end()))
                if len(own & forecast) >= max(2, FORECAST_SHARE * len(own)) and ("forecast", match.group()) not in seen:
                    seen.add(("forecast", match.group()))
                    found.append(DroppedHedge("uncertain", match.group(), source))
        if not _KEEPS_SHARE.search(text):
            for match in _ONE_CAUSE_OF_SEVERAL.finditer(source_text):
                # the line gives a cause, in words of the source's clause ("One of the factors in
                # SVB's collapse was the mismatch ...", "The mismatch was one of the factors in ...")
                near = set(_clause_before(source_text, match.start())) | set(_content(source_text[match.end() :])[:SCOPE_WORDS])
                if _GIVES_CAUSE.search(text) and len(own & near) >= 2 and ("share", match.group()) not in seen:
                    seen.add(("share", match.group()))
                    found.append(DroppedHedge("qualifier", match.group(), source))
        told = _TOLD_THE_COURT.search(source_text)
        if told and _COURT_SPEAKS.search(text) and not _COURT_SPEAKS.search(source_text) \
                and ("sourced", told.group()) not in seen:  # (the same key as the sources below)
            seen.add(("sourced", told.group()))
            found.append(DroppedHedge("sourced", told.group(), source))
        if not kept_hedges:
            keeps_intention = _KEEPS_INTENTION.search(text) is not None
            for match in _INTENDS.finditer(source_text):
                group = next(g for g in ("verb", "verb2", "verb3", "gerund", "gerund2", "perfect") if match.group(g))
                kept = _KEEPS_START.search(text) if match.group("start") else keeps_intention
                if kept:
                    continue
                if group.startswith("gerund"):
                    verbs = _gerund_bases(match.group(group))
                elif group == "perfect":
                    verbs = _participle_bases(match.group(group))
                else:
                    verbs = [match.group(group)]
                    # a second aim joined to the first: "designed to streamline operations and
                    # boost revenue figures" printed as "the plan boosts revenue" (SummHay,
                    # labelled unsupported on the sixth blind set, 2026-12-07)
                    second = _SECOND_VERB.match(source_text, match.end())
                    # a base form, like the first: "trying to aid police and throws a punch" joins
                    # a done deed to the attempt (a blind-labelled supported line, 2026-12-07)
                    if second and not re.search(r"(?:ed|[^s]s)$", second.group("verb")):
                        verbs.append(second.group("verb"))
                # done here, and in no cited sentence ("attempts to pay tribute" in one, "also
                # paid tribute" in another is no change)
                # (the aim's own words aside: "aims to have doubled" is no doubling done)
                done = any(_done(verb, text) and not any(_done(verb, normalize(other).replace(match.group(), " "))
                                                         for other in sources)
                           for verb in verbs)
                if done and len(own & set(_scope(source_text, match.start(group)))) >= 2 \
                        and ("intention", match.group()) not in seen:
                    seen.add(("intention", match.group()))
                    found.append(DroppedHedge("intention", match.group(), source))
        if not _KEEPS_PLAN.search(text):
            for match in _PLANNED.finditer(source_text):
                thing = [w for w in match.group("thing").lower().split() if w not in STOP_WORDS]
                if thing and len(thing) == len(match.group("thing").split()) \
                        and re.search(rf"(?i)\b{re.escape(' '.join(thing))}\b", text) and len(own) >= 3 \
                        and ("planned", match.group()) not in seen:
                    seen.add(("planned", match.group()))
                    found.append(DroppedHedge("intention", match.group(), source))
        for match in _PROMISED_TO.finditer(source_text):
            # "Obama promised[ to use the word] "genocide" ..." printed as "Obama promised genocide
            # to describe the 1915 massacre" (FRANK CNN/DM, Qwen's line, labelled unsupported,
            # 2026-12-06): what was promised became a thing, not an act
            taken = re.search(rf"(?i)\b{re.escape(match.group('verb'))} (?:the |a |an )?[\"“]?(?P<noun>[a-z]+)", text)
            rest = re.findall(r"[a-z]+", match.group("rest").lower())
            # the act's own object may stand for it ("threatened[ to call] strikes"); a word
            # further on may not ("promised[ to use the word] genocide")
            if taken and taken.group("noun") in rest[2:] and taken.group("noun") not in rest[:2] \
                    and taken.group("noun") not in STOP_WORDS and ("promised", match.group()) not in seen:
                seen.add(("promised", match.group()))
                found.append(DroppedHedge("intention", f"{match.group('verb')} to …", source))
        if not _KEEPS_CREDIT.search(text):
            for match in _CREDIT.finditer(source_text):
                if match.group("gerund"):
                    gerund = match.group("gerund").lower()
                    forms = {gerund} | {f for base in _gerund_bases(gerund) for f in {base} | _done_forms(base)}
                else:
                    base = match.group("base").lower()
                    if base in STOP_WORDS or base.endswith(("ed", "ing")):
                        continue
                    forms = _done_forms(base)
                words = re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower())
                at = next((i for i, w in enumerate(words) if w in forms), None)
                # the act still done to its object, after the verb ("doubling the company's
                # revenues"), by someone the source credits; not the object's own change
                # ("The company's revenues doubled" is what the source says happened)
                if at is None or ("credit", match.group()) in seen:
                    continue
                objects = set(_scope(source_text, match.end()))
                # who is credited: the words before, read within ``SCOPE_CHARS`` (a run-on text
                # with a "helped" every few words was read whole for each one: 2.9 s, 2026-12-07)
                credited = set(_content(source_text[max(0, match.start() - SCOPE_CHARS) : match.start()]))
                if own & credited and set(_content(" ".join(words[at + 1 :]))) & objects:
                    seen.add(("credit", match.group()))
                    found.append(DroppedHedge("qualifier", match.group(), source))
        if not _CONDITIONAL.search(text):
            for match in _CONDITIONAL.finditer(source_text):
                # A condition reaches past its comma ("If X, Y") and governs the clause it ends
                # ("players will lose £500,000 in bonuses if they fail to qualify").
                scope = _content(source_text[match.end():])[:SCOPE_WORDS] + _clause_before(source_text, match.start())
                if len(own & set(scope)) >= 2 and ("conditional", match.group()) not in seen:
                    seen.add(("conditional", match.group()))
                    found.append(DroppedHedge("conditional", match.group(), source))
        # A first-person source sentence counts as a quotation even with no speech in sight: the
        # speaker of a long quote is often paragraphs away ("our aim is to have 40,000 native
        # trees planted here"). Tried: requiring speech marks nearby spared the publisher's own
        # voice ("Find all the latest transfers on our dedicated page", site furniture) on the dev
        # set's tuning half, but let three first-person aims through on its held-out half.
        quotation = _QUOTED_SPEECH.search(source_text) or _first_person(source_text)
        speakerless = _SPEAKERLESS.match(text) or (not keeps_source and _speaks_unquoted(text) and quotation)
        if speakerless and ("speaker", "") not in seen:
            seen.add(("speaker", ""))
            found.append(DroppedHedge("sourced", "the speaker of a quotation", source))
        if not found and not keeps_source and not _quoted_stretches(text) and not _NAMES_SPEECH.search(text) \
                and ("judgement", "") not in seen and (judged := _unattributed_judgement(own, source_text)):
            seen.add(("judgement", ""))
            found.append(DroppedHedge("judgement", judged, source))
        if not keeps_source and ("speaker", "") not in seen and ("judgement", "") not in seen \
                and _speakers_words_restated(text, own, source_text):
            seen.add(("speaker", ""))
            found.append(DroppedHedge("sourced", "the speaker of a quotation", source))
        for noun in _NONE_THAT.findall(source_text):
            # "the US holds no evidence[ that can be used in civilian or military trials] against
            # them": nothing at all, where the source said nothing usable (FRANK XSum, labelled
            # partly, 2026-12-06)
            if re.search(rf"(?i)\bno {re.escape(noun)}\b(?! (?:that|which|who)\b)", text) \
                    and ("restriction", noun) not in seen:
                seen.add(("restriction", noun))
                found.append(DroppedHedge("conditional", f"no {noun} that …", source))
        domain = _universal_domain_dropped(text, source_text)
        if domain and ("domain", domain) not in seen:
            seen.add(("domain", domain))
            found.append(DroppedHedge("conditional", domain, source))
        widened = _subject_widened(text, source_text)
        if widened and ("qualifier", widened) not in seen:
            seen.add(("qualifier", widened))
            found.append(DroppedHedge("qualifier", widened, source))
        framed = _frame_dropped(text, source_text)
        if framed and ("conditional", framed) not in seen:
            seen.add(("conditional", framed))
            found.append(DroppedHedge("conditional", framed, source))
        restricted = _restriction_dropped(text, source_text)
        if restricted and ("qualifier", restricted) not in seen:
            seen.add(("qualifier", restricted))
            found.append(DroppedHedge("qualifier", restricted, source))
        for qualifier in _qualifiers_taken_out(text, source_text):
            if ("qualifier", qualifier) not in seen:
                seen.add(("qualifier", qualifier))
                found.append(DroppedHedge("qualifier", qualifier, source))
        following = followers[index]
        if not keeps_source and owns_the_sentence_before(following) and ("owner", "") not in seen:
            # "The Duchess of Cambridge is a modern-day suffragette[ ...]. Or so says actress Patsy
            # Kensit, ...": the claim is the next sentence's speaker's (nlp.text)
            seen.add(("owner", ""))
            found.append(DroppedHedge("sourced", " ".join(following.split()[:4]) + " …", source))
        if not keeps_source:
            for match in _SOURCED.finditer(source_text):
                if ("sourced", match.group()) not in seen:
                    seen.add(("sourced", match.group()))
                    found.append(DroppedHedge("sourced", match.group(), source))
    return found


# A sentence that is all one speaker's words, tagged as theirs in the same sentence: '"These
# scenarios give unrealistic and grossly misleading impact figures," the briefing adds.', '"He was
# struggling before, and he is a trouper," Moore said.'
_TAGGED_QUOTATION = re.compile(
    r"^\W*[\"“‘']?(?P<quote>.+?)[,.!?]?[\"”’'] ?,? "
    r"(?:(?:[A-Z][\w.'’-]*|he|she|they|the \w+)(?: [A-Z][\w.'’-]*){0,3} "
    r"(?:said|says|added|adds|told [\w ]+|explained|insisted|wrote|writes|lamented)"
    r"|(?:said|says|added|adds) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)\b"
)
# ... or tagged before it: 'He added: "He was the heart and soul of the paper.'
_TAG_THEN_QUOTATION = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*|[Hh]e|[Ss]he|[Tt]hey)(?: [A-Z][\w.'’-]*){0,3} "
    r"(?:said|says|added|adds|told [\w ]+|explained|insisted|wrote|writes)\s*:\s*[\"“‘'](?P<quote>.+)$"
)
_ANNOUNCED = re.compile(r"(?i)\b(?:will|shall|won't|'ll|going to|plans?|planned|to be)\b")
_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|I'll)\b|(?i:\b(?:my|me|we|we're|we've|our)\b)")
# Of a quotation's share of a line's words, what makes the line that quotation restated.
TAGGED_QUOTE_SHARE = 0.6


def _speakers_words_restated(text: str, own: set[str], source: str) -> bool:
    """Whether ``text`` restates a source sentence that is wholly a speaker's words, tagged in the
    same sentence, and names no one who speaks (the caller checks ``_attributes``): "These
    scenarios give unrealistic and grossly misleading impact figures on fish" (a lobby's
    briefing), "He was struggling, and he was a trouper" (a publicist of B.B. King: FRANK XSum and
    CNN/DM, four lines labelled partly on the fifth and sixth sets that no other check flagged; on
    all five sets it flagged 20 partly lines and no other). Not a line with a figure: a speaker's
    report of one stands without them ('"This corridor is 21km long," he said.', labelled
    supported), and so does a plan announced, in the line or the quotation ('"The trees will be
    planted along the river next spring," Mr Cregg said.': the dev set's rules); nor a
    first-person quotation retold of its speaker ("He wanted it free-flowing" of '"I just want to
    have it free-flowing," he told BBC Sport.', labelled supported)."""
    if _NAMES_SPEECH.search(text) or re.search(r"\d", text) or _ANNOUNCED.search(text):
        return False
    tagged = _TAGGED_QUOTATION.match(source) or _TAG_THEN_QUOTATION.match(source)
    if not tagged:
        return False
    # a fragment states nothing ("The original Barbie Doll.", a supported line)
    if not any(tag.startswith(("VB", "MD")) for _, _, tag in tag_spans(text)):
        return False
    quote = tagged.group("quote")
    if _ANNOUNCED.search(quote):
        return False
    if _FIRST_PERSON_WORDS.search(quote) and re.match(r"(?i)\W*(?:he|she|they)\b", text):
        return False
    quoted = set(_content(quote))
    # a short line may be the quotation's words and nothing else ("He is a trouper.")
    return len(own & quoted) >= max(2, TAGGED_QUOTE_SHARE * len(own)) or own <= quoted


# Words that make a statement a judgement rather than a report: praise and blame, intensifiers,
# absolutes and what ought to be. A speaker may judge; the briefing may not, in its own voice
# ("Paretsky really changed the way that readers thought", Cleeves said -> "Paretsky changed
# readers' views"). A reported fact or plan may lose its named speaker (the dev set's rules).
_JUDGEMENT = re.compile(
    r"(?i)\b(?:really|truly|extremely|incredibly|hugely|deeply|absolutely|totally|utterly|genuinely|"
    r"clearly|obviously|undoubtedly|definitely|best|worst|greatest|finest|great|terrible|awful|"
    r"wonderful|fantastic|brilliant|amazing|incredible|remarkable|outstanding|excellent|superb|"
    r"magnificent|perfect|impressive|disgraceful|shameful|appalling|unacceptable|outrageous|"
    r"ridiculous|crucial|vital|tragic|heartbreaking|devastating|shocking|"
    r"fascinating|beautiful|legendary|icon|iconic|game[- ]changer|heroe?s?|heroic|legend|genius|disaster|disgrace|"
    r"scandal(?:ous)?|widely|deserv\w*|should|ought to|proud|delighted|"
    r"disappointed|thrilled|"
    # a wish: "Hopefully, AP is going to ride Shutthefrontdoor" is a trainer's hope (FRANK XSum,
    # labelled partly when printed without him on the fifth blind set, 2026-12-06)
    r"hopefully|"
    # what must be and what might have been: a speaker's demand or counterfactual ("Now Scotland
    # has to deal with the reality of the chancellor's decision", "Debt and the deficit could have
    # been reduced without this scale of cuts", Mr Swinney said: FRANK XSum, labelled partly when
    # printed without him, 2026-12-06)
    r"must|has to|have to|had to|needs? to|could have|would have|should have|might have)\b"
)
_INTENSIFIERS = frozenset(
    "really truly extremely incredibly hugely deeply absolutely totally utterly genuinely clearly "
    "obviously undoubtedly definitely widely".split()
)
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|tells|stated|insisted|argued|argues|added|explained|"
                        r"thinks?|believes?|feels?)\b")
# A source sentence's quoted stretches: paired quotation marks, or a quote that opens and runs
# to the sentence's end (its speaker named in an earlier sentence), or one that closes a quote
# begun earlier. Single marks only where no letter touches them from the outside (no apostrophe).
_QUOTE_SPANS = re.compile(r"[\"“](?P<a>[^\"“”]+)[\"”]|(?<![\w])['‘](?P<b>[^'‘’]+?)['’](?![\w])")


def _quoted_stretches(text: str) -> list[str]:
    spans = [m.group("a") or m.group("b") for m in _QUOTE_SPANS.finditer(text)]
    if not spans:
        # (or glued to the speaker's name in scraped text: 'Chris Boardman"Latham had a fantastic
        # final charge.'; FRANK XSum, labelled partly on the seventh blind set, 2026-12-07)
        opens = re.search(r"(?:^|\s)[\"“](?=\w)|(?<=[a-z])[\"“](?=[A-Z])", text)
        # a single mark closes a quotation only after its stop ("... generations,' said Myer's
        # Daniel Bracken."; FRANK CNN/DM, 2026-12-06), never after a letter (an apostrophe)
        closes = re.search(r"(?<=[\w.,!?])[\"”](?=[\s,.]|$)|(?<=[.,!?])['’](?=\s|$)", text)
        if opens and not closes:
            spans.append(text[opens.end():])
        elif closes and not opens:
            spans.append(text[: closes.start()])
    return spans


def _unattributed_judgement(own: set[str], source: str) -> str | None:
    """The clause, if any, where the stretch of ``source`` that a summary with content words ``own`` restates is a
    speaker's judgement: words in quotation marks, or a clause after a verb of saying or
    thinking, holding a judgement word and at least ``SAME_CLAIM_WORDS`` of the summary's words."""
    quoted = _quoted_stretches(source)
    # one speaker's words split by the tag are one quotation: '"I have known Tim Kaine for many
    # years," added another commonwealth Democrat, "and he is motivating and influential."'
    whole = [" ".join(quoted)] if len(quoted) > 1 else []
    for stretch in [*quoted, *whole]:
        assessed = _assessment(own, stretch)
        if assessed:
            return assessed
    stretches = list(quoted)
    for verb in _REPORTING.finditer(source):
        # what is reported: the words after the verb ("X said the law was a disgrace"), or
        # before it when it closes the sentence ("The law was a disgrace, X said.")
        after = source[verb.end():]
        stretches.append(after if len(_content(after)) >= SAME_CLAIM_WORDS else source[: verb.start()])
    for stretch in stretches:
        if len(own & set(_content(stretch))) < SAME_CLAIM_WORDS:
            continue
        for match in _JUDGEMENT.finditer(stretch):
            # the judgement must bear on what the summary restates: its clause shares two words
            before = stretch[: match.start()]
            ends = list(_SCOPE_END.finditer(before))
            clause = before[ends[-1].end():] if ends else before
            after = stretch[match.end():]
            # a boundary right after the word does not end its clause ("Hopefully, AP is ...")
            end = next((b for b in _SCOPE_END.finditer(after) if _content(after[: b.start()])), None)
            clause += match.group() + (after[: end.start()] if end else after)
            # A dropped judging adjective or noun takes the judgement with it ("the best quality
            # of life" -> "the quality of life"); a dropped intensifier leaves the judged words
            # ("really changed the way readers thought" -> "changed readers' views").
            kept = match.group().lower() in _INTENSIFIERS or set(_content(match.group())) <= own
            if kept and _judges(stretch, match) and len(own & set(_content(clause))) >= 2:
                return clause.strip()
    return None


_COPULAS = frozenset("is was are were 's 're be been being seems seemed looks looked".split())
_DEGREE = frozenset("so very really as quite pretty too just absolutely simply truly".split())


def _assessment(own: set[str], quoted: str) -> str | None:
    """A quoted clause that rates what it speaks of: a form of "be" (or "seems", "looks") with an
    adjective for its predicate ("The fences are first class", "He is as good as any horse in
    the National", "his writing was dazzling"), the adjective and another word of it kept in the
    summary. What a speaker rates is the speaker's view, not the briefing's (FRANK CNN/DM and
    XSum, trainers' and editors' words labelled partly when printed without them on the fifth
    blind set, 2026-12-06); what a speaker reports ("The WRU will appoint assistant coaches")
    may lose its speaker. A line of two content words needs both ("Pence is effective." of
    '"Pence is really effective," said a GOP insider': the real-news set, two lines labelled
    partly on the twentieth blind set, 2026-12-07)."""
    if len(own & set(_content(quoted))) < min(SAME_CLAIM_WORDS, max(2, len(own))):
        return None
    tagged = [(quoted[a:b].lower(), tag, a, b) for a, b, tag in tag_spans(quoted)]
    for i, (word, tag, start, end) in enumerate(tagged):
        if not tag.startswith("JJ") or stem(word) not in own:
            continue
        j = i - 1
        while j >= 0:
            if tagged[j][0] in _DEGREE or (tagged[j][1] == "DT" and j == i - 1):
                j -= 1
            elif tagged[j][0] in ("and", "or", ",") and j >= 1 and tagged[j - 1][1].startswith(("JJ", "VBG")):
                j -= 2  # a predicate of two: "he is motivating and influential"
            else:
                break
        # a verb, not a possessive's "'s" ("Piko-Taro's unique wardrobe")
        if j < 0 or tagged[j][0] not in _COPULAS or not tagged[j][1].startswith("VB"):
            continue
        before = quoted[: tagged[j][2]]
        ends = list(_SCOPE_END.finditer(before))
        clause = before[ends[-1].end():] if ends else before
        rest = quoted[start:]
        stop = _SCOPE_END.search(rest)
        clause += quoted[tagged[j][2] : start] + (rest[: stop.start()] if stop else rest)
        if len(own & set(_content(clause))) >= 2:
            return clause.strip()
    return None


# A judgement word in the name of an award or title judges nothing ("the outstanding
# contribution to crime fiction award", "Best Actor").
_AWARD = re.compile(r"(?i)^(?:\W+\w+){0,5}?\W+(?:awards?|prizes?|medals?|trophy|trophies|category|honou?rs?)\b")


def _judges(text: str, match: re.Match) -> bool:
    """Whether the judgement word ``match`` judges: not inside a name ("Best Actor", "the
    outstanding contribution ... award") nor a compound ("the scandal-hit hospital" names it)."""
    if text[match.start() - 1 : match.start()] == "-" or text[match.end() : match.end() + 1] == "-":
        return False
    if match.start() > 0 and match.group()[:1].isupper() and text[: match.start()].strip()[-1:] not in ".!?\"“'‘":
        return False
    return not _AWARD.match(text[match.end():])


# Words that put a claim in someone's mouth, and any sign in the cited text that someone speaks.
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|announced|announces|claimed|claims|declared|"
    r"according to|insisted|explained|added)\b",
    re.IGNORECASE,
)
_SPEECH_WORDS = (
    r"\b(?:said|says|say|saying|told|tells|telling|stated|states|statement|"
    r"announc\w*|claim\w*|declar\w*|according to|insist\w*|explain\w*|added|adding|wrote|writes|"
    r"report\w*|spokes\w*|interview\w*|remark\w*|comment\w*|describ\w*|call\w*|warn\w*|tweet\w*|"
    r"post\w*|confirm\w*|revealed|revealing|note[sd]?|argu\w*|believ\w*)\b"
)
_SOURCE_SPEAKS = re.compile(r"[\"“”‘’]|'(?=\W|$)|(?<=\W)'|" + _SPEECH_WORDS, re.IGNORECASE)

# A summary that still says someone spoke, thought or judged (quotation marks aside: a plural
# possessive's apostrophe, "readers' views", is no quotation).
_NAMES_SPEECH = re.compile(r"[\"“”]|\b(?:prais\w*|hail\w*|think\w*|thought|feel\w*|felt|hope[sd]?|hoping)\b|" + _SPEECH_WORDS,
                           re.IGNORECASE)


@dataclass(frozen=True)
class AddedSpeaker:
    words: str  # the summary's verb of saying, e.g. "said"

    def describe(self) -> str:
        return f"'{self.words}' puts the claim in someone's mouth, but no one says it in the cited text"


def added_speakers(sentence: str, sources: Sequence[str]) -> list[AddedSpeaker]:
    """A verb of saying in the summary while the cited text reports no speech at all: "The
    company's chief executive said that the Challenger's design became an instant hit" from an
    author's own sentence. The claim may be the source's; who vouches for it is invented."""
    match = _SPEECH.search(normalize(sentence))
    if not match or any(_SOURCE_SPEAKS.search(normalize(s)) for s in sources):
        return []
    return [AddedSpeaker(match.group())]
