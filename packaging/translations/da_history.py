"""Danish for the meeting's history (kkr_desk/ui/history_panel.py, its row in the View
menu). The View menu's Danish mnemonic m is free of the menu's others. The descriptions
of the changes themselves come in Danish from kkr_desk/app/describe.py."""

DA = {
    # View menu
    "&Meeting history": "&Mødehistorik",
    # the dock
    ("history", "History"): "Historik",
    ("history", "Changes"): "Ændringer",
    ("history", "Changes since import"): "Ændringer siden import",
    ("history", "When"): "Hvornår",
    ("history", "Who"): "Hvem",
    ("history", "What"): "Hvad",
    ("history", "Before → after"): "Før → efter",
    ("history", "Item"): "Punkt",
    ("history", "Only the selected item"): "Kun valgt punkt",
    ("history", "Undo this change"): "Fortryd denne ændring",
    ("history", "Undo change: {0}"): "Fortryd ændring: {0}",
    ("history", "(of {0})"): "(fra {0})",
    ("history", "(reverted)"): "(fortrudt)",
    ("history", "new"): "ny",
    ("history", "removed"): "fjernet",
    ("history", "Nothing differs from the imported file"): (
        "Intet afviger fra den importerede fil"
    ),
    ("history", "The meeting's file cannot be read again: {0}"): (
        "Mødets fil kan ikke læses igen: {0}"
    ),
    ("history", "A later change depends on this one"): "En senere ændring bygger på denne",
    # refusing to undo a change
    ("history", "This change cannot be undone"): "Ændringen kan ikke fortrydes",
    (
        "history",
        "A later change depends on it: {0} by {1} ({2}) changed the same. Undo that change first.",
    ): (
        "En senere ændring bygger på den: {0} af {1} ({2}) ændrede det samme. "
        "Fortryd den ændring først."
    ),
    ("history", "It replaced the whole meeting (a new version of the file): use Edit → Undo."): (
        "Den erstattede hele mødet (en ny version af filen): brug Rediger → Fortryd."
    ),
    ("history", "It did not change the meeting's content: there is nothing to undo."): (
        "Den ændrede ikke mødets indhold: der er intet at fortryde."
    ),
    ("history", "It changed nothing: there is nothing to undo."): (
        "Den ændrede intet: der er intet at fortryde."
    ),
    ("history", "It is no longer in the meeting's history."): (
        "Den findes ikke længere i mødets historik."
    ),
    # the status line's name of a revert seen from another clerk (follow.py)
    ("follow", "change reverted"): "ændring fortrudt",
}
