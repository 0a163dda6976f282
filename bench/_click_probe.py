"""A small X window on the home user's display that timestamps every button press.

Run as a child process: prints "ready", then one `time.monotonic()` per ButtonPress.
Used by session_e2e.py for `input_latency_ms_*`: supporter click sent → press seen by
a real X client on the home display (CLOCK_MONOTONIC is shared between processes).
"""

from __future__ import annotations

import select
import sys
import time

from Xlib import X, display

SIZE = 64


def target(width: int, height: int) -> tuple[int, int]:
    """Centre of the probe window in screen pixels (bottom-right, clear of the stamp)."""
    return width - SIZE, height - SIZE


def run(display_name: str, width: int, height: int) -> int:
    conn = display.Display(display_name)
    screen = conn.screen()
    x, y = target(width, height)
    window = screen.root.create_window(
        x - SIZE // 2, y - SIZE // 2, SIZE, SIZE, 0, screen.root_depth,
        override_redirect=True, background_pixel=screen.white_pixel,
        event_mask=X.ButtonPressMask,
    )  # fmt: skip
    window.map()
    window.configure(stack_mode=X.Above)
    conn.sync()
    print("ready", flush=True)
    fd = conn.fileno()
    while True:
        # Stay on top of the painter's full-screen window.
        window.configure(stack_mode=X.Above)
        conn.flush()
        readable, _, _ = select.select([fd], [], [], 0.2)
        if not readable:
            continue
        while conn.pending_events():
            event = conn.next_event()
            if event.type == X.ButtonPress:
                print(f"{time.monotonic():.6f}", flush=True)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
