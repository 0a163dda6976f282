#!/usr/bin/env bash
# Set up what is missing, then run every test. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
if [ "$rc" = 5 ]; then
  echo "pytest collected no tests" >&2
  rc=1
fi
# The portable backend (mss + pynput: what Windows and macOS will use) runs the consent,
# control, stuck-key and Stop tests again on X11 (issue 13). A second pytest run of
# these four files (14 tests, ~2 min) is cheaper than parametrising every e2e fixture.
# Only for the whole run: with arguments the caller chose what to run.
if [ "$#" = 0 ]; then
  ASSIST_PLATFORM=portable .venv/bin/python -m pytest -q \
    tests/e2e/test_first_session.py tests/e2e/test_control.py \
    tests/e2e/test_stuck_keys.py tests/e2e/test_draw_flood.py
  portable=$?
  if [ "$portable" = 5 ]; then
    echo "pytest collected no tests for the portable backend" >&2
    portable=1
  fi
  if [ "$rc" = 0 ]; then
    rc=$portable
  fi
fi
set -e
exit "$rc"
