from summarizer.attribution.garbled import cut_of_heads, dropped_heads, repeated_phrases


def test_a_phrase_said_twice_in_a_row():
    source = ["Theo Walcott has scored 12 goals for Arsenal this season, his best return in five years."]
    assert repeated_phrases("Theo Walcott: Theo Walcott.", source)
    source = ["Rayo Vallecano (2013-) 65 apps, 26 goals Seventeen of the 35 goals have come from Bueno."]
    assert repeated_phrases("Rayo Vallecano: 65 apps, 26 goals, 26 goals.", source)


def test_a_phrase_said_again_later_or_twice_in_the_source_passes():
    source = ["The Demon 170 is not just a vehicle; it's an experience curated to appeal to a select few."]
    assert repeated_phrases("The Demon 170 is a vehicle, not just a vehicle.", source) == []
    source = ["Fans chanted 'one more year, one more year' as he left the pitch."]
    assert repeated_phrases("Fans chanted 'one more year, one more year' as he left.", source) == []


def test_a_head_noun_cut_before_its_verb():
    source = ["Ann Cleeves said the crime novel of the year shortlist had been really strong this year."]
    found = dropped_heads("Ann Cleeves said the crime novel of the year had been really strong.", source)
    assert found and "'shortlist'" in found[0].describe()


def test_an_adverb_a_bracket_or_a_name_cut_is_no_head():
    source = ["The company now has 300 staff in its Leeds office."]
    assert dropped_heads("The company has 300 staff in its Leeds office.", source) == []
    source = ["PGA Tour star Rickie Fowler (right) has earned extra brownie points."]
    assert dropped_heads("PGA Tour star Rickie Fowler has earned extra brownie points.", source) == []
    source = ["The 2023 Dodge Challenger Demon has 1,025 horsepower."]
    assert dropped_heads("The 2023 Dodge Challenger has 1,025 horsepower.", source) == []


def test_a_speaker_with_nothing_said_is_no_summary():
    from summarizer.attribution.garbled import empty_attributions

    # FRANK CNN/DM, SmolLM2's line, labelled not a summary (2026-12-06)
    assert empty_attributions("The NASA scientist says.")
    assert empty_attributions("The People's Daily Online reports.")
    assert not empty_attributions("Police said the man was arrested.")
    assert not empty_attributions("He said he would go.")


def test_a_phrase_standing_as_written_in_another_cited_sentence_lost_no_head():
    sources = ["Founded in 1983, Silicon Valley Bank has long been a cornerstone for startup businesses.",
               "In summary, the Silicon Valley Bank collapse has brought about multifaceted changes."]
    assert dropped_heads("Silicon Valley Bank has long been a cornerstone for startup businesses.", sources) == []
    # the cut still counts where no cited sentence has the line's phrase
    assert dropped_heads("Silicon Valley Bank has brought about multifaceted changes.", sources[1:])


def test_a_name_said_twice_in_one_sentence_where_the_source_says_it_once():
    from summarizer.attribution.garbled import repeated_names

    source = ["Brecon and Radnorshire Conservative MP Chris Davies condemned the closure, saying there had "
              "been a barracks in Brecon since 1805."]
    found = repeated_names("The Conservative MP Chris Davies condemned the closure of Brecon and Radnorshire "
                           "Conservative MP Chris Davies.", source)
    assert found and "'Chris Davies' is named twice" == found[0].describe()
    assert repeated_names("Chris Davies condemned the closure.", source) == []
    # two names that share words are two names; a name the source says twice may be said twice
    assert repeated_names("New York fans cheered the New York Mets.", source) == []
    twice = ["Chris Davies said Chris Davies would stand again, his office said."]
    assert repeated_names("Chris Davies said Chris Davies would stand again.", twice) == []


def test_a_head_cut_before_of_changes_what_the_phrase_names():
    # FRANK XSum, the fifth blind set: "the stresses of the transfer test" as "the transfer test"
    source = ["David Babington said it will help prepare pupils for the stresses of the transfer test."]
    assert cut_of_heads("David Babington said it will help pupils prepare for the transfer test.", source)
    assert not cut_of_heads("It will help pupils with the stresses of the transfer test.", source)
    # a place's kind, a many: the sense stays
    assert not cut_of_heads("They live in Fordingbridge now.", ["They live in the town of Fordingbridge now."])
    assert not cut_of_heads("The firm focuses on new strategies.", ["The firm focuses on a variety of new strategies."])


def test_what_a_verb_of_saying_reports_taken_from_another_clause():
    from summarizer.attribution.garbled import misreported_clauses

    # FRANK CNN/DM, labelled unsupported on the ninth blind set (2026-12-07)
    source = ["Doctors warned she may never walk again, but determined Charlotte worked hard at her rehabilitation."]
    assert misreported_clauses("Doctors warned Charlotte worked hard at her rehabilitation.", source)
    assert misreported_clauses("Doctors warned she may never walk again.", source) == []
    assert misreported_clauses("Charlotte worked hard at her rehabilitation.", source) == []
    # what the verb reports shares its words: a paraphrase of the report
    source = ["Police said the man was arrested at the scene, but his wife was released without charge."]
    assert misreported_clauses("Police said the man was arrested.", source) == []
