"""The shortening request and how its answer becomes a compression."""

from summarizer.dom import Sentence
from summarizer.llm.base import GenerationStats, ModelIdentity
from summarizer.summarizers.compress import MAX_NEW_TOKENS, SYSTEM, read_shortened, shorten_request

SOURCE = Sentence(
    "A1.P1.S1",
    "On Monday, the port authority said that container traffic fell by at least 8% in the third quarter, "
    "largely because of the strike.",
    0,
    0,
)


class ScriptedGenerator:
    identity = ModelIdentity("scripted", "scripted", None, None, "causal")

    def __init__(self, answers):
        self.answers = answers
        self.stats = GenerationStats()
        self.seen = []

    def generate(self, requests, max_new_tokens, stop_at_line=False):
        self.seen.append((list(requests), max_new_tokens, stop_at_line))
        return self.answers[: len(requests)]


def test_request_is_the_shared_system_message_and_the_sentence():
    request = shorten_request(SOURCE)
    assert request.system == SYSTEM and request.user == f"Sentence: {SOURCE.text}"


def test_labels_are_stripped_and_the_line_is_projected_onto_the_source():
    generator = ScriptedGenerator(["Shortened: The port authority said container traffic fell by 8% in the third quarter.\nMore."])
    [result] = read_shortened(generator.generate([shorten_request(SOURCE)], MAX_NEW_TOKENS, stop_at_line=True), [SOURCE])
    # The dropped "at least" governs a kept number and is put back; "that" fills a small gap.
    assert result.text == "The port authority said that container traffic fell by at least 8% in the third quarter."
    [(_, _, stop_at_line)] = generator.seen
    assert stop_at_line


def test_an_empty_answer_is_no_compression():
    [result] = read_shortened(["  \n"], [SOURCE])
    assert result.text is None and result.problem == "the model wrote no usable sentence"


def test_the_second_round_keeps_the_parts_the_model_chose():
    from summarizer.summarizers.compress import parts_request, read_parts

    request = parts_request(SOURCE)
    # Parts end at commas and before the phrases a sentence may end without (phrase_segments).
    assert request.user.splitlines()[1:] == [
        "1. On Monday",
        "2. the port authority said that container traffic fell by at least 8%",
        "3. in the third quarter",
        # "1", "3" are fragments; "1-2", "2" leave the 8% without its period; "1-4", "2-4"
        # (nearly) the whole sentence; part 4 ("largely because of the strike"), in no choice, is
        # not listed
        "Choices: 1-3, 2-3",
    ]
    assert read_parts("2-3", SOURCE).text == (
        "The port authority said that container traffic fell by at least 8% in the third quarter."
    )
    assert read_parts("2-3", SOURCE).text == read_parts("2 - 3", SOURCE).text
    assert read_parts("2", SOURCE).text is None  # not offered
    assert read_parts("none", SOURCE).text is None
    assert parts_request(Sentence("A1.P1.S2", "No commas in this one at all.", 0, 0)) is None


def test_a_sentence_none_of_whose_runs_of_parts_passes_is_not_asked_about():
    from summarizer.summarizers.compress import parts_request, passing_runs

    # Each run of parts is a fragment or (nearly) the whole sentence.
    short = Sentence("A1.P1.S3", "The minister, who resigned, said nothing.", 0, 0)
    assert passing_runs(short) == [] and parts_request(short) is None


def test_a_run_of_parts_keeps_its_number_and_its_verb_of_saying():
    from summarizer.summarizers.compress import read_parts

    dated = Sentence("A1.P1.S4", "The inquiry into the shooting was handed to the district attorney's office on March 20, "
                     "and he decided this month that the shooting was justified.", 0, 0)
    assert read_parts("1-2", dated).text == "The inquiry into the shooting was handed to the district attorney's office on March 20."
    said = Sentence("A1.P1.S5", '"Iran has repeatedly criticized its eastern neighbor for failing to rein in the militants," '
                    "the agency said, referring to Pakistan and to the groups that shelter in its border provinces.", 0, 0)
    assert read_parts("1-2", said).text.endswith("the agency said.")


def test_a_run_of_names_and_titles_is_not_offered_as_a_sentence():
    from summarizer.summarizers.compress import passing_runs

    trump = Sentence("A1.P1.S6", "The Republican contender and former president, Donald Trump, meanwhile, alternates "
                     "messages suggesting openness to a more constructive relationship with Tehran, notably saying that "
                     "he won't seek regime change in Iran, with advising Israel to strike Iranian nuclear facilities.", 0, 0)
    assert (1, 2) not in passing_runs(trump)


def test_a_run_of_parts_that_was_not_offered_is_refused():
    from summarizer.summarizers.compress import read_parts

    named = Sentence("A1.P1.S6", "Kevin Rebbie, 56, of Limerick Township, faces several charges, including assault and "
                     "invasion of privacy, the district attorney's office said.", 0, 0)
    result = read_parts("1", named)
    assert result.text is None and "not offered" in result.problem


def test_a_single_run_is_offered_as_a_choice_between_it_and_none(monkeypatch):
    import summarizer.summarizers.compress as compress_module
    from summarizer.summarizers.compress import parts_request, read_parts

    text = ("One of the areas where the two firms stepped up their cooperation is reportedly the chip business, "
            "particularly in regards to Asia – in parallel, with their own worsening ties to Europe.")
    single = Sentence("A1.P1.S7", text, 0, len(text))
    # "in regards to" is no stance, so "1-2" passes too; one run offered alone reads as a yes/no
    assert parts_request(single).user.endswith("Choices: 1-2, 1-3")
    monkeypatch.setattr(compress_module, "_passing_runs", lambda t: ((1, 3),))
    request = parts_request(single)
    assert request.user.endswith("Choices: 1-3 or none")
    assert read_parts("1-3", single).text == (
        "One of the areas where the two firms stepped up their cooperation is reportedly the chip business, "
        "particularly in regards to Asia."
    )
    assert read_parts("none", single).text is None
