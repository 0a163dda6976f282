"""The supporter's view draws the home user's pointer where the cursor message says."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from assist_client.view import RemoteView


def test_cursor_is_drawn_at_its_fraction_of_the_picture(qtbot) -> None:
    """set_cursor(x, y) puts the arrow's tip at that fraction of the shown picture."""
    view = RemoteView()
    qtbot.addWidget(view)
    view.resize(400, 300)  # picture 400×200, centred: rows 50…250
    view.set_frame(np.zeros((100, 200, 3), np.uint8))
    view.set_cursor(0.25, 0.5, True)
    tip = view.cursor_point()
    assert tip is not None and (round(tip.x()), round(tip.y())) == (100, 150)
    image = view.grab().toImage()
    assert QColor(image.pixel(102, 158)).lightness() > 200  # inside the white arrow
    view.set_cursor(0.25, 0.5, False)
    assert view.cursor_point() is None
    image = view.grab().toImage()
    assert QColor(image.pixel(102, 158)).lightness() < 30  # only the black picture
