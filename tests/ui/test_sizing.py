"""kkr_desk/ui/sizing.py: a window gets the size asked for, or as much of its screen as a
window may take (9/10 of the width, 8/10 of the height)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from kkr_desk.ui.sizing import resize_within_screen

pytestmark = pytest.mark.gui


def test_a_size_that_fits_is_kept_and_one_that_does_not_is_cut(qtbot) -> None:
    near, window = QWidget(), QWidget()
    qtbot.addWidget(near)
    qtbot.addWidget(window)
    screen = near.screen().availableGeometry()
    resize_within_screen(window, near, 300, 200)
    assert (window.width(), window.height()) == (300, 200)
    resize_within_screen(window, near, screen.width() * 2, screen.height() * 2)
    assert (window.width(), window.height()) == (
        screen.width() * 9 // 10,
        screen.height() * 8 // 10,
    )
    resize_within_screen(window, None, screen.width() * 2, 100)
    assert (window.width(), window.height()) == (screen.width() * 9 // 10, 100)
