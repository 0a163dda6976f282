#!/usr/bin/env python
"""Pictures for docs/INSTALL.md, from the real windows (offscreen, a few seconds):

    .venv/bin/python packaging/screenshots.py

- home-start-loan-device-LANG.png: the helper app's first page as an organisation's
  loan-device bundle shows it (assist.toml with organisation and loan_device = true);
- config-problem-LANG.png: the window a home user sees when assist.toml is broken.

Written to docs/screenshots/extra/ in English, Finnish and Arabic (right to left), with
scripts/screenshots.py's palette so they stay small.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASSIST_DATA_DIR"] = tempfile.mkdtemp(prefix="assist-screenshots-")
os.environ.setdefault("ASSIST_REDUCED_MOTION", "1")

from screenshots import palette_png, settle  # noqa: E402  (scripts/screenshots.py)

OUT = ROOT / "docs" / "screenshots" / "extra"
LANGUAGES = ("en", "fi", "ar")
ORGANISATION = "Example City digital support"


def main() -> int:
    from assist_agent.history import History
    from assist_agent.window import HomeWindow
    from assist_ui.app import Translations, make_application
    from assist_ui.config import ConfigError
    from assist_ui.config_problem import problem_box

    app = make_application([sys.argv[0]])
    translations = Translations(app)
    problem = ConfigError(
        "/home/anna/assist-agent/assist.toml", 4, "loan_device must be true or false, not text"
    )
    for lang in LANGUAGES:
        translations.switch(lang)
        translations.look.apply("light", 1.0)
        window = HomeWindow(
            "wss://assist.example.org/v1",
            translations,
            history=History.in_memory(),
            organisation=ORGANISATION,
            loan_device=True,
        )
        window.resize(960, 680)
        window.show()
        settle()
        if (focused := app.focusWidget()) is not None:
            focused.clearFocus()
            settle()
        palette_png(window.grab().toImage(), OUT / f"home-start-loan-device-{lang}.png")
        window.close()
        box = problem_box(problem)
        box.show()
        settle()
        palette_png(box.grab().toImage(), OUT / f"config-problem-{lang}.png")
        box.close()
        print(lang, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
