<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Calendar</name>
    <message>
        <source>Your agenda is empty: choose the sessions you want to attend first, or export the whole programme.</source>
        <translation>Din agenda är tom: välj först de pass du vill gå på, eller exportera hela programmet.</translation>
    </message>
    <message>
        <source>There is nothing to export: the selection holds no sessions.</source>
        <translation>Det finns inget att exportera: urvalet innehåller inga pass.</translation>
    </message>
    <message>
        <source>A reminder must be between 0 and {most} minutes before a session.</source>
        <translation>En påminnelse måste komma mellan 0 och {most} minuter före ett pass.</translation>
    </message>
    <message>
        <source>The programme gives two sessions the same identity.</source>
        <translation>Programmet ger två pass samma identitet.</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>The programme gives no end time; the calendar shows one hour.</source>
        <translation>Programmet anger ingen sluttid; kalendern visar en timme.</translation>
    </message>
    <message>
        <source>Conference: {title}</source>
        <translation>Konferens: {title}</translation>
    </message>
    <message>
        <source>My note: {note}</source>
        <translation>Min anteckning: {note}</translation>
    </message>
    <message>
        <source>The calendar file {path} could not be written ({reason}); choose another place.</source>
        <translation>Kalenderfilen {path} gick inte att skriva ({reason}); välj en annan plats.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Vad som exporteras</translation>
    </message>
    <message>
        <source>My agenda: the sessions I chose and the items for everyone</source>
        <translation>Min agenda: passen jag valt och det som är för alla</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>Include breaks</source>
        <translation>Ta med pauser</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Påminn mig</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> minuter före</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Vart den hamnar</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Lägg till i min kalender</translation>
    </message>
    <message>
        <source>As a new calendar named:</source>
        <translation>Som en ny kalender med namnet:</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. Open the file to put them into your calendar.</source>
        <translation>{count} händelser skrevs till {path}. Öppna filen för att lägga in dem i din kalender.</translation>
    </message>
    <message>
        <source>Open in calendar</source>
        <translation>Öppna i kalendern</translation>
    </message>
</context>
<context>
    <name>ConferenceInfoDialog</name>
    <message>
        <source>Conference information</source>
        <translation>Om konferensen</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmälan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} – Conference planner</source>
        <translation>{title} – Konferensplaneraren</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exportera till &amp;kalender…</translation>
    </message>
    <message>
        <source>Export session to calendar…</source>
        <translation>Exportera passet till kalender…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Choose session</source>
        <translation>&amp;Välj pass</translation>
    </message>
    <message>
        <source>C&amp;lear choice</source>
        <translation>&amp;Ta bort val</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Conference information…</source>
        <translation>&amp;Om konferensen…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About the planner</source>
        <translation>&amp;Om planeraren</translation>
    </message>
    <message>
        <source>Conference planner</source>
        <translation>Konferensplaneraren</translation>
    </message>
    <message>
        <source>{chosen} of {count} slots chosen</source>
        <translation>{chosen} av {count} pass valda</translation>
    </message>
    <message>
        <source>About the planner</source>
        <translation>Om planeraren</translation>
    </message>
    <message>
        <source>Plan your days at the conference: choose one session per slot, print your agenda and put it into your calendar.</source>
        <translation>Planera dina konferensdagar: välj ett pass per tid, skriv ut din agenda och lägg in den i din kalender.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>There is no conference {key} in the plan database; check the acronym and try again.</source>
        <translation>Det finns ingen konferens {key} i planeringsdatabasen; kontrollera förkortningen och försök igen.</translation>
    </message>
    <message>
        <source>The plan database {path} could not be read, so it was kept aside as {aside} and a new one was started; nothing in the old file was changed.</source>
        <translation>Planeringsdatabasen {path} gick inte att läsa, så den sparades undan som {aside} och en ny skapades; inget i den gamla filen ändrades.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <source>Print &amp;options…</source>
        <translation>Utskrifts&amp;inställningar…</translation>
    </message>
    <message>
        <source>Your name on the printout, the paper, and agenda or whole timetable</source>
        <translation>Ditt namn på utskriften, papperet, och agenda eller hela schemat</translation>
    </message>
    <message>
        <source>Name and layout…</source>
        <translation>Namn och layout…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote {pages} pages to {path}</source>
        <translation>Skrev {pages} sidor till {path}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print options</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Optional: printed in the heading</source>
        <translation>Valfritt: skrivs ut i rubriken</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Personal agenda (portrait)</source>
        <translation>&amp;Personlig agenda (stående)</translation>
    </message>
    <message>
        <source>&amp;Whole timetable, a day a page (landscape)</source>
        <translation>&amp;Hela schemat, en dag per sida (liggande)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Skriv ut:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The PDF could not be written to {path} ({reason}): choose a folder you can write to.</source>
        <translation>PDF-filen gick inte att skriva till {path} ({reason}): välj en mapp du kan skriva i.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name for the PDF.</source>
        <translation>{path} är en mapp: välj ett filnamn för PDF-filen.</translation>
    </message>
    <message>
        <source>The printer could not be used: check that it is ready.</source>
        <translation>Skrivaren gick inte att använda: kontrollera att den är redo.</translation>
    </message>
    <message>
        <source>Timetable for {name}</source>
        <translation>Schema för {name}</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Personal agenda for {name}</source>
        <translation>Personlig agenda för {name}</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Personlig agenda</translation>
    </message>
    <message>
        <source>{day} (continued)</source>
        <translation>{day} (fortsättning)</translation>
    </message>
    <message>
        <source>The programme may change: check the organisers&apos; notices on the day.</source>
        <translation>Programmet kan ändras: håll utkik efter arrangörernas besked på plats.</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Utskriven {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Lokal: {room}</translation>
    </message>
    <message>
        <source>Speakers: {names}</source>
        <translation>Talare: {names}</translation>
    </message>
    <message>
        <source>Nothing on the programme this day.</source>
        <translation>Inget på programmet den här dagen.</translation>
    </message>
    <message>
        <source>Your choice – theme: {theme}</source>
        <translation>Ditt val – tema: {theme}</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ditt val</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>End time not given in the programme</source>
        <translation>Sluttid anges inte i programmet</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <source>Not chosen yet – tick one of these {count} themes on the spot:</source>
        <translation>Inte valt än – kryssa för ett av dessa {count} teman på plats:</translation>
    </message>
    <message>
        <source>Your choices are shaded, framed and ticked; an empty box is still open.</source>
        <translation>Dina val är skuggade, inramade och förbockade; en tom ruta är fortfarande öppen.</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Clear choice</source>
        <translation>Ta bort val</translation>
    </message>
    <message>
        <source>Click a session to choose it, or move with the arrow keys and press Space. Its details show here.</source>
        <translation>Klicka på ett pass för att välja det, eller flytta med piltangenterna och tryck på blanksteg. Detaljerna visas här.</translation>
    </message>
    <message>
        <source>The programme does not give an end time.</source>
        <translation>Programmet anger ingen sluttid.</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Theme {number} of {count} in this slot</source>
        <translation>Tema {number} av {count} vid den här tiden</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>För alla</translation>
    </message>
    <message>
        <source>On everyone&apos;s agenda.</source>
        <translation>Står på allas agenda.</translation>
    </message>
    <message>
        <source>✓ Chosen for this slot.</source>
        <translation>✓ Valt för den här tiden.</translation>
    </message>
    <message>
        <source>Nothing chosen in this slot yet.</source>
        <translation>Inget valt vid den här tiden än.</translation>
    </message>
    <message>
        <source>Chosen in this slot: {title}</source>
        <translation>Valt vid den här tiden: {title}</translation>
    </message>
    <message>
        <source>Also runs at {time}</source>
        <translation>Går även kl. {time}</translation>
    </message>
    <message>
        <source>Also runs {day} at {time}</source>
        <translation>Går även {day} kl. {time}</translation>
    </message>
    <message>
        <source>(chosen there)</source>
        <translation>(valt där)</translation>
    </message>
    <message>
        <source>Choose at {time}</source>
        <translation>Välj kl. {time}</translation>
    </message>
    <message>
        <source>Choose this theme at {time}</source>
        <translation>Välj det här temat kl. {time}</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Theme {number}</source>
        <translation>Tema {number}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>valt</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>inte valt</translation>
    </message>
    <message>
        <source>open: choose one session in this slot</source>
        <translation>öppet: välj ett pass vid den här tiden</translation>
    </message>
    <message>
        <source>for everyone</source>
        <translation>för alla</translation>
    </message>
    <message>
        <source>break</source>
        <translation>paus</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>open: choose one of {count} sessions (&apos;program&apos; lists them)</source>
        <translation>öppet: välj ett av {count} pass (&apos;program&apos; listar dem)</translation>
    </message>
    <message>
        <source>{ident} matches several sessions; give more of its ID.</source>
        <translation>{ident} passar in på flera pass; ange mer av dess id.</translation>
    </message>
    <message>
        <source>{ident} is not a session of this programme; &apos;program&apos; lists the IDs.</source>
        <translation>{ident} är inget pass i det här programmet; &apos;program&apos; listar id:na.</translation>
    </message>
    <message>
        <source>{title} is not a choice: it is on everyone&apos;s agenda.</source>
        <translation>{title} är inget val: det står på allas agenda.</translation>
    </message>
    <message>
        <source>Chosen: {day} {time} {title}</source>
        <translation>Valt: {day} {time} {title}</translation>
    </message>
    <message>
        <source>Cleared all {count} choices.</source>
        <translation>Tog bort alla {count} val.</translation>
    </message>
    <message>
        <source>Cleared: {time} {title}</source>
        <translation>Borttaget: {time} {title}</translation>
    </message>
    <message>
        <source>{title} was not chosen.</source>
        <translation>{title} var inte valt.</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}.</source>
        <translation>Skrev {count} händelser till {path}.</translation>
    </message>
    <message>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>Skrev {pages} sidor till {path}.</translation>
    </message>
</context>
</TS>
