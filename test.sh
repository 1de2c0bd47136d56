#!/usr/bin/env bash
# The test command: installs what the tests need (./setup.sh --tests), then runs them all,
# the integration test on the real small model included.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --tests
exec .venv/bin/python -m pytest -q "$@"
