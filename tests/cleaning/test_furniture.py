import pytest

from summarizer.cleaning.furniture import (
    furniture_reason,
    is_appeal,
    is_caption_sentence,
    is_prose,
    is_title_case,
    is_title_like,
)


@pytest.mark.parametrize(
    "text",
    ["Share this article", "Rate this article", "(votes: 12, rating: 4)", "(3 votes)", "Follow us on social",
     "keep readingShow less", "Newsletter", "Tags: Iran, Russia", "Read more", "Advertisement", "© 2024 Example Media"],
)
def test_widgets(text):
    assert furniture_reason(text) is not None


def test_caption_and_section_tag():
    assert furniture_reason("Top Photo: The minister arrives in Rome. (Photo by X/Getty Images)") == "photo caption"
    assert furniture_reason("Analysis | Middle East") == "section tag"


@pytest.mark.parametrize(
    "text",
    ["The minister said the talks would resume in March after a pause of two years.",
     "Russia hopes Iran will not engage with the U.S. to the detriment of its partnership.",
     "Why Russia won't save Iran"],
)
def test_article_text_is_not_furniture(text):
    assert furniture_reason(text) is None


def test_appeal_needs_the_sites_voice():
    assert is_appeal("We hope you will consider a tax-exempt donation to our newsroom this year.")
    assert not is_appeal("The charity said donations fell by a third in 2023.")


def test_prose_and_titles():
    assert is_prose("The port reopened on Monday after a storm closed it for three days.")
    assert not is_prose("Why Russia won't save Iran")
    assert is_title_case("Russia Sees the JCPOA as Its Key Play Ticket in Iran's Dealing With the U.S.")
    assert not is_prose("Russia Sees the JCPOA as Its Key Play Ticket in Iran's Dealing With the U.S.")
    assert is_title_like("Why Russia won't save Iran")
    assert not is_title_like("Jane Doe")


@pytest.mark.parametrize(
    "text",
    [
        "Baines (left) has scored 15 penalties.",
        "Scroll down for video Firefight: At least three people poured gasoline on a car.",
        "Upset: Debbie reacts after hearing the results of the test.",
        "Big Brother is watching: A speed camera has been turned round.",
        "Wenger (right) and Rodgers shake hands before the game.",
    ],
)
def test_a_caption_glued_into_a_sentence(text):
    assert is_caption_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We will win the league this season."',
        "Rodgers added: 'We are ready for the semi-final.'",
        "The plan has three parts: the first is to cut taxes.",
        "The company said on Monday that profits rose (slightly) in the third quarter.",
        "He scrolled down for more news.",
    ],
)
def test_speech_and_prose_are_no_caption(text):
    assert not is_caption_sentence(text)


def test_a_caption_position_after_whom_beside_is_a_caption():
    from summarizer.cleaning.furniture import is_caption_sentence

    assert is_caption_sentence("Edward Byatt (behind Allen, left) was also involved in the fraud")
    assert not is_caption_sentence("The meeting (held in Paris, France) ended early.")


def test_a_video_or_share_widgets_text_glued_into_a_sentence_is_no_material():
    assert is_caption_sentence("Media playback is not supported on this deviceThe hosts won with a day to spare.")
    assert is_caption_sentence("Share this withEmailFacebookTwitterWhatsAppLinkedinCopy this linkThe campaign was launched.")
    assert not is_caption_sentence("The broadcaster said playback of the match was not supported on older devices.")


@pytest.mark.parametrize(
    "text",
    ["(Corrects 10th paragraph to show the Wii is from Nintendo, not Sony.)", "(Updates with closing share price.)",
     "(Adds comment from spokesman in fifth paragraph)"],
)
def test_a_wire_editors_note_is_furniture(text):
    # Bloomberg via BusinessWeek, printed as an article's one point (2026-12-07)
    assert furniture_reason(text) == "editor's note on the story's versions"


@pytest.mark.parametrize(
    "text", ["(Reuters) - The bank said on Monday it would cut 2,000 jobs.", "(Adds that it will hire.) The company grew."],
)
def test_prose_in_brackets_is_no_editors_note(text):
    assert furniture_reason(text) is None
