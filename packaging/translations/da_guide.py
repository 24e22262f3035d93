"""Danish for Help → User guide (kkr_desk/ui/guide.py)."""

DA = {
    "&User guide": "&Brugervejledning",
    "User guide": "Brugervejledning",
    "The user guide is not installed. It should be here:\n{0}": (
        "Brugervejledningen er ikke installeret. Den skulle ligge her:\n{0}"
    ),
    "Contents": "Indhold",
    "Find in the guide (Ctrl+F)": "Søg i vejledningen (Ctrl+F)",
    "Find in the guide": "Søg i vejledningen",
    "Not found": "Ikke fundet",
}
