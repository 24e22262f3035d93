"""Danish of the error messages by code, their params and dates (kkr_desk/ui/messages.py)."""

DA = {
    # Qt's file dialog: what qtbase_da.qm lacks (kkr_desk/ui/i18n.py QT_GAPS)
    ("QFileDialog", "&Look in:"): "&Kig i:",
    ("QFileDialog", "Files of &type:"): "Filer af &type:",
    # dates: Qt's date format, month names from the locale
    ("dates", "d MMMM yyyy"): "d. MMMM yyyy",
    # reading a file
    ("errors", "{name} is not a file ({kind})."): "{name} er ikke en fil ({kind}).",
    ("errors", "{name} cannot be read: {reason}."): "{name} kan ikke læses: {reason}.",
    ("errors", "{name} is over {size} MB; KKR Desk reads files of at most {most} MB."): (
        "{name} fylder over {size} MB; KKR Desk læser filer på højst {most} MB."
    ),
    ("errors", "{name} is {size} MB; KKR Desk reads files of at most {most} MB."): (
        "{name} fylder {size} MB; KKR Desk læser filer på højst {most} MB."
    ),
    ("errors", "{name} is empty."): "{name} er tom.",
    ("errors", "{name} is not a PDF (it does not start with %PDF)."): (
        "{name} er ikke en PDF-fil (den begynder ikke med %PDF)."
    ),
    ("errors", "{name} holds no text."): "{name} indeholder ingen tekst.",
    ("errors", "{name}: {what} may be at most {most} characters (it has {count})."): (
        "{name}: {what} må højst have {most} tegn (den har {count})."
    ),
    ("errors", "{name}: {what} may not contain a NUL character."): (
        "{name}: {what} må ikke indeholde et NUL-tegn."
    ),
    ("errors", "{name}: {what} holds characters that are not text."): (
        "{name}: {what} indeholder tegn, der ikke er tekst."
    ),
    (
        "errors",
        "{name} is not a KKR agenda or minutes: page {page} holds a 'word' of "
        "{count} characters without a space (KKR Desk reads words of up to {most}).",
    ): (
        "{name} er ikke en KKR-dagsorden eller et KKR-referat: side {page} har et »ord« på "
        "{count} tegn uden mellemrum (KKR Desk læser ord på op til {most} tegn)."
    ),
    ("errors", "{name} is not a KKR agenda or minutes: {why}."): (
        "{name} er ikke en KKR-dagsorden eller et KKR-referat: {why}."
    ),
    ("errors", "{name} is password protected: save an unprotected copy first."): (
        "{name} er beskyttet med adgangskode: gem først en kopi uden beskyttelse."
    ),
    (
        "errors",
        "{name} has no text layer (a scanned document): run it through OCR "
        "(for example ocrmypdf) and open the result.",
    ): (
        "{name} har intet tekstlag (et scannet dokument): kør den gennem tekstgenkendelse "
        "(OCR, for eksempel ocrmypdf) og åbn resultatet."
    ),
    ("errors", "{name} contains no text."): "{name} indeholder ingen tekst.",
    ("errors", "{name} is UTF-16 text: save it again as UTF-8."): (
        "{name} er UTF-16-tekst: gem den igen som UTF-8."
    ),
    (
        "errors",
        "{name} is neither a PDF nor a text extraction: it holds binary data "
        "(a NUL byte at byte {offset}).",
    ): (
        "{name} er hverken en PDF-fil eller en tekstudtrækning: den indeholder binære data "
        "(en NUL-byte ved byte {offset})."
    ),
    (
        "errors",
        "{name} is not UTF-8 (byte {offset} cannot be read); it looks like a Windows "
        "(cp1252) file: save it again as UTF-8.",
    ): (
        "{name} er ikke UTF-8 (byte {offset} kan ikke læses); den ligner en Windows-fil "
        "(cp1252): gem den igen som UTF-8."
    ),
    ("errors", "{name} does not exist"): "{name} findes ikke",
    ("errors", "{name} cannot be read: the PDF file is damaged ({detail})."): (
        "{name} kan ikke læses: PDF-filen er beskadiget ({detail})."
    ),
    ("errors", "{name}: {pages} cannot be read: the PDF file is damaged ({detail})."): (
        "{name}: {pages} kan ikke læses: PDF-filen er beskadiget ({detail})."
    ),
    # edits
    ("errors", "there is no node {node_id} in this meeting"): (
        "der er ingen del {node_id} i dette møde"
    ),
    ("errors", "{node} would be left without lines"): "{node} ville stå uden linjer",
    ("errors", "the front matter cannot be split"): "forsiden kan ikke deles",
    ("errors", "line {line} is not inside {node} after its first line"): (
        "linje {line} ligger ikke i {node} efter dens første linje"
    ),
    ("errors", "{node} has nothing before it to merge with"): (
        "{node} har intet foran sig at flette med"
    ),
    ("errors", "{node} already starts at line {line}"): "{node} begynder allerede ved linje {line}",
    ("errors", "nothing stands before {node} to take or give lines"): (
        "der står intet foran {node}, som kan tage eller give linjer"
    ),
    ("errors", "line {line} is outside what {node} can reach"): (
        "linje {line} ligger uden for det, {node} kan nå"
    ),
    ("errors", "front matter is not a heading"): "forsiden er ikke en overskrift",
    ("errors", "line {line} is not inside any {kind}"): "linje {line} ligger ikke i nogen {kind}",
    ("errors", "line {line} already opens {node}"): "linje {line} indleder allerede {node}",
    ("errors", "{node} is not stored yet"): "{node} er ikke gemt endnu",
    ("errors", "{node} is not inside a stored item"): "{node} ligger ikke i et gemt punkt",
    ("errors", "{node} cannot become a {kind}"): "{node} kan ikke blive til en {kind}",
    ("errors", "{node} has no section before it to join"): (
        "{node} har ingen sektion foran sig at blive en del af"
    ),
    ("errors", "{node} has no item before it to join"): (
        "{node} har intet punkt foran sig at blive en del af"
    ),
    ("errors", "{node} has no field {fields}"): "{node} har ikke feltet {fields}",
    ("errors", "'{value}' is not a part heading"): "»{value}« er ikke en afsnitsoverskrift",
    ("errors", "there is no line {line}"): "der er ingen linje {line}",
    ("errors", "{node} is not an item"): "{node} er ikke et punkt",
    ("errors", "unknown decision tag {tags}"): "ukendt beslutningsmærke {tags}",
    ("errors", "unknown review status '{status}'"): "ukendt gennemgangsstatus »{status}«",
    ("errors", "{what} may be at most {most} characters (it has {count})"): (
        "{what} må højst have {most} tegn (den har {count})"
    ),
    ("errors", "{what} may not contain a NUL character"): "{what} må ikke indeholde et NUL-tegn",
    ("errors", "{what} holds characters that are not text"): (
        "{what} indeholder tegn, der ikke er tekst"
    ),
    ("errors", "meeting {meeting} is in the trash: restore it first"): (
        "møde {meeting} ligger i papirkurven: gendan det først"
    ),
    ("errors", "meeting {meeting} is not in the trash"): "møde {meeting} ligger ikke i papirkurven",
    (
        "errors",
        "meeting {meeting} is an earlier version of meeting {newer}: undo its re-import instead",
    ): (
        "møde {meeting} er en tidligere version af møde {newer}: fortryd i stedet "
        "genimporten af det"
    ),
    ("errors", "meeting {version} is not an earlier version of meeting {meeting}"): (
        "møde {version} er ikke en tidligere version af møde {meeting}"
    ),
    ("errors", "the same file is in the archive as meeting {meeting}"): (
        "den samme fil ligger i arkivet som møde {meeting}"
    ),
    ("errors", "the meeting was changed meanwhile by {who} ({what}): {reason}"): (
        "mødet er imens blevet ændret af {who} ({what}): {reason}"
    ),
    ("errors", "{operation} would break the structure: {detail}"): (
        "{operation} ville ødelægge opbygningen: {detail}"
    ),
    ("errors", "the meeting has changed since: this step cannot be undone"): (
        "mødet er ændret siden: dette trin kan ikke fortrydes"
    ),
    ("errors", "there is no meeting {meeting} in the archive"): (
        "der er intet møde {meeting} i arkivet"
    ),
    # a file whose meeting is archived
    (
        "errors",
        "{name} is already in the archive as meeting {meeting} (the same file); "
        "use --replace to import it again.",
    ): "{name} ligger allerede i arkivet som møde {meeting} (den samme fil).",
    (
        "errors",
        "{name} is another file of meeting {meeting} (the same council, date and "
        "kind); use --replace to import it as its new version, or --as-new to keep it as a "
        "meeting of its own.",
    ): "{name} er en anden fil til møde {meeting} (samme råd, dato og type).",
    ("errors", "{name} was imported by someone else just now; try again."): (
        "{name} blev netop importeret af en anden; prøv igen."
    ),
    # an archive that cannot be used
    ("errors", "the archive is busy: another KKR Desk has held it for too long; try again"): (
        "arkivet er optaget: et andet KKR Desk har holdt det for længe; prøv igen"
    ),
    ("errors", "KKR Desk has no schema revisions in {folder}"): (
        "KKR Desk har ingen skemarevisioner i {folder}"
    ),
    (
        "errors",
        "the database has tables ({tables}) but no schema revision; it is not a KKR Desk archive",
    ): "databasen har tabeller ({tables}), men ingen skemarevision; den er ikke et KKR Desk-arkiv",
    (
        "errors",
        "the archive was written by a newer KKR Desk (revision {revision}); update KKR Desk",
    ): "arkivet er skrevet af et nyere KKR Desk (revision {revision}); opdatér KKR Desk",
    ("errors", "the upgrade left broken references; nothing was changed"): (
        "opgraderingen efterlod brudte henvisninger; intet blev ændret"
    ),
    ("errors", "{where} does not exist, and it is read-only: {why}"): (
        "{where} findes ikke, og det er skrivebeskyttet: {why}"
    ),
    (
        "errors",
        "{where} is read-only ({why}) and needs an upgrade to this KKR Desk (schema revision "
        "{revision} → {head}); make it writable and open it again",
    ): (
        "{where} er skrivebeskyttet ({why}) og skal opgraderes til dette KKR Desk "
        "(skemarevision {revision} → {head}); gør det skrivbart, og åbn det igen"
    ),
    ("errors", "the archive cannot be opened: {detail}"): "arkivet kan ikke åbnes: {detail}",
    ("errors", "the export could not be written: {detail}"): (
        "eksporten kunne ikke skrives: {detail}"
    ),
    # params: labels, kinds, reasons, fields
    ("errors", "part '{0}'"): "afsnit »{0}«",
    ("errors", "section {0}"): "sektion {0}",
    ("errors", "item {0}"): "punkt {0}",
    ("errors", "front matter {0}"): "forside {0}",
    ("errors", "{0} of the {1}"): "{0} i {1}",
    ("errors", "line {0} (page {1})"): "linje {0} (side {1})",
    ("errors", "the archive {0}"): "arkivet {0}",
    ("errors", "a folder"): "en mappe",
    ("errors", "a named pipe"): "en navngivet pipe",
    ("errors", "a device"): "en enhed",
    ("errors", "a socket"): "en socket",
    ("errors", "not a regular file"): "ikke en almindelig fil",
    ("errors", "Permission denied"): "adgang nægtet",
    ("errors", "No such file or directory"): "filen eller mappen findes ikke",
    ("errors", "Is a directory"): "det er en mappe",
    ("errors", "the input"): "inddata",
    ("errors", "it has no numbered sections"): "den har ingen nummererede sektioner",
    ("errors", "it names no KKR council"): "den nævner intet KKR-råd",
    ("errors", "it has no pages"): "den har ingen sider",
    ("errors", "the number"): "nummeret",
    ("errors", "the part heading"): "afsnitsoverskriften",
    ("errors", "the heading"): "overskriften",
    ("errors", "the case number"): "sagsnummeret",
    ("errors", "the title"): "titlen",
    ("errors", "the handlers"): "sagsbehandlerne",
    ("errors", "the council"): "rådet",
    ("errors", "the kind"): "typen",
    ("errors", "the corrected line"): "den rettede linje",
    ("errors", "the note"): "noten",
    ("errors", "the tags"): "mærkerne",
    ("errors", "section"): "sektion",
    ("errors", "item"): "punkt",
    ("errors", "part"): "afsnit",
    ("errors", "the archive"): "arkivet",
    ("errors", "the file is write-protected"): "filen er skrivebeskyttet",
    ("errors", "its folder is write-protected"): "dens mappe er skrivebeskyttet",
    ("errors", "it was opened read-only"): "det blev åbnet skrivebeskyttet",
    ("errors", "this step cannot be undone"): "dette trin kan ikke fortrydes",
    ("errors", "it changes what was changed"): "det ændrer det, der blev ændret",
    ("errors", "someone"): "en anden",
    ("errors", "a change"): "en ændring",
    ("errors", "(none)"): "(intet)",
}
