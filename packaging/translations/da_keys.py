"""Danish for the keyboard work (kkr_desk/ui/navigation.py, the Review and View menus'
navigation rows) and the mnemonics moved so that no two clash in a menu, the menu bar or
the item panel's form (tests/ui/test_keyboard.py checks both languages)."""

DA = {
    # item panel: Alt+B is the Beslutning menu, Alt+H Hjælp
    "H&andlers": "Sagsbeh&andlere",
    # Edit menu: U is Undo, M is Merge in English
    "Move the start one &line up": "Flyt starten én linje &op",
    "Pr&omote the heading one level": "&Hæv overskriften ét niveau",
    "D&emote the heading one level": "S&ænk overskriften ét niveau",
    # the tree's menu holds "Flyt starten én linje &op" as well
    "&Flag for follow-up": "Markér til o&pfølgning",
    # Review menu
    "&Move on after Reviewed": "Gå &videre efter Gennemgået",
    "Next &item": "Næ&ste punkt",
    "&Previous item": "&Forrige punkt",
    # View menu
    "Conte&xt menu": "&Genvejsmenu",
}
