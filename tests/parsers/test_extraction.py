from summarizer.parsers.extraction import Block, from_blocks, join_lines, normalize_space


def test_join_lines_puts_hyphenated_words_back_together():
    assert join_lines(["crews cleared the infra-", "structure of the channel"]) == "crews cleared the infrastructure of the channel"
    # A hyphen before a capital or a number is a real one ("Franco-", "2025-").
    assert join_lines(["the Franco-", "German border"]) == "the Franco- German border"
    assert join_lines(["in 2025-", "2026 budgets"]) == "in 2025- 2026 budgets"
    assert join_lines(["  indented line", "next line  "]) == "indented line next line"


def test_from_blocks_lays_out_one_paragraph_per_block():
    extraction = from_blocks([Block("First  para\n"), Block("   "), Block("Second", "heading", "why")], "test")
    assert extraction.text == "First para\n\nSecond"
    assert [(s.start, s.end, s.kind, s.removal) for s in extraction.spans] == [(0, 10, "body", None), (12, 18, "heading", "why")]
    assert normalize_space("soft\u00adhyphen  and\tspace") == "softhyphen and space"
