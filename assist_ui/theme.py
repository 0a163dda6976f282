"""Look and feel both apps share: a `Theme` (named colours) and a text scale.

The style sheet is made from both, so every colour pair the apps draw text in is known
here and a test can check it against WCAG AAA (7:1 for text, 3:1 for the focus ring
against what it replaces). Font sizes in the style sheet follow the system's font size
(never below 12 pt) times the text scale the person chose, so larger system text is
respected.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

MIN_POINT_SIZE = 12.0
TEXT_SCALES = (1.0, 1.5, 2.0)


@dataclass(frozen=True)
class Theme:
    """Every colour the apps use, by purpose. Text pairs must reach 7:1."""

    name: str
    text: str
    background: str
    border: str
    primary_text: str
    primary_background: str
    danger_text: str
    danger_background: str
    focus: str  # the focus ring: 3:1 against every colour it replaces
    disabled: str  # disabled text and its dashed border
    selection_text: str
    selection_background: str
    placeholder: str
    practice_text: str
    practice_background: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """(text colour, background colour) of every kind of text the apps draw."""
        return {
            "text": (self.text, self.background),
            "primary button": (self.primary_text, self.primary_background),
            "danger button": (self.danger_text, self.danger_background),
            "disabled": (self.disabled, self.background),
            "selection": (self.selection_text, self.selection_background),
            "placeholder": (self.placeholder, self.background),
            "practice banner": (self.practice_text, self.practice_background),
        }

    def focus_pairs(self) -> dict[str, tuple[str, str]]:
        """(focus colour, colour it replaces or touches) for each kind of focusable control."""
        return {
            "page": (self.focus, self.background),
            "border": (self.focus, self.border),
            "primary button": (self.focus, self.primary_background),
            "danger button": (self.focus, self.danger_background),
        }

    def colours(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "name"}


# Black on white; blue and dark red buttons with white text.
LIGHT = Theme(
    name="light",
    text="#000000",
    background="#ffffff",
    border="#000000",
    primary_text="#ffffff",
    primary_background="#003a70",
    danger_text="#ffffff",
    danger_background="#8b0000",
    focus="#b8860b",
    disabled="#4d4d4d",
    selection_text="#ffffff",
    selection_background="#003a70",
    placeholder="#4d4d4d",
    practice_text="#ffffff",
    practice_background="#4b1d7a",
)

# White on black, for people who see light text on dark better (high contrast).
DARK = Theme(
    name="dark",
    text="#ffffff",
    background="#000000",
    border="#ffffff",
    primary_text="#000000",
    primary_background="#ffd400",
    danger_text="#000000",
    danger_background="#ffb3b3",
    focus="#c000c0",
    disabled="#b3b3b3",
    selection_text="#000000",
    selection_background="#ffd400",
    placeholder="#b3b3b3",
    practice_text="#000000",
    practice_background="#b3e5ff",
)

THEMES: dict[str, Theme] = {"light": LIGHT, "dark": DARK}


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    qcolor = QColor(colour)
    channels = []
    for value in (qcolor.redF(), qcolor.greenF(), qcolor.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def style_sheet(theme: Theme = LIGHT, point_size: float = MIN_POINT_SIZE) -> str:
    """The apps' style sheet for one theme, with fonts relative to `point_size`."""

    def pt(factor: float) -> str:
        return f"{round(point_size * factor, 1)}pt"

    t = theme
    return f"""
* {{ color: {t.text}; background: {t.background}; }}
QWidget {{ font-size: {pt(1)}; }}
QLabel[role="heading"] {{ font-size: {pt(20 / 12)}; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: {pt(14 / 12)}; font-weight: bold; }}
QLabel[role="code"] {{ font-size: {pt(3)}; font-weight: bold; font-family: monospace; }}
QLabel[role="practice"] {{
    color: {t.practice_text}; background: {t.practice_background};
    font-weight: bold; padding: 8px 16px; border-radius: 6px;
}}
#chatLog {{ font-size: {pt(14 / 12)}; }}
QPushButton, QComboBox {{
    min-height: 48px; padding: 8px 20px;
    border: 2px solid {t.border}; border-radius: 6px; background: {t.background};
}}
QPushButton[role="primary"] {{
    background: {t.primary_background}; color: {t.primary_text};
    border-color: {t.primary_background};
}}
QPushButton[role="danger"] {{
    background: {t.danger_background}; color: {t.danger_text};
    border-color: {t.danger_background};
}}
/* Thicker borders take their room from the padding, so text never gets less space
   (Qt sizes buttons for the plain state). A chosen option also gets a check mark. */
QPushButton:checked {{ border-width: 4px; padding: 6px 18px; }}
QPushButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus,
QListWidget:focus, QTextBrowser:focus, QPushButton[role="primary"]:focus,
QPushButton[role="danger"]:focus {{
    outline: none; border: 4px solid {t.focus};
}}
QPushButton:focus, QComboBox:focus {{ padding: 6px 18px; }}
QLineEdit:focus {{ padding: 2px 6px; }}
QPushButton:disabled {{
    background: {t.background}; color: {t.disabled};
    border: 2px dashed {t.disabled};
}}
QComboBox::drop-down {{ width: 32px; border: none; }}
QComboBox QAbstractItemView {{
    border: 2px solid {t.border};
    selection-background-color: {t.selection_background}; selection-color: {t.selection_text};
}}
QLineEdit, QSpinBox {{
    min-height: 44px; padding: 4px 8px; border: 2px solid {t.border};
    selection-background-color: {t.selection_background}; selection-color: {t.selection_text};
    placeholder-text-color: {t.placeholder};
}}
QSpinBox {{ padding-left: 48px; padding-right: 48px; }}
QSpinBox::up-button {{
    subcontrol-origin: border; subcontrol-position: center right; width: 44px; height: 44px;
}}
QSpinBox::down-button {{
    subcontrol-origin: border; subcontrol-position: center left; width: 44px; height: 44px;
}}
QListWidget, QTextBrowser {{
    border: 2px solid {t.border};
    selection-background-color: {t.selection_background}; selection-color: {t.selection_text};
}}
/* A check box keeps a ring's room in the background colour, so focus only changes its
   colour (the layout does not jump), and its box is large enough to hit. */
QCheckBox {{ min-height: 44px; padding: 4px 8px; border: 4px solid {t.background}; }}
QCheckBox:focus {{ outline: none; border: 4px solid {t.focus}; }}
QCheckBox::indicator {{ width: 28px; height: 28px; }}
QFrame#controlQuestion {{ border: 4px solid {t.border}; }}
QScrollArea, QFrame#focusFrame {{ border: 4px solid {t.background}; }}
QScrollArea:focus, QFrame#focusFrame[focused="true"] {{ border: 4px solid {t.focus}; }}
#appHeader {{ border-bottom: 2px solid {t.border}; }}
#shareBar {{ border: 4px solid {t.danger_background}; }}
/* Reading columns: lines of at most about 70 characters (WCAG 1.4.8). */
#readingColumn {{ max-width: 32em; }}
QLabel#viewStatus {{ max-width: 30em; }}
QScrollBar {{ background: {t.background}; border: 2px solid {t.border}; }}
QScrollBar:vertical {{ width: 44px; }}
QScrollBar:horizontal {{ height: 44px; }}
QScrollBar::handle {{
    background: {t.text}; min-height: 44px; min-width: 32px; margin: 4px; border-radius: 6px;
}}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: {t.background}; }}
QToolTip {{ color: {t.text}; background: {t.background}; border: 2px solid {t.border}; }}
"""


# The light theme at the smallest size: what tests and older code import.
STYLE_SHEET = style_sheet()


def palette(theme: Theme) -> QPalette:
    """The same colours as a palette, for what style sheets do not reach."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.background),
        (roles.Base, theme.background),
        (roles.AlternateBase, theme.background),
        (roles.Button, theme.background),
        (roles.ToolTipBase, theme.background),
        (roles.WindowText, theme.text),
        (roles.Text, theme.text),
        (roles.ButtonText, theme.text),
        (roles.ToolTipText, theme.text),
        (roles.BrightText, theme.text),
        (roles.Highlight, theme.selection_background),
        (roles.HighlightedText, theme.selection_text),
        (roles.PlaceholderText, theme.placeholder),
        (roles.Link, theme.text),
    ):
        pal.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    return pal


class Look:
    """The theme and text size in use; `apply` restyles every open window at once."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        # The system's own text size, remembered before we first change the app's font.
        if app.property("assistSystemPointSize") is None:
            app.setProperty("assistSystemPointSize", app.font().pointSizeF())
        self.system_point_size = max(float(app.property("assistSystemPointSize")), MIN_POINT_SIZE)
        self.theme = LIGHT
        self.text_scale = 1.0

    @property
    def point_size(self) -> float:
        return self.system_point_size * self.text_scale

    def apply(self, theme: str | None = None, text_scale: float | None = None) -> None:
        if theme is not None:
            self.theme = THEMES.get(theme, LIGHT)
        if text_scale is not None:
            self.text_scale = min(max(float(text_scale), 1.0), 2.0)
        font = QFont(self._app.font())
        font.setPointSizeF(self.point_size)
        self._app.setFont(font)
        sheet = style_sheet(self.theme, self.point_size)
        if sheet != self._app.styleSheet():  # restyling every widget takes a moment
            self._app.setPalette(palette(self.theme))
            self._app.setStyleSheet(sheet)
