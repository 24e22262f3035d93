"""The user interface language: Danish first, English as the source language.

Strings are written in English through ``tr()``; ``resources/i18n/kkr_desk_da.ts`` holds
their Danish text and ``kkr_desk_da.qm`` is what Qt loads (``make translations``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kkr_desk.paths import resources_dir

LANGUAGES = {"da": "Dansk", "en": "English"}
SOURCE_LANGUAGE = "en"

log = logging.getLogger("kkr_desk.ui")

_installed: list[QTranslator] = []  # installed translators, kept alive here


def choose_language(setting: object) -> str:
    """The language to use: the setting when it names one, else the system's (any other
    value, e.g. None or whatever QSettings.value returns for a missing key)."""
    if isinstance(setting, str) and setting in LANGUAGES:
        return setting
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def qm_file(language: str) -> Path:
    return resources_dir() / "i18n" / f"kkr_desk_{language}.qm"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Switch ``app`` to ``language``: remove the translators installed before, load
    KKR Desk's own and Qt's (standard buttons, dialogs) for it; returns those installed.
    A missing Qt translation is logged, not an error."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        return []
    own = QTranslator()
    path = qm_file(language)
    if own.load(str(path)):
        _installed.append(own)
    else:
        log.warning("no %s translation at %s: the interface stays in English", language, path)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        _installed.append(qt)
    else:
        log.info("no Qt translation qtbase_%s in %s", language, qt_dir)
    for translator in _installed:
        app.installTranslator(translator)
    return list(_installed)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it as it is (typed as a
    string, unlike PySide6's own)."""
    return text
