"""A window with a name field and a password field, in a process of its own, so it joins
the accessibility bus as any application does: `python password_window.py qt|gtk X Y`.

Qt runs under the project's Python (PySide6), GTK under the system Python (python3-gi,
gir1.2-gtk-3.0). It reports on stdout, one JSON object a line: {"ready": true} once
shown and focused, {"field": "name"|"password", "text": "..."} when a field's text
changes. On stdin it takes "focus name", "focus password" and "quit".
"""

from __future__ import annotations

import json
import sys
import threading

WIDTH, HEIGHT = 320, 140
BACKGROUND = "#ff00ff"  # magenta around the fields: nothing else looks like it


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def run_qt(x: int, y: int) -> None:
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("Sähköposti (Qt)")
    window.setGeometry(x, y, WIDTH, HEIGHT)
    window.setStyleSheet(
        f"QWidget {{ background: {BACKGROUND}; }} QLineEdit {{ background: white; }}"
    )
    name, password = QLineEdit(window), QLineEdit(window)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    layout = QVBoxLayout(window)
    layout.addWidget(name)
    layout.addWidget(password)
    fields = {"name": name, "password": password}
    for label, edit in fields.items():
        edit.textChanged.connect(lambda text, label=label: say(field=label, text=text))

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()

    def on_line(line: str) -> None:
        if line == "quit":
            app.quit()
        elif line.startswith("focus "):
            window.activateWindow()
            fields[line.split()[1]].setFocus()

    commands.line.connect(on_line)
    threading.Thread(target=read_stdin, args=(commands.line.emit,), daemon=True).start()
    window.show()
    window.activateWindow()
    name.setFocus()
    QTimer.singleShot(300, lambda: say(ready=True))
    app.exec()


def run_gtk(x: int, y: int) -> None:
    import gi

    gi.require_version("Gtk", "3.0")
    from gi.repository import Gdk, GLib, Gtk

    window = Gtk.Window(title="Sähköposti (GTK)")
    window.set_decorated(False)
    window.move(x, y)
    window.set_default_size(WIDTH, HEIGHT)
    css = Gtk.CssProvider()
    css.load_from_data(
        f"window {{ background: {BACKGROUND}; }} entry {{ background: white; }}".encode()
    )
    Gtk.StyleContext.add_provider_for_screen(
        Gdk.Screen.get_default(), css, Gtk.STYLE_PROVIDER_PRIORITY_APPLICATION
    )
    box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=12, margin=12)
    name, password = Gtk.Entry(), Gtk.Entry()
    password.set_visibility(False)
    box.pack_start(name, False, False, 0)
    box.pack_start(password, False, False, 0)
    window.add(box)
    fields = {"name": name, "password": password}
    for label, entry in fields.items():
        entry.connect("changed", lambda e, label=label: say(field=label, text=e.get_text()))

    def on_line(line: str) -> bool:
        if line == "quit":
            Gtk.main_quit()
        elif line.startswith("focus "):
            window.present()
            fields[line.split()[1]].grab_focus()
        return False

    threading.Thread(
        target=read_stdin, args=(lambda line: GLib.idle_add(on_line, line),), daemon=True
    ).start()
    window.show_all()
    window.present()
    name.grab_focus()
    GLib.timeout_add(300, lambda: say(ready=True) or False)
    Gtk.main()


def read_stdin(handle) -> None:
    for line in sys.stdin:
        handle(line.strip())
    handle("quit")


if __name__ == "__main__":
    toolkit, x, y = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    (run_qt if toolkit == "qt" else run_gtk)(x, y)
