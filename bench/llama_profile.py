"""Where the llama.cpp backend's time goes in a real briefing: prefill vs decoding, by request round.

Runs ``summarizer brief``'s pipeline (``run_brief``, work cache off) on a folder of articles with
the llama.cpp backend, each variant in its own process (libgomp reads ``OMP_WAIT_POLICY`` when
it loads), and prints for every ``generate`` call of the run (shortening + theme titles, then
the parts round): requests, prompt tokens (after the shared prefix) and generated tokens, and
the time of the ``llama_decode`` calls split into those that read prompt tokens ("prefill",
with any decoding rows riding along) and those that only decode. A least-squares fit of each
call's time on its prompt tokens and decoding rows gives the per-token costs. The 1-minute load
average is printed with every figure; run it under an exclusive CPU lock on a shared machine.

    .venv/bin/python bench/llama_profile.py [--input FOLDER] [--variants "threads=2;threads=1;wait=ACTIVE"]
        [--parallel 32] [--busy 1]

A variant is ``key=value`` pairs joined by ``,``: ``threads=N`` (llama.cpp threads), ``wait=PASSIVE|ACTIVE``
(OMP_WAIT_POLICY), ``parallel=N`` (model.batch_size: rows decoded together). ``--busy N`` keeps
N busy-loop processes running through every variant (a machine shared with other jobs).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cpu_share import OthersCPU, cpu_flags  # noqa: E402  (bench/ is on sys.path when a script there runs)




def parse_variant(text: str) -> dict[str, str]:
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    variant = {key.strip(): value.strip() for key, value in pairs}
    unknown = set(variant) - {"threads", "wait", "parallel"}
    if unknown:
        raise SystemExit(f"unknown variant key(s): {', '.join(sorted(unknown))}")
    return variant


def child(args: argparse.Namespace) -> None:
    import summarizer.app as app
    from summarizer.config import load_settings
    from summarizer.progress import Progress

    variant = parse_variant(args.variant)
    made: list = []
    calls: list[dict] = []
    original = app.load_generator

    def load_generator(*a, **k):
        if "parallel" in variant:
            k["batch_size"] = int(variant["parallel"])
        generator = original(*a, **k)
        if "threads" in variant:
            generator.set_threads(int(variant["threads"]))
        inner_generate = generator.generate

        def generate(requests, max_new_tokens, **kw):
            first = len(generator.decode_calls)
            rows = generator._encode(requests)  # tokenizing twice costs milliseconds
            started = time.perf_counter()
            out = inner_generate(requests, max_new_tokens, **kw)
            seconds = time.perf_counter() - started
            mine = generator.decode_calls[first:]
            calls.append({
                "requests": len(requests), "prompt_tokens": sum(map(len, rows)), "seconds": seconds,
                "fed_prompt_tokens": sum(c[0] for c in mine), "generated": generator.stats.batches[-1][1],
                "decode_calls": mine,
            })
            return out

        generator.generate = generate
        made.append(generator)
        return generator

    app.load_generator = load_generator
    settings = load_settings(
        REPO / "config.toml", {"model.name": args.model, "model.backend": "llama.cpp", "cache.enabled": "false"}
    )
    with tempfile.TemporaryDirectory() as out, OthersCPU() as others:
        started = time.monotonic()
        app.run_brief(settings, input_folder=Path(args.input), output_folder=Path(out), report=Progress(quiet=True))
        wall = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "wall": wall, "others": others.cores, "cpu": usage.ru_utime + usage.ru_stime, "peak_rss_mib": usage.ru_maxrss / 1024,
        "threads": made[0].threads if made else None, "parallel": made[0].parallel if made else None, "calls": calls,
    }))


def describe(call: dict) -> str:
    decode_calls = call["decode_calls"]
    prefill = [c for c in decode_calls if c[0] > 0]
    decode = [c for c in decode_calls if c[0] == 0]
    prefill_s = sum(c[2] for c in prefill)
    decode_s = sum(c[2] for c in decode)
    rows = sum(c[1] for c in decode)
    line = (
        f"{call['requests']} requests, {call['prompt_tokens']} prompt tokens ({call['fed_prompt_tokens']} read after "
        f"shared prefixes), {call['generated']} generated: {call['seconds']:.1f} s = prefill calls {prefill_s:.1f} s "
        f"({len(prefill)} calls) + decode-only calls {decode_s:.1f} s ({len(decode)} calls, "
        f"{rows / max(1, len(decode)):.1f} rows each, {1000 * decode_s / max(1, len(decode)):.0f} ms each) + "
        f"outside llama_decode {call['seconds'] - prefill_s - decode_s:.1f} s"
    )
    if len(decode_calls) >= 3:
        x = np.array([[1.0, c[0], c[1]] for c in decode_calls])
        y = np.array([c[2] for c in decode_calls])
        (fixed, per_prompt, per_row), *_ = np.linalg.lstsq(x, y, rcond=None)
        line += (
            f"; fit: {1000 * fixed:.0f} ms per call + {1000 * per_prompt:.2f} ms per prompt token "
            f"+ {1000 * per_row:.2f} ms per decoding row"
        )
    return line


def spin() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", default=str(REPO.parent / "shared" / "samples" / "articles"))
    parser.add_argument("--variants", default="threads=2", help="';'-separated variants, e.g. 'threads=2;threads=1'")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--busy", type=int, default=0, help="busy-loop processes kept running meanwhile")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--variant", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    import llama_cpp

    print(f"CPU flags: {cpu_flags()}; {os.cpu_count()} cores; busy loops: {args.busy}; input {args.input}")
    print(f"llama.cpp kernels: {llama_cpp.llama_print_system_info().decode().strip()}", flush=True)
    busy = [multiprocessing.Process(target=spin, daemon=True) for _ in range(args.busy)]
    for process in busy:
        process.start()
    try:
        for text in [v for v in args.variants.split(";") if v.strip()]:
            variant = parse_variant(text)
            env = dict(os.environ)
            if "wait" in variant:
                env["OMP_WAIT_POLICY"] = variant["wait"]
            load = os.getloadavg()[0]
            command = [sys.executable, __file__, "--child", "--input", args.input, "--variant", text, "--model", args.model]
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            if done.returncode != 0:
                raise SystemExit(f"variant {text} failed:\n{done.stderr[-3000:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"[{text}] threads {result['threads']}, parallel {result['parallel']}, "
                f"OMP_WAIT_POLICY={env.get('OMP_WAIT_POLICY', 'PASSIVE (package default)')}: wall {result['wall']:.1f} s, "
                f"CPU {result['cpu']:.1f} s, peak RSS {result['peak_rss_mib']:.0f} MiB; load {load:.2f} -> {os.getloadavg()[0]:.2f}, "
                f"other processes {'not measured' if result['others'] is None else format(result['others'], '.2f') + ' cores'} "
                f"(the busy loops included)",
                flush=True,
            )
            for number, call in enumerate(result["calls"], 1):
                print(f"    generate {number}: {describe(call)}", flush=True)
    finally:
        for process in busy:
            process.terminate()


if __name__ == "__main__":
    main()
