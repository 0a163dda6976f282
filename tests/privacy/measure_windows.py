"""Figures for docs/PERFORMANCE.md: what the visible-windows watch (blank_protected)
costs on a real X server. Not a test; run it on a display, e.g.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.privacy.measure_windows

It shows 20 windows, then: the time of a full rescan (the root's children, their
titles and rectangles); the rescans and reports while one window moves 200 times (a move
updates the rectangle from the event, no rescan); the watch thread's CPU meanwhile.
"""

from __future__ import annotations

import sys
import threading
import time

WINDOWS = 20
MOVES = 200


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from assist_agent.platform.x11.visible_windows import X11VisibleWindows

    app = QApplication(sys.argv)
    shown = []
    for n in range(WINDOWS):
        window = QWidget(None, Qt.WindowType.FramelessWindowHint)
        window.setWindowTitle("Kirjaudu - OP" if n == 0 else f"Ikkuna {n}")
        window.setGeometry(20 + 30 * n, 20 + 20 * n, 300, 200)
        window.show()
        shown.append(window)
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)

    reports: list[int] = []
    watch = X11VisibleWindows(lambda windows: reports.append(len(windows)))
    watch.start()
    time.sleep(0.5)
    thread = next(t for t in threading.enumerate() if t.name == "x11-windows")
    rescans, spent = watch.rescans, watch.rescan_seconds
    for _ in range(25):  # a window hidden and shown again: each a rescan, as in use
        for visible in (False, True):
            shown[-1].setVisible(visible)
            app.processEvents()
            time.sleep(0.05)
    done = watch.rescans - rescans
    mean = (watch.rescan_seconds - spent) / max(1, done) * 1000
    print(f"windows seen: {reports[-1]}; {done} rescans of {WINDOWS} windows: {mean:.2f} ms each")

    rescans, count = watch.rescans, len(reports)
    tid = thread.native_id

    def thread_cpu() -> float:
        with open(f"/proc/self/task/{tid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in seconds

    cpu_before, began = thread_cpu(), time.monotonic()
    for step in range(MOVES):
        shown[0].move(40 + step, 40 + step // 2)
        app.processEvents()
        time.sleep(0.005)
    time.sleep(0.5)
    seconds = time.monotonic() - began
    cpu = thread_cpu() - cpu_before
    print(
        f"{MOVES} moves in {seconds:.2f} s: {watch.rescans - rescans} rescans, "
        f"{len(reports) - count} reports, watch CPU {cpu:.2f} s"
    )
    watch.stop()


if __name__ == "__main__":
    main()
