"""The Qt binding the desk runs on must not leak or drop references on ordinary calls.

PySide6 6.12.0 on Python 3.10/3.11 dropped one reference to ``None`` on every void call; a
day at the desk (a few thousand repaints) then ended in "Fatal Python error: none_dealloc".
pyproject.toml keeps PySide6 below 6.12; this test fails if a bad build comes back.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setToolTip("y")
    assert sys.getrefcount(None) >= before - 10
