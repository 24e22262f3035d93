<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Review of KKR agendas and minutes.</source>
        <translation>Gennemgang af KKR-dagsordener og -referater.</translation>
    </message>
    <message>
        <source>KKR Desk is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, version 3 or (at your option) any later version (AGPL-3.0-or-later).</source>
        <translation>KKR Desk er fri software: du må videregive og ændre programmet på de vilkår, som GNU Affero General Public License udgivet af Free Software Foundation fastsætter, enten version 3 eller (efter dit valg) enhver senere version (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.</source>
        <translation>Programmet udgives i håb om, at det er nyttigt, men UDEN NOGEN GARANTI; heller ikke underforstået garanti for SALGBARHED eller EGNETHED TIL ET BESTEMT FORMÅL.</translation>
    </message>
    <message>
        <source>The source code of this program: {0}</source>
        <translation>Programmets kildekode: {0}</translation>
    </message>
    <message>
        <source>KKR Desk contains PyMuPDF and MuPDF (AGPL-3.0), Qt and PySide6 (LGPL-3.0) and the other components listed below, each under its own licence:</source>
        <translation>KKR Desk indeholder PyMuPDF og MuPDF (AGPL-3.0), Qt og PySide6 (LGPL-3.0) og de øvrige komponenter nedenfor, hver med sin egen licens:</translation>
    </message>
    <message>
        <source>About KKR Desk</source>
        <translation>Om KKR Desk</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Tredjepartsmeddelelser</translation>
    </message>
</context>
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
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln punkt</numerusform>
            <numerusform>%Ln punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln møde</numerusform>
            <numerusform>%Ln møder</numerusform>
        </translation>
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
    <message>
        <source>Tags</source>
        <translation>Mærker</translation>
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
    <name>Guide</name>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Søg i vejledningen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Søg i vejledningen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>The user guide is not installed. It should be here:
{0}</source>
        <translation>Brugervejledningen er ikke installeret. Den skulle ligge her:
{0}</translation>
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
        <source>H&amp;andlers</source>
        <translation>Sagsbeh&amp;andlere</translation>
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
        <source>(shown under Decision above)</source>
        <translation>(vist under Beslutning ovenfor)</translation>
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
        <source>Flag for follow-up</source>
        <translation>Markér til opfølgning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LineCursor</name>
    <message>
        <source>Click a line on the page first.</source>
        <translation>Klik først på en linje på siden.</translation>
    </message>
    <message>
        <source>Select a section, item or part first.</source>
        <translation>Vælg først en sektion, et punkt eller et afsnit.</translation>
    </message>
    <message>
        <source>The cursor is outside the selected item.</source>
        <translation>Markøren står uden for det valgte punkt.</translation>
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
    <message>
        <source>The file is gone: {0}</source>
        <translation>Filen findes ikke længere: {0}</translation>
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
    <message>
        <source>Corrected: {0}</source>
        <translation>Rettet: {0}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
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
        <source>Move the start one &amp;line up</source>
        <translation>Flyt starten én linje &amp;op</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Seneste &amp;filer</translation>
    </message>
    <message>
        <source>Pr&amp;omote the heading one level</source>
        <translation>&amp;Hæv overskriften ét niveau</translation>
    </message>
    <message>
        <source>D&amp;emote the heading one level</source>
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
        <source>&amp;Find…</source>
        <translation>Søg i &amp;mødet…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find næst&amp;e</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Find forr&amp;ige</translation>
    </message>
    <message>
        <source>Search the &amp;archive…</source>
        <translation>Søg i ar&amp;kivet…</translation>
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
        <source>&amp;Move on after Reviewed</source>
        <translation>Gå &amp;videre efter Gennemgået</translation>
    </message>
    <message>
        <source>&amp;Flag for follow-up</source>
        <translation>Markér til o&amp;pfølgning</translation>
    </message>
    <message>
        <source>&amp;Next unreviewed item</source>
        <translation>&amp;Næste ikke-gennemgåede punkt</translation>
    </message>
    <message>
        <source>Next &amp;item</source>
        <translation>Næ&amp;ste punkt</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Forrige punkt</translation>
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
        <source>&amp;Meeting history</source>
        <translation>&amp;Mødehistorik</translation>
    </message>
    <message>
        <source>Conte&amp;xt menu</source>
        <translation>&amp;Genvejsmenu</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
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
        <source>Undone: {0}</source>
        <translation>Fortrudt: {0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>Gentaget: {0}</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Det kan ikke lade sig gøre</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{name} is not a file ({kind}).</source>
        <translation>{name} er ikke en fil ({kind}).</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB; KKR Desk reads files of at most {most} MB.</source>
        <translation>{name} fylder over {size} MB; KKR Desk læser filer på højst {most} MB.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; KKR Desk reads files of at most {most} MB.</source>
        <translation>{name} fylder {size} MB; KKR Desk læser filer på højst {most} MB.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} er tom.</translation>
    </message>
    <message>
        <source>{name} is not a PDF (it does not start with %PDF).</source>
        <translation>{name} er ikke en PDF-fil (den begynder ikke med %PDF).</translation>
    </message>
    <message>
        <source>{name} holds no text.</source>
        <translation>{name} indeholder ingen tekst.</translation>
    </message>
    <message>
        <source>{name}: {what} may be at most {most} characters (it has {count}).</source>
        <translation>{name}: {what} må højst have {most} tegn (den har {count}).</translation>
    </message>
    <message>
        <source>{name}: {what} may not contain a NUL character.</source>
        <translation>{name}: {what} må ikke indeholde et NUL-tegn.</translation>
    </message>
    <message>
        <source>{name}: {what} holds characters that are not text.</source>
        <translation>{name}: {what} indeholder tegn, der ikke er tekst.</translation>
    </message>
    <message>
        <source>{name} is not a KKR agenda or minutes: page {page} holds a &apos;word&apos; of {count} characters without a space (KKR Desk reads words of up to {most}).</source>
        <translation>{name} er ikke en KKR-dagsorden eller et KKR-referat: side {page} har et »ord« på {count} tegn uden mellemrum (KKR Desk læser ord på op til {most} tegn).</translation>
    </message>
    <message>
        <source>{name} is not a KKR agenda or minutes: {why}.</source>
        <translation>{name} er ikke en KKR-dagsorden eller et KKR-referat: {why}.</translation>
    </message>
    <message>
        <source>{name} is password protected: save an unprotected copy first.</source>
        <translation>{name} er beskyttet med adgangskode: gem først en kopi uden beskyttelse.</translation>
    </message>
    <message>
        <source>{name} has no text layer (a scanned document): run it through OCR (for example ocrmypdf) and open the result.</source>
        <translation>{name} har intet tekstlag (et scannet dokument): kør den gennem tekstgenkendelse (OCR, for eksempel ocrmypdf) og åbn resultatet.</translation>
    </message>
    <message>
        <source>{name} contains no text.</source>
        <translation>{name} indeholder ingen tekst.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text: save it again as UTF-8.</source>
        <translation>{name} er UTF-16-tekst: gem den igen som UTF-8.</translation>
    </message>
    <message>
        <source>{name} is neither a PDF nor a text extraction: it holds binary data (a NUL byte at byte {offset}).</source>
        <translation>{name} er hverken en PDF-fil eller en tekstudtrækning: den indeholder binære data (en NUL-byte ved byte {offset}).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {offset} cannot be read); it looks like a Windows (cp1252) file: save it again as UTF-8.</source>
        <translation>{name} er ikke UTF-8 (byte {offset} kan ikke læses); den ligner en Windows-fil (cp1252): gem den igen som UTF-8.</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} findes ikke</translation>
    </message>
    <message>
        <source>{name} cannot be read: the PDF file is damaged ({detail}).</source>
        <translation>{name} kan ikke læses: PDF-filen er beskadiget ({detail}).</translation>
    </message>
    <message>
        <source>{name}: {pages} cannot be read: the PDF file is damaged ({detail}).</source>
        <translation>{name}: {pages} kan ikke læses: PDF-filen er beskadiget ({detail}).</translation>
    </message>
    <message>
        <source>there is no node {node_id} in this meeting</source>
        <translation>der er ingen del {node_id} i dette møde</translation>
    </message>
    <message>
        <source>{node} would be left without lines</source>
        <translation>{node} ville stå uden linjer</translation>
    </message>
    <message>
        <source>the front matter cannot be split</source>
        <translation>forsiden kan ikke deles</translation>
    </message>
    <message>
        <source>line {line} is not inside {node} after its first line</source>
        <translation>linje {line} ligger ikke i {node} efter dens første linje</translation>
    </message>
    <message>
        <source>{node} has nothing before it to merge with</source>
        <translation>{node} har intet foran sig at flette med</translation>
    </message>
    <message>
        <source>{node} already starts at line {line}</source>
        <translation>{node} begynder allerede ved linje {line}</translation>
    </message>
    <message>
        <source>nothing stands before {node} to take or give lines</source>
        <translation>der står intet foran {node}, som kan tage eller give linjer</translation>
    </message>
    <message>
        <source>line {line} is outside what {node} can reach</source>
        <translation>linje {line} ligger uden for det, {node} kan nå</translation>
    </message>
    <message>
        <source>front matter is not a heading</source>
        <translation>forsiden er ikke en overskrift</translation>
    </message>
    <message>
        <source>line {line} is not inside any {kind}</source>
        <translation>linje {line} ligger ikke i nogen {kind}</translation>
    </message>
    <message>
        <source>line {line} already opens {node}</source>
        <translation>linje {line} indleder allerede {node}</translation>
    </message>
    <message>
        <source>{node} is not stored yet</source>
        <translation>{node} er ikke gemt endnu</translation>
    </message>
    <message>
        <source>{node} is not inside a stored item</source>
        <translation>{node} ligger ikke i et gemt punkt</translation>
    </message>
    <message>
        <source>{node} cannot become a {kind}</source>
        <translation>{node} kan ikke blive til en {kind}</translation>
    </message>
    <message>
        <source>{node} has no section before it to join</source>
        <translation>{node} har ingen sektion foran sig at blive en del af</translation>
    </message>
    <message>
        <source>{node} has no item before it to join</source>
        <translation>{node} har intet punkt foran sig at blive en del af</translation>
    </message>
    <message>
        <source>{node} has no field {fields}</source>
        <translation>{node} har ikke feltet {fields}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a part heading</source>
        <translation>»{value}« er ikke en afsnitsoverskrift</translation>
    </message>
    <message>
        <source>there is no line {line}</source>
        <translation>der er ingen linje {line}</translation>
    </message>
    <message>
        <source>{node} is not an item</source>
        <translation>{node} er ikke et punkt</translation>
    </message>
    <message>
        <source>unknown decision tag {tags}</source>
        <translation>ukendt beslutningsmærke {tags}</translation>
    </message>
    <message>
        <source>unknown review status &apos;{status}&apos;</source>
        <translation>ukendt gennemgangsstatus »{status}«</translation>
    </message>
    <message>
        <source>{what} may be at most {most} characters (it has {count})</source>
        <translation>{what} må højst have {most} tegn (den har {count})</translation>
    </message>
    <message>
        <source>{what} may not contain a NUL character</source>
        <translation>{what} må ikke indeholde et NUL-tegn</translation>
    </message>
    <message>
        <source>{what} holds characters that are not text</source>
        <translation>{what} indeholder tegn, der ikke er tekst</translation>
    </message>
    <message>
        <source>meeting {meeting} is in the trash: restore it first</source>
        <translation>møde {meeting} ligger i papirkurven: gendan det først</translation>
    </message>
    <message>
        <source>meeting {meeting} is not in the trash</source>
        <translation>møde {meeting} ligger ikke i papirkurven</translation>
    </message>
    <message>
        <source>meeting {meeting} is an earlier version of meeting {newer}: undo its re-import instead</source>
        <translation>møde {meeting} er en tidligere version af møde {newer}: fortryd i stedet genimporten af det</translation>
    </message>
    <message>
        <source>meeting {version} is not an earlier version of meeting {meeting}</source>
        <translation>møde {version} er ikke en tidligere version af møde {meeting}</translation>
    </message>
    <message>
        <source>the same file is in the archive as meeting {meeting}</source>
        <translation>den samme fil ligger i arkivet som møde {meeting}</translation>
    </message>
    <message>
        <source>the meeting was changed meanwhile by {who} ({what}): {reason}</source>
        <translation>mødet er imens blevet ændret af {who} ({what}): {reason}</translation>
    </message>
    <message>
        <source>{operation} would break the structure: {detail}</source>
        <translation>{operation} ville ødelægge opbygningen: {detail}</translation>
    </message>
    <message>
        <source>the meeting has changed since: this step cannot be undone</source>
        <translation>mødet er ændret siden: dette trin kan ikke fortrydes</translation>
    </message>
    <message>
        <source>there is no meeting {meeting} in the archive</source>
        <translation>der er intet møde {meeting} i arkivet</translation>
    </message>
    <message>
        <source>{name} is already in the archive as meeting {meeting} (the same file); use --replace to import it again.</source>
        <translation>{name} ligger allerede i arkivet som møde {meeting} (den samme fil).</translation>
    </message>
    <message>
        <source>{name} is another file of meeting {meeting} (the same council, date and kind); use --replace to import it as its new version, or --as-new to keep it as a meeting of its own.</source>
        <translation>{name} er en anden fil til møde {meeting} (samme råd, dato og type).</translation>
    </message>
    <message>
        <source>{name} was imported by someone else just now; try again.</source>
        <translation>{name} blev netop importeret af en anden; prøv igen.</translation>
    </message>
    <message>
        <source>the archive is busy: another KKR Desk has held it for too long; try again</source>
        <translation>arkivet er optaget: et andet KKR Desk har holdt det for længe; prøv igen</translation>
    </message>
    <message>
        <source>KKR Desk has no schema revisions in {folder}</source>
        <translation>KKR Desk har ingen skemarevisioner i {folder}</translation>
    </message>
    <message>
        <source>the database has tables ({tables}) but no schema revision; it is not a KKR Desk archive</source>
        <translation>databasen har tabeller ({tables}), men ingen skemarevision; den er ikke et KKR Desk-arkiv</translation>
    </message>
    <message>
        <source>the archive was written by a newer KKR Desk (revision {revision}); update KKR Desk</source>
        <translation>arkivet er skrevet af et nyere KKR Desk (revision {revision}); opdatér KKR Desk</translation>
    </message>
    <message>
        <source>the upgrade left broken references; nothing was changed</source>
        <translation>opgraderingen efterlod brudte henvisninger; intet blev ændret</translation>
    </message>
    <message>
        <source>{where} does not exist, and it is read-only: {why}</source>
        <translation>{where} findes ikke, og det er skrivebeskyttet: {why}</translation>
    </message>
    <message>
        <source>{where} is read-only ({why}) and needs an upgrade to this KKR Desk (schema revision {revision} → {head}); make it writable and open it again</source>
        <translation>{where} er skrivebeskyttet ({why}) og skal opgraderes til dette KKR Desk (skemarevision {revision} → {head}); gør det skrivbart, og åbn det igen</translation>
    </message>
    <message>
        <source>the archive cannot be opened: {detail}</source>
        <translation>arkivet kan ikke åbnes: {detail}</translation>
    </message>
    <message>
        <source>the export could not be written: {detail}</source>
        <translation>eksporten kunne ikke skrives: {detail}</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>en navngivet pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhed</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ikke en almindelig fil</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>inddata</translation>
    </message>
    <message>
        <source>it has no numbered sections</source>
        <translation>den har ingen nummererede sektioner</translation>
    </message>
    <message>
        <source>it names no KKR council</source>
        <translation>den nævner intet KKR-råd</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>den har ingen sider</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>nummeret</translation>
    </message>
    <message>
        <source>the part heading</source>
        <translation>afsnitsoverskriften</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>overskriften</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>sagsnummeret</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>titlen</translation>
    </message>
    <message>
        <source>the handlers</source>
        <translation>sagsbehandlerne</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>rådet</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>typen</translation>
    </message>
    <message>
        <source>the corrected line</source>
        <translation>den rettede linje</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>noten</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>mærkerne</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sektion</translation>
    </message>
    <message>
        <source>item</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>part</source>
        <translation>afsnit</translation>
    </message>
    <message>
        <source>the archive</source>
        <translation>arkivet</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>its folder is write-protected</source>
        <translation>dens mappe er skrivebeskyttet</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>det blev åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>this step cannot be undone</source>
        <translation>dette trin kan ikke fortrydes</translation>
    </message>
    <message>
        <source>it changes what was changed</source>
        <translation>det ændrer det, der blev ændret</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>en anden</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>en ændring</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>part &apos;{0}&apos;</source>
        <translation>afsnit »{0}«</translation>
    </message>
    <message>
        <source>section {0}</source>
        <translation>sektion {0}</translation>
    </message>
    <message>
        <source>item {0}</source>
        <translation>punkt {0}</translation>
    </message>
    <message>
        <source>front matter {0}</source>
        <translation>forside {0}</translation>
    </message>
    <message>
        <source>{0} of the {1}</source>
        <translation>{0} i {1}</translation>
    </message>
    <message>
        <source>line {0} (page {1})</source>
        <translation>linje {0} (side {1})</translation>
    </message>
    <message>
        <source>the archive {0}</source>
        <translation>arkivet {0}</translation>
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
        <source>flag</source>
        <translation>markering</translation>
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
        <source>change reverted</source>
        <translation>ændring fortrudt</translation>
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
    <name>history</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Før → efter</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Only the selected item</source>
        <translation>Kun valgt punkt</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Fortryd denne ændring</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>Changes since import</source>
        <translation>Ændringer siden import</translation>
    </message>
    <message>
        <source>(of {0})</source>
        <translation>(fra {0})</translation>
    </message>
    <message>
        <source>(reverted)</source>
        <translation>(fortrudt)</translation>
    </message>
    <message>
        <source>The meeting&apos;s file cannot be read again: {0}</source>
        <translation>Mødets fil kan ikke læses igen: {0}</translation>
    </message>
    <message>
        <source>Nothing differs from the imported file</source>
        <translation>Intet afviger fra den importerede fil</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>A later change depends on this one</source>
        <translation>En senere ændring bygger på denne</translation>
    </message>
    <message>
        <source>This change cannot be undone</source>
        <translation>Ændringen kan ikke fortrydes</translation>
    </message>
    <message>
        <source>Undo change: {0}</source>
        <translation>Fortryd ændring: {0}</translation>
    </message>
    <message>
        <source>A later change depends on it: {0} by {1} ({2}) changed the same. Undo that change first.</source>
        <translation>En senere ændring bygger på den: {0} af {1} ({2}) ændrede det samme. Fortryd den ændring først.</translation>
    </message>
    <message>
        <source>It replaced the whole meeting (a new version of the file): use Edit → Undo.</source>
        <translation>Den erstattede hele mødet (en ny version af filen): brug Rediger → Fortryd.</translation>
    </message>
    <message>
        <source>It did not change the meeting&apos;s content: there is nothing to undo.</source>
        <translation>Den ændrede ikke mødets indhold: der er intet at fortryde.</translation>
    </message>
    <message>
        <source>It changed nothing: there is nothing to undo.</source>
        <translation>Den ændrede intet: der er intet at fortryde.</translation>
    </message>
    <message>
        <source>It is no longer in the meeting&apos;s history.</source>
        <translation>Den findes ikke længere i mødets historik.</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Every item is reviewed.</source>
        <translation>Alle punkter er gennemgået.</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Find in the meeting</source>
        <translation>Søg i mødet</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Forrige fund (Skift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Luk (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Søg:</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} af {1}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Søg i arkivet</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Ord at søge efter</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Hits: {0}</source>
        <translation>Fund: {0}</translation>
    </message>
    <message>
        <source>The best {0} hits: add a word to narrow</source>
        <translation>De {0} bedste fund: tilføj et ord for at indsnævre</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>KKR Desk cannot start</source>
        <translation>KKR Desk kan ikke starte</translation>
    </message>
    <message>
        <source>KKR Desk was started with a command line it does not understand:</source>
        <translation>KKR Desk blev startet med en kommandolinje, programmet ikke forstår:</translation>
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
        <source>Excel workbook</source>
        <translation>Excel-projektmappe</translation>
    </message>
    <message>
        <source>OParl 1.1 (JSON)</source>
        <translation>OParl 1.1 (JSON)</translation>
    </message>
    <message>
        <source>Decision report (PDF)</source>
        <translation>Beslutningsprotokol (PDF)</translation>
    </message>
    <message>
        <source>Decision report (Word)</source>
        <translation>Beslutningsprotokol (Word)</translation>
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
        <source>Wrote {0} from {1} to {2}.</source>
        <translation>{0} fra {1} blev skrevet til {2}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åbn mappe</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>Welcome to KKR Desk</source>
        <translation>Velkommen til KKR Desk</translation>
    </message>
    <message>
        <source>Open PDF…</source>
        <translation>Åbn PDF…</translation>
    </message>
    <message>
        <source>or drag a PDF here</source>
        <translation>eller træk en PDF hertil</translation>
    </message>
</context>
</TS>
