from summarizer.llm.base import GenerationStats, ModelIdentity, Request
from summarizer.summarizers.condense import clean_output, condense, condense_request

SOURCE = "The central bank raised interest rates by half a point on Thursday to fight inflation, its governor said."


def test_clean_output_takes_first_sentence_line_and_strips_labels():
    assert clean_output('Rewritten sentence: "The bank raised rates by half a point."\nNote: x', SOURCE) == (
        "The bank raised rates by half a point."
    )
    assert clean_output("the bank raised rates on Thursday.", SOURCE) == "The bank raised rates on Thursday."
    assert clean_output('He said "rates rose."', SOURCE) == 'He said "rates rose."'


def test_clean_output_rejects_unfinished_sentences():
    # What the token limit leaves: no terminal punctuation, often a dangling comma or "and".
    assert clean_output("The bank raised rates on Thursday to fight inflation, and", SOURCE) is None
    assert clean_output("The bank raised rates on Thursday, its governor", SOURCE) is None
    assert clean_output("The bank raised rates on Thursday", SOURCE) is None


def test_clean_output_rejects_lines_about_the_sources():
    assert clean_output("These sentences suggest that the bank raised rates.", SOURCE) is None
    assert clean_output("The article discusses the bank's decision on rates.", SOURCE) is None
    assert clean_output("Both sentences say the bank raised rates.", SOURCE) is None


def test_clean_output_rejects_empty_and_padded_outputs():
    assert clean_output("", SOURCE) is None
    assert clean_output("OK.", SOURCE) is None
    assert clean_output(SOURCE + " " + SOURCE, SOURCE) is None


def test_request_carries_context_and_sentence():
    request = condense_request("Rates", "He spoke on Friday.", SOURCE)
    assert isinstance(request, Request)
    assert "He spoke on Friday." in request.user and SOURCE in request.user and "Rates" in request.user


class EchoGenerator:
    """Returns a shortened copy of the sentence it was asked to rewrite."""

    identity = ModelIdentity("echo", "echo", None, None, "causal")

    def __init__(self):
        self.stats = GenerationStats()
        self.calls = 0

    def generate(self, requests, max_new_tokens, stop_at_line=False):
        self.calls += 1
        return [r.user.split("Sentence to rewrite: ")[1].split(",")[0] + "." for r in requests]

    def yes_probability(self, requests):
        return [0.5] * len(requests)


def test_condense_sends_one_batch():
    generator = EchoGenerator()
    out = condense(generator, [condense_request("", "", SOURCE)] * 3, [SOURCE] * 3, 40)
    assert generator.calls == 1
    assert out == ["The central bank raised interest rates by half a point on Thursday to fight inflation."] * 3
