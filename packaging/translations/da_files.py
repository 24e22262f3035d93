"""Danish for the window's files (kkr_desk/ui/file_commands.py, recent_files.py) and the
message after an export (kkr_desk/ui/transfer.py); merged by ``make translations``. The
File menu's Danish mnemonic f of "Seneste &filer" is free of the menu's others."""

from __future__ import annotations

DA: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    "&Recent files": "Seneste &filer",
    # the export formats (kkr_desk/app/exporting.py's labels)
    "Excel workbook": "Excel-projektmappe",
    "OParl 1.1 (JSON)": "OParl 1.1 (JSON)",
    "Decision report (PDF)": "Beslutningsprotokol (PDF)",
    "Decision report (Word)": "Beslutningsprotokol (Word)",
    ("recent_files", "(none)"): "(ingen)",
    "The file is gone: {0}": "Filen findes ikke længere: {0}",
    # after an export: each count in its plural form (one, many)
    "Wrote {0} from {1} to {2}.": "{0} fra {1} blev skrevet til {2}.",
    "%Ln items": ("%Ln punkt", "%Ln punkter"),
    "%Ln meetings": ("%Ln møde", "%Ln møder"),
    "Open folder": "Åbn mappe",
}
