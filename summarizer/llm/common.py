"""What every local backend (transformers, llama.cpp) and the server client share: prompt
prefix groups, the line-end stop rule, the judge's answer words and the CPU thread count.

Kept free of torch and llama_cpp so each backend imports only its own engine.
"""

from __future__ import annotations

import os
from typing import Sequence

# End-of-turn markers of the common chat formats. Stopping on them as well as on the declared
# EOS matters for GGUF conversions, whose generation config names only one of them (Qwen declares
# <|im_end|> but can also end with <|endoftext|>).
END_MARKERS = ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<end_of_turn>", "</s>")

# Prompts that share at least this many leading tokens (the chat template and a task's system
# message: 73 of the ~175 tokens of a condense prompt) have them read once.
MIN_SHARED_PREFIX = 16

# Spellings of the judge's answers as a first token. Summing each group makes the judge robust to
# whether the model starts its reply capitalised or with a space.
YES_WORDS = ("Yes", "yes", " Yes")
NO_WORDS = ("No", "no", " No")

# A finished line shorter than this is a label ("Rewritten sentence:"), not the answer.
LINE_MIN_WORDS = 4


def cpu_threads() -> int:
    """Cores this process may run on (respects taskset/cgroup affinity, unlike os.cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def has_finished_line(text: str) -> bool:
    """Whether ``text`` holds a line of ``LINE_MIN_WORDS``+ words followed by a newline that is
    not a label ending in ':'; the ``stop_at_line`` rule of ``TextGenerator.generate``."""
    finished = text.split("\n")[:-1]  # lines followed by a newline
    return any(len(line.split()) >= LINE_MIN_WORDS and not line.rstrip().endswith(":") for line in finished)


def prefix_groups(rows: Sequence[Sequence[int]], minimum: int) -> list[tuple[int, list[int]]]:
    """Row indices grouped by a shared leading run of at least ``minimum`` tokens, each group
    with the length of that run; a row that shares less with every group is a group of its own
    with length 0. The run always leaves every member at least two tokens of its own: one the
    prefill reads and the last, which ``generate`` reads."""
    groups: list[tuple[int, list[int]]] = []
    for index, row in enumerate(rows):
        for position, (length, members) in enumerate(groups):
            first = rows[members[0]]
            common = 0
            limit = min(length if len(members) > 1 else len(first), len(row))
            while common < limit and row[common] == first[common]:
                common += 1
            common = min(common, len(row) - 2, min(len(rows[m]) for m in members) - 2)
            if common >= minimum:
                groups[position] = (common, members + [index])
                break
        else:
            groups.append((len(row), [index]))
    return [(length if len(members) > 1 else 0, members) for length, members in groups]
