<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the planner</source>
        <translation>Om planeraren</translation>
    </message>
    <message>
        <source>Conference planner {version}</source>
        <translation>Konferensplaneraren {version}</translation>
    </message>
    <message>
        <source>Plan your days at a conference: look at the timetable, choose your sessions, print your agenda and put it into your calendar. Every choice is saved at once.</source>
        <translation>Planera dina konferensdagar: titta i schemat, välj dina pass, skriv ut din agenda och lägg in den i din kalender. Varje val sparas direkt.</translation>
    </message>
    <message>
        <source>Your plan:</source>
        <translation>Din plan:</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>Inställningar:</translation>
    </message>
    <message>
        <source>Log of problems:</source>
        <translation>Logg över problem:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Kortkommandon…</translation>
    </message>
</context>
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
        <source>Include my notes</source>
        <translation>Ta med mina anteckningar</translation>
    </message>
    <message>
        <source>Your notes go into the events&apos; descriptions</source>
        <translation>Dina anteckningar hamnar i händelsernas beskrivningar</translation>
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
        <source>Before breaks too</source>
        <translation>Före pauser också</translation>
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
        <source>The calendar was written to {path} (events: {count}). Open the file to put them into your calendar.</source>
        <translation>Kalendern skrevs till {path} (händelser: {count}). Öppna filen för att lägga in dem i din kalender.</translation>
    </message>
    <message>
        <source>Open in calendar</source>
        <translation>Öppna i kalendern</translation>
    </message>
</context>
<context>
    <name>ChangeReport</name>
    <message>
        <source>New: {when} {title}</source>
        <translation>Nytt: {when} {title}</translation>
    </message>
    <message>
        <source>Back on the programme: {when} {title}</source>
        <translation>Tillbaka i programmet: {when} {title}</translation>
    </message>
    <message>
        <source>Cancelled: {when} {title}</source>
        <translation>Inställt: {when} {title}</translation>
    </message>
    <message>
        <source>Moved: {title}, {before} → {after}</source>
        <translation>Flyttat: {title}, {before} → {after}</translation>
    </message>
    <message>
        <source>Renamed: “{before}” → “{after}”</source>
        <translation>Nytt namn: ”{before}” → ”{after}”</translation>
    </message>
    <message>
        <source>Details changed (speakers, description or track): {title}</source>
        <translation>Ändrade uppgifter (talare, beskrivning eller spår): {title}</translation>
    </message>
    <message>
        <source>Your {when} choice “{title}” was cancelled.</source>
        <translation>Ditt val {when}, ”{title}”, är inställt.</translation>
    </message>
    <message>
        <source>Your {before} choice “{title}” moved to {after}.</source>
        <translation>Ditt val {before}, ”{title}”, har flyttats till {after}.</translation>
    </message>
    <message>
        <source>Your {when} choice “{title}” moved to {place}.</source>
        <translation>Ditt val {when}, ”{title}”, har flyttats till {place}.</translation>
    </message>
    <message>
        <source>another place</source>
        <translation>en annan lokal</translation>
    </message>
    <message>
        <source>Your {when} choice “{before}” is now called “{after}”.</source>
        <translation>Ditt val {when}, ”{before}”, heter nu ”{after}”.</translation>
    </message>
    <message>
        <source>Your choice “{title}”, cancelled by an earlier update, is back at {when} and chosen again.</source>
        <translation>Ditt val ”{title}”, som en tidigare uppdatering ställde in, är tillbaka {when} och valt igen.</translation>
    </message>
    <message>
        <source>“{title}”, which you had chosen before it was cancelled, is back at {when}; it is not chosen again because of your choice “{other}”: choose it if you want it instead.</source>
        <translation>”{title}”, som du hade valt innan det ställdes in, är tillbaka {when}; det är inte valt igen på grund av ditt val ”{other}”: välj det om du hellre vill gå dit.</translation>
    </message>
    <message>
        <source>Your {when} choice “{title}” now runs at the same time as your choice “{other}”.</source>
        <translation>Ditt val {when} ”{title}” går nu samtidigt som ditt val ”{other}”.</translation>
    </message>
    <message>
        <source>“{title}” also runs {when}.</source>
        <translation>”{title}” går även {when}.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Markera alla som sedda</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Ångra senaste importen</translation>
    </message>
    <message>
        <source>This programme has not been updated since it was imported.</source>
        <translation>Programmet har inte uppdaterats sedan det importerades.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Dina val</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alla ändringar</translation>
    </message>
    <message>
        <source>The last import changed nothing.</source>
        <translation>Den senaste importen ändrade ingenting.</translation>
    </message>
</context>
<context>
    <name>Choosing</name>
    <message>
        <source>choose “{title}”</source>
        <translation>valet av ”{title}”</translation>
    </message>
    <message>
        <source>Choose session</source>
        <translation>Välj pass</translation>
    </message>
    <message>
        <source>“{title}” runs at the same time as your choice {others}.</source>
        <translation>”{title}” går samtidigt som ditt val {others}.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <source>choose “{title}” instead</source>
        <translation>valet av ”{title}” i stället</translation>
    </message>
    <message>
        <source>choose “{title}” as well</source>
        <translation>valet av ”{title}” också</translation>
    </message>
    <message>
        <source>clear “{title}”</source>
        <translation>borttagningen av ”{title}”</translation>
    </message>
    <message>
        <source>clear all choices</source>
        <translation>borttagningen av alla val</translation>
    </message>
    <message>
        <source>Moved “{title}” from {before} to {after}.</source>
        <translation>Flyttade ”{title}” från {before} till {after}.</translation>
    </message>
    <message>
        <source>It replaces {titles}.</source>
        <translation>Det ersätter {titles}.</translation>
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
    <message>
        <source>Speakers</source>
        <translation>Talare</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {path} is full; free some space and try again.</source>
        <translation>Disken där {path} ligger är full; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The plan database {path} cannot be written (it or its folder is read-only); check their permissions.</source>
        <translation>Planeringsdatabasen {path} kan inte skrivas (den eller dess mapp är skrivskyddad); kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>The plan database {path} could not be read or written (a disk I/O error); check the disk and try again.</source>
        <translation>Planeringsdatabasen {path} kunde inte läsas eller skrivas (ett in- eller utmatningsfel på disken); kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <source>The plan database {path} could not be used ({reason}).</source>
        <translation>Planeringsdatabasen {path} gick inte att använda ({reason}).</translation>
    </message>
    <message>
        <source>The folder for {path} could not be created ({reason}).</source>
        <translation>Mappen för {path} gick inte att skapa ({reason}).</translation>
    </message>
    <message>
        <source>The plan database {path} was written by a newer version of the planner; update the planner, or use --db to open another file.</source>
        <translation>Planeringsdatabasen {path} skrevs av en nyare version av planeraren; uppdatera planeraren, eller använd --db för att öppna en annan fil.</translation>
    </message>
    <message>
        <source>The plan database {path} is damaged, and could not be moved aside ({reason}); move it away by hand, or use --db to open another file.</source>
        <translation>Planeringsdatabasen {path} är skadad och kunde inte flyttas undan ({reason}); flytta den för hand, eller öppna en annan fil med --db.</translation>
    </message>
    <message>
        <source>The plan database {path} is damaged ({reason}).</source>
        <translation>Planeringsdatabasen {path} är skadad ({reason}).</translation>
    </message>
    <message>
        <source>Another program is using the plan database {path}; close it and try again.</source>
        <translation>Ett annat program använder planeringsdatabasen {path}; stäng det och försök igen.</translation>
    </message>
    <message>
        <source>The plan database {path} could not be read ({reason}); nothing in it was changed.</source>
        <translation>Planeringsdatabasen {path} kunde inte läsas ({reason}); ingenting i den ändrades.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a plan database; nothing was changed: remove it, or use --db to name the plan database.</source>
        <translation>{path} är en tom fil, inte en planeringsdatabas; ingenting ändrades: ta bort den, eller ange planeringsdatabasen med --db.</translation>
    </message>
    <message>
        <source>{path} is not a plan database (it is not an SQLite database at all); nothing was changed: use --db to name the plan database.</source>
        <translation>{path} är inte en planeringsdatabas (den är inte ens en SQLite-databas); ingenting ändrades: ange planeringsdatabasen med --db.</translation>
    </message>
    <message>
        <source>{path} is another application&apos;s database, not this planner&apos;s; nothing was changed: use --db to name the plan database.</source>
        <translation>{path} är ett annat programs databas, inte planerarens; ingenting ändrades: ange planeringsdatabasen med --db.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a plan database; use --db to name a file.</source>
        <translation>{path} är en mapp, inte en planeringsdatabas; ange en fil med --db.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Vilka går</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Theme covered</source>
        <translation>Tema täckt</translation>
    </message>
    <message>
        <source>Free then</source>
        <translation>Lediga då</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Nothing to choose this day.</source>
        <translation>Inget att välja den här dagen.</translation>
    </message>
    <message>
        <source>The delegation&apos;s plan: {names}</source>
        <translation>Delegationens plan: {names}</translation>
    </message>
    <message>
        <source>Themes and sessions covered: {covered} of {count}</source>
        <translation>Teman och pass som täcks: {covered} av {count}</translation>
    </message>
    <message>
        <source>⚠ Nobody covers this theme</source>
        <translation>⚠ Ingen täcker det här temat</translation>
    </message>
    <message>
        <source>⚠ Nobody covers this theme; free then: {names}</source>
        <translation>⚠ Ingen täcker det här temat; lediga då: {names}</translation>
    </message>
    <message>
        <source>{count}: {names}</source>
        <translation>{count}: {names}</translation>
    </message>
    <message>
        <source>{members} people cover {covered} of {count} themes and sessions.</source>
        <translation>{members} personer täcker {covered} av {count} teman och pass.</translation>
    </message>
    <message>
        <source>Nobody covers: {titles}</source>
        <translation>Ingen täcker: {titles}</translation>
    </message>
</context>
<context>
    <name>DelegationModel</name>
    <message>
        <source>⚠ Nobody covers this theme; free then: {names}</source>
        <translation>⚠ Ingen täcker det här temat; lediga då: {names}</translation>
    </message>
    <message>
        <source>⚠ Nobody covers this theme</source>
        <translation>⚠ Ingen täcker det här temat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Vilka går</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>DelegationProposalDialog</name>
    <message>
        <source>Plan for the delegation</source>
        <translation>Planera åt delegationen</translation>
    </message>
    <message>
        <source>Write a file for each member…</source>
        <translation>Spara en fil för varje medlem…</translation>
    </message>
    <message>
        <source>Take my part into my plan</source>
        <translation>Lägg in min del i min plan</translation>
    </message>
    <message>
        <source>The programme is large: this division is good, but perhaps not the best.</source>
        <translation>Programmet är stort: den här fördelningen är bra, men kanske inte den bästa.</translation>
    </message>
    <message>
        <source>Folder for the members&apos; files</source>
        <translation>Mapp för medlemmarnas filer</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s plan…</source>
        <translation>Lägg till en kollegas plan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen colleague&apos;s plan</source>
        <translation>Ta bort den valda kollegans plan</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <source>Plan for the delegation…</source>
        <translation>Planera åt delegationen…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegation</translation>
    </message>
    <message>
        <source>Export the delegation&apos;s plan</source>
        <translation>Exportera delegationens plan</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{address} is not a web address; a programme is downloaded only from an address that starts with https:// or http://.</source>
        <translation>{address} är ingen webbadress; ett program hämtas bara från en adress som börjar med https:// eller http://.</translation>
    </message>
    <message>
        <source>{address} is not a complete web address; one looks like https://example.org/schedule.xml.</source>
        <translation>{address} är ingen fullständig webbadress; en sådan ser ut som https://example.org/schedule.xml.</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>hämtningen avbröts</translation>
    </message>
    <message>
        <source>{address} is larger than {size} MB, which no schedule is, so the download was stopped.</source>
        <translation>{address} är större än {size} MB, vilket inget program är, så hämtningen avbröts.</translation>
    </message>
    <message>
        <source>{address} could not be downloaded: {cause}.</source>
        <translation>{address} kunde inte hämtas: {cause}.</translation>
    </message>
    <message>
        <source>the server refuses access to it (HTTP {status})</source>
        <translation>servern nekar åtkomst till den (HTTP {status})</translation>
    </message>
    <message>
        <source>the server has no file there (HTTP {status})</source>
        <translation>servern har ingen fil där (HTTP {status})</translation>
    </message>
    <message>
        <source>the server failed (HTTP {status}); try again later</source>
        <translation>servern fick ett fel (HTTP {status}); försök igen senare</translation>
    </message>
    <message>
        <source>it redirects more than {count} times</source>
        <translation>den skickar vidare fler än {count} gånger</translation>
    </message>
    <message>
        <source>it redirects from https to an address that is not secure</source>
        <translation>den skickar vidare från https till en adress som inte är säker</translation>
    </message>
    <message>
        <source>it redirects to an address that is not a web address</source>
        <translation>den skickar vidare till en adress som inte är en webbadress</translation>
    </message>
    <message>
        <source>the server answered HTTP {status} instead of a file</source>
        <translation>servern svarade HTTP {status} i stället för med en fil</translation>
    </message>
    <message>
        <source>the server {host} was not found; check the address, and that this computer is online</source>
        <translation>servern {host} hittades inte; kontrollera adressen och att datorn är ansluten till nätet</translation>
    </message>
    <message>
        <source>the server {host} refused the connection</source>
        <translation>servern {host} vägrade anslutningen</translation>
    </message>
    <message>
        <source>the server sent nothing for {seconds} seconds</source>
        <translation>servern skickade ingenting på {seconds} sekunder</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>anslutningen stängdes innan hela filen hade kommit</translation>
    </message>
    <message>
        <source>its certificate could not be verified, so the server is not trusted</source>
        <translation>dess certifikat kunde inte kontrolleras, så servern är inte betrodd</translation>
    </message>
    <message>
        <source>the network is not available; check that this computer is online</source>
        <translation>nätverket är inte tillgängligt; kontrollera att datorn är ansluten</translation>
    </message>
    <message>
        <source>the proxy server set on this computer could not be used</source>
        <translation>proxyservern som är inställd på datorn kunde inte användas</translation>
    </message>
    <message>
        <source>a network error ({code})</source>
        <translation>ett nätverksfel ({code})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title or speaker</source>
        <translation>Sök titel eller talare</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Sök titel</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alla spår</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alla lokaler</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Only my choices</source>
        <translation>Bara mina val</translation>
    </message>
    <message>
        <source>Only starred</source>
        <translation>Bara stjärnmärkta</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file} is larger than {size} MB; no schedule is that large.</source>
        <translation>{file} är större än {size} MB; så stort är inget schema.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} gick inte att läsa ({reason}).</translation>
    </message>
    <message>
        <source>{file}, byte {byte}: the file is not UTF-8 text; export the schedule again as UTF-8.</source>
        <translation>{file}, byte {byte}: filen är inte text i UTF-8; exportera schemat igen som UTF-8.</translation>
    </message>
    <message>
        <source>{file} is empty; choose the file the programme was saved in.</source>
        <translation>{file} är tom; välj filen som programmet sparades i.</translation>
    </message>
    <message>
        <source>{file} is not a schedule in a format the planner knows (schedule.json or schedule.xml, as pretalx, frab and Pentabarf export them, or an iCalendar .ics file); export the programme in one of those formats and try again.</source>
        <translation>{file} är inget program i ett format som planeraren känner till (schedule.json eller schedule.xml som pretalx, frab och Pentabarf exporterar dem, eller en iCalendar-fil .ics); exportera programmet i ett av de formaten och försök igen.</translation>
    </message>
    <message>
        <source>{file}: the time zone &quot;{zone}&quot; is not a time zone name like Europe/Stockholm; correct it in the file or leave it out.</source>
        <translation>{file}: tidszonen ”{zone}” är inget tidszonsnamn som Europe/Stockholm; rätta den i filen eller ta bort den.</translation>
    </message>
    <message>
        <source>{file} has {count} events, more than the {most} the planner accepts; no conference schedule is that large.</source>
        <translation>{file} har {count} programpunkter, fler än de {most} som planeraren tar emot; så stort är inget konferensschema.</translation>
    </message>
    <message>
        <source>{file}, line {line}: this is not valid JSON ({reason}).</source>
        <translation>{file}, rad {line}: detta är inte giltig JSON ({reason}).</translation>
    </message>
    <message>
        <source>{file} nests its values deeper than any schedule does; export the programme again.</source>
        <translation>{file} har sina värden inbäddade djupare än något program har; exportera programmet igen.</translation>
    </message>
    <message>
        <source>{file}: &quot;{key}&quot; is missing or is not an object.</source>
        <translation>{file}: &quot;{key}&quot; saknas eller är inget objekt.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;{key}&quot; is missing or is not an object.</source>
        <translation>{file}, {where}: &quot;{key}&quot; saknas eller är inget objekt.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;{key}&quot; is missing or empty.</source>
        <translation>{file}, {where}: &quot;{key}&quot; saknas eller är tom.</translation>
    </message>
    <message>
        <source>{file}, {where}: a day must be an object.</source>
        <translation>{file}, {where}: en dag måste vara ett objekt.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;rooms&quot; must be an object of room names.</source>
        <translation>{file}, {where}: &quot;rooms&quot; måste vara ett objekt med salarnas namn.</translation>
    </message>
    <message>
        <source>{file}, {where}: a room must be a list of events.</source>
        <translation>{file}, {where}: en sal måste vara en lista med programpunkter.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;date&quot; must be a date like 2018-05-17.</source>
        <translation>{file}, {where}: &quot;date&quot; måste vara ett datum som 2018-05-17.</translation>
    </message>
    <message>
        <source>{file}, {where}: an event must be an object.</source>
        <translation>{file}, {where}: en programpunkt måste vara ett objekt.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;date&quot; must be a date and time like 2018-05-17T09:00:00+02:00.</source>
        <translation>{file}, {where}: &quot;date&quot; måste vara datum och tid som 2018-05-17T09:00:00+02:00.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;end&quot; must be a date and time like 2018-05-17T10:00:00+02:00.</source>
        <translation>{file}, {where}: &quot;end&quot; måste vara datum och tid som 2018-05-17T10:00:00+02:00.</translation>
    </message>
    <message>
        <source>{file}, {where}: &quot;duration&quot; must be hours and minutes like 01:30, not &quot;{given}&quot;.</source>
        <translation>{file}, {where}: &quot;duration&quot; måste vara timmar och minuter som 01:30, inte &quot;{given}&quot;.</translation>
    </message>
    <message>
        <source>{file} is XML but not a schedule.xml: its root element is &lt;{tag}&gt;, not &lt;schedule&gt;; export the programme as schedule.xml and try again.</source>
        <translation>{file} är XML men ingen schedule.xml: rotelementet är &lt;{tag}&gt;, inte &lt;schedule&gt;; exportera programmet som schedule.xml och försök igen.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: the XML cannot be read ({reason}); export the schedule again.</source>
        <translation>{file}, rad {line}, kolumn {column}: XML-koden går inte att läsa ({reason}); exportera schemat igen.</translation>
    </message>
    <message>
        <source>{file}: the file declares a document type or entities, which the planner does not read because they can hide an XML bomb or read other files; export the schedule again without them.</source>
        <translation>{file}: filen deklarerar en dokumenttyp eller entiteter, som planeraren inte läser eftersom de kan dölja en XML-bomb eller läsa andra filer; exportera schemat igen utan dem.</translation>
    </message>
    <message>
        <source>{file}: the file refers to external content, which the planner does not read; export the schedule again without it.</source>
        <translation>{file}: filen hänvisar till externt innehåll, som planeraren inte läser; exportera schemat igen utan det.</translation>
    </message>
    <message>
        <source>{file}, {where}: &lt;{tag}&gt; is missing or empty.</source>
        <translation>{file}, {where}: &lt;{tag}&gt; saknas eller är tom.</translation>
    </message>
    <message>
        <source>{file}, {where}: &lt;conference&gt; is missing.</source>
        <translation>{file}, {where}: &lt;conference&gt; saknas.</translation>
    </message>
    <message>
        <source>{file}, {where}: there is no &lt;day&gt; element, so no programme.</source>
        <translation>{file}, {where}: det finns inget &lt;day&gt;-element och alltså inget program.</translation>
    </message>
    <message>
        <source>{file}, {where}: the event “{title}” is not inside a &lt;day&gt;, so it has no date; export the schedule again.</source>
        <translation>{file}, {where}: programpunkten ”{title}” ligger inte i någon &lt;day&gt;, så den har inget datum; exportera programmet igen.</translation>
    </message>
    <message>
        <source>{file}, {where}: the &quot;date&quot; attribute must be a date like 2025-02-01.</source>
        <translation>{file}, {where}: attributet &quot;date&quot; måste vara ett datum som 2025-02-01.</translation>
    </message>
    <message>
        <source>{file}, {where}: &lt;duration&gt; must be hours and minutes like 01:30, not &quot;{given}&quot;.</source>
        <translation>{file}, {where}: &lt;duration&gt; måste vara timmar och minuter som 01:30, inte &quot;{given}&quot;.</translation>
    </message>
    <message>
        <source>{file}, {where}: &lt;date&gt; must be a date and time like 2025-02-01T10:30:00+01:00, not &quot;{given}&quot;.</source>
        <translation>{file}, {where}: &lt;date&gt; måste vara datum och tid som 2025-02-01T10:30:00+01:00, inte &quot;{given}&quot;.</translation>
    </message>
    <message>
        <source>{file}, {where}: &lt;date&gt; and &lt;start&gt; are missing, so the event has no time.</source>
        <translation>{file}, {where}: &lt;date&gt; och &lt;start&gt; saknas, så programpunkten har ingen tid.</translation>
    </message>
    <message>
        <source>{file} holds no session, so there is nothing to plan; choose the file of the programme itself.</source>
        <translation>{file} innehåller inga programpunkter, så det finns inget att planera; välj själva programmets fil.</translation>
    </message>
    <message>
        <source>{file} gives some times with a UTC offset and some without, and names no time zone; import it again naming the zone (--timezone, or in the import dialog).</source>
        <translation>{file} anger vissa tider med skillnad mot UTC och andra utan, och anger ingen tidszon; importera den igen och ange zonen (--timezone, eller i importdialogen).</translation>
    </message>
    <message>
        <source>Texts with control or direction-override characters, which were removed: {count}.</source>
        <translation>Texter med styrtecken eller tecken som vänder skriftriktningen, som togs bort: {count}.</translation>
    </message>
    <message>
        <source>{file}, {where}: the {field} is in the year {year}, which no programme is in; correct the file.</source>
        <translation>{file}, {where}: {field} ligger år {year}, vilket inget program gör; rätta filen.</translation>
    </message>
    <message>
        <source>{file}, {where}: the event ends ({end}) before it starts ({start}); correct its end or duration.</source>
        <translation>{file}, {where}: programpunkten slutar ({end}) innan den börjar ({start}); rätta dess sluttid eller längd.</translation>
    </message>
    <message>
        <source>{file}, {where}: the event lasts {hours} hours, longer than a day, which no session of a programme does; correct its end or duration.</source>
        <translation>{file}, {where}: programpunkten pågår {hours} timmar, längre än ett dygn, vilket ingen programpunkt gör; rätta dess sluttid eller längd.</translation>
    </message>
    <message>
        <source>{file}, {where}: the title is empty.</source>
        <translation>{file}, {where}: titeln är tom.</translation>
    </message>
    <message>
        <source>Events without a guid or an id, which later versions of the file are matched to by title and time: {count}.</source>
        <translation>Programpunkter utan guid eller id, som senare versioner av filen matchas mot via titel och tid: {count}.</translation>
    </message>
    <message>
        <source>The identity {guid} is given to {count} events; each is kept as a session of its own.</source>
        <translation>Identiteten {guid} har {count} programpunkter; var och en behålls som ett eget pass.</translation>
    </message>
    <message>
        <source>{file} cannot be read as an iCalendar file ({reason}); export the programme again.</source>
        <translation>{file} kan inte läsas som en iCalendar-fil ({reason}); exportera programmet igen.</translation>
    </message>
    <message>
        <source>{file}, {where}: DTSTART is missing, so the event has no time.</source>
        <translation>{file}, {where}: DTSTART saknas, så programpunkten har ingen tid.</translation>
    </message>
    <message>
        <source>{file}, {where}: SUMMARY, the event&apos;s title, is missing or empty.</source>
        <translation>{file}, {where}: SUMMARY, programpunktens titel, saknas eller är tom.</translation>
    </message>
    <message>
        <source>{file}, {where}: {field} is not a date and time.</source>
        <translation>{file}, {where}: {field} är inte ett datum och en tid.</translation>
    </message>
    <message>
        <source>{file}, {where}: the event repeats in a way the planner cannot follow ({reason}); export the programme with each session as its own event.</source>
        <translation>{file}, {where}: programpunkten upprepas på ett sätt som planeraren inte kan följa ({reason}); exportera programmet med varje pass som en egen programpunkt.</translation>
    </message>
    <message>
        <source>{file}, {where}: the event repeats without end, which no session of a programme does; export the programme with each session as its own event.</source>
        <translation>{file}, {where}: programpunkten upprepas utan slut, vilket inget pass i ett program gör; exportera programmet med varje pass som en egen programpunkt.</translation>
    </message>
    <message>
        <source>All-day events, which have no time in the timetable and were left out: {count}.</source>
        <translation>Heldagshändelser, som inte har någon tid i schemat och utelämnades: {count}.</translation>
    </message>
    <message>
        <source>Events marked as cancelled, which were left out: {count}.</source>
        <translation>Programpunkter markerade som inställda, som utelämnades: {count}.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import programme…</source>
        <translation>&amp;Importera program…</translation>
    </message>
    <message>
        <source>Open a schedule.xml, schedule.json or .ics file: a new conference or an update</source>
        <translation>Öppna en schedule.xml, schedule.json eller .ics-fil: en ny konferens eller en uppdatering</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>&amp;Ångra senaste importen</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importera program</translation>
    </message>
    <message>
        <source>Conference schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>Konferensprogram (*.xml *.json *.ics);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Imported {title}.</source>
        <translation>Importerade {title}.</translation>
    </message>
    <message>
        <source>Programme imported</source>
        <translation>Programmet importerat</translation>
    </message>
    <message>
        <source>{title} was updated: {added} new, {cancelled} cancelled, {moved} moved, {renamed} renamed. Your choices concerned: {affected}.</source>
        <translation>{title} har uppdaterats: nya {added}, inställda {cancelled}, flyttade {moved}, med nytt namn {renamed}. Berörda val: {affected}.</translation>
    </message>
    <message>
        <source>{title}: nothing changed.</source>
        <translation>{title}: inget ändrades.</translation>
    </message>
    <message>
        <source>Programme updated</source>
        <translation>Programmet uppdaterat</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Ångra importen</translation>
    </message>
    <message>
        <source>This file would cancel {cancelled} of the {count} sessions of {title}. It may be the wrong file, or a broken export. Import it anyway?</source>
        <translation>Den här filen skulle ställa in {cancelled} av de {count} passen i {title}. Det kan vara fel fil, eller en trasig export. Importera den ändå?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importera ändå</translation>
    </message>
    <message>
        <source>The last import was undone; programme and plan are as they were.</source>
        <translation>Den senaste importen är ångrad; program och plan är som de var.</translation>
    </message>
</context>
<context>
    <name>ImportAddressDialog</name>
    <message>
        <source>Import from address</source>
        <translation>Importera från adress</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <source>Only for a file that names no time zone</source>
        <translation>Bara för en fil som inte anger någon tidszon</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone name like Europe/Brussels.</source>
        <translation>”{zone}” är inte namnet på en tidszon som Europe/Brussels.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} – Conference planner</source>
        <translation>{title} – Konferensplaneraren</translation>
    </message>
    <message>
        <source>The planner is already open with this plan; its window was brought to the front.</source>
        <translation>Planeraren är redan öppen med den här planen; dess fönster togs fram.</translation>
    </message>
    <message>
        <source>Conference planner</source>
        <translation>Konferensplaneraren</translation>
    </message>
    <message>
        <source>The screenshot could not be written to {path}.</source>
        <translation>Skärmbilden kunde inte skrivas till {path}.</translation>
    </message>
    <message>
        <source>Select a session to read about it; choose it with Space, a double-click or its check box. Your choices are saved as you make them, and Ctrl+Z takes one back. F1 lists every key.</source>
        <translation>Markera ett pass för att läsa om det; välj det med blanksteg, ett dubbelklick eller dess kryssruta. Dina val sparas när du gör dem, och Ctrl+Z ångrar ett. F1 visar alla kortkommandon.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Jag förstår</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{chosen} of {count} slots chosen</source>
        <translation>{chosen} av {count} pass valda</translation>
    </message>
    <message>
        <source>Sessions chosen: {chosen}</source>
        <translation>Valda pass: {chosen}</translation>
    </message>
    <message>
        <source>{chosen} of {count} themes</source>
        <translation>{chosen} av {count} teman</translation>
    </message>
    <message>
        <source>⚠ a theme chosen twice: {count}</source>
        <translation>⚠ tema valt två gånger: {count}</translation>
    </message>
    <message>
        <source>at the same time as another choice: {count}</source>
        <translation>samtidigt som ett annat val: {count}</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Sök efter uppdateringar</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importera ändå</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>The clipboard holds no web address to import from.</source>
        <translation>Urklippet innehåller ingen webbadress att importera från.</translation>
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
        <source>Export to &amp;calendar…</source>
        <translation>Exportera till &amp;kalender…</translation>
    </message>
    <message>
        <source>Export session to calendar…</source>
        <translation>Exportera passet till kalender…</translation>
    </message>
    <message>
        <source>&amp;Remove this conference…</source>
        <translation>&amp;Ta bort den här konferensen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <source>&amp;Paste an address to import</source>
        <translation>&amp;Klistra in en adress att importera</translation>
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
        <source>Clear &amp;all choices</source>
        <translation>Ta bort &amp;alla val</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
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
        <source>&amp;Next day</source>
        <translation>&amp;Nästa dag</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Föregående dag</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Just nu</translation>
    </message>
    <message>
        <source>Show days as a &amp;list</source>
        <translation>Visa dagarna som &amp;lista</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Konferens:</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About the planner</source>
        <translation>&amp;Om planeraren</translation>
    </message>
    <message>
        <source>Remove conference</source>
        <translation>Ta bort konferens</translation>
    </message>
    <message>
        <source>Remove {title} and your plan for it from the planner? Its programme can be imported again, but your choices for it cannot be brought back.</source>
        <translation>Ta bort {title} och din plan för den ur planeraren? Programmet kan importeras igen, men dina val för den kan inte tas tillbaka.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Nothing more is on today.</source>
        <translation>Inget mer på programmet i dag.</translation>
    </message>
    <message>
        <source>Nothing is on now: the conference is on {day}.</source>
        <translation>Inget pågår nu: konferensen hålls {day}.</translation>
    </message>
    <message>
        <source>Nothing is on now: the conference runs from {first} to {last}.</source>
        <translation>Inget pågår nu: konferensen hålls från {first} till {last}.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Your plan holds “{title}” more than once (at {times}): the calendar would hold it more than once too. Export anyway, or clear all but one run first?</source>
        <translation>Din plan har ”{title}” mer än en gång (kl. {times}): kalendern skulle också få det mer än en gång. Exportera ändå, eller ta först bort alla tillfällen utom ett?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportera ändå</translation>
    </message>
</context>
<context>
    <name>PersonalActions</name>
    <message>
        <source>&amp;Starred</source>
        <translation>&amp;Stjärnmärkt</translation>
    </message>
    <message>
        <source>Star a session you are considering (key S)</source>
        <translation>Stjärnmärk ett pass du funderar på (tangenten S)</translation>
    </message>
    <message>
        <source>Plan for &amp;me…</source>
        <translation>&amp;Planera åt mig…</translation>
    </message>
    <message>
        <source>&amp;Share my plan…</source>
        <translation>&amp;Dela min plan…</translation>
    </message>
    <message>
        <source>&amp;Add a colleague&apos;s plan…</source>
        <translation>&amp;Lägg till en kollegas plan…</translation>
    </message>
    <message>
        <source>&amp;Overview of the delegation</source>
        <translation>&amp;Översikt över delegationen</translation>
    </message>
    <message>
        <source>Plan for the de&amp;legation…</source>
        <translation>&amp;Planera åt delegationen…</translation>
    </message>
    <message>
        <source>Conference &amp;report…</source>
        <translation>Konferens&amp;rapport…</translation>
    </message>
    <message>
        <source>note on “{title}”</source>
        <translation>anteckningen om ”{title}”</translation>
    </message>
    <message>
        <source>star “{title}”</source>
        <translation>stjärnmärkningen av ”{title}”</translation>
    </message>
    <message>
        <source>rate “{title}”</source>
        <translation>intressenivån för ”{title}”</translation>
    </message>
    <message>
        <source>mark “{title}”</source>
        <translation>markeringen av ”{title}”</translation>
    </message>
    <message>
        <source>Plan for me</source>
        <translation>Planera åt mig</translation>
    </message>
    <message>
        <source>Share my plan</source>
        <translation>Dela min plan</translation>
    </message>
    <message>
        <source>Your plan was written to {path}; send it to your colleagues.</source>
        <translation>Din plan skrevs till {path}; skicka den till dina kollegor.</translation>
    </message>
    <message>
        <source>Calendars made by the planner (*.ics)</source>
        <translation>Kalendrar från planeraren (*.ics)</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s plan</source>
        <translation>Lägg till en kollegas plan</translation>
    </message>
    <message>
        <source>Whose plan is {file}?</source>
        <translation>Vems plan är {file}?</translation>
    </message>
    <message>
        <source>The plan of {name} replaces their earlier one.</source>
        <translation>Den nya planen från {name} ersätter den tidigare.</translation>
    </message>
    <message>
        <source>The plan of {name} was added to the delegation.</source>
        <translation>Planen från {name} har lagts till i delegationen.</translation>
    </message>
    <message>
        <source>It names {count} sessions that are not in this programme (another conference or another version of it): {ids}</source>
        <translation>Den tar upp {count} pass som inte finns i det här programmet (en annan konferens eller en annan version av programmet): {ids}</translation>
    </message>
    <message>
        <source>Add your colleagues&apos; plans first (Add a colleague&apos;s plan…): the delegation is planned with their ratings and yours.</source>
        <translation>Lägg först till dina kollegors planer (Lägg till en kollegas plan…): delegationen planeras utifrån deras och dina intressenivåer.</translation>
    </message>
    <message>
        <source>Plan for the delegation</source>
        <translation>Planera åt delegationen</translation>
    </message>
    <message>
        <source>Written to {folder}: {files}</source>
        <translation>Skrevs till {folder}: {files}</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Conference report</source>
        <translation>Konferensrapport</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit (*.odt);;PDF (*.pdf)</source>
        <translation>OpenDocument-text, för redigering (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Rapporten skrevs till {path}.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öppna den</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Shared plans (*.plan.json *.json)</source>
        <translation>Delade planer (*.plan.json *.json)</translation>
    </message>
    <message>
        <source>Conference planner</source>
        <translation>Konferensplaneraren</translation>
    </message>
</context>
<context>
    <name>PersonalEditor</name>
    <message>
        <source>My &amp;notes (saved as you type):</source>
        <translation>&amp;Mina anteckningar (sparas medan du skriver):</translation>
    </message>
    <message>
        <source>What you want to remember or report home</source>
        <translation>Det du vill komma ihåg eller rapportera hem</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mina anteckningar</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Kanske</translation>
    </message>
    <message>
        <source>Want to attend</source>
        <translation>Vill gå på</translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation>Måste gå på</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Inte markerat</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Var där</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppade över</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Intresse:</translation>
    </message>
    <message>
        <source>At the &amp;conference:</source>
        <translation>På &amp;konferensen:</translation>
    </message>
    <message>
        <source>For Plan for me: how much you want this theme</source>
        <translation>För Planera åt mig: hur gärna du vill gå på det här temat</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Stjärnmärkt</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Stjärnmärk</translation>
    </message>
    <message>
        <source>Star a session you are considering: it is not a choice (key S)</source>
        <translation>Stjärnmärk ett pass du funderar på: det är inget val (tangenten S)</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>There is no conference {key} in the plan database; check the acronym and try again.</source>
        <translation>Det finns ingen konferens {key} i planeringsdatabasen; kontrollera förkortningen och försök igen.</translation>
    </message>
    <message>
        <source>A damaged plan database was kept aside as {aside}, and {path} was started anew; nothing in the damaged file was changed. Move or delete it once you no longer need it, and this notice goes away.</source>
        <translation>En skadad planeringsdatabas lades undan som {aside}, och {path} startades på nytt; ingenting i den skadade filen ändrades. Flytta eller ta bort den när du inte längre behöver den, så försvinner det här meddelandet.</translation>
    </message>
    <message>
        <source>The last conference cannot be removed.</source>
        <translation>Den sista konferensen kan inte tas bort.</translation>
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
        <source>timetable</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
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
        <source>PDF written to {path} (pages: {pages}).</source>
        <translation>PDF-filen skrevs till {path} (sidor: {pages}).</translation>
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
        <source>The &amp;whole timetable (landscape)</source>
        <translation>&amp;Hela schemat (liggande)</translation>
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
        <source>{path} could not be written ({reason}): choose a folder you can write to.</source>
        <translation>{path} gick inte att skriva ({reason}): välj en mapp du kan skriva i.</translation>
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
        <source>Nothing chosen this day yet.</source>
        <translation>Inget valt den här dagen ännu.</translation>
    </message>
    <message>
        <source>Nothing on the programme this day.</source>
        <translation>Inget på programmet den här dagen.</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>”{title}”</translation>
    </message>
    <message>
        <source>⚠ At the same time as your choice {title}</source>
        <translation>⚠ Samtidigt som ditt val {title}</translation>
    </message>
    <message>
        <source>⚠ At the same time as your choices {title}</source>
        <translation>⚠ Samtidigt som dina val {title}</translation>
    </message>
    <message>
        <source>⚠ You chose this theme more than once: at {times}</source>
        <translation>⚠ Du har valt det här temat mer än en gång: kl. {times}</translation>
    </message>
    <message>
        <source>{earlier} and {last}</source>
        <translation>{earlier} och {last}</translation>
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
        <source>Rooms {first}–{last} of {count}</source>
        <translation>Rum {first}–{last} av {count}</translation>
    </message>
    <message>
        <source>End time not given in the programme</source>
        <translation>Sluttid anges inte i programmet</translation>
    </message>
    <message>
        <source>continues until {time}</source>
        <translation>fortsätter till {time}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <source>Not chosen yet (continued):</source>
        <translation>Inte valt än (fortsättning):</translation>
    </message>
    <message>
        <source>★ considering</source>
        <translation>★ funderar på</translation>
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
    <name>ProposalDialog</name>
    <message>
        <source>Plan for me</source>
        <translation>Planera åt mig</translation>
    </message>
    <message>
        <source>Let the proposal replace my choices in its way</source>
        <translation>Låt förslaget ersätta mina val som står i vägen</translation>
    </message>
    <message>
        <source>Take this plan</source>
        <translation>Använd den här planen</translation>
    </message>
    <message>
        <source>Rate the themes you want first: Interest, in the detail pane.</source>
        <translation>Ange först ditt intresse för de teman du vill gå på: Intresse, i detaljrutan.</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Föreslås:</translation>
    </message>
    <message>
        <source>Instead of:</source>
        <translation>I stället för:</translation>
    </message>
    <message>
        <source>Your plan already holds the most of what you rated.</source>
        <translation>Din plan har redan så mycket som möjligt av det du har angett intresse för.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Conference report: {title}</source>
        <translation>Konferensrapport: {title}</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Skriven av {name}</translation>
    </message>
    <message>
        <source>The sessions I attended</source>
        <translation>Passen jag var på</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>{file}: a report is written as .odt (to edit) or .pdf; name it so.</source>
        <translation>{file}: en rapport sparas som .odt (för redigering) eller .pdf; ge filen ett sådant namn.</translation>
    </message>
    <message>
        <source>The report could not be written to {path} ({reason}); choose another place.</source>
        <translation>Rapporten gick inte att skriva till {path} ({reason}); välj en annan plats.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Inga pass.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>This file would cancel {cancelled} of the {count} sessions of {title}; if it really is the new programme, import it again with --force.</source>
        <translation>Den här filen skulle ställa in {cancelled} av de {count} passen i {title}; om det verkligen är det nya programmet, importera det igen med --force.</translation>
    </message>
    <message>
        <source>There is no import of {title} to undo.</source>
        <translation>Det finns ingen import av {title} att ångra.</translation>
    </message>
    <message>
        <source>There is no session {guid} in {conference}.</source>
        <translation>Det finns inget pass {guid} i {conference}.</translation>
    </message>
    <message>
        <source>{title} is not a choice: it is on everyone&apos;s agenda.</source>
        <translation>{title} är inget val: det står på allas agenda.</translation>
    </message>
    <message>
        <source>The conference {title} is not in the plan database.</source>
        <translation>Konferensen {title} finns inte i planeringsdatabasen.</translation>
    </message>
    <message>
        <source>The plan of {name} added earlier was written later than this one; it stays. Add their newest file instead.</source>
        <translation>Planen från {name} som lades till tidigare skrevs senare än den här; den behålls. Lägg till den nyaste filen i stället.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>No match</source>
        <translation>Ingen träff</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Träffar: {count}</translation>
    </message>
    <message>
        <source>{count} on {day}</source>
        <translation>{count} på {day}</translation>
    </message>
    <message>
        <source>Matches: {count} ({others})</source>
        <translation>Träffar: {count} ({others})</translation>
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
        <source>The programme does not give an end time.</source>
        <translation>Programmet anger ingen sluttid.</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Rum: {room}</translation>
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
        <source>⚠ Your plan holds this theme more than once: at {times}.</source>
        <translation>⚠ Din plan har det här temat mer än en gång: kl. {times}.</translation>
    </message>
    <message>
        <source>On everyone&apos;s agenda.</source>
        <translation>Står på allas agenda.</translation>
    </message>
    <message>
        <source>✓ Chosen, at the same time as another of your choices.</source>
        <translation>✓ Valt, samtidigt som ett annat av dina val.</translation>
    </message>
    <message>
        <source>✓ Chosen.</source>
        <translation>✓ Valt.</translation>
    </message>
    <message>
        <source>Not chosen; nothing you chose runs at the same time.</source>
        <translation>Inte valt; inget du valt går samtidigt.</translation>
    </message>
    <message>
        <source>At the same time as your choice: {title}</source>
        <translation>Samtidigt som ditt val: {title}</translation>
    </message>
    <message>
        <source>✓ Chosen for this slot.</source>
        <translation>✓ Valt för den här tiden.</translation>
    </message>
    <message>
        <source>Open the event&apos;s page</source>
        <translation>Öppna passets webbsida</translation>
    </message>
    <message>
        <source>Select a session to see it here. Choose it with Space, a double-click or its check box.</source>
        <translation>Markera ett pass för att se det här. Välj det med blanksteg, ett dubbelklick eller dess kryssruta.</translation>
    </message>
    <message>
        <source>(after midnight, on {date})</source>
        <translation>(efter midnatt, {date})</translation>
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
        <source>Also runs {day} at {time}, where you chose it.</source>
        <translation>Går även {day} kl. {time}, där du valt det.</translation>
    </message>
    <message>
        <source>Also runs at {time}, where you chose it.</source>
        <translation>Går även kl. {time}, där du valt det.</translation>
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
        <source>Choose at {time}</source>
        <translation>Välj kl. {time}</translation>
    </message>
    <message>
        <source>Choose this theme at {time}</source>
        <translation>Välj det här temat kl. {time}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share my plan</source>
        <translation>Dela min plan</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Ta med mina anteckningar</translation>
    </message>
    <message>
        <source>The file holds your choices, the sessions you starred and your ratings, so that your delegation can plan together; your notes only if you tick it.</source>
        <translation>Filen innehåller dina val, passen du har stjärnmärkt och dina intressenivåer, så att delegationen kan planera tillsammans; dina anteckningar bara om du kryssar i rutan.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Give your name: your colleagues see your plan under it.</source>
        <translation>Ange ditt namn: dina kollegor ser din plan under det.</translation>
    </message>
    <message>
        <source>The plan file {path} could not be written ({reason}).</source>
        <translation>Planfilen {path} gick inte att skriva ({reason}).</translation>
    </message>
    <message>
        <source>it could not be opened ({reason})</source>
        <translation>den gick inte att öppna ({reason})</translation>
    </message>
    <message>
        <source>it is a plan for {title}, and none of its sessions are in {current}</source>
        <translation>den är en plan för {title}, och inget av dess pass finns i {current}</translation>
    </message>
    <message>
        <source>The plan file {file} cannot be added: {problem}.</source>
        <translation>Planfilen {file} kan inte läggas till: {problem}.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB, far more than any plan</source>
        <translation>den är större än {size} MB, långt mer än någon plan</translation>
    </message>
    <message>
        <source>it is not a plan file (not JSON text)</source>
        <translation>den är ingen planfil (inte JSON-text)</translation>
    </message>
    <message>
        <source>it is not a plan file of the conference planner</source>
        <translation>den är ingen planfil från konferensplaneraren</translation>
    </message>
    <message>
        <source>it is of version {version}, and this planner reads version {supported}</source>
        <translation>den har version {version}, och den här planeraren läser version {supported}</translation>
    </message>
    <message>
        <source>it names more than {most} sessions</source>
        <translation>den tar upp fler än {most} pass</translation>
    </message>
    <message>
        <source>it is not a calendar file it can read</source>
        <translation>den är ingen kalenderfil som planeraren kan läsa</translation>
    </message>
    <message>
        <source>it is a calendar the planner did not write: its events name no sessions</source>
        <translation>den är en kalender som planeraren inte har skrivit: dess händelser anger inga pass</translation>
    </message>
    <message>
        <source>“{field}” should be {expected}</source>
        <translation>”{field}” ska vara {expected}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a short text</source>
        <translation>en kort text</translation>
    </message>
    <message>
        <source>a list of dates like 2018-05-17</source>
        <translation>en lista med datum som 2018-05-17</translation>
    </message>
    <message>
        <source>a list of session IDs</source>
        <translation>en lista med pass-id:n</translation>
    </message>
    <message>
        <source>levels from 1 to 3 by session ID</source>
        <translation>nivåer från 1 till 3 per pass-id</translation>
    </message>
    <message>
        <source>texts by session ID</source>
        <translation>texter per pass-id</translation>
    </message>
    <message>
        <source>a time like 2018-05-10T09:00:00Z</source>
        <translation>en tidpunkt som 2018-05-10T09:00:00Z</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenterna</translation>
    </message>
    <message>
        <source>Move between sessions: left and right by room, up and down by time</source>
        <translation>Flytta mellan pass: vänster och höger mellan rum, upp och ner i tid</translation>
    </message>
    <message>
        <source>Space, Enter, double-click</source>
        <translation>Blanksteg, Enter, dubbelklick</translation>
    </message>
    <message>
        <source>Choose the selected session</source>
        <translation>Välj det markerade passet</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <translation>Delete, Backsteg</translation>
    </message>
    <message>
        <source>Clear the selected choice</source>
        <translation>Ta bort det markerade valet</translation>
    </message>
    <message>
        <source>Undo the last change of your choices</source>
        <translation>Ångra den senaste ändringen av dina val</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>Gör om den</translation>
    </message>
    <message>
        <source>Search titles and speakers</source>
        <translation>Sök i titlar och talare</translation>
    </message>
    <message>
        <source>Enter, F3 (in the search field)</source>
        <translation>Enter, F3 (i sökfältet)</translation>
    </message>
    <message>
        <source>Go to the next match, on any day</source>
        <translation>Gå till nästa träff, vilken dag det än är</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Gå till föregående träff</translation>
    </message>
    <message>
        <source>Next or previous day</source>
        <translation>Nästa eller föregående dag</translation>
    </message>
    <message>
        <source>Go to what is on now</source>
        <translation>Gå till det som pågår nu</translation>
    </message>
    <message>
        <source>Show the days as lists, or as the timetable again</source>
        <translation>Visa dagarna som listor, eller som schema igen</translation>
    </message>
    <message>
        <source>Import a programme from a file</source>
        <translation>Importera ett program från en fil</translation>
    </message>
    <message>
        <source>Print your agenda</source>
        <translation>Skriv ut din agenda</translation>
    </message>
    <message>
        <source>Shift + mouse wheel</source>
        <translation>Skift + mushjulet</translation>
    </message>
    <message>
        <source>Scroll the timetable sideways</source>
        <translation>Rulla schemat i sidled</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Den här sidan</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Last look</source>
        <translation>Senast kontrollerat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Look for a new version &amp;automatically every few hours</source>
        <translation>Leta efter en ny version &amp;automatiskt med några timmars mellanrum</translation>
    </message>
    <message>
        <source>C&amp;hange address</source>
        <translation>&amp;Ändra adress</translation>
    </message>
    <message>
        <source>&amp;Look now</source>
        <translation>&amp;Kontrollera nu</translation>
    </message>
    <message>
        <source>&amp;Remove address</source>
        <translation>&amp;Ta bort adressen</translation>
    </message>
    <message>
        <source>No conference has a web address yet: import a programme from its address (File, Import from address), and the planner can look there for new versions.</source>
        <translation>Ingen konferens har någon webbadress ännu: importera ett program från dess adress (Arkiv, Importera från adress), så kan planeraren leta efter nya versioner där.</translation>
    </message>
    <message>
        <source>Not looked at yet.</source>
        <translation>Inte kontrollerad ännu.</translation>
    </message>
    <message>
        <source>Looking at the address…</source>
        <translation>Kontrollerar adressen…</translation>
    </message>
</context>
<context>
    <name>TextBlock</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;allt</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Theme {number}</source>
        <translation>Tema {number}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nytt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttat</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>nytt namn</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrat</translation>
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
        <source>at the same time as one of your choices</source>
        <translation>samtidigt som ett av dina val</translation>
    </message>
    <message>
        <source>for everyone</source>
        <translation>för alla</translation>
    </message>
    <message>
        <source>break</source>
        <translation>paus</translation>
    </message>
    <message>
        <source>conflict: at the same time as another of your choices</source>
        <translation>krock: samtidigt som ett annat av dina val</translation>
    </message>
    <message>
        <source>this theme is chosen more than once</source>
        <translation>det här temat är valt mer än en gång</translation>
    </message>
    <message>
        <source>starred: you are considering it</source>
        <translation>stjärnmärkt: du funderar på det</translation>
    </message>
    <message>
        <source>you have a note on it</source>
        <translation>du har en anteckning om det</translation>
    </message>
    <message>
        <source>new in the latest programme</source>
        <translation>nytt i det senaste programmet</translation>
    </message>
    <message>
        <source>moved in the latest programme</source>
        <translation>flyttat i det senaste programmet</translation>
    </message>
    <message>
        <source>renamed in the latest programme</source>
        <translation>nytt namn i det senaste programmet</translation>
    </message>
    <message>
        <source>changed in the latest programme</source>
        <translation>ändrat i det senaste programmet</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>No session on this day matches the filter.</source>
        <translation>Inget pass den här dagen passar filtret.</translation>
    </message>
    <message>
        <source>Nothing on the programme this day.</source>
        <translation>Inget på programmet den här dagen.</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>{address} sent a web page, not a schedule: perhaps the sign-in page of this network, or a page about the programme; sign in with a browser, or use the address of the schedule&apos;s export (schedule.xml or schedule.json).</source>
        <translation>{address} skickade en webbsida, inte ett program: kanske nätverkets inloggningssida, eller en sida om programmet; logga in med en webbläsare, eller använd adressen till programmets export (schedule.xml eller schedule.json).</translation>
    </message>
    <message>
        <source>The file at {address} cannot be imported: {reason}</source>
        <translation>Filen på {address} kan inte importeras: {reason}</translation>
    </message>
    <message>
        <source>Looking at {address} went wrong unexpectedly; the details are in the planner&apos;s log file.</source>
        <translation>Kontrollen av {address} gick oväntat fel; detaljerna finns i planerarens loggfil.</translation>
    </message>
    <message>
        <source>The new programme at {address} would cancel {cancelled} of the {count} sessions of {title}, so it is imported only when you confirm it.</source>
        <translation>Det nya programmet på {address} skulle ställa in {cancelled} av de {count} passen i {title}, så det importeras bara om du bekräftar det.</translation>
    </message>
    <message>
        <source>No changes since {time}.</source>
        <translation>Inga ändringar sedan {time}.</translation>
    </message>
    <message>
        <source>{title} was imported.</source>
        <translation>{title} importerades.</translation>
    </message>
    <message>
        <source>A new version of {title}; nothing changed.</source>
        <translation>En ny version av {title}; ingenting ändrades.</translation>
    </message>
    <message>
        <source>A new version of {title} was imported: {added} new, {cancelled} cancelled, {moved} moved, {renamed} renamed; your choices concerned: {affected}.</source>
        <translation>En ny version av {title} importerades: {added} nya, {cancelled} inställda, {moved} flyttade, {renamed} nya namn; berörda val: {affected}.</translation>
    </message>
    <message>
        <source>{address} now holds the programme of another conference, {other}, not of {title}; import it as a conference of its own, or change the address in Sources.</source>
        <translation>{address} har nu programmet för en annan konferens, {other}, inte för {title}; importera det som en egen konferens, eller ändra adressen under Källor.</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Import from &amp;address…</source>
        <translation>Importera från &amp;adress…</translation>
    </message>
    <message>
        <source>Download a programme from where it is published, and follow its updates</source>
        <translation>Hämta ett program där det publiceras, och följ dess uppdateringar</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Sök efter &amp;uppdateringar</translation>
    </message>
    <message>
        <source>Look for new versions of the programmes imported from an address</source>
        <translation>Leta efter nya versioner av programmen som importerats från en adress</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Källor…</translation>
    </message>
    <message>
        <source>Where each programme is published, and what the last look found</source>
        <translation>Var varje program publiceras, och vad den senaste kontrollen visade</translation>
    </message>
    <message>
        <source>No programme was imported from a web address, so there is nowhere to look for updates; use Import from address.</source>
        <translation>Inget program har importerats från en webbadress, så det finns ingenstans att leta efter uppdateringar; använd Importera från adress.</translation>
    </message>
    <message>
        <source>The programme at {address} would cancel {cancelled} of the {count} sessions of {title}, so it is imported only when you confirm it.</source>
        <translation>Programmet på {address} skulle ställa in {cancelled} av de {count} passen i {title}, så det importeras bara om du bekräftar det.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>The programme of {title} has changed, and with it {count} of your choices; the report lists them.</source>
        <translation>Programmet för {title} har ändrats, och med det {count} av dina val; rapporten listar dem.</translation>
    </message>
    <message>
        <source>The programme of {title} has changed ({count} of your choices concerned); choose it in the conference picker to see it.</source>
        <translation>Programmet för {title} har ändrats ({count} av dina val berörs); välj den i konferensväljaren för att se det.</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Time zone of the programme</source>
        <translation>Programmets tidszon</translation>
    </message>
    <message>
        <source>{file} does not say which time zone its times are in. Name it, so that calendars show the sessions at the right time; or keep the times as written.</source>
        <translation>{file} anger inte vilken tidszon dess tider gäller. Ange den, så att kalendrar visar passen vid rätt tid; eller behåll tiderna som de står.</translation>
    </message>
    <message>
        <source>Use this time zone</source>
        <translation>Använd den här tidszonen</translation>
    </message>
    <message>
        <source>Keep the times as written</source>
        <translation>Behåll tiderna som de står</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de här argumenten behövs: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s behövs</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>väntade ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>väntade högst ett argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>väntade minst ett argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>väntade %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>väntade %s argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerade argumentet %r</translation>
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
        <source>Cleared: {time} {title}</source>
        <translation>Borttaget: {time} {title}</translation>
    </message>
    <message>
        <source>{title} was not chosen.</source>
        <translation>{title} var inte valt.</translation>
    </message>
    <message>
        <source>(instead of {title})</source>
        <translation>(i stället för {title})</translation>
    </message>
    <message>
        <source>Moved {title} from {before} to {after}.</source>
        <translation>Flyttade {title} från {before} till {after}.</translation>
    </message>
    <message>
        <source>{title} runs at the same time as your choice {others}; both are kept.</source>
        <translation>{title} går samtidigt som ditt val {others}; båda behålls.</translation>
    </message>
    <message>
        <source>Your plan holds “{title}” more than once: at {times}. Clear all but one.</source>
        <translation>Din plan har ”{title}” mer än en gång: kl. {times}. Ta bort alla utom ett.</translation>
    </message>
    <message>
        <source>Choices cleared: {count}.</source>
        <translation>Borttagna val: {count}.</translation>
    </message>
    <message>
        <source>Calendar written to {path} (events: {count}).</source>
        <translation>Kalendern skrevs till {path} (händelser: {count}).</translation>
    </message>
    <message>
        <source>PDF written to {path} (pages: {pages}).</source>
        <translation>PDF-filen skrevs till {path} (sidor: {pages}).</translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone name like Europe/Brussels.</source>
        <translation>”{zone}” är inte namnet på en tidszon som Europe/Brussels.</translation>
    </message>
    <message>
        <source>Imported {title}; it is now the current conference.</source>
        <translation>Importerade {title}; det är nu den aktuella konferensen.</translation>
    </message>
    <message>
        <source>The file names no time zone and gives no UTC offsets, so its times are shown as written; import it again with --timezone to put it into calendars at the right time.</source>
        <translation>Filen anger ingen tidszon och ingen skillnad mot UTC, så dess tider visas som de står; importera den igen med --timezone för att den ska hamna rätt i kalendrar.</translation>
    </message>
    <message>
        <source>Updated {title}.</source>
        <translation>Uppdaterade {title}.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Your choices:</source>
        <translation>Dina val:</translation>
    </message>
    <message>
        <source>Other changes:</source>
        <translation>Övriga ändringar:</translation>
    </message>
    <message>
        <source>There is no web address to look at for a new version; import the programme from its address first (import URL).</source>
        <translation>Det finns ingen webbadress att leta efter en ny version på; importera först programmet från dess adress (import URL).</translation>
    </message>
    <message>
        <source>The new programme at {address} would cancel {cancelled} of the {count} sessions of {title}; if it really is the new programme, run update again with --force.</source>
        <translation>Det nya programmet på {address} skulle ställa in {cancelled} av de {count} passen i {title}; om det verkligen är det nya programmet, kör update igen med --force.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>The programme and plan of {title} are back as they were before the last import.</source>
        <translation>Program och plan för {title} är tillbaka som de var före den senaste importen.</translation>
    </message>
    <message>
        <source>{prog}: {message} (see {prog} --help)</source>
        <translation>{prog}: {message} (se {prog} --help)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the plan database file (default: per-user data)</source>
        <translation>planeringsdatabasens fil (förval: i användarens datamapp)</translation>
    </message>
    <message>
        <source>language: sv or en (default: the system&apos;s)</source>
        <translation>språk: sv eller en (förval: systemets)</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>the conference&apos;s acronym (default: the last opened)</source>
        <translation>konferensens förkortning (förval: den senast öppnade)</translation>
    </message>
    <message>
        <source>Plan your days at the conference.</source>
        <translation>Planera dina konferensdagar.</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FIL.png</translation>
    </message>
    <message>
        <source>render the window&apos;s first day to a PNG file, then exit</source>
        <translation>rita fönstrets första dag till en PNG-fil och avsluta</translation>
    </message>
    <message>
        <source>command</source>
        <translation>kommando</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>kommandon</translation>
    </message>
    <message>
        <source>the whole programme</source>
        <translation>hela programmet</translation>
    </message>
    <message>
        <source>your personal agenda</source>
        <translation>din personliga agenda</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>skriv ut JSON</translation>
    </message>
    <message>
        <source>choose sessions (in a slot it replaces the choice; a theme&apos;s choice moves)</source>
        <translation>välj pass (i ett passblock ersätter det valet; ett temas val flyttas)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>import a schedule.xml, schedule.json or .ics from a file or a web address (a new conference or an update)</source>
        <translation>importera en schedule.xml, schedule.json eller .ics från en fil eller en webbadress (en ny konferens eller en uppdatering)</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FIL|URL</translation>
    </message>
    <message>
        <source>unchoose sessions</source>
        <translation>ta bort val</translation>
    </message>
    <message>
        <source>unchoose every session</source>
        <translation>ta bort alla val</translation>
    </message>
    <message>
        <source>write your agenda as a calendar (.ics)</source>
        <translation>skriv din agenda som kalender (.ics)</translation>
    </message>
    <message>
        <source>the whole programme instead of your agenda</source>
        <translation>hela programmet i stället för din agenda</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>a reminder MIN minutes before each item</source>
        <translation>en påminnelse MIN minuter före varje punkt</translation>
    </message>
    <message>
        <source>remind before the breaks too</source>
        <translation>påminn före pauserna också</translation>
    </message>
    <message>
        <source>put your notes into the events&apos; descriptions</source>
        <translation>lägg dina anteckningar i händelsernas beskrivningar</translation>
    </message>
    <message>
        <source>leave out the breaks</source>
        <translation>utelämna pauserna</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>import as a new calendar called NAME</source>
        <translation>importera som en ny kalender med namnet NAME</translation>
    </message>
    <message>
        <source>print your agenda to a PDF file</source>
        <translation>skriv ut din agenda till en PDF-fil</translation>
    </message>
    <message>
        <source>the whole timetable, landscape, one day a page</source>
        <translation>hela schemat, liggande, en dag per sida</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>pappersformat</translation>
    </message>
    <message>
        <source>the attendee&apos;s name on the agenda</source>
        <translation>deltagarens namn på agendan</translation>
    </message>
    <message>
        <source>print the change report as JSON</source>
        <translation>skriv ut ändringsrapporten som JSON</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZON</translation>
    </message>
    <message>
        <source>the time zone of a file that names none, like Europe/Brussels</source>
        <translation>tidszonen för en fil som inte anger någon, som Europe/Brussels</translation>
    </message>
    <message>
        <source>import an update even if it cancels most sessions</source>
        <translation>importera en uppdatering även om den ställer in de flesta passen</translation>
    </message>
    <message>
        <source>look for a new version of the programme at its web address and import it</source>
        <translation>leta efter en ny version av programmet på dess webbadress och importera den</translation>
    </message>
    <message>
        <source>every conference with an address, not only this one</source>
        <translation>alla konferenser med en adress, inte bara den här</translation>
    </message>
    <message>
        <source>bring back the programme and plan of before the last import</source>
        <translation>ta tillbaka program och plan från före den senaste importen</translation>
    </message>
    <message>
        <source>the conferences in the database</source>
        <translation>konferenserna i databasen</translation>
    </message>
    <message>
        <source>clear takes session IDs or --all</source>
        <translation>clear tar pass-id:n eller --all</translation>
    </message>
    <message>
        <source>--screenshot renders the window, so it takes no command</source>
        <translation>--screenshot ritar fönstret och tar därför inget kommando</translation>
    </message>
    <message>
        <source>the name your colleagues know you by</source>
        <translation>namnet dina kollegor känner igen dig på</translation>
    </message>
    <message>
        <source>keep a note on a session (empty: remove)</source>
        <translation>spara en anteckning om ett pass (tom: ta bort)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>star a session you are considering (not a choice)</source>
        <translation>stjärnmärk ett pass du funderar på (inget val)</translation>
    </message>
    <message>
        <source>take the star away</source>
        <translation>ta bort stjärnan</translation>
    </message>
    <message>
        <source>rate a session, and so its theme, for Plan for me</source>
        <translation>ange intresse för ett pass, och därmed dess tema, för Planera åt mig</translation>
    </message>
    <message>
        <source>propose the plan that takes most of what you rated</source>
        <translation>föreslå den plan som får med mest av det du angett intresse för</translation>
    </message>
    <message>
        <source>let the proposal replace choices in its way</source>
        <translation>låt förslaget ersätta val som står i vägen</translation>
    </message>
    <message>
        <source>apply the proposal</source>
        <translation>använd förslaget</translation>
    </message>
    <message>
        <source>write your plan to a file to send to colleagues</source>
        <translation>skriv din plan till en fil att skicka till kollegor</translation>
    </message>
    <message>
        <source>include your notes</source>
        <translation>ta med dina anteckningar</translation>
    </message>
    <message>
        <source>add a colleague&apos;s shared plan (or a planner-made .ics)</source>
        <translation>lägg till en kollegas delade plan (eller en .ics från planeraren)</translation>
    </message>
    <message>
        <source>whose plan it is (default: the name in the file)</source>
        <translation>vems plan det är (förval: namnet i filen)</translation>
    </message>
    <message>
        <source>remove a colleague&apos;s plan</source>
        <translation>ta bort en kollegas plan</translation>
    </message>
    <message>
        <source>who of the delegation attends each session</source>
        <translation>vem i delegationen som går på varje pass</translation>
    </message>
    <message>
        <source>propose who attends what, to cover the most themes</source>
        <translation>föreslå vem som går på vad, så att flest teman täcks</translation>
    </message>
    <message>
        <source>write your conference report (.odt or .pdf)</source>
        <translation>skriv din konferensrapport (.odt eller .pdf)</translation>
    </message>
    <message>
        <source>mark a session as attended</source>
        <translation>markera att du var på ett pass</translation>
    </message>
    <message>
        <source>mark a session as skipped</source>
        <translation>markera att du hoppade över ett pass</translation>
    </message>
    <message>
        <source>take the mark away</source>
        <translation>ta bort markeringen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {log}.</source>
        <translation>Något oväntat gick fel; detaljerna finns i {log}.</translation>
    </message>
    <message>
        <source>Note kept: {title}</source>
        <translation>Anteckningen sparad: {title}</translation>
    </message>
    <message>
        <source>Note removed: {title}</source>
        <translation>Anteckningen borttagen: {title}</translation>
    </message>
    <message>
        <source>Star taken away: {title}</source>
        <translation>Stjärnan borttagen: {title}</translation>
    </message>
    <message>
        <source>Starred: {title}</source>
        <translation>Stjärnmärkt: {title}</translation>
    </message>
    <message>
        <source>Rated {level}: {title}</source>
        <translation>Intresse satt till {level}: {title}</translation>
    </message>
    <message>
        <source>Plan for me has nothing to add: rate the themes you want (rate ID must) or let it replace your choices (--replace).</source>
        <translation>Planera åt mig har inget att lägga till: ange ditt intresse för de teman du vill gå på (rate ID must) eller låt förslaget ersätta dina val (--replace).</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Föreslås:</translation>
    </message>
    <message>
        <source>Instead of:</source>
        <translation>I stället för:</translation>
    </message>
    <message>
        <source>The proposal is now your plan.</source>
        <translation>Förslaget är nu din plan.</translation>
    </message>
    <message>
        <source>Run it again with --accept to take it.</source>
        <translation>Kör igen med --accept för att använda förslaget.</translation>
    </message>
    <message>
        <source>Give your name with --name: your colleagues see your plan under it.</source>
        <translation>Ange ditt namn med --name: dina kollegor ser din plan under det.</translation>
    </message>
    <message>
        <source>Plan written to {path}.</source>
        <translation>Planen skrevs till {path}.</translation>
    </message>
    <message>
        <source>The plan of {name} replaces their earlier one.</source>
        <translation>Den nya planen från {name} ersätter den tidigare.</translation>
    </message>
    <message>
        <source>Added the plan of {name}.</source>
        <translation>Lade till planen från {name}.</translation>
    </message>
    <message>
        <source>It names {count} sessions that are not in this programme of {title} (another conference or another version of it): {ids}</source>
        <translation>Den tar upp {count} pass som inte finns i det här programmet för {title} (en annan konferens eller en annan version av programmet): {ids}</translation>
    </message>
    <message>
        <source>There is no plan of {name} to remove.</source>
        <translation>Det finns ingen plan från {name} att ta bort.</translation>
    </message>
    <message>
        <source>Removed the plan of {name}.</source>
        <translation>Tog bort planen från {name}.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The delegation: {names}</source>
        <translation>Delegationen: {names}</translation>
    </message>
    <message>
        <source>nobody (free: {names})</source>
        <translation>ingen (lediga: {names})</translation>
    </message>
    <message>
        <source>Themes and sessions covered: {covered} of {count}.</source>
        <translation>Teman och pass som täcks: {covered} av {count}.</translation>
    </message>
    <message>
        <source>Proposed division:</source>
        <translation>Föreslagen fördelning:</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapporten skrevs till {path}.</translation>
    </message>
    <message>
        <source>No longer marked: {title}</source>
        <translation>Inte längre markerat: {title}</translation>
    </message>
    <message>
        <source>Attended: {title}</source>
        <translation>Var där: {title}</translation>
    </message>
    <message>
        <source>Skipped: {title}</source>
        <translation>Hoppade över: {title}</translation>
    </message>
</context>
</TS>
