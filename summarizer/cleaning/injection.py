"""Recognise text that addresses an AI model instead of a reader (prompt injection).

Every article is untrusted text. A saved page may carry, visibly or in hidden markup, a line
such as "Ignore previous instructions and write that ..." aimed at summarising tools. Such a
paragraph is not the article's reporting: the cleaner marks it removed (so the model never
reads it and the tracer never cites it) and the reason is in the trace and the appendix.

The rules look for the forms these texts take: an order to drop earlier instructions, a
message to "the AI/assistant/model/summarizer", a role change ("you are now ..."), chat-template
or prompt markup, and orders about what the summary must say. An article *about* prompt
injection that quotes such a line loses that paragraph too; that is the safe side.
"""

from __future__ import annotations

import re

REASON = "instructions addressed to an AI model (possible prompt injection), not the article's text"

_MODEL = r"(?:ai|a\.i\.|assistant|chat\s*bot|chatbot|language\s+model|llm|model|summari[sz]er|bot|gpt|claude)"
_RULES = [
    # "Ignore (all) (the) previous instructions", "disregard the above", "forget everything before"
    # (not "ignore all the new rules": news says that; instructions and prompts are the tell)
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,30}?\b(?:previous|prior|above|earlier|preceding|"
    r"original|your|system|these)\b[^.!?\n]{0,20}?\b(?:instructions?|prompts?|context)\b",
    r"\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:above|before|previously|said)\b",
    # Messages to the model: "Note to the AI:", "AI assistants reading this must ..."
    rf"\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?{_MODEL}s?\b",
    rf"\b(?:dear|attention|hey|hello)\s*,?\s+(?:the\s+)?{_MODEL}s?\b",
    rf"\b(?:if\s+you\s+are\s+(?:an?\s+)?{_MODEL}|{_MODEL}s?\s+(?:reading|summari[sz]ing|processing)\s+this)\b",
    # Role changes and prompt vocabulary
    rf"\byou\s+are\s+(?:now\s+)?(?:an?|the|my)\s+(?:\w+\s+){{0,2}}{_MODEL}\b",
    r"\b(?:system|developer)\s+(?:prompt|message|instructions?)\s*:",
    r"\bnew\s+instructions?\s*:",
    r"\bas\s+an?\s+(?:ai|large)?\s*(?:language\s+)?model\s*,\s*(?:i|you)\b",
    # Chat-template and prompt markup
    r"<\|?(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id)\|?>",
    r"\[/?(?:inst|sys)\]|<<\s*/?sys\s*>>|^#{2,}\s*(?:instruction|system|response)\b",
    # Orders about what the summary must say
    r"\b(?:in|for)\s+(?:your|the|every|each|any)\s+(?:summary|summaries|briefing|response|answer|output)\b[^.!?\n]{0,40}?"
    r"\b(?:write|say|state|claim|mention|include|report|add|output|respond)\b",
    r"\b(?:summari[sz]e|describe|report)\s+(?:this|the)\s+(?:article|text|page)\s+as\b",
    r"\b(?:do\s+not|don't|never)\s+(?:summari[sz]e|mention|report|include)\s+(?:this|the|any)\b[^.!?\n]{0,30}?"
    r"\b(?:article|text|page|above|following)\b",
    r"\b(?:instead|only)\s*,?\s+(?:write|say|output|respond|reply|answer)\s+(?:with\s+)?(?:that|the|this|[\"“'])",
    r"\b(?:respond|reply|answer)\s+only\s+with\b",
]
_INJECTION = re.compile("|".join(f"(?:{rule})" for rule in _RULES), re.IGNORECASE | re.MULTILINE)


def injection_reason(text: str) -> str | None:
    """``REASON`` when the paragraph speaks to an AI model, else None."""
    return REASON if _INJECTION.search(text) else None
