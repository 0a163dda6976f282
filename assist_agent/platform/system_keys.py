"""System key combinations the supporter's keys never make (issue 15, item 10).

Policy, not platform: key names as in the `key` messages. A combination is refused when
the key being pressed, together with the keys the sink already holds for the supporter,
contains one of SYSTEM_COMBOS, in whatever order they were pressed. Refused:

- ctrl+alt+f1 … f12: switch to a text terminal (the home user is left with a black
  screen and a login prompt, and the shared picture goes with them);
- ctrl+alt+delete: log out / shut down / reboot dialog (task manager on Windows);
- ctrl+alt+backspace: kills the X server where "zap" is on, ending every program;
- meta (the Windows/Super key), alone or with anything: opens the launcher and runs
  the desktop's own shortcuts (lock, log out, run, show desktop, settings) that differ
  per desktop and cannot be listed one by one;
- alt+f1 and alt+f2: the application menu and the run-a-command dialog;
- alt+f4: closes the focused window, and on the empty desktop (Xfce, LXDE, Windows)
  opens the shut-down / log-out dialog. A supporter who needs to close a window clicks
  its own close button, which the home user sees happen.

Allowed on purpose: ctrl+c / ctrl+v / ctrl+x / ctrl+z / ctrl+a, alt+tab (switching
windows is ordinary help and visible), ctrl+alt+arrows (workspaces), plain f1 … f12.
SysRq and Print are not keys the protocol can name at all.
"""

from __future__ import annotations

from collections.abc import Iterable

SYSTEM_COMBOS: tuple[frozenset[str], ...] = (
    *(frozenset({"ctrl", "alt", f"f{n}"}) for n in range(1, 13)),
    frozenset({"ctrl", "alt", "delete"}),
    frozenset({"ctrl", "alt", "backspace"}),
    frozenset({"meta"}),
    frozenset({"alt", "f1"}),
    frozenset({"alt", "f2"}),
    frozenset({"alt", "f4"}),
)
"""Each set, all down at once through the sink, is a system key combination."""

REFUSED_REASON = "system_key"
"""The drop reason (and the `refused` message's reason) for a system combination."""


def _normal(key: str) -> str:
    return key.lower() if len(key) == 1 else key


def makes_system_combo(held: Iterable[str], key: str) -> bool:
    """True if pressing `key` while `held` are down would make a system combination."""
    down = {_normal(k) for k in held} | {_normal(key)}
    return any(combo <= down for combo in SYSTEM_COMBOS)
