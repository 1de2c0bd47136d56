"""Weekly news briefings with every summary sentence traced to its source paragraphs."""

import os

# Both torch and llama.cpp run their CPU threads through OpenMP, and their threads meet at a
# barrier after every operation (hundreds per generated token). libgomp's default is to spin
# there; when other processes hold the cores, a spinning thread burns its time slice while the
# thread it waits for is not running. Sleeping at the barrier instead (PASSIVE), on this 2-core
# machine at load ~19 (bench/RESULTS.md, "Busy machine"): 8 SmolLM2 requests on torch 13.6 s
# instead of 466 s, and on llama.cpp 3.6-7.3 s instead of 59-74 s. libgomp reads it when it
# loads, so it is set here, before anything of ours imports torch or llama_cpp; a user's own
# setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
