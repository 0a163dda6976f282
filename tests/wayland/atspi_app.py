"""Drive a Qt app over AT-SPI as a person would (system Python, python3-gi + Atspi).

    /usr/bin/python3 atspi_app.py names            # every accessible name, one a line
    /usr/bin/python3 atspi_app.py click NAME       # press the enabled push button NAME

Exit 0 when done, 1 when the button is missing or disabled. Only for the portal tests'
native app (tests/wayland/test_native_session.py), on the test desktop's bus.
"""

import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def walk(node, depth=0):
    if depth > 30:
        return
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        if child is None:
            continue
        yield child
        yield from walk(child, depth + 1)


def main() -> int:
    desktop = Atspi.get_desktop(0)
    nodes = list(walk(desktop))
    if sys.argv[1] == "names":
        for node in nodes:
            try:
                name = node.get_name()
            except Exception:
                continue
            if name:
                print(name)
        return 0
    wanted = sys.argv[2]
    for node in nodes:
        try:
            if node.get_role_name() != "push button" or node.get_name() != wanted:
                continue
            states = node.get_state_set()
            if not (states.contains(Atspi.StateType.ENABLED)
                    and states.contains(Atspi.StateType.SHOWING)):  # fmt: skip
                continue
            Atspi.Action.do_action(node, 0)
            print(f"pressed: {wanted}", flush=True)
            return 0
        except Exception:
            continue
    return 1


if __name__ == "__main__":
    sys.exit(main())
