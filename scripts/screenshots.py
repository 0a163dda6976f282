#!/usr/bin/env python
"""Pictures of every screen of both apps in every language, from the real windows.

    .venv/bin/python scripts/screenshots.py            # all languages → docs/screenshots/
    .venv/bin/python scripts/screenshots.py --lang ar  # one language

Runs offscreen (no display needed). The screens are the same list the accessibility
tests walk (tests/a11y/scenes.py): each window is put on a page by feeding it the
events its session would send, so no network is used. Pictures are at most 800 px
wide and stored with a 256-colour palette, so the whole set stays small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASSIST_DATA_DIR"] = tempfile.mkdtemp(prefix="assist-screenshots-")
os.environ.setdefault("ASSIST_REDUCED_MOTION", "1")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QImage, qRgb  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import i18n  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
MAX_WIDTH = 800
# A few extra pictures: the high-contrast theme and 200 % text.
EXTRAS = [
    ("dark", 1.0, ("home-start", "home-ask", "home-sharing", "supporter-view")),
    ("light", 2.0, ("home-start", "home-sharing", "supporter-connect")),
]


def palette_png(image: QImage, path: Path, max_width: int = MAX_WIDTH) -> None:
    """Save `image` scaled to at most `max_width`, with its 256 most used colours."""
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    pixels = raw[:, : width * 4].reshape(height, width, 4)[..., :3].astype(np.int32)  # BGR
    packed = (pixels[..., 2] << 16) | (pixels[..., 1] << 8) | pixels[..., 0]
    colours, inverse, counts = np.unique(packed.ravel(), return_inverse=True, return_counts=True)
    keep = colours[np.argsort(counts)[::-1][:256]]
    rgb = lambda c: np.stack([(c >> 16) & 255, (c >> 8) & 255, c & 255], axis=-1)  # noqa: E731
    # Every colour goes to the nearest kept colour (text edges to the nearest grey).
    distance = ((rgb(colours)[:, None, :] - rgb(keep)[None, :, :]) ** 2).sum(axis=-1)
    nearest = distance.argmin(axis=1).astype(np.uint8)
    indices = np.ascontiguousarray(nearest[inverse].reshape(height, width))
    indexed = QImage(indices.data, width, height, width, QImage.Format.Format_Indexed8)
    indexed.setColorTable([qRgb(*map(int, rgb(np.int64(c)))) for c in keep])
    path.parent.mkdir(parents=True, exist_ok=True)
    if not indexed.copy().save(str(path), "PNG", 0):
        raise OSError(f"could not write {path}")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def shoot(scene, translations, history_dir: Path, path: Path) -> None:
    from tests.a11y import scenes

    if scene.app == "home":
        window = scenes.make_home(translations, history_dir)
    else:
        window = scenes.make_supporter(translations)
    before = set(QApplication.topLevelWidgets())
    window.show()
    settle()
    target: QWidget = scene.enter(window)
    settle()
    if target is not window:
        target.show()
        settle()
    # No keyboard focus ring in the pictures: they show the screen as it first appears.
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
        settle()
    palette_png(target.grab().toImage(), path)
    practice = getattr(window, "practice_page", None)
    if practice is not None:
        practice.end_practice()
    for widget in {window, *(set(QApplication.topLevelWidgets()) - before)}:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def write_index(out: Path, languages: list[str], scene_ids: list[str]) -> None:
    lines = [
        "# Screenshots",
        "",
        "Every screen of both apps in every language, made by `scripts/screenshots.py`",
        "from the real windows (offscreen). Do not edit by hand: run the script again.",
        "",
        "| screen | " + " | ".join(f"{code} ({i18n.LANGUAGES[code]})" for code in languages) + " |",
        "|---|" + "---|" * len(languages),
    ]
    for scene_id in scene_ids:
        cells = [f"[{code}]({code}/{scene_id}.png)" for code in languages]
        picture = f"![{scene_id}](en/{scene_id}.png)"
        lines.append(f"| {picture} `{scene_id}` | " + " | ".join(cells) + " |")
    lines += ["", "## High contrast and 200 % text (English)", ""]
    for theme, scale, ids in EXTRAS:
        for scene_id in ids:
            name = f"{scene_id}-{theme}-{int(scale * 100)}"
            lines.append(f"- [{name}](extra/{name}.png)")
    out.joinpath("README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="append", choices=list(i18n.LANGUAGES))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    languages = args.lang or list(i18n.LANGUAGES)

    from assist_ui.app import Translations, make_application
    from tests.a11y import scenes

    app = make_application([sys.argv[0]])
    translations = Translations(app)
    history_dir = Path(tempfile.mkdtemp(prefix="assist-history-"))
    ids = [scenes.scene_id(scene) for scene in scenes.ALL_SCENES]
    for lang in languages:
        translations.switch(lang)
        translations.look.apply("light", 1.0)
        for scene, scene_id in zip(scenes.ALL_SCENES, ids, strict=True):
            shoot(scene, translations, history_dir, args.out / lang / f"{scene_id}.png")
        print(lang, len(ids), "screens", flush=True)
    if "en" in languages:
        translations.switch("en")
        by_id = dict(zip(ids, scenes.ALL_SCENES, strict=True))
        for theme, scale, extra_ids in EXTRAS:
            translations.look.apply(theme, scale)
            for scene_id in extra_ids:
                name = f"{scene_id}-{theme}-{int(scale * 100)}"
                path = args.out / "extra" / f"{name}.png"
                shoot(by_id[scene_id], translations, history_dir, path)
        translations.look.apply("light", 1.0)
    if args.lang is None:
        write_index(args.out, languages, ids)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
