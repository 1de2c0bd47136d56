"""Attribution: tracing summary sentences to supporting source paragraphs, and verifying them."""

from summarizer.attribution.tracer import Tracer
from summarizer.attribution.verifier import Thresholds

__all__ = ["Thresholds", "Tracer"]
