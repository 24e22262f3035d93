"""Help → About: the program's name, version and licence (AGPL-3.0-or-later: no warranty,
where the source is), and the third-party notices of what the program contains in a
read-only text view — the bundle's THIRD-PARTY-NOTICES.txt when frozen, else built from
the installed metadata (``kkr_desk.app.notices``). Esc or Close closes it; its strings
are translated in the context "About"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kkr_desk.ui.sizing import resize_within_screen


def licence_html(version: str, source: str) -> str:
    """The name, version and licence paragraphs, as rich text."""
    translate = QCoreApplication.translate
    paragraphs = [
        translate("About", "Review of KKR agendas and minutes."),
        translate(
            "About",
            "KKR Desk is free software: you can redistribute it and/or modify it under "
            "the terms of the GNU Affero General Public License as published by the "
            "Free Software Foundation, version 3 or (at your option) any later version "
            "(AGPL-3.0-or-later).",
        ),
        translate(
            "About",
            "It is distributed in the hope that it will be useful, but WITHOUT ANY "
            "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS "
            "FOR A PARTICULAR PURPOSE.",
        ),
        translate("About", "The source code of this program: {0}"),
        translate(
            "About",
            "KKR Desk contains PyMuPDF and MuPDF (AGPL-3.0), Qt and PySide6 "
            "(LGPL-3.0) and the other components listed below, each under its "
            "own licence:",
        ),
    ]
    link = f'<a href="{escape(source)}">{escape(source)}</a>'
    body = "".join(f"<p>{escape(text).replace('{0}', link)}</p>" for text in paragraphs)
    return f"<h2>KKR Desk {escape(version)}</h2>{body}"


def show(parent: QWidget) -> QDialog:
    """Open the About dialog on ``parent`` (modeless, deleted when closed); returns it."""
    from kkr_desk import __version__
    from kkr_desk.app import notices

    dialog = QDialog(parent)
    dialog.setObjectName("about")
    dialog.setWindowTitle(QCoreApplication.translate("About", "About KKR Desk"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    header = QLabel(licence_html(__version__, notices.source_url()))
    header.setObjectName("licence")
    header.setTextFormat(Qt.TextFormat.RichText)
    header.setWordWrap(True)
    header.setOpenExternalLinks(True)
    header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    view = QPlainTextEdit()
    view.setObjectName("notices")
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText(notices.text())
    view.setAccessibleName(QCoreApplication.translate("About", "Third-party notices"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)  # Esc too: QDialog's reject
    layout = QVBoxLayout(dialog)
    layout.addWidget(header)
    layout.addWidget(view, 1)
    layout.addWidget(buttons)
    resize_within_screen(dialog, parent, 820, 720)
    dialog.show()
    buttons.setFocus()
    return dialog
