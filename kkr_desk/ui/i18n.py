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
_current = [SOURCE_LANGUAGE]  # the language installed last
_system_locale: list[QLocale] = []  # the default locale before Danish was set


def current() -> str:
    """The interface language installed last ("en" before any)."""
    return _current[0]


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_da.qm: file dialogs, standard buttons) are:
    Qt's translations path, else PySide6's folder (a frozen bundle may lack the former)."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    return found


def translated(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` without switching the interface to it (the notice after
    choosing a language is read in the language chosen)."""
    if language == SOURCE_LANGUAGE:
        return text
    translator = QTranslator()
    if not translator.load(str(qm_file(language))):
        return text
    return translator.translate(context, text) or text


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
    _current[0] = language
    _set_locale(language)
    if language == SOURCE_LANGUAGE:
        return []
    own = QTranslator()
    path = qm_file(language)
    if own.load(str(path)):
        _installed.append(own)
    else:
        log.warning("no %s translation at %s: the interface stays in English", language, path)
    qt = QTranslator()
    dirs = qt_translation_dirs()
    if any(qt.load(f"qtbase_{language}", str(folder)) for folder in dirs):
        _installed.append(qt)
    else:
        log.warning("no Qt translation qtbase_%s in %s", language, dirs)
    for translator in _installed:
        app.installTranslator(translator)
    return list(_installed)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it as it is (typed as a
    string, unlike PySide6's own)."""
    return text


# Strings of Qt's own file dialog that Qt's Danish (qtbase_da.qm) lacks: this Qt writes
# them with a mnemonic its translation does not have. Ours translates them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def _set_locale(language: str) -> None:
    """Danish: Qt's own widgets (file dialogs' dates, number fields) write Danish too;
    English: the default locale as it was."""
    if not _system_locale:
        _system_locale.append(QLocale())
    if language == "da":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    else:
        QLocale.setDefault(_system_locale[0])
