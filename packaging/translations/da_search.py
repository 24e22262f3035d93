"""Danish for finding in the meeting and searching the archive (kkr_desk/ui/find_bar.py,
kkr_desk/ui/search_panel.py, their rows in the Edit menu). The Edit menu's Danish
mnemonics m, e, i, k are free of the menu's others."""

DA = {
    # Edit menu
    "&Find…": "Søg i &mødet…",
    "Find &next": "Find næst&e",
    "Find pre&vious": "Find forr&ige",
    "Search the &archive…": "Søg i ar&kivet…",
    # the find bar
    ("search", "Find"): "Søg",
    ("search", "Find:"): "Søg:",
    ("search", "Find in the meeting"): "Søg i mødet",
    ("search", "Previous"): "Forrige",
    ("search", "Next"): "Næste",
    ("search", "The best {0} hits: add a word to narrow"): (
        "De {0} bedste fund: tilføj et ord for at indsnævre"
    ),
    ("search", "Previous hit (Shift+F3)"): "Forrige fund (Skift+F3)",
    ("search", "Next hit (F3)"): "Næste fund (F3)",
    ("search", "Close"): "Luk",
    ("search", "Close (Escape)"): "Luk (Esc)",
    ("search", "No hits"): "Ingen fund",
    ("search", "{0} of {1}"): "{0} af {1}",
    # the archive search
    ("search", "Search the archive"): "Søg i arkivet",
    ("search", "Words to search for"): "Ord at søge efter",
    ("search", "Hits"): "Fund",
    ("search", "Hits: {0}"): "Fund: {0}",
    ("search", "note"): "notat",
}
