"""Danish text for KKR Desk's interface, keyed by the English source string.

``make translations`` (packaging/update_translations.py) writes these into
resources/i18n/kkr_desk_da.ts and compiles kkr_desk_da.qm. A key applies in every
context where the source string occurs; to translate one context differently, add a
``("Context", "source")`` key, which wins over the plain one. A string with a plural
(``tr("%n items", "", n)``) takes a tuple of the two Danish forms (one, many).

Keep ``&`` mnemonics unique within a menu or form, and keep every ``{0}``/``%n``.
"""

from __future__ import annotations

DA: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    # crash dialog (kkr_desk/ui/crash.py)
    "{0} — unexpected error": "{0} — uventet fejl",
    "An unexpected error happened in {0}.": "Der opstod en uventet fejl i {0}.",
    "Everything you did before the error is saved: {0} saves every change immediately. "
    "You can continue working, or close {0} and start it again.": (
        "Alt, hvad du gjorde før fejlen, er gemt: {0} gemmer hver ændring med det samme. "
        "Du kan arbejde videre eller lukke {0} og starte programmet igen."
    ),
    "The details are in the log file:": "Detaljerne står i logfilen:",
    "No log file was written; the details went to the error output.": (
        "Der blev ikke skrevet nogen logfil; detaljerne blev sendt til fejludskriften."
    ),
    # document tree and meeting list (tree_model.py)
    "(text)": "(tekst)",
    "reviewed": "gennemgået",
    "flagged": "markeret",
    "No.": "Nr.",
    "Title": "Titel",
    "Review": "Gennemgang",
    "minutes": "referat",
    "agenda": "dagsorden",
    # main window (main_window.py)
    "Page ": "Side ",
    "of {0}": "af {0}",
    "{0} of {1} items reviewed": "{0} af {1} punkter gennemgået",
    "Click a line": "Klik på en linje",
    "Click a line on the page first.": "Klik først på en linje på siden.",
    "Split part": "Del afsnit",
    "Split item": "Del punkt",
    "Select": "Vælg",
    "Select a section, item or part first.": "Vælg først en sektion, et punkt eller et afsnit.",
    "Merge with the previous": "Flet med den forrige",
    "Move start up": "Flyt start op",
    "Move start down": "Flyt start ned",
    "Make section heading": "Gør til sektionsoverskrift",
    "Make item heading": "Gør til punktoverskrift",
    "Make part heading": "Gør til afsnitsoverskrift",
    "This heading cannot move that way.": "Denne overskrift kan ikke flyttes den vej.",
    "Promote heading": "Hæv overskrift",
    "Demote heading": "Sænk overskrift",
    "Correct line": "Ret linje",
    "Text of the line:": "Linjens tekst:",
    "Every item is reviewed.": "Alle punkter er gennemgået.",
    "The language changes when KKR Desk starts again.": (
        "Sproget skifter, når KKR Desk startes igen."
    ),
    "Keyboard shortcuts": "Tastaturgenveje",
    "Open": "Åbn",
    "Meetings (*.pdf *.txt)": "Møder (*.pdf *.txt)",
    "Export": "Eksport",
    "Page view": "Sidevisning",
    # item panel (item_panel.py)
    "initials, separated by /": "initialer, adskilt med /",
    "&Number": "&Nummer",
    "&Title": "&Titel",
    "&Case number": "&Sagsnummer",
    "Confirm suggestion": "Bekræft forslag",
    "Decision": "Beslutning",
    "Reviewed": "Gennemgået",
    "Flag": "Markér",
    "Note for this item": "Note til dette punkt",
    "suggested from the decision text": "foreslået ud fra beslutningsteksten",
    "No decision tags.": "Ingen beslutningsmærker.",
    "Confirmed by the clerk.": "Bekræftet af sekretariatet.",
    "Suggestions (italic) — not yet confirmed.": "Forslag (kursiv) — endnu ikke bekræftet.",
    "Attachments": "Bilag",
    "(no decision text)": "(ingen beslutningstekst)",
    "Not reviewed": "Ikke gennemgået",
    "Reviewed ✓": "Gennemgået ✓",
    "Flagged for follow-up": "Markeret til opfølgning",
    "Edit item fields": "Ret punktets felter",
    "Decision tag: {0}": "Beslutningsmærke: {0}",
    "Confirm decision tags": "Bekræft beslutningsmærker",
    "Review status": "Gennemgangsstatus",
    "Note": "Note",
    "Cannot do that": "Det kan ikke lade sig gøre",
    # decision tags
    "Approved": "Godkendt",
    "Noted": "Taget til efterretning",
    "Discussed": "Drøftet",
    "Appointed": "Udpeget",
    "Recommended": "Anbefalet",
    "Postponed": "Udsat",
    "Rejected": "Afvist",
    # menus and actions (actions.py); mnemonics are unique per menu in Danish too
    "&File": "&Filer",
    "&Edit": "&Rediger",
    "&Decision": "&Beslutning",
    "&Review": "&Gennemgang",
    "&View": "&Vis",
    "&Help": "&Hjælp",
    "&Open PDF or text file…": "&Åbn PDF- eller tekstfil…",
    "&Export…": "&Eksportér…",
    "&Quit": "&Afslut",
    "&Undo": "&Fortryd",
    "&Redo": "&Gentag",
    "Split the &part at the clicked line": "Del &afsnittet ved den klikkede linje",
    "Split the &item at the clicked line": "Del &punktet ved den klikkede linje",
    "&Merge with the previous": "F&let med den forrige",
    "Make the heading &body text": "Gør overskriften til &brødtekst",
    "Move the start one line &down": "Flyt starten én linje &ned",
    "Make the line a &section heading": "Gør linjen til &sektionsoverskrift",
    "Make the line an item &heading": "Gør linjen til p&unktoverskrift",
    "Make the line a part heading": "Gør linjen til afsnitsoverskrift",
    "&Correct the text of the line…": "&Ret linjens tekst…",
    "Edit the &title": "Ret &titlen",
    "&Confirm the suggested tags": "&Bekræft de foreslåede mærker",
    "Mark as &reviewed": "Markér som &gennemgået",
    "&Flag for follow-up": "Markér til &opfølgning",
    "&Next unreviewed item": "&Næste ikke-gennemgåede punkt",
    "Show &all items": "Vis &alle punkter",
    "Show &unreviewed items only": "Vis kun &ikke-gennemgåede punkter",
    "Show f&lagged items only": "Vis kun &markerede punkter",
    "Zoom &in": "Zoom &ind",
    "Zoom &out": "Zoom &ud",
    "&Fit width": "&Tilpas bredde",
    "Undo &history": "Fortrydelses&historik",
    "&Check these": "T&jek disse",
    "Dansk": "Dansk",
    "English": "English",
    "&Keyboard shortcuts": "&Tastaturgenveje",
    "&About KKR Desk": "&Om KKR Desk",
    # the findings list (findings_panel.py); "en" is the interface language's code
    ("findings", "en"): "da",
    "Check these": "Tjek disse",
    "Check these ({0})": "Tjek disse ({0})",
    "Nothing to check": "Intet at tjekke",
    "Page {0}": "Side {0}",
    "Whole file": "Hele filen",
    # import and export (transfer.py)
    "Cancel": "Annuller",
    "Importing…": "Importerer…",
    "Importing {0}…": "Importerer {0}…",
    "Import": "Import",
    "These files could not be imported:": "Disse filer kunne ikke importeres:",
    "CSV for Excel (;)": "CSV til Excel (;)",
    "JSON": "JSON",
    "This meeting": "Dette møde",
    "All meetings in the archive": "Alle møder i arkivet",
    "&Format": "&Format",
    "&Meetings": "&Møder",
    "Exporting…": "Eksporterer…",
    "The export could not be written: {0}": "Eksporten kunne ikke skrives: {0}",
    # decision tag actions (actions.py)
    "Tag: {0}": "Mærke: {0}",
    # a damaged or read-only archive (archive_state.py)
    "The archive": "Arkivet",
    "the archive": "arkivet",
    "The archive {0} is damaged and cannot be read ({1}).": (
        "Arkivet {0} er beskadiget og kan ikke læses ({1})."
    ),
    "There is no backup of it.": "Der findes ingen sikkerhedskopi af det.",
    "The newest backup is {0}. To go back to it, close KKR Desk and copy the backup "
    "over the archive (delete {1} if it is there).": (
        "Den nyeste sikkerhedskopi er {0}. Gå tilbage til den ved at lukke KKR Desk og "
        "kopiere sikkerhedskopien over arkivet (slet {1}, hvis den findes)."
    ),
    "the archive file is write-protected": "arkivfilen er skrivebeskyttet",
    "the archive's folder is write-protected": "arkivets mappe er skrivebeskyttet",
    "it was opened read-only": "det er åbnet skrivebeskyttet",
    "The archive is read-only: {0}. You can read and export, not change.": (
        "Arkivet er skrivebeskyttet: {0}. Du kan læse og eksportere, men ikke ændre."
    ),
    "The archive cannot be used: {0}": "Arkivet kan ikke bruges: {0}",
    "Read-only": "Skrivebeskyttet",
    # the window follows the archive; conflicts (follow.py)
    "split": "opdeling",
    "merge": "sammenlægning",
    "moved start": "flyttet start",
    "new heading": "ny overskrift",
    "heading level": "overskriftsniveau",
    "set title or fields": "sæt titel eller felter",
    "line correction": "rettelse af linje",
    "decision tags": "beslutningsmærker",
    "confirmed tags": "bekræftede mærker",
    "review status": "gennemgangsstatus",
    "set note": "sæt note",
    "undo": "fortrydelse",
    "new version imported": "ny version importeret",
    "earlier version restored": "tidligere version gendannet",
    "The meeting was changed meanwhile: this step could not be undone. "
    "The view has been reloaded.": (
        "Mødet er ændret imens: dette trin kunne ikke fortrydes. Visningen er genindlæst."
    ),
    "The meeting was changed meanwhile: your change was not saved. The view has been reloaded.": (
        "Mødet er ændret imens: din ændring blev ikke gemt. Visningen er genindlæst."
    ),
    "The meeting was changed by {0} meanwhile ({1}, {2}): this step could not be "
    "undone. The view has been reloaded.": (
        "Mødet er ændret af {0} imens ({1}, {2}): dette trin kunne ikke fortrydes. "
        "Visningen er genindlæst."
    ),
    "The meeting was changed by {0} meanwhile ({1}, {2}): your change was not saved. "
    "The view has been reloaded.": (
        "Mødet er ændret af {0} imens ({1}, {2}): din ændring blev ikke gemt. "
        "Visningen er genindlæst."
    ),
    "Reloaded: the meeting was changed in the archive.": ("Genindlæst: mødet er ændret i arkivet."),
    "Reloaded: {0} changed {1} ({2}) at {3}": "Genindlæst: {0} ændrede {1} ({2}) kl. {3}",
    "the meeting": "mødet",
    "Reloaded with changes by {0} ({1}) at {2}": "Genindlæst med ændringer af {0} ({1}) kl. {2}",
    "{0} moved meeting {1} to the trash; it has been closed.": (
        "{0} har lagt møde {1} i papirkurven; det er lukket."
    ),
    "Another clerk": "En anden bruger",
    "Meeting {0} is no longer in the archive; it has been closed.": (
        "Møde {0} findes ikke længere i arkivet; det er lukket."
    ),
    "The meeting": "Mødet",
    # delete, trash and re-import in the window (archive_commands.py, actions.py, transfer.py)
    "This step cannot be undone or redone any more: {0}": (
        "Dette trin kan ikke længere fortrydes eller gentages: {0}"
    ),
    "Delete meeting {0}": "Slet møde {0}",
    "Restore meeting {0}": "Gendan møde {0}",
    "New version of meeting {0}": "Ny version af møde {0}",
    "Trash": "Papirkurv",
    "&Restore": "&Gendan",
    "&Empty the trash": "&Tøm papirkurven",
    "Meeting {0}: {1} {2} ({3}), deleted {4} by {5}": (
        "Møde {0}: {1} {2} ({3}), slettet {4} af {5}"
    ),
    "Delete meeting": "Slet møde",
    "Move meeting {0} ({1}) to the trash? You can undo it (Ctrl+Z) or restore "
    "it from File → Trash.": (
        "Læg møde {0} ({1}) i papirkurven? Du kan fortryde det (Ctrl+Z) eller gendanne "
        "det fra Filer → Papirkurv."
    ),
    "Meeting {0} is in the trash.": "Møde {0} er lagt i papirkurven.",
    "Restore meeting": "Gendan møde",
    "Empty the trash": "Tøm papirkurven",
    "Remove {0} meetings and {1} earlier versions of re-imported meetings for "
    "good? This cannot be undone. (The audit trail is kept.)": (
        "Fjern {0} møder og {1} tidligere versioner af genimporterede møder for altid? "
        "Det kan ikke fortrydes. (Ændringsloggen bevares.)"
    ),
    "{0} meetings were removed for good.": "{0} møder er fjernet for altid.",
    "Meeting {0} was imported as a new version.": "Møde {0} er importeret som ny version.",
    "Could not be carried over:": "Kunne ikke føres over:",
    "All your work was carried over.": "Alt dit arbejde er ført over.",
    "New version": "Ny version",
    "&Delete meeting…": "&Slet møde…",
    "&Trash…": "&Papirkurv…",
    "The meeting is in the archive already (meeting {0}). Import it as a new "
    "version? Your work (review, confirmed decisions, notes, corrections) is "
    "carried over.\n\nNo: open the meeting as it is.": (
        "Mødet findes allerede (møde {0}). Importér som ny version? Dit arbejde "
        "(gennemgang, bekræftede beslutninger, noter, rettelser) føres over.\n\n"
        "Nej: åbn det eksisterende møde, som det er."
    ),
    # a damaged PDF in the window's import (transfer.py)
    "page {0}": "side {0}",
    "pages {0} and {1}": "side {0} og {1}",
    "pages {0} and {1} more": "side {0} og {1} flere",
    "{0}: the PDF file is damaged ({1}).": "{0}: PDF-filen er beskadiget ({1}).",
    "{0}: {1} cannot be read: the PDF file is damaged ({2}).": (
        "{0}: {1} kan ikke læses: PDF-filen er beskadiget ({2})."
    ),
    "Import it anyway? What can be read is stored, and the meeting notes which "
    "pages are damaged. Better: get an undamaged copy of the file.": (
        "Importér alligevel? Det, der kan læses, gemmes, og mødet noterer, hvilke sider "
        "der er beskadigede. Bedre: skaf en ubeskadiget kopi af filen."
    ),
    "Damaged PDF": "Beskadiget PDF",
    "Import anyway": "Importér alligevel",
}


def _merge_parts() -> None:
    """Each ``packaging/translations/da_*.py`` holds the Danish of one part of the window
    in its own ``DA`` (so work on two parts never edits one file); merged in here."""
    import runpy
    from pathlib import Path

    for part in sorted((Path(__file__).parent / "translations").glob("da_*.py")):
        DA.update(runpy.run_path(str(part))["DA"])


_merge_parts()
