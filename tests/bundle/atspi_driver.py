"""Drive the bundled apps the way a screen reader does: through the accessibility bus.

The bundled apps are separate processes with no test hooks, so the tests find their
buttons and texts over AT-SPI (the apps are started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1,
and Qt names each object by its objectName path). This file runs under the system's
Python, which has the AT-SPI bindings (Debian: python3-gi, gir1.2-atspi-2.0), as a small
server: one JSON request a line on stdin, one JSON answer a line on stdout.

    {"op": "wait", "app": "assist-agent", "id": "getHelpButton", "timeout": 20}
        → {"ok": true, "name": "Get help"}     once a showing object's id ends with "id"
    {"op": "wait", ..., "enabled": true}         ... and it is enabled (can be pressed now)
    {"op": "press", ...same...}                 wait, then do its first action (a click)
    {"op": "set_text", ..., "text": "1234"}     wait, then replace its editable text
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402


def applications(name: str) -> list[Atspi.Accessible]:
    """The running applications called `name` (an app that just quit is skipped)."""
    desktop = Atspi.get_desktop(0)
    found = []
    for index in range(desktop.get_child_count()):
        try:
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_name() == name:
                app.clear_cache()
                found.append(app)
        except GLib.Error:
            continue
    return found


def showing(node: Atspi.Accessible, enabled: bool = False) -> bool:
    """Shown (and, when asked, enabled: a button that can be pressed now)."""
    states = node.get_state_set()
    shown = states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE)
    return shown and (not enabled or states.contains(Atspi.StateType.ENABLED))


def search(
    node: Atspi.Accessible, suffix: str, depth: int = 0, enabled: bool = False
) -> Atspi.Accessible | None:
    """The first showing object whose accessible id ends with `suffix` (depth first)."""
    if depth > 40:
        return None
    try:
        if (node.get_accessible_id() or "").endswith(suffix) and showing(node, enabled):
            return node
        count = node.get_child_count()
    except GLib.Error:
        return None
    for index in range(count):
        child = node.get_child_at_index(index)
        if child is not None and (hit := search(child, suffix, depth + 1, enabled)) is not None:
            return hit
    return None


def wait(request: dict) -> Atspi.Accessible:
    deadline = time.monotonic() + float(request.get("timeout", 20))
    while True:
        for app in applications(request["app"]):
            hit = search(app, request["id"], enabled=bool(request.get("enabled")))
            if hit is not None:
                return hit
        if time.monotonic() > deadline:
            raise TimeoutError(f"{request['app']}: no showing object named *{request['id']}")
        time.sleep(0.1)


def handle(request: dict) -> dict:
    node = wait(request)
    if request["op"] == "press":
        node.do_action(0)
    elif request["op"] == "set_text":
        node.set_text_contents(request["text"])
    return {"ok": True, "name": node.get_name()}


def main() -> None:
    for line in sys.stdin:
        try:
            answer = handle(json.loads(line))
        except Exception as exc:  # the test reads the reason
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
