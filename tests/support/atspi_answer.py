"""Answer the desktop portal's dialog as a person would, through AT-SPI.

Runs under the SYSTEM Python (python3-gi with gir1.2-atspi-2.0), on the test desktop's
private bus (tests/support/wayland.py):

    /usr/bin/python3 atspi_answer.py Share|Cancel|none control|view TIMEOUT [MONITOR]

Waits for xdg-desktop-portal-gnome's dialog to appear on the accessibility bus, ticks
"Allow remote interaction" when `control` (the dialog leaves it off), selects the
MONITOR-th screen in its list (default 1), and presses the named button with its own
"click" action. Prints one line per step; exits 0 when the button was pressed, 1 when
the dialog never came. With "none" it presses nothing and waits for the dialog to go
away (prints "gone", exit 0; or "still there", exit 1).
"""

import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP = "xdg-desktop-portal-gnome"


def find(node, want, depth=0):
    try:
        if want(node):
            return node
        count = node.get_child_count()
    except Exception:  # a node that went away while we looked
        return None
    if depth > 20:
        return None
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        if child is not None and (hit := find(child, want, depth + 1)) is not None:
            return hit
    return None


def role_named(role, name):
    return lambda n: n.get_role_name() == role and name in (n.get_name() or "")


def sensitive(node):
    return node.get_state_set().contains(Atspi.StateType.SENSITIVE)


def main() -> int:
    button_name, mode, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    monitor = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    deadline = time.monotonic() + timeout
    button = None
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        app = find(desktop, role_named("application", APP), depth=19)
        frame = app and find(app, lambda n: n.get_role_name() in ("frame", "dialog"))
        wanted = "Share" if button_name == "none" else button_name
        button = frame and find(frame, role_named("push button", wanted))
        if button is not None:
            break
        time.sleep(0.2)
    if button is None:
        print("no dialog", flush=True)
        return 1
    print(f"dialog: {frame.get_name()}", flush=True)
    if button_name == "none":  # only watch: wait until the dialog is gone
        while time.monotonic() < deadline:
            time.sleep(0.2)
            desktop = Atspi.get_desktop(0)
            app = find(desktop, role_named("application", APP), depth=19)
            if not (app and find(app, lambda n: n.get_role_name() in ("frame", "dialog"))):
                print("gone", flush=True)
                return 0
        print("still there", flush=True)
        return 1
    if button_name == "Share":
        box = find(frame, role_named("check box", "Allow remote interaction"))
        if box is not None and mode == "control":
            if not box.get_state_set().contains(Atspi.StateType.CHECKED):
                Atspi.Action.do_action(box, 0)
            while not box.get_state_set().contains(Atspi.StateType.CHECKED):
                if time.monotonic() > deadline:
                    print("could not tick: Allow remote interaction", flush=True)
                    return 1
                time.sleep(0.05)
            print("ticked: Allow remote interaction", flush=True)
        item = find(
            frame,
            lambda n: (
                n.get_role_name() == "list item"
                and n.get_parent().get_role_name() == "list"
                and "Selection" in n.get_parent().get_interfaces()
                and n.get_name() != "Allow remote interaction"
            ),
        )
        if item is not None:
            screens = item.get_parent()
            chosen = screens.get_child_at_index(monitor - 1)
            Atspi.Selection.select_child(screens, monitor - 1)
            print(f"selected monitor {monitor} of {screens.get_child_count()}: "
                  f"{chosen.get_name()}", flush=True)  # fmt: skip
        while not sensitive(button) and time.monotonic() < deadline:
            time.sleep(0.1)
    Atspi.Action.do_action(button, 0)
    print(f"pressed: {button_name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
