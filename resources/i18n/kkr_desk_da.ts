<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
    <name>commands</name>
    <message>
        <source>Cannot do that</source>
        <translation>Det kan ikke lade sig gøre</translation>
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
