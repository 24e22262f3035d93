"""Language choice, switching translators, and the committed Danish .ts/.qm."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kkr_desk.paths import resources_dir
from kkr_desk.ui import i18n

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
TS = resources_dir() / "i18n" / "kkr_desk_da.ts"
QM = resources_dir() / "i18n" / "kkr_desk_da.qm"


def _load_da() -> dict:
    spec = importlib.util.spec_from_file_location(
        "translations_da", REPO / "packaging" / "translations_da.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DA


DA = _load_da()


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def test_danish_then_english(qapp, english_afterwards) -> None:
    installed = i18n.install(qapp, "da")
    assert 1 <= len(installed) <= 2  # ours, and Qt's own when the wheel has it
    assert QCoreApplication.translate("DocumentTreeModel", "Title") == "Titel"
    assert QCoreApplication.translate("CrashDialog", "The details are in the log file:") == (
        "Detaljerne står i logfilen:"
    )
    assert i18n.install(qapp, "en") == []
    assert QCoreApplication.translate("DocumentTreeModel", "Title") == "Title"


def test_switching_twice_does_not_stack_translators(qapp, english_afterwards) -> None:
    first = i18n.install(qapp, "da")
    second = i18n.install(qapp, "da")
    assert len(second) == len(first)
    assert QCoreApplication.translate("DocumentTreeModel", "Review") == "Gennemgang"


def test_unknown_language_is_refused(qapp) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        i18n.install(qapp, "sv")


def test_missing_qm_keeps_english(
    qapp, english_afterwards, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "qm_file", lambda language: tmp_path / "missing.qm")
    i18n.install(qapp, "da")
    assert QCoreApplication.translate("DocumentTreeModel", "Title") == "Title"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("da", QLocale.Language.English, "da"),
        ("en", QLocale.Language.Danish, "en"),
        (None, QLocale.Language.Danish, "da"),
        (None, QLocale.Language.German, "en"),
        ("sv", QLocale.Language.Danish, "da"),
        (3, QLocale.Language.English, "en"),
    ],
)
def test_choose_language(
    monkeypatch: pytest.MonkeyPatch, setting: object, system: QLocale.Language, expected: str
) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.choose_language(setting) == expected


def test_ts_has_no_unfinished_entry_that_da_translates() -> None:
    unfinished = [
        (context, source)
        for context, source, message in _messages()
        if ((context, source) in DA or source in DA)
        and message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "run: make translations"


def test_qm_translates_every_da_string_in_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    missing = []
    for context, source, message in _messages():
        if message.get("numerus") == "yes":
            continue
        wanted = DA.get((context, source), DA.get(source))
        if wanted is not None and translator.translate(context, source) != wanted:
            missing.append((context, source))
    assert missing == [], "the .qm is older than the .ts: run make translations"
