#!/usr/bin/env python3
"""How long the bundled helper app takes from start to showing *Get help*, cold and warm.

    .venv/bin/python bench/startup.py [--runs 5] [--cold] [--source]

Method
------
- The bundle in dist/assist-agent is started on its own Xvfb with a fresh, empty HOME,
  the system PATH only and `--lang en` (so the first-start language question does not
  come first). The clock starts just before the process is created.
- "Shown" is the X server's MapNotify for the top-level window titled "Get help": Qt
  maps the window from `show()`, with the Get help button laid out inside it; painting
  follows within the same event loop turn (no window manager or compositor here).
- Cold: the first start with the kernel's page cache dropped (`--cold`, needs root:
  it writes /proc/sys/vm/drop_caches, which slows everything else on the machine for a
  moment). Without `--cold` the first start is reported as "first" and may be warm.
- Warm: `--runs` further starts, one after another; median and each value.
- `--source` also times the same app from the source tree (`.venv/bin/python -m
  assist_agent`) for comparison.

The last stdout line is JSON: sizes of both bundles on disk and packed (MB), and the
start times in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def start_xvfb() -> tuple[str, subprocess.Popen[bytes]]:
    for number in range(180, 230):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        proc = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x720x24", "-noreset", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return f":{number}", proc
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
    raise SystemExit("no free X display for Xvfb")


def time_to_get_help(command: list[str], display: str, env_extra: dict[str, str]) -> float:
    """Seconds from starting `command` to the MapNotify of its "Get help" window."""
    from Xlib import X
    from Xlib import display as xdisplay

    screen = xdisplay.Display(display)
    root = screen.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    screen.sync()
    with tempfile.TemporaryDirectory(prefix="assist-startup-") as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "DISPLAY": display, "LANG": "C.UTF-8"}
        env.update(env_extra)
        started = time.monotonic()
        app = subprocess.Popen(
            command, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = started + 60
            while time.monotonic() < deadline:
                while screen.pending_events():
                    event = screen.next_event()
                    if event.type == X.MapNotify and _title(event.window) == "Get help":
                        return time.monotonic() - started
                if app.poll() is not None:
                    raise SystemExit(f"{command[0]} ended with {app.returncode} before showing")
                time.sleep(0.002)
            raise SystemExit("no Get help window within 60 s")
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
            screen.close()


def _title(window: Any) -> str | None:
    try:
        title = window.get_wm_name()
    except Exception:  # the window may be gone already
        return None
    return title if isinstance(title, str) else None


def drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def size_mb(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 1e6, 1)
    total = sum(p.lstat().st_size for p in path.rglob("*"))
    return round(total / 1e6, 1)


def measure(
    command: list[str], display: str, runs: int, cold: bool, extra: dict[str, str]
) -> dict[str, object]:
    dropped = drop_page_cache() if cold else False
    first = time_to_get_help(command, display, extra)
    warm = [time_to_get_help(command, display, extra) for _ in range(runs)]
    return {
        "cold_s" if dropped else "first_s": round(first, 2),
        "warm_s_median": round(statistics.median(warm), 2),
        "warm_s": [round(w, 2) for w in warm],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm starts (default 5)")
    parser.add_argument("--cold", action="store_true", help="drop the page cache first (root)")
    parser.add_argument("--source", action="store_true", help="also time the source tree")
    args = parser.parse_args()
    agent = DIST / "assist-agent" / "assist-agent"
    if not agent.is_file():
        raise SystemExit(f"{agent} missing: run bash packaging/build-bundle.sh")
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed")
    display, xvfb = start_xvfb()
    try:
        result: dict[str, object] = {
            "size_mb": {app: size_mb(DIST / app) for app in ("assist-agent", "assist-client")},
            "packed_mb": {
                app: size_mb(DIST / f"{app}.tar.gz") for app in ("assist-agent", "assist-client")
            },
            "bundle": measure([str(agent), "--lang", "en"], display, args.runs, args.cold, {}),
        }
        if args.source:
            source = [sys.executable, "-m", "assist_agent", "--lang", "en"]
            result["source"] = measure(
                source, display, args.runs, args.cold, {"PYTHONPATH": str(ROOT)}
            )
    finally:
        xvfb.terminate()
        xvfb.wait()
    for key, value in result.items():
        print(f"{key}: {value}", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
