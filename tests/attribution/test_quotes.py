from summarizer.attribution.quotes import is_verbatim, misquotes, quoted_spans

SOURCE = ['The minister called the attack "a shameful act of cowardice" and vowed a response.']


def test_quoted_spans_in_straight_and_curly_marks():
    assert quoted_spans('He said "never again" and ‘not now’.') == ["not now", "never again"]
    assert quoted_spans("It's the company's plan.") == []  # apostrophes are no quotes


def test_a_quote_must_be_verbatim():
    assert misquotes('The minister called it "a shameful act of cowardice".', SOURCE) == []
    assert misquotes('The minister called it “A shameful act of cowardice.”', SOURCE) == []
    assert misquotes('The minister called it "a cowardly and shameful act".', SOURCE) == [
        "a cowardly and shameful act"
    ]


def test_an_ellipsis_joins_parts_that_each_occur_in_one_paragraph():
    assert misquotes('He called it "a shameful act ... and vowed a response".', SOURCE) == []
    assert misquotes('He called it "a shameful act ... and promised revenge".', SOURCE) == [
        "a shameful act ... and promised revenge"
    ]


def test_a_verbatim_sentence_needs_no_judge():
    assert is_verbatim("The minister called the attack a shameful act of cowardice.", SOURCE)
    assert is_verbatim('"The minister called the attack "a shameful act of cowardice"', SOURCE)
    assert not is_verbatim("The minister called the attack cowardly.", SOURCE)
    assert not is_verbatim("The minister", SOURCE)  # too short to mean anything
