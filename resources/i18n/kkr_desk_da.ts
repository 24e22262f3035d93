<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>ArchiveController</name>
    <message>
        <source>Cannot do that</source>
        <translation>Det kan ikke lade sig gøre</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more: {0}</source>
        <translation>Dette trin kan ikke længere fortrydes eller gentages: {0}</translation>
    </message>
    <message>
        <source>Delete meeting {0}</source>
        <translation>Slet møde {0}</translation>
    </message>
    <message>
        <source>Restore meeting {0}</source>
        <translation>Gendan møde {0}</translation>
    </message>
    <message>
        <source>New version of meeting {0}</source>
        <translation>Ny version af møde {0}</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Move meeting {0} ({1}) to the trash? You can undo it (Ctrl+Z) or restore it from File → Trash.</source>
        <translation>Læg møde {0} ({1}) i papirkurven? Du kan fortryde det (Ctrl+Z) eller gendanne det fra Filer → Papirkurv.</translation>
    </message>
    <message>
        <source>Meeting {0} is in the trash.</source>
        <translation>Møde {0} er lagt i papirkurven.</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>Gendan møde</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message>
        <source>Remove {0} meetings and {1} earlier versions of re-imported meetings for good? This cannot be undone. (The audit trail is kept.)</source>
        <translation>Fjern {0} møder og {1} tidligere versioner af genimporterede møder for altid? Det kan ikke fortrydes. (Ændringsloggen bevares.)</translation>
    </message>
    <message>
        <source>{0} meetings were removed for good.</source>
        <translation>{0} møder er fjernet for altid.</translation>
    </message>
    <message>
        <source>Meeting {0} was imported as a new version.</source>
        <translation>Møde {0} er importeret som ny version.</translation>
    </message>
    <message>
        <source>Could not be carried over:</source>
        <translation>Kunne ikke føres over:</translation>
    </message>
    <message>
        <source>All your work was carried over.</source>
        <translation>Alt dit arbejde er ført over.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{0} — unexpected error</source>
        <translation>{0} — uventet fejl</translation>
    </message>
    <message>
        <source>An unexpected error happened in {0}.</source>
        <translation>Der opstod en uventet fejl i {0}.</translation>
    </message>
    <message>
        <source>Everything you did before the error is saved: {0} saves every change immediately. You can continue working, or close {0} and start it again.</source>
        <translation>Alt, hvad du gjorde før fejlen, er gemt: {0} gemmer hver ændring med det samme. Du kan arbejde videre eller lukke {0} og starte programmet igen.</translation>
    </message>
    <message>
        <source>The details are in the log file:</source>
        <translation>Detaljerne står i logfilen:</translation>
    </message>
    <message>
        <source>No log file was written; the details went to the error output.</source>
        <translation>Der blev ikke skrevet nogen logfil; detaljerne blev sendt til fejludskriften.</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <source>(text)</source>
        <translation>(tekst)</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>gennemgået</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markeret</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Click a line</source>
        <translation>Klik på en linje</translation>
    </message>
    <message>
        <source>Click a line on the page first.</source>
        <translation>Klik først på en linje på siden.</translation>
    </message>
    <message>
        <source>Split part</source>
        <translation>Del afsnit</translation>
    </message>
    <message>
        <source>Split item</source>
        <translation>Del punkt</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Vælg</translation>
    </message>
    <message>
        <source>Select a section, item or part first.</source>
        <translation>Vælg først en sektion, et punkt eller et afsnit.</translation>
    </message>
    <message>
        <source>Merge with the previous</source>
        <translation>Flet med den forrige</translation>
    </message>
    <message>
        <source>Move start up</source>
        <translation>Flyt start op</translation>
    </message>
    <message>
        <source>Move start down</source>
        <translation>Flyt start ned</translation>
    </message>
    <message>
        <source>Make section heading</source>
        <translation>Gør til sektionsoverskrift</translation>
    </message>
    <message>
        <source>Make item heading</source>
        <translation>Gør til punktoverskrift</translation>
    </message>
    <message>
        <source>Make part heading</source>
        <translation>Gør til afsnitsoverskrift</translation>
    </message>
    <message>
        <source>This heading cannot move that way.</source>
        <translation>Denne overskrift kan ikke flyttes den vej.</translation>
    </message>
    <message>
        <source>Promote heading</source>
        <translation>Hæv overskrift</translation>
    </message>
    <message>
        <source>Demote heading</source>
        <translation>Sænk overskrift</translation>
    </message>
    <message>
        <source>Correct line</source>
        <translation>Ret linje</translation>
    </message>
    <message>
        <source>Text of the line:</source>
        <translation>Linjens tekst:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Every item is reviewed.</source>
        <translation>Alle punkter er gennemgået.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>initials, separated by /</source>
        <translation>initialer, adskilt med /</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Case number</source>
        <translation>&amp;Sagsnummer</translation>
    </message>
    <message>
        <source>&amp;Handlers</source>
        <translation>Sags&amp;behandlere</translation>
    </message>
    <message>
        <source>Confirm suggestion</source>
        <translation>Bekræft forslag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markér</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>Note til dette punkt</translation>
    </message>
    <message>
        <source>suggested from the decision text</source>
        <translation>foreslået ud fra beslutningsteksten</translation>
    </message>
    <message>
        <source>No decision tags.</source>
        <translation>Ingen beslutningsmærker.</translation>
    </message>
    <message>
        <source>Confirmed by the clerk.</source>
        <translation>Bekræftet af sekretariatet.</translation>
    </message>
    <message>
        <source>Suggestions (italic) — not yet confirmed.</source>
        <translation>Forslag (kursiv) — endnu ikke bekræftet.</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(tekst)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>(no decision text)</source>
        <translation>(ingen beslutningstekst)</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Ikke gennemgået</translation>
    </message>
    <message>
        <source>Reviewed ✓</source>
        <translation>Gennemgået ✓</translation>
    </message>
    <message>
        <source>Flagged for follow-up</source>
        <translation>Markeret til opfølgning</translation>
    </message>
    <message>
        <source>Edit item fields</source>
        <translation>Ret punktets felter</translation>
    </message>
    <message>
        <source>Decision tag: {0}</source>
        <translation>Beslutningsmærke: {0}</translation>
    </message>
    <message>
        <source>Confirm decision tags</source>
        <translation>Bekræft beslutningsmærker</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Gennemgangsstatus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation>Fortrydelseshistorik</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Side </translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>af {0}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagsorden</translation>
    </message>
    <message>
        <source>{0} of {1} items reviewed</source>
        <translation>{0} af {1} punkter gennemgået</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Meetings (*.pdf *.txt)</source>
        <translation>Møder (*.pdf *.txt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagsorden</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page view</source>
        <translation>Sidevisning</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Empty the trash</source>
        <translation>&amp;Tøm papirkurven</translation>
    </message>
    <message>
        <source>Meeting {0}: {1} {2} ({3}), deleted {4} by {5}</source>
        <translation>Møde {0}: {1} {2} ({3}), slettet {4} af {5}</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>The language changes when KKR Desk starts again.</source>
        <translation>Sproget skifter, når KKR Desk startes igen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>About KKR Desk</source>
        <translation>Om KKR Desk</translation>
    </message>
    <message>
        <source>KKR Desk {0}: review of KKR agendas and minutes.</source>
        <translation>KKR Desk {0}: gennemgang af KKR-dagsordener og -referater.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open PDF or text file…</source>
        <translation>&amp;Åbn PDF- eller tekstfil…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Slet møde…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papirkurv…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Split the &amp;part at the clicked line</source>
        <translation>Del &amp;afsnittet ved den klikkede linje</translation>
    </message>
    <message>
        <source>Split the &amp;item at the clicked line</source>
        <translation>Del &amp;punktet ved den klikkede linje</translation>
    </message>
    <message>
        <source>&amp;Merge with the previous</source>
        <translation>F&amp;let med den forrige</translation>
    </message>
    <message>
        <source>Make the heading &amp;body text</source>
        <translation>Gør overskriften til &amp;brødtekst</translation>
    </message>
    <message>
        <source>Move the start one line &amp;up</source>
        <translation>Flyt starten én linje &amp;op</translation>
    </message>
    <message>
        <source>Move the start one line &amp;down</source>
        <translation>Flyt starten én linje &amp;ned</translation>
    </message>
    <message>
        <source>Make the line a &amp;section heading</source>
        <translation>Gør linjen til &amp;sektionsoverskrift</translation>
    </message>
    <message>
        <source>Make the line an item &amp;heading</source>
        <translation>Gør linjen til p&amp;unktoverskrift</translation>
    </message>
    <message>
        <source>Make the line a part heading</source>
        <translation>Gør linjen til afsnitsoverskrift</translation>
    </message>
    <message>
        <source>Pro&amp;mote the heading one level</source>
        <translation>&amp;Hæv overskriften ét niveau</translation>
    </message>
    <message>
        <source>De&amp;mote the heading one level</source>
        <translation>S&amp;ænk overskriften ét niveau</translation>
    </message>
    <message>
        <source>&amp;Correct the text of the line…</source>
        <translation>&amp;Ret linjens tekst…</translation>
    </message>
    <message>
        <source>Edit the &amp;title</source>
        <translation>Ret &amp;titlen</translation>
    </message>
    <message>
        <source>&amp;Confirm the suggested tags</source>
        <translation>&amp;Bekræft de foreslåede mærker</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Markér som &amp;gennemgået</translation>
    </message>
    <message>
        <source>&amp;Flag for follow-up</source>
        <translation>Markér til &amp;opfølgning</translation>
    </message>
    <message>
        <source>&amp;Next unreviewed item</source>
        <translation>&amp;Næste ikke-gennemgåede punkt</translation>
    </message>
    <message>
        <source>Show &amp;all items</source>
        <translation>Vis &amp;alle punkter</translation>
    </message>
    <message>
        <source>Show &amp;unreviewed items only</source>
        <translation>Vis kun &amp;ikke-gennemgåede punkter</translation>
    </message>
    <message>
        <source>Show f&amp;lagged items only</source>
        <translation>Vis kun &amp;markerede punkter</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Tilpas bredde</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Fortrydelses&amp;historik</translation>
    </message>
    <message>
        <source>&amp;Check these</source>
        <translation>T&amp;jek disse</translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About KKR Desk</source>
        <translation>&amp;Om KKR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Beslutning</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Gennemgang</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation>Mærke: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>The archive is empty: open a PDF or text file, or drop one here.</source>
        <translation>Arkivet er tomt: åbn en PDF- eller tekstfil, eller træk en fil hertil.</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>the archive</source>
        <translation>arkivet</translation>
    </message>
    <message>
        <source>The archive {0} is damaged and cannot be read ({1}).</source>
        <translation>Arkivet {0} er beskadiget og kan ikke læses ({1}).</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Der findes ingen sikkerhedskopi af det.</translation>
    </message>
    <message>
        <source>The newest backup is {0}. To go back to it, close KKR Desk and copy the backup over the archive (delete {1} if it is there).</source>
        <translation>Den nyeste sikkerhedskopi er {0}. Gå tilbage til den ved at lukke KKR Desk og kopiere sikkerhedskopien over arkivet (slet {1}, hvis den findes).</translation>
    </message>
    <message>
        <source>the archive file is write-protected</source>
        <translation>arkivfilen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the archive&apos;s folder is write-protected</source>
        <translation>arkivets mappe er skrivebeskyttet</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>det er åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>The archive is read-only: {0}. You can read and export, not change.</source>
        <translation>Arkivet er skrivebeskyttet: {0}. Du kan læse og eksportere, men ikke ændre.</translation>
    </message>
    <message>
        <source>The archive</source>
        <translation>Arkivet</translation>
    </message>
    <message>
        <source>The archive cannot be used: {0}</source>
        <translation>Arkivet kan ikke bruges: {0}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Cannot do that</source>
        <translation>Det kan ikke lade sig gøre</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>en</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Hele filen</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Side {0}</translation>
    </message>
    <message>
        <source>Check these</source>
        <translation>Tjek disse</translation>
    </message>
    <message>
        <source>Check these ({0})</source>
        <translation>Tjek disse ({0})</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>Intet at tjekke</translation>
    </message>
</context>
<context>
    <name>follow</name>
    <message>
        <source>split</source>
        <translation>opdeling</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>sammenlægning</translation>
    </message>
    <message>
        <source>moved start</source>
        <translation>flyttet start</translation>
    </message>
    <message>
        <source>new heading</source>
        <translation>ny overskrift</translation>
    </message>
    <message>
        <source>heading level</source>
        <translation>overskriftsniveau</translation>
    </message>
    <message>
        <source>set title or fields</source>
        <translation>sæt titel eller felter</translation>
    </message>
    <message>
        <source>line correction</source>
        <translation>rettelse af linje</translation>
    </message>
    <message>
        <source>decision tags</source>
        <translation>beslutningsmærker</translation>
    </message>
    <message>
        <source>confirmed tags</source>
        <translation>bekræftede mærker</translation>
    </message>
    <message>
        <source>review status</source>
        <translation>gennemgangsstatus</translation>
    </message>
    <message>
        <source>set note</source>
        <translation>sæt note</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>fortrydelse</translation>
    </message>
    <message>
        <source>new version imported</source>
        <translation>ny version importeret</translation>
    </message>
    <message>
        <source>earlier version restored</source>
        <translation>tidligere version gendannet</translation>
    </message>
    <message>
        <source>The meeting was changed meanwhile: this step could not be undone. The view has been reloaded.</source>
        <translation>Mødet er ændret imens: dette trin kunne ikke fortrydes. Visningen er genindlæst.</translation>
    </message>
    <message>
        <source>The meeting was changed meanwhile: your change was not saved. The view has been reloaded.</source>
        <translation>Mødet er ændret imens: din ændring blev ikke gemt. Visningen er genindlæst.</translation>
    </message>
    <message>
        <source>The meeting was changed by {0} meanwhile ({1}, {2}): this step could not be undone. The view has been reloaded.</source>
        <translation>Mødet er ændret af {0} imens ({1}, {2}): dette trin kunne ikke fortrydes. Visningen er genindlæst.</translation>
    </message>
    <message>
        <source>The meeting was changed by {0} meanwhile ({1}, {2}): your change was not saved. The view has been reloaded.</source>
        <translation>Mødet er ændret af {0} imens ({1}, {2}): din ændring blev ikke gemt. Visningen er genindlæst.</translation>
    </message>
    <message>
        <source>Reloaded: the meeting was changed in the archive.</source>
        <translation>Genindlæst: mødet er ændret i arkivet.</translation>
    </message>
    <message>
        <source>Reloaded: {0} changed {1} ({2}) at {3}</source>
        <translation>Genindlæst: {0} ændrede {1} ({2}) kl. {3}</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>mødet</translation>
    </message>
    <message>
        <source>Reloaded with changes by {0} ({1}) at {2}</source>
        <translation>Genindlæst med ændringer af {0} ({1}) kl. {2}</translation>
    </message>
    <message>
        <source>{0} moved meeting {1} to the trash; it has been closed.</source>
        <translation>{0} har lagt møde {1} i papirkurven; det er lukket.</translation>
    </message>
    <message>
        <source>Another clerk</source>
        <translation>En anden bruger</translation>
    </message>
    <message>
        <source>Meeting {0} is no longer in the archive; it has been closed.</source>
        <translation>Møde {0} findes ikke længere i arkivet; det er lukket.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Mødet</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Taget til efterretning</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Drøftet</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Udpeget</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Anbefalet</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importerer {0}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>These files could not be imported:</source>
        <translation>Disse filer kunne ikke importeres:</translation>
    </message>
    <message>
        <source>pages {0} and {1} more</source>
        <translation>side {0} og {1} flere</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>side {0}</translation>
    </message>
    <message>
        <source>pages {0} and {1}</source>
        <translation>side {0} og {1}</translation>
    </message>
    <message>
        <source>{0}: the PDF file is damaged ({1}).</source>
        <translation>{0}: PDF-filen er beskadiget ({1}).</translation>
    </message>
    <message>
        <source>{0}: {1} cannot be read: the PDF file is damaged ({2}).</source>
        <translation>{0}: {1} kan ikke læses: PDF-filen er beskadiget ({2}).</translation>
    </message>
    <message>
        <source>Import it anyway? What can be read is stored, and the meeting notes which pages are damaged. Better: get an undamaged copy of the file.</source>
        <translation>Importér alligevel? Det, der kan læses, gemmes, og mødet noterer, hvilke sider der er beskadigede. Bedre: skaf en ubeskadiget kopi af filen.</translation>
    </message>
    <message>
        <source>Damaged PDF</source>
        <translation>Beskadiget PDF</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importér alligevel</translation>
    </message>
    <message>
        <source>The meeting is in the archive already (meeting {0}). Import it as a new version? Your work (review, confirmed decisions, notes, corrections) is carried over.

No: open the meeting as it is.</source>
        <translation>Mødet findes allerede (møde {0}). Importér som ny version? Dit arbejde (gennemgang, bekræftede beslutninger, noter, rettelser) føres over.

Nej: åbn det eksisterende møde, som det er.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>CSV for Excel (;)</source>
        <translation>CSV til Excel (;)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Dette møde</translation>
    </message>
    <message>
        <source>All meetings in the archive</source>
        <translation>Alle møder i arkivet</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Møder</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>The export could not be written: {0}</source>
        <translation>Eksporten kunne ikke skrives: {0}</translation>
    </message>
    <message>
        <source>{0} items from {1} meetings were written to {2}.</source>
        <translation>{0} punkter fra {1} møder blev skrevet til {2}.</translation>
    </message>
</context>
</TS>
