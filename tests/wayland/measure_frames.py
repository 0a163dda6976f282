"""Measure the portal screen source: frames per second and CPU, not a test.

    .venv/bin/python -m tests.wayland.measure_frames 1920x1080 [seconds]

Starts the headless desktop at that size with an animated pattern client, answers the
desktop's question over AT-SPI, then counts the frames the PortalScreenSource receives
and the CPU time of this process and of the capture subprocess (pw_capture.py).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from assist_agent.platform.portal.screen import PortalScreenSource
from assist_agent.platform.portal.share import PortalShare
from tests.support.processes import stop
from tests.support.wayland import WaylandDesktop


def cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    w, h = (int(v) for v in sys.argv[1].split("x"))
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    with WaylandDesktop((w, h)) as desktop:
        os.environ.update({k: desktop.env[k] for k in ("DBUS_SESSION_BUS_ADDRESS",
                           "XDG_RUNTIME_DIR", "WAYLAND_DISPLAY")})  # fmt: skip
        client = desktop.client(Path(__file__).with_name("pattern_client.py"), "--animate")
        assert client.stdout is not None
        client.stdout.readline()
        source = PortalScreenSource(PortalShare())
        answer = desktop.answer("Share", allow_control=False)
        source.open()
        answer.wait()
        reader = source._reader
        assert reader is not None
        child = reader._proc.pid
        gaps: list[float] = []
        time.sleep(1.0)
        others = {"mutter": next(p.pid for p in desktop._procs if p.args[0] == "mutter"),
                  "client": client.pid}  # fmt: skip
        others0 = {name: cpu_of(pid) for name, pid in others.items()}
        start, cpu0, child0 = time.monotonic(), time.process_time(), cpu_of(child)
        serial, last = reader.serial, time.monotonic()
        while time.monotonic() - start < seconds:
            if reader.wait_for(serial, 1.0):
                now = time.monotonic()
                gaps.append(now - last)
                serial, last = reader.serial, now
                source.grab(source.monitor_area(1))
        took = time.monotonic() - start
        frames = len(gaps)
        app_cpu = (time.process_time() - cpu0) / took * 100
        child_cpu = (cpu_of(child) - child0) / took * 100
        other_cpu = ", ".join(
            f"{name} {(cpu_of(pid) - others0[name]) / took * 100:.0f} %"
            for name, pid in others.items()
        )
        gaps.sort()
        median, p95 = statistics.median(gaps) * 1000, gaps[int(len(gaps) * 0.95)] * 1000
        print(f"{w}x{h}: {frames / took:.1f} fps over {took:.0f} s; frame gap median "
              f"{median:.1f} ms, p95 {p95:.1f} ms; CPU: app {app_cpu:.0f} %, capture "
              f"subprocess {child_cpu:.0f} %, {other_cpu}")  # fmt: skip
        source.close()
        stop(client)


if __name__ == "__main__":
    main()
