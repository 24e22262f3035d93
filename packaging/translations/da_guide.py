"""Danish for Help → User guide (kkr_desk/ui/guide.py)."""

DA = {
    "&User guide": "&Brugervejledning",
    "User guide": "Brugervejledning",
    "The user guide is not installed. It should be here:\n{0}": (
        "Brugervejledningen er ikke installeret. Den skulle ligge her:\n{0}"
    ),
    "No program could open the user guide. You can open it yourself:\n{0}": (
        "Intet program kunne åbne brugervejledningen. Du kan selv åbne den:\n{0}"
    ),
}
