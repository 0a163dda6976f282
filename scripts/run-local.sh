#!/usr/bin/env bash
# Set up what is missing, then start a local pairing server, the helper app and the
# supporter app on this desktop. Close both windows (or press Ctrl+C) to stop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
PORT=${ASSIST_PORT:-8765}
export ASSIST_SERVER="ws://127.0.0.1:${PORT}/v1"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No desktop found: starting a virtual screen (Xvfb :77). Nothing will be visible." >&2
  Xvfb :77 -screen 0 1920x1080x24 -noreset >/dev/null 2>&1 &
  export DISPLAY=:77
  sleep 1
fi

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/assist-signaling --host 127.0.0.1 --port "$PORT" &
pids+=($!)
for _ in $(seq 50); do
  if .venv/bin/python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:${PORT}/healthz', timeout=0.2)" 2>/dev/null; then break; fi
  sleep 0.1
done
.venv/bin/assist-agent "$@" &
pids+=($!)
.venv/bin/assist-client &
pids+=($!)
wait -n "${pids[@]:1}"
