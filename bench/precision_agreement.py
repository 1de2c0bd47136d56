"""Speed and faithfulness-to-float32 of the model's backends and precisions, on the samples' requests.

Plans the briefing of the sample articles exactly as ``summarizer brief`` does (articles, themes),
then sends the same requests (one ``generate`` call, as the pipeline does) to the default model
on each variant and prints the generation time, the CPU time it used, and how many completions
are word-for-word those of float32 (the dequantized model computed in full precision on
transformers). Variants: a torch precision (``bf16-linear``, ``int8``, ``float32``, ...) or
``llama.cpp`` (the GGUF as stored, llama.cpp's quantized kernels). Completions that differ are
printed side by side, so a reader can judge whether they are distortions or harmless rewordings.

The machine may be shared: every figure carries the 1-minute load average before and after, and
``--rounds 2`` runs the variants again in the reverse order (alternating), in the same process,
on identical requests. CPU seconds (user + system of this process) are less sensitive to other
people's jobs than wall time.

The float32 reference is slow (~2 min idle); ``--reference FILE`` keeps its completions keyed by
the requests, so later runs (another ISA, another build) reuse it.

    .venv/bin/python bench/precision_agreement.py [--variants llama.cpp,bf16-linear,int8] [--rounds 2]
        [--reference /tmp/float32.json] [--show-differences]

Approximating an AVX2-only CPU on an AVX-512 one: torch with ``ATEN_CPU_CAPABILITY=avx2
DNNL_MAX_CPU_ISA=AVX2`` in the environment; llama.cpp from a second build made with
``CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF ..."``
put first on ``PYTHONPATH`` (the line "llama.cpp kernels" printed below shows which ran).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.app import cache_dir  # noqa: E402
from summarizer.cleaning.duplicates import group_duplicates  # noqa: E402
from summarizer.config import load_settings  # noqa: E402
from summarizer.llm.loading import load_generator  # noqa: E402
from summarizer.nlp.embedder import default_embedder  # noqa: E402
from summarizer.pipeline import plan_briefing, prepare_articles  # noqa: E402
from summarizer.summarizers.compress import MAX_NEW_TOKENS, shorten_request  # noqa: E402


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load_variant(variant: str, model: str, settings) -> object:
    if variant == "llama.cpp":
        return load_generator(model, cache_dir=cache_dir(settings), backend="llama.cpp", batch_size=settings.model.batch_size)
    return load_generator(
        model, cache_dir=cache_dir(settings), backend="transformers", dtype=variant, batch_size=settings.model.batch_size
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--variants", "--dtypes", default="llama.cpp,bf16-linear,int8", help="compared with float32")
    parser.add_argument("--rounds", type=int, default=1, help="run the variants this often, alternating the order")
    parser.add_argument("--reference", help="JSON file keeping float32's completions for these requests")
    parser.add_argument("--input", default=str(REPO.parent / "shared" / "samples" / "articles"))
    parser.add_argument("--show-differences", action="store_true")
    args = parser.parse_args()
    settings = load_settings(REPO / "config.toml", {"model.name": args.model})
    quiet = lambda message: None  # noqa: E731
    articles, _ = prepare_articles(Path(args.input), quiet)
    embedder = default_embedder()
    group_duplicates(articles, embedder)
    independent = [a for a in articles if a.duplicate_of is None]
    requests = [shorten_request(s) for s in plan_briefing(independent, embedder, settings).sentences]
    max_new = MAX_NEW_TOKENS
    fingerprint = hashlib.sha256(
        json.dumps([args.model, max_new, [[r.system, r.user] for r in requests]]).encode()
    ).hexdigest()
    print(f"{len(requests)} requests from {len(independent)} articles", flush=True)
    print(f"environment: ATEN_CPU_CAPABILITY={os.environ.get('ATEN_CPU_CAPABILITY', '-')} "
          f"DNNL_MAX_CPU_ISA={os.environ.get('DNNL_MAX_CPU_ISA', '-')} OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', '-')}")

    reference: list[str] | None = None
    saved = Path(args.reference) if args.reference else None
    if saved and saved.is_file():
        data = json.loads(saved.read_text(encoding="utf-8"))
        if data.get("fingerprint") == fingerprint:
            reference = data["outputs"]
            print(f"float32 reference: {saved} ({data.get('note', '')})")
    if reference is None:
        generator = load_variant("float32", args.model, settings)
        load = os.getloadavg()[0]
        started, cpu = time.monotonic(), cpu_seconds()
        reference = generator.generate(requests, max_new, stop_at_line=True)
        seconds, used = time.monotonic() - started, cpu_seconds() - cpu
        print(f"float32      : generation {seconds:.1f} s, CPU {used:.1f} s, {generator.stats.generated_tokens} tokens, "
              f"load {load:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
        del generator
        if saved:
            note = f"computed {time.strftime('%Y-%m-%d %H:%M')} with {os.environ.get('ATEN_CPU_CAPABILITY', 'default')} kernels"
            saved.write_text(json.dumps({"fingerprint": fingerprint, "note": note, "outputs": reference}), encoding="utf-8")

    variants = [v for v in args.variants.split(",") if v and v != "float32"]
    outputs: dict[str, list[str]] = {}
    for round_index in range(args.rounds):
        order = variants if round_index % 2 == 0 else list(reversed(variants))
        for variant in order:
            generator = load_variant(variant, args.model, settings)
            if variant == "llama.cpp":
                import llama_cpp

                print(f"llama.cpp kernels: {llama_cpp.llama_print_system_info().decode().strip()}")
            load = os.getloadavg()[0]
            started, cpu = time.monotonic(), cpu_seconds()
            result = generator.generate(requests, max_new, stop_at_line=True)
            seconds, used = time.monotonic() - started, cpu_seconds() - cpu
            same = sum(a == b for a, b in zip(result, reference))
            print(
                f"round {round_index + 1} {variant:12s} ({generator.identity.precision}): generation {seconds:.1f} s, "
                f"CPU {used:.1f} s, {generator.stats.generated_tokens} tokens, identical to float32: "
                f"{same}/{len(requests)}; load {load:.2f} -> {os.getloadavg()[0]:.2f}",
                flush=True,
            )
            outputs[variant] = result
            close = getattr(generator, "close", None)
            if close:
                close()
            del generator
    if args.show_differences:
        for index, expected in enumerate(reference):
            others = {v: o[index] for v, o in outputs.items() if o[index] != expected}
            if others:
                print(f"\n[{index}] float32: {expected}")
                for variant, text in others.items():
                    print(f"     {variant}: {text}")


if __name__ == "__main__":
    main()
