"""A GTK 3 Wayland client for the pointer test: the colour pattern, full screen.

Runs under the SYSTEM Python (python3-gi, gir1.2-gtk-3.0), with GDK_BACKEND=wayland on
the test compositor. Why not the Qt pattern client: over Qt 6's Wayland windows the
headless mutter 43 here draws no pointer into the screen cast (mutter's pointer enter
carries serial 0 and Qt never calls wl_pointer.set_cursor; GTK's cursor and mutter's own
are drawn), so the pointer test paints with GTK.
Fills the screen with the same four quarters as pattern_client.QUARTERS and prints
"shown" once mapped. Standard library and gi only.
"""

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, Gtk  # noqa: E402

QUARTERS = {
    (0, 0): (220, 30, 30),
    (1, 0): (30, 200, 40),
    (0, 1): (30, 60, 230),
    (1, 1): (240, 220, 20),
}


def main() -> None:
    # Four boxes coloured by CSS (no cairo: python3-gi-cairo is not needed).
    css = "".join(
        f"#q{qx}{qy} {{ background-color: rgb({r},{g},{b}); }}"
        for (qx, qy), (r, g, b) in QUARTERS.items()
    )
    provider = Gtk.CssProvider()
    provider.load_from_data(css.encode())
    Gtk.StyleContext.add_provider_for_screen(
        Gdk.Screen.get_default(), provider, Gtk.STYLE_PROVIDER_PRIORITY_APPLICATION
    )
    grid = Gtk.Grid(row_homogeneous=True, column_homogeneous=True)
    for qx, qy in QUARTERS:
        box = Gtk.Box(name=f"q{qx}{qy}", hexpand=True, vexpand=True)
        grid.attach(box, qx, qy, 1, 1)
    window = Gtk.Window(title="assist-gtk-pattern")
    window.add(grid)
    window.connect("map-event", lambda *a: print("shown", flush=True) or False)
    window.connect("destroy", Gtk.main_quit)
    window.fullscreen()
    window.show_all()
    Gtk.main()


if __name__ == "__main__":
    main()
