"""Danish for Help → Om KKR Desk (kkr_desk/ui/about.py): the licence and the third-party
notices; merged by ``make translations``. The licence's own terms (the notices' texts)
stay in English, as the licences are written."""

from __future__ import annotations

DA: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    ("About", "About KKR Desk"): "Om KKR Desk",
    "Review of KKR agendas and minutes.": "Gennemgang af KKR-dagsordener og -referater.",
    "KKR Desk is free software: you can redistribute it and/or modify it under "
    "the terms of the GNU Affero General Public License as published by the "
    "Free Software Foundation, version 3 or (at your option) any later version "
    "(AGPL-3.0-or-later).": (
        "KKR Desk er fri software: du må videregive og ændre programmet på de vilkår, "
        "som GNU Affero General Public License udgivet af Free Software Foundation "
        "fastsætter, enten version 3 eller (efter dit valg) enhver senere version "
        "(AGPL-3.0-or-later)."
    ),
    "It is distributed in the hope that it will be useful, but WITHOUT ANY "
    "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS "
    "FOR A PARTICULAR PURPOSE.": (
        "Programmet udgives i håb om, at det er nyttigt, men UDEN NOGEN GARANTI; heller "
        "ikke underforstået garanti for SALGBARHED eller EGNETHED TIL ET BESTEMT FORMÅL."
    ),
    "The source code of this program: {0}": "Programmets kildekode: {0}",
    "KKR Desk contains PyMuPDF and MuPDF (AGPL-3.0), Qt and PySide6 "
    "(LGPL-3.0) and the other components listed below, each under its "
    "own licence:": (
        "KKR Desk indeholder PyMuPDF og MuPDF (AGPL-3.0), Qt og PySide6 (LGPL-3.0) og de "
        "øvrige komponenter nedenfor, hver med sin egen licens:"
    ),
    "Third-party notices": "Tredjepartsmeddelelser",
}
