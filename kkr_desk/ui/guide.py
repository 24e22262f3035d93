"""Help → User guide: the user guide in the clerk's language, in a window of its own.

The guides are ``docs/brugervejledning.md`` (Danish) and ``docs/user-guide.md`` (English):
in the repository's ``docs/`` when run from source, under ``docs/`` of the bundle when
frozen (PyInstaller's ``sys._MEIPASS``; packaging/kkr-desk.spec bundles the folder). The
Danish guide when the window is in Danish, else the English one. When the file is not
there, a message says where it should be.

The window shows the Markdown itself (``QTextBrowser``), pictures included, rather than
handing the file to the desktop: a desktop may open ``.md`` in a text editor, without
the pictures, or in nothing at all. Beside the text: the contents (the guide's headings;
choosing one scrolls it to the top) and a find field (Enter: the next match, from the top
again after the last). Pictures wider than the text are drawn smaller, to fit; links to
the web open in the browser. Esc or Close closes it; Ctrl+F goes to the find field. One
window per main window: asking again brings it to the front.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kkr_desk.ui import i18n, msgbox
from kkr_desk.ui.sizing import resize_within_screen

translate = QCoreApplication.translate

GUIDES = {"da": "brugervejledning.md", "en": "user-guide.md"}
_PACKAGE = Path(__file__).resolve().parent.parent  # kkr_desk/
_POSITION = Qt.ItemDataRole.UserRole  # a contents entry's heading: its block's position


def docs_dir() -> Path:
    """The folder the guides are in: the frozen bundle's ``docs``, else the source tree's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs"
    return _PACKAGE.parent / "docs"


def guide_path(language: str) -> Path:
    """The guide for ``language`` ("da" or "en"; any other language gets the English)."""
    return docs_dir() / GUIDES.get(language, GUIDES["en"])


def headings(document: QTextDocument) -> list[tuple[int, str, int]]:
    """``(level, text, position)`` of every heading of ``document``, in order."""
    out = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            out.append((level, block.text(), block.position()))
        block = block.next()
    return out


def _pictures(document: QTextDocument) -> Iterator[tuple[int, int, QTextImageFormat]]:
    """``(position, length, format)`` of every picture in ``document``, in order."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                yield fragment.position(), fragment.length(), image
            fragments += 1
        block = block.next()


class GuideBrowser(QTextBrowser):
    """The guide's text; its pictures fit its width (again after each resize)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)  # the web in the browser; the other guide here
        self._fitted_to = -1
        self._base = QUrl()  # the guide's file (source() is not yet set in sourceChanged)
        self.sourceChanged.connect(self._source_changed)
        # Fitting changes the document: not from within a resize or a new source, but
        # in the event loop's next turn (once for a run of resizes).
        self._fit_later = QTimer(self, singleShot=True, interval=0)
        self._fit_later.timeout.connect(self.fit_images)

    def _source_changed(self, url: QUrl) -> None:
        self._base = url
        self._fitted_to = -1
        self.document().setUndoRedoEnabled(False)  # fitting pictures is nothing to undo
        self._fit_later.start()

    def _picture(self, image: QTextImageFormat) -> Path:
        return Path(self._base.resolved(QUrl(image.name())).toLocalFile())

    def image_paths(self) -> list[Path]:
        """The files of the pictures the guide shows, in order."""
        return [self._picture(image) for _, _, image in _pictures(self.document())]

    def fit_images(self) -> None:
        """Draw every picture at its own size, or as wide as the text where it is wider
        (keeping its proportions). Done in the event loop's next turn after a resize or
        a new source (``_fit_later``)."""
        document = self.document()
        room = int(self.viewport().width() - 2 * document.documentMargin()) - 8
        if room <= 0 or room == self._fitted_to:
            return
        self._fitted_to = room
        # The layout finished first (pageCount), the changes in one edit block: changed
        # piecemeal over a half-done lazy layout, the blocks after a picture were left
        # without lines (not drawn at all).
        document.pageCount()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for position, length, image in list(_pictures(document)):
            size = QImageReader(str(self._picture(image))).size()  # the header only
            if not size.isValid():
                continue  # a missing picture: Qt draws its placeholder
            width = min(size.width(), room)
            height = size.height() * width / size.width()
            if (image.width(), image.height()) == (width, height):
                continue
            image.setWidth(width)
            image.setHeight(height)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
        cursor.endEditBlock()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later.start()


class GuideWindow(QDialog):
    """The user guide ``path`` with its contents and a find field."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(translate("Guide", "User guide") + " — KKR Desk")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = GuideBrowser()
        self.browser.setObjectName("guide-text")
        self.browser.setAccessibleName(translate("Guide", "User guide"))
        self.contents = QListWidget()
        self.contents.setObjectName("guide-contents")
        self.contents.setAccessibleName(translate("Guide", "Contents"))
        self.contents.setWordWrap(True)  # a long heading on two lines, not cut off
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(self._go_to)
        self.contents.itemClicked.connect(self._go_to)
        self.not_found = QLabel(translate("Guide", "Not found"))
        self.not_found.setObjectName("guide-not-found")
        self.not_found.hide()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("guide-find")
        self.find_field.setPlaceholderText(translate("Guide", "Find in the guide (Ctrl+F)"))
        self.find_field.setAccessibleName(translate("Guide", "Find in the guide"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(lambda _text: self.not_found.hide())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_find)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)  # Esc too: QDialog's reject
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the find field finds; it does not close
        close.setDefault(False)

        finding = QHBoxLayout()
        finding.addWidget(self.find_field, 1)
        finding.addWidget(self.not_found)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 780])
        layout = QVBoxLayout(self)
        layout.addLayout(finding)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.browser.sourceChanged.connect(lambda _url: self._fill_contents())
        self.browser.verticalScrollBar().valueChanged.connect(lambda _value: self._follow())
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def sizeHint(self) -> QSize:
        return QSize(1040, 780)

    def _fill_contents(self) -> None:
        self.contents.clear()
        for level, text, position in headings(self.browser.document()):
            if level == 1:
                continue  # the guide's title: the top
            item = QListWidgetItem(("    " * (level - 2)) + text)
            item.setData(_POSITION, position)
            self.contents.addItem(item)

    def _follow(self) -> None:
        """Mark in the contents the section the top of the text is in."""
        top = self.browser.cursorForPosition(QPoint(0, 0)).position()
        row = -1
        for index in range(self.contents.count()):
            if int(self.contents.item(index).data(_POSITION)) > top:
                break
            row = index
        if row != self.contents.currentRow():
            self.contents.setCurrentRow(row)

    def _go_to(self, item: QListWidgetItem) -> None:
        self.scroll_to(int(item.data(_POSITION)))

    def scroll_to(self, position: int) -> None:
        """Scroll the heading at ``position`` to the top, the text cursor on it."""
        document = self.browser.document()
        block = document.findBlock(position)
        top = document.documentLayout().blockBoundingRect(block).top()
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        self.browser.verticalScrollBar().setValue(int(top))

    def _focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Select the next match of the find field's text after the selection, from the
        top again after the last one; says so beside the field when there is none."""
        text = self.find_field.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.not_found.setVisible(not found)
        if found:
            self._show_cursor()
        return found

    def _show_cursor(self) -> None:
        """Bring the match to the upper third of the text unless it is well inside it
        already (``find`` scrolls only just far enough: the match at the very edge)."""
        height = self.browser.viewport().height()
        rect = self.browser.cursorRect()
        if height // 6 <= rect.top() and rect.bottom() <= height * 5 // 6:
            return
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - height // 3)


def open_guide(parent: QWidget | None) -> GuideWindow | None:
    """Show the guide for the interface language (the window already open on ``parent``
    brought to the front); a message says where the file should be when it is missing."""
    path = guide_path(i18n.current())
    if not path.is_file():
        text = translate("Guide", "The user guide is not installed. It should be here:\n{0}")
        msgbox.information(parent, translate("Guide", "User guide"), text.format(path))
        return None
    window = parent.findChild(GuideWindow, "guide") if parent is not None else None
    if window is None:
        window = GuideWindow(parent, path)
        hint = window.sizeHint()
        resize_within_screen(window, parent, hint.width(), hint.height())
    window.show()
    window.raise_()
    window.activateWindow()
    return window
