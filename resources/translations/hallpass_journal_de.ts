<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hall Pass Journal</source>
        <translation>Über Hall Pass Journal</translation>
    </message>
    <message>
        <source>Hall Pass Journal</source>
        <translation>Hall Pass Journal</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A private journal for feelings, agreements, check-ins and repair, for anyone thinking through a hall pass, at their own pace.</source>
        <translation>Ein privates Tagebuch für Gefühle, Vereinbarungen, Check-ins und Wiederannäherung – für alle, die in ihrem eigenen Tempo über einen Hall Pass nachdenken.</translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation>Was diese App ist</translation>
    </message>
    <message>
        <source>Your journal stays on this computer, encrypted with your passphrase. Nothing is sent anywhere, and nothing leaves the journal unless you export it yourself.</source>
        <translation>Dein Tagebuch bleibt auf diesem Computer, verschlüsselt mit deiner Passphrase. Nichts wird irgendwohin gesendet, und nichts verlässt das Tagebuch, außer du exportierst es selbst.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ActionFlows</name>
    <message>
        <source>{name}
in {folder}</source>
        <translation>{name}
in {folder}</translation>
    </message>
    <message>
        <source>Something else is still being done with the journal. Please try again when it has finished.</source>
        <extracomment>How often, at most, a worker&apos;s progress reaches the GUI thread. An action has ended (its name), after its result was shown (tests wait for it).</extracomment>
        <translation>Gerade wird noch etwas anderes mit dem Tagebuch gemacht. Bitte versuch es noch einmal, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. {unchanged}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. {unchanged}</translation>
    </message>
</context>
<context>
    <name>AddItemRow</name>
    <message>
        <source>Add your own step</source>
        <extracomment>(words, group id)</extracomment>
        <translation>Eigenen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Anything that would help you both, in your own words. You can tick it off later like the others.</source>
        <translation>Alles, was euch beiden helfen würde, in deinen eigenen Worten. Du kannst ihn später wie die anderen abhaken.</translation>
    </message>
    <message>
        <source>A step of your own</source>
        <translation>Ein eigener Schritt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>Diesen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>This plan holds {count} steps of your own, as many as it keeps. To add another, remove one you no longer need.</source>
        <translation>Dieser Plan enthält {count} eigene Schritte, so viele, wie er aufnehmen kann. Um einen weiteren hinzuzufügen, entferne einen, den du nicht mehr brauchst.</translation>
    </message>
</context>
<context>
    <name>AddScriptDialog</name>
    <message>
        <source>Add your own script</source>
        <extracomment>The script as the library lists it, once added.</extracomment>
        <translation>Eigene Formulierung hinzufügen</translation>
    </message>
    <message>
        <source>Words that work for you, kept in your journal to use again. Only the title and the words are needed.</source>
        <translation>Worte, die für dich passen, in deinem Tagebuch aufbewahrt, damit du sie wieder verwenden kannst. Nötig sind nur der Titel und die Worte.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Wann sie passt</translation>
    </message>
    <message>
        <source>For example: when I need a moment to think</source>
        <translation>Zum Beispiel: wenn ich einen Moment zum Nachdenken brauche</translation>
    </message>
    <message>
        <source>&amp;When to use it</source>
        <translation>Wann sie &amp;passt</translation>
    </message>
    <message>
        <source>The words</source>
        <translation>Die Worte</translation>
    </message>
    <message>
        <source>The &amp;words</source>
        <translation>Die &amp;Worte</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>Zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Please give the script a title and its words.</source>
        <translation>Bitte gib der Formulierung einen Titel und ihre Worte.</translation>
    </message>
    <message>
        <source>The words are too long to keep (up to {count} characters).</source>
        <translation>Die Worte sind zu lang zum Aufbewahren (höchstens {count} Zeichen).</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Version {number} · {day}</source>
        <translation>Version {number} · {day}</translation>
    </message>
</context>
<context>
    <name>AgreementFlows</name>
    <message>
        <source>Your earlier changes, not saved yet, are open here; nothing is lost. Save or cancel them first, then renegotiate.</source>
        <extracomment>The outcome of the last pause called here (its note entry takes the reason).</extracomment>
        <translation>Deine früheren, noch nicht gespeicherten Änderungen sind hier geöffnet; nichts ist verloren. Speichere oder verwirf sie zuerst, dann kannst du neu verhandeln.</translation>
    </message>
    <message>
        <source>Not possible right now</source>
        <translation>Gerade nicht möglich</translation>
    </message>
    <message>
        <source>That change is not possible now.</source>
        <translation>Diese Änderung ist gerade nicht möglich.</translation>
    </message>
    <message>
        <source>This agreement is no longer in this journal.</source>
        <translation>Diese Vereinbarung ist nicht mehr in diesem Tagebuch.</translation>
    </message>
    <message>
        <source>Agreed together with {name}.</source>
        <translation>Gemeinsam mit {name} vereinbart.</translation>
    </message>
    <message>
        <source>Back to a draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>The agreement becomes a draft again, to be talked through and agreed once more. Its versions and history stay.</source>
        <translation>Die Vereinbarung wird wieder zu einem Entwurf, den ihr noch einmal besprechen und erneut vereinbaren könnt. Ihre Versionen und ihre Chronik bleiben erhalten.</translation>
    </message>
    <message>
        <source>Make it a draft</source>
        <translation>Zum Entwurf machen</translation>
    </message>
    <message>
        <source>&amp;Why (optional):</source>
        <translation>&amp;Warum (optional):</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resume the agreement</source>
        <translation>Die Vereinbarung wieder aufnehmen</translation>
    </message>
    <message>
        <source>Go on with the agreement only if you have talked and you both want to. It becomes active again from now.</source>
        <translation>Macht mit der Vereinbarung nur weiter, wenn ihr miteinander geredet habt und es beide wollt. Sie ist ab jetzt wieder aktiv.</translation>
    </message>
    <message>
        <source>&amp;What you agreed when you talked (optional):</source>
        <translation>&amp;Was ihr im Gespräch vereinbart habt (optional):</translation>
    </message>
    <message>
        <source>End this agreement?</source>
        <translation>Diese Vereinbarung beenden?</translation>
    </message>
    <message>
        <source>Ending is final: an ended agreement cannot be paused, resumed or changed again. Everything written stays in your journal, and you can start a new agreement whenever you both want to.</source>
        <translation>Das Beenden ist endgültig: Eine beendete Vereinbarung kann nicht mehr pausiert, wieder aufgenommen oder geändert werden. Alles Geschriebene bleibt in deinem Tagebuch, und ihr könnt jederzeit eine neue Vereinbarung beginnen, wenn ihr beide das wollt.</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Die Vereinbarung beenden</translation>
    </message>
</context>
<context>
    <name>AgreementPrintDialog</name>
    <message>
        <source>Save the agreement to read together</source>
        <translation>Vereinbarung zum gemeinsamen Lesen speichern</translation>
    </message>
    <message>
        <source>Version to save</source>
        <translation>Zu speichernde Version</translation>
    </message>
    <message>
        <source>Also show what changed since</source>
        <translation>Auch Änderungen zeigen seit</translation>
    </message>
    <message>
        <source>Show what changed since an earlier version</source>
        <translation>Änderungen seit einer früheren Version zeigen</translation>
    </message>
    <message>
        <source>Earlier version to compare with</source>
        <translation>Frühere Version zum Vergleich</translation>
    </message>
    <message>
        <source>&amp;PDF (to print or read on any device)</source>
        <translation>&amp;PDF (zum Drucken oder Lesen auf jedem Gerät)</translation>
    </message>
    <message>
        <source>&amp;HTML (opens in a web browser)</source>
        <translation>&amp;HTML (öffnet sich im Webbrowser)</translation>
    </message>
    <message>
        <source>The file will NOT be encrypted: anyone who can open it can read the agreement and when you both agreed to it. It is written so that only your user account can open it. Nothing else from your journal goes in.</source>
        <translation>Die Datei wird NICHT verschlüsselt: Wer sie öffnen kann, kann die Vereinbarung lesen und sehen, wann ihr sie beide vereinbart habt. Sie wird so gespeichert, dass nur dein Benutzerkonto sie öffnen kann. Sonst kommt nichts aus deinem Tagebuch hinein.</translation>
    </message>
    <message>
        <source>The file is not encrypted</source>
        <translation>Die Datei ist NICHT verschlüsselt</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Choose where to save the agreement</source>
        <translation>Speicherort für die Vereinbarung wählen</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Something else is still being done with the journal. Please try again when it has finished.</source>
        <translation>Gerade wird noch etwas anderes mit dem Tagebuch erledigt. Bitte versuche es noch einmal, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved version {version} of the agreement to:
{name}
in {folder}

The file is not encrypted: keep it private, and delete it once you no longer need it.</source>
        <translation>Version {version} der Vereinbarung gespeichert als:
{name}
in {folder}

Die Datei ist NICHT verschlüsselt: Behalte sie für dich und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The agreement was not saved.</source>
        <translation>Die Vereinbarung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>AgreementRender</name>
    <message>
        <source>Empty</source>
        <extracomment>Soft backgrounds behind added and removed words: (light, dark).</extracomment>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Added words are bold and underlined; removed words are struck through. Each field that differs is marked “Changed”.</source>
        <translation>Hinzugefügte Wörter sind fett und unterstrichen, entfernte Wörter durchgestrichen. Jedes Feld, das sich unterscheidet, ist mit „Geändert“ markiert.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Agreement</source>
        <extracomment>From this width the terms and the side panel sit side by side. The version being read (None: the newest). What the editor is writing: None for a new agreement, else the agreement&apos;s UUID.</extracomment>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Which agreement to show</source>
        <translation>Anzuzeigende Vereinbarung</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>Eine neue Vereinbarung beginnen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>History, versions and key moments</source>
        <translation>Chronik, Versionen und wichtige Momente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Wichtige Momente</translation>
    </message>
    <message>
        <source>{title} (ended)</source>
        <translation>{title} (beendet)</translation>
    </message>
    <message>
        <source>Start an agreement</source>
        <translation>Eine Vereinbarung beginnen</translation>
    </message>
    <message>
        <source>Write it together, in your own words. Nothing here is final: it stays a draft until you both say you agree, and you can change it at any time.</source>
        <translation>Schreibt sie gemeinsam, in euren eigenen Worten. Nichts hier ist endgültig: Sie bleibt ein Entwurf, bis ihr beide zustimmt, und ihr könnt sie jederzeit ändern.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Edit the draft: {title}</source>
        <translation>Entwurf bearbeiten: {title}</translation>
    </message>
    <message>
        <source>Renegotiate: {title}</source>
        <translation>Neu verhandeln: {title}</translation>
    </message>
    <message>
        <source>Saving adds version {new}; version {old} stays exactly as it was, so you can always look back and compare.</source>
        <translation>Beim Speichern entsteht Version {new}; Version {old} bleibt genau so, wie sie war, damit du jederzeit zurückblicken und vergleichen kannst.</translation>
    </message>
    <message>
        <source>Save as version {number}</source>
        <translation>Als Version {number} speichern</translation>
    </message>
    <message>
        <source>This agreement is no longer here.</source>
        <translation>Diese Vereinbarung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Nothing in the terms has changed yet, so there is no new version.</source>
        <translation>Am Text der Vereinbarung hat sich noch nichts geändert, daher gibt es keine neue Version.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>That agreement is no longer in this journal.</source>
        <translation>Diese Vereinbarung ist nicht mehr in diesem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} Check-ins</translation>
    </message>
    <message>
        <source>no mood recorded</source>
        <translation>keine Stimmung festgehalten</translation>
    </message>
    <message>
        <source>{emotion} not rated</source>
        <translation>{emotion} nicht angegeben</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>{what} {value} of 10 from {count}</source>
        <translation>{what} {value} von 10 aus {count}</translation>
    </message>
    <message>
        <source>{day}, today</source>
        <translation>{day}, heute</translation>
    </message>
    <message>
        <source>lower mood</source>
        <extracomment>Mood: teal, pale to deep (light theme) and dim to bright (dark theme). One emotion&apos;s intensity: violet, the same way round. Key moments: amber, outlined in the day&apos;s text colour. Text on a tint: whichever of these contrasts more.</extracomment>
        <translation>gedrücktere Stimmung</translation>
    </message>
    <message>
        <source>higher mood</source>
        <translation>bessere Stimmung</translation>
    </message>
    <message>
        <source>milder</source>
        <translation>schwächer</translation>
    </message>
    <message>
        <source>stronger</source>
        <translation>stärker</translation>
    </message>
    <message>
        <source>Each day&apos;s colour and small number show its average mood, 0 to 10.</source>
        <translation>Die Farbe und die kleine Zahl jedes Tages zeigen die durchschnittliche Stimmung, 0 bis 10.</translation>
    </message>
    <message>
        <source>Each day&apos;s colour shows its average mood, 0 to 10.</source>
        <translation>Die Farbe jedes Tages zeigt die durchschnittliche Stimmung, 0 bis 10.</translation>
    </message>
    <message>
        <source>Days without a mood stay plain.</source>
        <translation>Tage ohne Angabe zur Stimmung bleiben ungefärbt.</translation>
    </message>
    <message>
        <source>Each day&apos;s colour and small number show how strong {emotion} was on average, 0 to 10.</source>
        <translation>Die Farbe und die kleine Zahl jedes Tages zeigen, wie stark {emotion} im Durchschnitt war, 0 bis 10.</translation>
    </message>
    <message>
        <source>Each day&apos;s colour shows how strong {emotion} was on average, 0 to 10.</source>
        <translation>Die Farbe jedes Tages zeigt, wie stark {emotion} im Durchschnitt war, 0 bis 10.</translation>
    </message>
    <message>
        <source>Days without a rating stay plain.</source>
        <translation>Tage ohne Angabe bleiben ungefärbt.</translation>
    </message>
    <message>
        <source>Colour scale: 0, {low}, to 10, {high}</source>
        <translation>Farbskala: 0, {low}, bis 10, {high}</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>wichtiger Moment</translation>
    </message>
    <message>
        <source>Show {month} as a month</source>
        <extracomment>The name of a month was clicked: show it as a month (1-12).</extracomment>
        <translation>{month} in der Monatsansicht zeigen</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Today</source>
        <extracomment>None for mood, else the emotion whose strength tints the days.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Colour the days by</source>
        <translation>Tage einfärben nach</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>Ctrl+Page Up</source>
        <translation>Strg+Bild auf</translation>
    </message>
    <message>
        <source>Ctrl+Page Down</source>
        <translation>Strg+Bild ab</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>{action} ({key} in the calendar)</source>
        <translation>{action} ({key} im Kalender)</translation>
    </message>
    <message>
        <source>Show today: {day}</source>
        <translation>Heute anzeigen: {day}</translation>
    </message>
    <message>
        <source>No mood recorded this year.</source>
        <translation>Keine Stimmung in diesem Jahr festgehalten.</translation>
    </message>
    <message>
        <source>A mood recorded on {count} day this year.</source>
        <translation>Stimmung an {count} Tag in diesem Jahr festgehalten.</translation>
    </message>
    <message>
        <source>A mood recorded on {count} days this year.</source>
        <translation>Stimmung an {count} Tagen in diesem Jahr festgehalten.</translation>
    </message>
    <message>
        <source>{emotion} not rated this year.</source>
        <translation>{emotion} in diesem Jahr nicht angegeben.</translation>
    </message>
    <message>
        <source>{emotion} rated on {count} day this year.</source>
        <translation>{emotion} an {count} Tag in diesem Jahr angegeben.</translation>
    </message>
    <message>
        <source>{emotion} rated on {count} days this year.</source>
        <translation>{emotion} an {count} Tagen in diesem Jahr angegeben.</translation>
    </message>
    <message>
        <source>No mood recorded this month.</source>
        <translation>Keine Stimmung in diesem Monat festgehalten.</translation>
    </message>
    <message>
        <source>A mood recorded on {count} day this month.</source>
        <translation>Stimmung an {count} Tag in diesem Monat festgehalten.</translation>
    </message>
    <message>
        <source>A mood recorded on {count} days this month.</source>
        <translation>Stimmung an {count} Tagen in diesem Monat festgehalten.</translation>
    </message>
    <message>
        <source>{emotion} not rated this month.</source>
        <translation>{emotion} in diesem Monat nicht angegeben.</translation>
    </message>
    <message>
        <source>{emotion} rated on {count} day this month.</source>
        <translation>{emotion} an {count} Tag in diesem Monat angegeben.</translation>
    </message>
    <message>
        <source>{emotion} rated on {count} days this month.</source>
        <translation>{emotion} an {count} Tagen in diesem Monat angegeben.</translation>
    </message>
    <message>
        <source>{count} day with a key moment.</source>
        <translation>{count} Tag mit einem wichtigen Moment.</translation>
    </message>
    <message>
        <source>{count} days with a key moment.</source>
        <translation>{count} Tage mit einem wichtigen Moment.</translation>
    </message>
</context>
<context>
    <name>CareCards</name>
    <message>
        <source>Close</source>
        <extracomment>The card was set aside (its button, or Escape inside it); True when the keyboard focus was in it (so the page can put it somewhere sensible).</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the one-minute pause</source>
        <translation>Die Ein-Minuten-Pause schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: set this note aside</source>
        <translation>Nicht jetzt: diesen Hinweis beiseitelegen</translation>
    </message>
    <message>
        <source>It comes back only if your later check-ins stay this heavy.</source>
        <translation>Er erscheint nur wieder, wenn es dir bei deinen nächsten Check-ins weiterhin so schwer geht.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>(current passphrase, new passphrase, replace older backups)</extracomment>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The journal is re-encrypted under the new passphrase. If anything interrupts it, the current passphrase keeps working and nothing is lost.</source>
        <translation>Das Tagebuch wird mit der neuen Passphrase neu verschlüsselt. Falls dabei etwas dazwischenkommt, funktioniert die aktuelle Passphrase weiter und nichts geht verloren.</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase: without it, nobody can read the journal, including you.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Ohne sie kann niemand das Tagebuch lesen, auch du nicht.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Neue Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Aktuell:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>Passphrasen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation>Passphrasen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Replace older backups with a fresh one under the new passphrase</source>
        <translation>Ältere Sicherungskopien durch eine frische mit der neuen Passphrase e&amp;rsetzen</translation>
    </message>
    <message>
        <source>Replace older backups</source>
        <translation>Ältere Sicherungskopien ersetzen</translation>
    </message>
    <message>
        <source>Backups made until now still open with the current passphrase. If someone else knows it, tick this: a new backup is made first, then the older backups (and copies kept by earlier restores) are deleted. Left unticked, they stay as they are.</source>
        <translation>Bisherige Sicherungskopien lassen sich weiterhin mit der aktuellen Passphrase öffnen. Falls jemand anderes sie kennt, setze hier ein Häkchen: Zuerst wird eine neue Sicherungskopie erstellt, dann werden die älteren Sicherungskopien (und Kopien, die bei früheren Wiederherstellungen aufbewahrt wurden) gelöscht. Ohne Häkchen bleiben sie, wie sie sind.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <source>Checking the current passphrase, then re-encrypting the journal…</source>
        <translation>Die aktuelle Passphrase wird geprüft, dann wird das Tagebuch neu verschlüsselt…</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Die beiden neuen Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <source>Please type the current passphrase first.</source>
        <translation>Bitte gib zuerst die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Bitte wähle eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Please type the new passphrase twice.</source>
        <translation>Bitte gib die neue Passphrase zweimal ein.</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Dates</source>
        <extracomment>The grouping a preset starts with (until the person picks one). Anything changed: the chart needs drawing again.</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Dates to show</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Each point is</source>
        <translation>Jeder Punkt ist</translation>
    </message>
    <message>
        <source>Each point is the average of</source>
        <translation>Jeder Punkt ist der Durchschnitt von</translation>
    </message>
    <message>
        <source>A day&apos;s average</source>
        <translation>Ein Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>A week&apos;s average</source>
        <translation>Ein Wochendurchschnitt</translation>
    </message>
    <message>
        <source>A month&apos;s average</source>
        <translation>Ein Monatsdurchschnitt</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>In brackets: how many check-ins rated it in these dates. Up to {n} feelings at a time.</source>
        <translation>In Klammern: wie viele Check-ins das Gefühl in diesem Zeitraum bewertet haben. Bis zu {n} Gefühle gleichzeitig.</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>4-Wochen-Durchschnitt</translation>
    </message>
    <message>
        <source>3-month average</source>
        <translation>3-Monats-Durchschnitt</translation>
    </message>
    <message>
        <source>Each point then averages the check-ins of the 7 days up to it.</source>
        <translation>Jeder Punkt ist dann der Durchschnitt der Check-ins aus den 7 Tagen bis zu diesem Punkt.</translation>
    </message>
    <message>
        <source>Each point then averages the check-ins of the 4 weeks up to it.</source>
        <translation>Jeder Punkt ist dann der Durchschnitt der Check-ins aus den 4 Wochen bis zu diesem Punkt.</translation>
    </message>
    <message>
        <source>Each point then averages the check-ins of the 3 months up to it.</source>
        <translation>Jeder Punkt ist dann der Durchschnitt der Check-ins aus den 3 Monaten bis zu diesem Punkt.</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Lines on the chart</source>
        <extracomment>A line was shown (True) or hidden (False) by its button: ``(name, shown)``.</extracomment>
        <translation>Linien im Diagramm</translation>
    </message>
    <message>
        <source>Show {name} on the chart</source>
        <translation>{name} im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Shown: click to hide this line for now</source>
        <translation>Angezeigt: Klicke, um diese Linie vorerst auszublenden</translation>
    </message>
    <message>
        <source>Hidden: click to show this line again</source>
        <translation>Ausgeblendet: Klicke, um diese Linie wieder anzuzeigen</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Scroll to zoom, drag to move along the dates. Click a name to hide its line.</source>
        <extracomment>A problem reading the journal, for the status bar. The chart (or the empty word) was drawn again (tests wait on this).</extracomment>
        <translation>Scrolle zum Zoomen, ziehe, um dich durch die Zeit zu bewegen. Klicke auf einen Namen, um seine Linie auszublenden.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the chart&apos;s view</source>
        <translation>Ansicht des Diagramms zurücksetzen</translation>
    </message>
    <message>
        <source>Show all dates</source>
        <translation>Gesamten Zeitraum zeigen</translation>
    </message>
    <message>
        <source>No check-ins rated a feeling in these dates.</source>
        <translation>In diesem Zeitraum hat kein Check-in ein Gefühl bewertet.</translation>
    </message>
    <message>
        <source>Other dates have some: choose wider dates, or show them all.</source>
        <translation>In anderen Zeiträumen gibt es welche: Wähle einen größeren Zeitraum oder zeig den gesamten an.</translation>
    </message>
    <message>
        <source>Your feelings will show here once you have a few check-ins.</source>
        <translation>Deine Gefühle erscheinen hier, sobald du ein paar Check-ins gemacht hast.</translation>
    </message>
    <message>
        <source>A check-in on Home takes a minute: name a feeling, say how strong it is, and it appears here over the days.</source>
        <translation>Ein Check-in unter „Start“ dauert eine Minute: Benenne ein Gefühl, sag, wie stark es ist, und es erscheint hier im Lauf der Tage.</translation>
    </message>
    <message>
        <source>Nothing chosen to draw.</source>
        <translation>Nichts zum Darstellen ausgewählt.</translation>
    </message>
    <message>
        <source>Tick overall mood or a feeling in the list to draw it.</source>
        <translation>Hake in der Liste die Gesamtstimmung oder ein Gefühl an, um es darzustellen.</translation>
    </message>
    <message>
        <source>Chart of {names} from {first} to {last}</source>
        <translation>Diagramm für {names}, {first} bis {last}</translation>
    </message>
</context>
<context>
    <name>CheckControl</name>
    <message>
        <source>Your own step</source>
        <extracomment>A custom item&apos;s Remove button was clicked.</extracomment>
        <translation>Eigener Schritt</translation>
    </message>
    <message>
        <source>Your own step, in a few words</source>
        <translation>Dein eigener Schritt, in wenigen Worten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
        <source>Day ticked</source>
        <translation>Tag abgehakt</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Eine Notiz, wenn du magst</translation>
    </message>
    <message>
        <source>Note: {label}</source>
        <translation>Notiz: {label}</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Bitte ansehen</translation>
    </message>
    <message>
        <source>Ticked on {day}</source>
        <translation>Abgehakt am {day}</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Abgehakt</translation>
    </message>
</context>
<context>
    <name>CheckInDaysDialog</name>
    <message>
        <source>Check-ins after the encounter</source>
        <translation>Check-ins nach der Begegnung</translation>
    </message>
    <message>
        <source>Days after the encounter</source>
        <translation>Tage nach der Begegnung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the check-in days</source>
        <translation>Check-in-Tage speichern</translation>
    </message>
    <message>
        <source>How many days after the encounter you want to look back together. Leave it empty for none.</source>
        <translation>An welchen Tagen nach der Begegnung ihr gemeinsam zurückblicken möchtet. Bleibt das Feld leer, gibt es keine.</translation>
    </message>
    <message>
        <source>&amp;Days after the encounter:</source>
        <translation>&amp;Tage nach der Begegnung:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Frühere Version</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Spätere Version</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Show only the fields that changed</source>
        <translation>Nur die geänderten Felder zeigen</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>Die beiden Versionen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleiche</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Both of us agree</source>
        <translation>Wir beide stimmen zu</translation>
    </message>
    <message>
        <source>Record that the two of you have talked “{title}” (version {number}) through and both agree to it, freely. If either of you hesitates, it can simply stay a draft for now.</source>
        <translation>Halte fest, dass ihr beide „{title}“ (Version {number}) miteinander durchgesprochen habt und aus freien Stücken zustimmt. Wenn jemand von euch zögert, kann sie vorerst einfach ein Entwurf bleiben.</translation>
    </message>
    <message>
        <source>&amp;Both of us agree to this version</source>
        <translation>Wir &amp;beide stimmen dieser Version zu</translation>
    </message>
    <message>
        <source>Both of us agree to this version</source>
        <translation>Wir beide stimmen dieser Version zu</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>Name deines Partners / deiner Partnerin</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>The day you agreed</source>
        <translation>Der Tag, an dem ihr zugestimmt habt</translation>
    </message>
    <message>
        <source>A note about agreeing</source>
        <translation>Eine Anmerkung zur Zustimmung</translation>
    </message>
    <message>
        <source>Anything you want to remember about this moment (optional)</source>
        <translation>Alles, was du dir zu diesem Moment merken möchtest (optional)</translation>
    </message>
    <message>
        <source>Kept in this journal for next time; change it here any time.</source>
        <translation>Der Name wird für das nächste Mal in diesem Tagebuch gespeichert; du kannst ihn hier jederzeit ändern.</translation>
    </message>
    <message>
        <source>&amp;Partner&apos;s name:</source>
        <translation>&amp;Name deines Partners / deiner Partnerin:</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Vereinbart am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
    <message>
        <source>Record our agreement</source>
        <translation>Unsere Zustimmung festhalten</translation>
    </message>
    <message>
        <source>Record that both of us agree</source>
        <translation>Festhalten, dass wir beide zustimmen</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export everything (JSON)</source>
        <extracomment>The dialogs last opened (tests drive them).</extracomment>
        <translation>Alles exportieren (JSON)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Tagebuch wird gelesen…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported {entries} to:
{where}</source>
        <translation>{entries} exportiert nach:
{where}</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>The entry marked private was left out.</source>
        <translation>Der als privat markierte Eintrag wurde weggelassen.</translation>
    </message>
    <message>
        <source>The {count} entries marked private were left out.</source>
        <translation>Die {count} als privat markierten Einträge wurden weggelassen.</translation>
    </message>
    <message>
        <source>The entry marked private is in it, as you asked.</source>
        <translation>Der als privat markierte Eintrag ist enthalten, wie von dir gewünscht.</translation>
    </message>
    <message>
        <source>The {count} entries marked private are in it, as you asked.</source>
        <translation>Die {count} als privat markierten Einträge sind enthalten, wie von dir gewünscht.</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it private, and delete it once you no longer need it.</source>
        <translation>Die Datei ist NICHT verschlüsselt: Behalte sie für dich und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Export written</source>
        <translation>Export erstellt</translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>The export was stopped before anything was written.</source>
        <translation>Der Export wurde abgebrochen, bevor etwas geschrieben wurde.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Import (JSON)</source>
        <translation>Importieren (JSON)</translation>
    </message>
    <message>
        <source>Hall Pass Journal exports (*.json);;All files (*)</source>
        <translation>Exporte von Hall Pass Journal (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Import this file?</source>
        <translation>Diese Datei importieren?</translation>
    </message>
    <message>
        <source>{name} holds {contents}.

It is merged into this journal: nothing here is deleted, and an entry here is replaced only by a copy in the file that was edited more recently.

The file itself is not encrypted. Once it is imported, you may want to delete it.</source>
        <translation>{name} enthält {contents}.

Der Inhalt wird mit diesem Tagebuch zusammengeführt: Hier wird nichts gelöscht, und ein Eintrag hier wird nur ersetzt, wenn seine Kopie in der Datei später bearbeitet wurde.

Die Datei selbst ist NICHT verschlüsselt. Nach dem Import möchtest du sie vielleicht löschen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was stopped, so nothing was imported.</source>
        <translation>Der Import wurde abgebrochen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{entries}, {agreements}, {events} and {check_ins}</source>
        <translation>{entries}, {agreements}, {events} und {check_ins}</translation>
    </message>
    <message>
        <source>{count} agreement</source>
        <translation>{count} Vereinbarung</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>{count} Vereinbarungen</translation>
    </message>
    <message>
        <source>{count} key moment</source>
        <translation>{count} wichtigen Moment</translation>
    </message>
    <message>
        <source>{count} key moments</source>
        <translation>{count} wichtige Momente</translation>
    </message>
    <message>
        <source>{count} planned check-in</source>
        <translation>{count} geplanten Check-in</translation>
    </message>
    <message>
        <source>{count} planned check-ins</source>
        <translation>{count} geplante Check-ins</translation>
    </message>
    <message>
        <source>{name} held {contents}.</source>
        <translation>{name} enthielt {contents}.</translation>
    </message>
    <message>
        <source>• Added: {count} (new to this journal)</source>
        <translation>• Hinzugefügt: {count} (neu in diesem Tagebuch)</translation>
    </message>
    <message>
        <source>• Updated: {count} (the file&apos;s copy was edited more recently than the one here)</source>
        <translation>• Aktualisiert: {count} (die Kopie in der Datei wurde später bearbeitet als die hier)</translation>
    </message>
    <message>
        <source>• Unchanged: {count} (already here as in the file, or edited more recently here)</source>
        <translation>• Unverändert: {count} (bereits so vorhanden wie in der Datei oder hier später bearbeitet)</translation>
    </message>
    <message>
        <source>These counts cover entries, agreements, key moments and planned check-ins together, so they add up to more than the number of entries an export reports. Of the entries: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Diese Zahlen umfassen Einträge, Vereinbarungen, wichtige Momente und geplante Check-ins zusammen und ergeben daher mehr als die Zahl der Einträge, die ein Export meldet. Von den Einträgen: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>One entry was kept as it is here, because it was edited here after the export was made.</source>
        <translation>Ein Eintrag wurde so belassen, wie er hier ist, weil er hier nach dem Export bearbeitet wurde.</translation>
    </message>
    <message>
        <source>{count} entries were kept as they are here, because they were edited here after the export was made.</source>
        <translation>{count} Einträge wurden so belassen, wie sie hier sind, weil sie hier nach dem Export bearbeitet wurden.</translation>
    </message>
    <message>
        <source>An export made without its private entries does not hold them, so they cannot come back through it. The journal&apos;s settings and unsaved drafts in the file are merged too, and are not counted.</source>
        <translation>Ein Export ohne die privaten Einträge enthält sie nicht, daher können sie darüber nicht zurückkommen. Die Einstellungen des Tagebuchs und nicht gespeicherte Entwürfe aus der Datei werden ebenfalls zusammengeführt, aber nicht mitgezählt.</translation>
    </message>
</context>
<context>
    <name>DateControl</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear: {label}</source>
        <translation>Zurücksetzen: {label}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Left and Right move between the parts of the date, Up and Down change one, Alt+Down opens a calendar.</source>
        <translation>Pfeil links und rechts wechseln zwischen den Teilen des Datums, Pfeil hoch und runter ändern einen Teil, Alt+Pfeil runter öffnet einen Kalender.</translation>
    </message>
</context>
<context>
    <name>EditorAutosave</name>
    <message>
        <source>Discard changes</source>
        <extracomment>Where the open editor&apos;s draft is kept (None: the editor is not open). Whether the editor was reopened from a draft when the section opened.</extracomment>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Forget what was written here since the agreement was last saved? This cannot be undone.</source>
        <translation>Alles verwerfen, was hier seit dem letzten Speichern der Vereinbarung geschrieben wurde? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept. They are here, as you left them.</source>
        <translation>Deine ungespeicherten Änderungen wurden aufbewahrt. Sie sind hier, so wie du sie verlassen hast.</translation>
    </message>
    <message>
        <source>Unsaved changes to an agreement that has ended, or is no longer in this journal, were set aside and not brought back.</source>
        <translation>Ungespeicherte Änderungen an einer Vereinbarung, die beendet wurde oder nicht mehr in diesem Tagebuch ist, wurden beiseitegelegt und nicht zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>Emotion</name>
    <message>
        <source>Jealousy</source>
        <translation>Eifersucht</translation>
    </message>
    <message>
        <source>Insecurity</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <translation>Neugier</translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation>Aufregung</translation>
    </message>
    <message>
        <source>Fear of being replaced</source>
        <translation>Angst, ersetzt zu werden</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Verletztheit</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Wut</translation>
    </message>
    <message>
        <source>Regret</source>
        <translation>Reue</translation>
    </message>
    <message>
        <source>Shame</source>
        <translation>Scham</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Hoffnung</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Overwhelm</source>
        <translation>Überforderung</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwirrung</translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <source>What are you feeling?</source>
        <extracomment>Anything changed (emitted only for the user&apos;s changes, not for ``set_*``).</extracomment>
        <translation>Was fühlst du?</translation>
    </message>
    <message>
        <source>Choose any that are here right now, then set how strong each one feels.</source>
        <translation>Wähle alle, die gerade da sind, und stell dann ein, wie stark sich jedes anfühlt.</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Overall mood</source>
        <translation>Gesamtstimmung</translation>
    </message>
    <message>
        <source>Overall mood, from 0 (very low) to 10 (very good)</source>
        <translation>Gesamtstimmung, von 0 (sehr gedrückt) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <source>Clear the overall mood</source>
        <translation>Gesamtstimmung zurücksetzen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>What might you need?</source>
        <translation>Was brauchst du vielleicht?</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <source>What is this feeling telling me?</source>
        <translation>Was sagt mir dieses Gefühl?</translation>
    </message>
    <message>
        <source>Feelings often point to a need. What might this one be asking for?</source>
        <translation>Gefühle weisen oft auf ein Bedürfnis hin. Was könnte dieses Gefühl brauchen?</translation>
    </message>
    <message>
        <source>How strong: {emotion}</source>
        <translation>Wie stark: {emotion}</translation>
    </message>
    <message>
        <source>A feeling is saved once you set how strong it is.</source>
        <translation>Ein Gefühl wird gespeichert, sobald du seine Stärke einstellst.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Private</source>
        <extracomment>WCAG AA for text: secondary lines are quieter than titles, never harder to read.</extracomment>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>{kind} · {date}</source>
        <translation>{kind} · {date}</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Choose an entry on the left, or start a new one.</source>
        <extracomment>&quot;Saving…&quot;, &quot;Saved&quot;, or what went wrong. The entry as saved (after every successful save). The entry that was just deleted. The deleted entry, saved again by Undo. Idle time before an edit is saved. Why the last save failed (None after a successful one).</extracomment>
        <translation>Wähle links einen Eintrag aus oder beginne einen neuen.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Ein paar Worte, wenn du magst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Date this entry is about</source>
        <translation>Datum, um das es in diesem Eintrag geht</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>This entry has guided answers of its own; they are kept as they are. Here you can change its title, date, tags and notes.</source>
        <translation>Dieser Eintrag hat eigene Antworten aus einem Leitfaden; sie bleiben, wie sie sind. Hier kannst du Titel, Datum, Schlagwörter und Notizen ändern.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eintrag löschen…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. It is saved as you type.</source>
        <translation>Schreib einfach, was dich beschäftigt. Es wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Anything else you want to remember about this moment.</source>
        <translation>Alles, was du dir sonst noch zu diesem Moment merken möchtest.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: {problem} Your text is still here.</source>
        <translation>Nicht gespeichert: {problem} Dein Text ist noch da.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Delete this entry? You can undo this right after.</source>
        <translation>Diesen Eintrag löschen? Du kannst das gleich danach rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Eintrag gelöscht</translation>
    </message>
    <message>
        <source>Entry restored</source>
        <translation>Eintrag wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>Feelings check-in</source>
        <translation>Gefühls-Check-in</translation>
    </message>
    <message>
        <source>Self-reflection</source>
        <translation>Selbstreflexion</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>Agreement note</source>
        <translation>Notiz zur Vereinbarung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachgespräch</translation>
    </message>
    <message>
        <source>Healing step</source>
        <translation>Heilungsschritt</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>Plan zur Wiederannäherung</translation>
    </message>
    <message>
        <source>Conversation notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>private</source>
        <extracomment>Marked &quot;bring to my next session&quot; (never True for a private entry: those stay here). The list was reset and its first page loaded (filter or search changed). Reading failed (e.g. the journal was locked); the text is fit to show. Asks the journal whether an entry not listed yet is marked for the next session.</extracomment>
        <translation>privat</translation>
    </message>
    <message>
        <source>marked for your next session</source>
        <translation>für deine nächste Sitzung vorgemerkt</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <source>&amp;Bring to my next session</source>
        <translation>In meine nächste &amp;Sitzung mitnehmen</translation>
    </message>
    <message>
        <source>Add a &amp;question for my session…</source>
        <translation>&amp;Frage für meine Sitzung hinzufügen…</translation>
    </message>
</context>
<context>
    <name>EntrySessionControls</name>
    <message>
        <source>Private entries are always left out of what you export for a session, so they cannot be marked. To bring this one, untick Private first.</source>
        <extracomment>The shortcut of &quot;Bring to my next session&quot; (B for bring; unused elsewhere in the app). Room between the check box and the link.</extracomment>
        <translation>Private Einträge sind im Export für eine Sitzung nie enthalten und können daher nicht vorgemerkt werden. Wenn du diesen Eintrag mitnehmen möchtest, entferne zuerst den Haken bei „Privat“.</translation>
    </message>
    <message>
        <source>A new entry can be marked once it is saved. It saves by itself a moment after you write.</source>
        <translation>Ein neuer Eintrag kann vorgemerkt werden, sobald er gespeichert ist. Er wird kurz nach dem Schreiben von selbst gespeichert.</translation>
    </message>
    <message>
        <source>A guided entry can be marked once it is saved.</source>
        <translation>Ein geführter Eintrag kann vorgemerkt werden, sobald er gespeichert ist.</translation>
    </message>
    <message>
        <source>Open an entry in the Journal to bring it to your next session.</source>
        <translation>Öffne einen Eintrag unter „Tagebuch“, um ihn in deine nächste Sitzung mitzunehmen.</translation>
    </message>
    <message>
        <source>Bring to my next session</source>
        <extracomment>A mark was stored: ``(entry uuid, marked)``. A question was stored (the SessionQuestion). Something could not be stored or read (a sentence for the status bar). The question dialog last opened (tests drive it).</extracomment>
        <translation>In meine nächste Sitzung mitnehmen</translation>
    </message>
    <message>
        <source>Bring this entry to my next session</source>
        <translation>Diesen Eintrag in meine nächste Sitzung mitnehmen</translation>
    </message>
    <message>
        <source>Add a question for my session…</source>
        <translation>Frage für meine Sitzung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a question for my next session, linked to this entry</source>
        <translation>Frage für meine nächste Sitzung hinzufügen, mit diesem Eintrag verknüpft</translation>
    </message>
    <message>
        <source>&amp;Bring to my next session</source>
        <translation>In meine nächste &amp;Sitzung mitnehmen</translation>
    </message>
    <message>
        <source>Add a &amp;question for my session…</source>
        <translation>&amp;Frage für meine Sitzung hinzufügen…</translation>
    </message>
    <message>
        <source>Marked: it goes with what you export for your next session. Click to unmark.</source>
        <translation>Vorgemerkt: Er kommt mit in den Export für deine nächste Sitzung. Klicke, um die Vormerkung aufzuheben.</translation>
    </message>
    <message>
        <source>Mark this entry to go with what you export for your next session.</source>
        <translation>Diesen Eintrag vormerken, damit er mit in den Export für deine nächste Sitzung kommt.</translation>
    </message>
    <message>
        <source>Write down something to ask or talk about, linked to this entry.</source>
        <translation>Schreib auf, was du fragen oder ansprechen möchtest, mit diesem Eintrag verknüpft.</translation>
    </message>
    <message>
        <source>A new entry can have questions once it is saved.</source>
        <translation>Zu einem neuen Eintrag kannst du Fragen hinzufügen, sobald er gespeichert ist.</translation>
    </message>
    <message>
        <source>Open an entry in the Journal to add a question from it.</source>
        <translation>Öffne einen Eintrag unter „Tagebuch“, um von dort aus eine Frage hinzuzufügen.</translation>
    </message>
    <message>
        <source>It is kept with this entry. The entry is private and stays out of the export; only the question&apos;s words go with it.</source>
        <translation>Sie wird bei diesem Eintrag aufbewahrt. Der Eintrag ist privat und bleibt außerhalb des Exports; nur der Wortlaut der Frage kommt mit.</translation>
    </message>
    <message>
        <source>It is kept with this entry: “{title}”.</source>
        <translation>Sie wird bei diesem Eintrag aufbewahrt: „{title}“.</translation>
    </message>
    <message>
        <source>It is kept with this entry.</source>
        <translation>Sie wird bei diesem Eintrag aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>EvaluatePanel</name>
    <message>
        <source>&amp;Around</source>
        <extracomment>A problem reading the journal, for the status bar. The tables were filled again (tests wait on this).</extracomment>
        <translation>&amp;Rund um</translation>
    </message>
    <message>
        <source>The moment to look either side of</source>
        <translation>Der Moment, um den herum verglichen wird</translation>
    </message>
    <message>
        <source>The day to look either side of</source>
        <translation>Der Tag, um den herum verglichen wird</translation>
    </message>
    <message>
        <source>Days either side</source>
        <translation>Tage davor und danach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Window {n}, in days</source>
        <translation>Zeitfenster {n}, in Tagen</translation>
    </message>
    <message>
        <source>Each figure is the average of the check-ins that rated that feeling in those days (0 to 10); a check-in that did not rate it does not count as zero. The moment&apos;s own day is in neither window. Changes under 1 point are called about the same, and with fewer than {n} check-ins on a side there is too little to tell.</source>
        <translation>Jeder Wert ist der Durchschnitt der Check-ins, die dieses Gefühl in diesen Tagen bewertet haben (0 bis 10); ein Check-in ohne Bewertung zählt nicht als null. Der Tag des Moments selbst gehört zu keinem der beiden Zeitfenster. Änderungen unter 1 Punkt gelten als „etwa gleich“, und bei weniger als {n} Check-ins auf einer Seite lässt sich noch nichts sagen.</translation>
    </message>
    <message>
        <source>{label} ({date})</source>
        <translation>{label} ({date})</translation>
    </message>
    <message>
        <source>A date…</source>
        <translation>Ein Datum…</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Der gewählte Tag</translation>
    </message>
    <message>
        <source>{label}, {date}</source>
        <translation>{label}, {date}</translation>
    </message>
    <message>
        <source>No check-ins in these days, before or after. Try longer windows or another moment.</source>
        <translation>In diesen Tagen gibt es keine Check-ins, weder davor noch danach. Versuch es mit längeren Zeitfenstern oder einem anderen Moment.</translation>
    </message>
    <message>
        <source>Not rated in these days: {names}.</source>
        <translation>In diesen Tagen nicht bewertet: {names}.</translation>
    </message>
    <message>
        <source>{length} before and after: {b0} – {b1}, then {a0} – {a1}</source>
        <translation>{length} vorher und nachher: {b0} – {b1}, dann {a0} – {a1}</translation>
    </message>
    <message>
        <source>{length} before and after</source>
        <translation>{length} vorher und nachher</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>too few check-ins to tell</source>
        <translation>zu wenige Check-ins für eine Aussage</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>easing</source>
        <translation>schwächer</translation>
    </message>
    <message>
        <source>stronger</source>
        <translation>stärker</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>keine Check-ins</translation>
    </message>
    <message>
        <source>only 1 check-in</source>
        <translation>nur 1 Check-in</translation>
    </message>
    <message>
        <source>only {n} check-ins</source>
        <translation>nur {n} Check-ins</translation>
    </message>
    <message>
        <source>{mean} ({n} check-ins)</source>
        <translation>{mean} ({n} Check-ins)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change a moment</source>
        <translation>Moment ändern</translation>
    </message>
    <message>
        <source>Add a moment</source>
        <translation>Moment hinzufügen</translation>
    </message>
    <message>
        <source>Kind of moment</source>
        <translation>Art des Moments</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation>Zu einer bestimmten &amp;Uhrzeit</translation>
    </message>
    <message>
        <source>It happens at a set time</source>
        <translation>Findet zu einer bestimmten Uhrzeit statt</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Optional: a few words of your own</source>
        <translation>Optional: ein paar eigene Worte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the moment</source>
        <translation>Moment speichern</translation>
    </message>
    <message>
        <source>Moments anchor the check-ins: recording the encounter plans the check-ins after it. A day ahead is fine for something planned.</source>
        <translation>Momente sind die Anker für die Check-ins: Wenn du die Begegnung festhältst, werden die Check-ins danach eingeplant. Für etwas Geplantes ist auch ein Tag in der Zukunft in Ordnung.</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>First conversation about it</source>
        <translation>Erstes Gespräch darüber</translation>
    </message>
    <message>
        <source>Agreement became active</source>
        <translation>Vereinbarung wurde aktiv</translation>
    </message>
    <message>
        <source>The encounter</source>
        <translation>Die Begegnung</translation>
    </message>
    <message>
        <source>A disclosure</source>
        <translation>Eine Offenlegung</translation>
    </message>
    <message>
        <source>A test result</source>
        <translation>Ein Testergebnis</translation>
    </message>
    <message>
        <source>Repair began</source>
        <translation>Beginn der Wiederannäherung</translation>
    </message>
    <message>
        <source>Another moment</source>
        <translation>Ein anderer Moment</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export everything (JSON)</source>
        <translation>Alles exportieren (JSON)</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted. Anyone who can open it can read everything in it. It is written so that only your user account can open it; keep it somewhere private, and delete it once you no longer need it.</source>
        <translation>Die exportierte Datei ist NICHT verschlüsselt. Wer sie öffnen kann, kann alles darin lesen. Sie wird so gespeichert, dass nur dein Benutzerkonto sie öffnen kann; bewahre sie an einem geschützten Ort auf und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>The export is not encrypted</source>
        <translation>Der Export ist NICHT verschlüsselt</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>&amp;Include the entry marked private, and unsaved drafts</source>
        <translation>Den als privat markierten Eintrag und ungespeicherte Entwürfe &amp;einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Include the {count} entries marked private, and unsaved drafts</source>
        <translation>Die {count} als privat markierten Einträge und ungespeicherte Entwürfe &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation>Private Einträge einbeziehen</translation>
    </message>
    <message>
        <source>Use it to move your journal to another computer, or to keep a copy you can read without this app. File ▸ Import (JSON)… brings it back in; with private entries included, nothing is lost on the way.</source>
        <translation>Damit kannst du dein Tagebuch auf einen anderen Computer umziehen oder eine Kopie aufbewahren, die du auch ohne diese App lesen kannst. Mit Datei ▸ Importieren (JSON)… holst du sie wieder herein; wenn private Einträge einbezogen sind, geht dabei nichts verloren.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Speicherort für den Export wählen</translation>
    </message>
    <message>
        <source>It will hold {entries} with their feelings and answers, every agreement and its versions, the planned check-ins, and this journal&apos;s settings.</source>
        <translation>Sie enthält {entries} mit den zugehörigen Gefühlen und Antworten, jede Vereinbarung mit ihren Versionen, die geplanten Check-ins und die Einstellungen dieses Tagebuchs.</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>The entry marked private is left out, and so are unsaved drafts (they could hold private text).</source>
        <translation>Der als privat markierte Eintrag bleibt außen vor, ebenso ungespeicherte Entwürfe (sie könnten privaten Text enthalten).</translation>
    </message>
    <message>
        <source>The {count} entries marked private are left out, and so are unsaved drafts (they could hold private text).</source>
        <translation>Die {count} als privat markierten Einträge bleiben außen vor, ebenso ungespeicherte Entwürfe (sie könnten privaten Text enthalten).</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Period</source>
        <extracomment>(format name in the exporters&apos; registry, label); the first is the default. The period, the kinds or &quot;only marked&quot; changed: the preview lists other entries. A part, the initials or the format changed.</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Kinds of entry</source>
        <translation>Eintragsarten</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Choose every kind of entry</source>
        <translation>Alle Eintragsarten auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Choose no kind of entry</source>
        <translation>Keine Eintragsart auswählen</translation>
    </message>
    <message>
        <source>Space includes or leaves out this kind</source>
        <translation>Mit der Leertaste diese Art einbeziehen oder weglassen</translation>
    </message>
    <message>
        <source>Only entries marked for my next &amp;session</source>
        <translation>Nur für meine nächste &amp;Sitzung vorgemerkte Einträge</translation>
    </message>
    <message>
        <source>Only entries marked for my next session</source>
        <translation>Nur für meine nächste Sitzung vorgemerkte Einträge</translation>
    </message>
    <message>
        <source>Also in the file</source>
        <translation>Außerdem in der Datei</translation>
    </message>
    <message>
        <source>Summary: counts and key moments</source>
        <translation>Zusammenfassung: Anzahlen und wichtige Momente</translation>
    </message>
    <message>
        <source>Feelings chart</source>
        <translation>Diagramm der Gefühle</translation>
    </message>
    <message>
        <source>Evaluate over time (before and after)</source>
        <translation>Vorher und nachher (Entwicklung über die Zeit)</translation>
    </message>
    <message>
        <source>The agreement and its history</source>
        <translation>Die Vereinbarung und ihre Entwicklung</translation>
    </message>
    <message>
        <source>Questions for the session</source>
        <translation>Fragen für die Sitzung</translation>
    </message>
    <message>
        <source>Format and cover</source>
        <translation>Format und Deckblatt</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Format: {name}</source>
        <translation>Format: {name}</translation>
    </message>
    <message>
        <source>e.g. A.K.</source>
        <translation>z. B. A. K.</translation>
    </message>
    <message>
        <source>Initials for the cover (optional)</source>
        <translation>Initialen für das Deckblatt (optional)</translation>
    </message>
    <message>
        <source>&amp;Initials for the cover:</source>
        <translation>&amp;Initialen für das Deckblatt:</translation>
    </message>
    <message>
        <source>Optional. Initials are enough: the file never needs your full name.</source>
        <translation>Optional. Initialen genügen: Die Datei braucht nie deinen vollen Namen.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Since the agreement began</source>
        <translation>Seit Beginn der Vereinbarung</translation>
    </message>
    <message>
        <source>Since the encounter</source>
        <translation>Seit der Begegnung</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation>Selbst gewählter Zeitraum</translation>
    </message>
</context>
<context>
    <name>ExportPreviewModel</name>
    <message>
        <source>marked for your session</source>
        <extracomment>Pages read to count or tick every matching entry (summaries only). The list was reset and its first page loaded (filter changed, or a reload). A tick was set or cleared (counts changed). Reading failed (e.g. the journal was locked); the text is fit to show.</extracomment>
        <translation>für deine Sitzung vorgemerkt</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>Outcomes :attr:`ExportRun.finished` tells. The usual extension of each format (the exporter&apos;s own is used once it is loaded). An export has ended (WRITTEN, STOPPED, FAILED or NOT_STARTED), after its message. The progress dialog of the export running now (tests drive it). The file last written, and the folder the next file dialog starts in.</extracomment>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export for your session</source>
        <translation>Export für deine Sitzung</translation>
    </message>
    <message>
        <source>Something else is still being done with the journal. Please try again when it has finished.</source>
        <translation>Gerade wird noch etwas anderes mit dem Tagebuch erledigt. Bitte versuche es noch einmal, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>This format cannot be written by this version of the app.</source>
        <translation>Dieses Format kann diese Version der App nicht schreiben.</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Einträge werden gelesen…</translation>
    </message>
    <message>
        <source>Laying out the file…</source>
        <translation>Datei wird aufgebaut…</translation>
    </message>
    <message>
        <source>Export written</source>
        <translation>Export gespeichert</translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>The export was stopped before anything was written.</source>
        <translation>Der Export wurde abgebrochen, bevor etwas geschrieben wurde.</translation>
    </message>
    <message>
        <source>Exported {entries} to:
{where}</source>
        <translation>{entries} exportiert nach:
{where}</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it private, give it only to the person it is meant for, and delete it once you no longer need it.</source>
        <translation>Die Datei ist NICHT verschlüsselt: Bewahre sie privat auf, gib sie nur der Person, für die sie gedacht ist, und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was written.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Export for your session</source>
        <extracomment>From this page width the options and the preview sit side by side. The preview&apos;s height when it sits under the options (the page scrolls). The preview was loaded again (tests wait for it).</extracomment>
        <translation>Export für deine Sitzung</translation>
    </message>
    <message>
        <source>Put together a file to read with a therapist or counsellor: the entries you choose, and what helps to talk them over. Entries marked private are never part of it.</source>
        <translation>Stell eine Datei zusammen, die du in deiner Therapie oder Beratung gemeinsam lesen kannst: die Einträge, die du auswählst, und was hilft, darüber zu sprechen. Als privat markierte Einträge sind nie enthalten.</translation>
    </message>
    <message>
        <source>Entries in the file</source>
        <translation>Einträge in der Datei</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Tick every entry</source>
        <translation>Alle Einträge auswählen</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <source>Untick every entry</source>
        <translation>Alle Einträge abwählen</translation>
    </message>
    <message>
        <source>How many entries are ticked</source>
        <translation>Wie viele Einträge ausgewählt sind</translation>
    </message>
    <message>
        <source>Space ticks or unticks the entry; only ticked entries are exported</source>
        <translation>Mit der Leertaste wählst du den Eintrag aus oder ab; nur ausgewählte Einträge werden exportiert</translation>
    </message>
    <message>
        <source>The file is not encrypted</source>
        <translation>Die Datei ist NICHT verschlüsselt</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Was enthalten ist</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export: choose where to save the file</source>
        <translation>Exportieren: Wähle, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Only entries marked for my next &amp;session (1 marked)</source>
        <translation>Nur Einträge für meine nächste &amp;Sitzung (1 vorgemerkt)</translation>
    </message>
    <message>
        <source>Only entries marked for my next &amp;session ({count} marked)</source>
        <translation>Nur Einträge für meine nächste &amp;Sitzung ({count} vorgemerkt)</translation>
    </message>
    <message>
        <source>Questions for the session (1 open)</source>
        <translation>Fragen für die Sitzung (1 offen)</translation>
    </message>
    <message>
        <source>Questions for the session ({count} open)</source>
        <translation>Fragen für die Sitzung ({count} offen)</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} von {total} ausgewählt</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>Choose at least one kind of entry.</source>
        <translation>Wähle mindestens eine Eintragsart.</translation>
    </message>
    <message>
        <source>No entries match these choices. Private entries are never listed.</source>
        <translation>Keine Einträge passen zu dieser Auswahl. Private Einträge werden nie aufgeführt.</translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation>{count} Frage</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} Fragen</translation>
    </message>
    <message>
        <source>{entries} and {questions} will go in.</source>
        <translation>Die Datei enthält {entries} und {questions}.</translation>
    </message>
    <message>
        <source>{entries} will go in.</source>
        <translation>Die Datei enthält {entries}.</translation>
    </message>
    <message>
        <source>Choose at least one kind of entry to export.</source>
        <translation>Wähle mindestens eine Eintragsart zum Exportieren.</translation>
    </message>
    <message>
        <source>Nothing would go in yet: tick an entry, or choose the summary, the agreement or the questions.</source>
        <translation>Noch wäre die Datei leer: Wähle einen Eintrag aus oder nimm die Zusammenfassung, die Vereinbarung oder die Fragen dazu.</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who can open it can read what is in it. It is meant for you and the therapist or counsellor you choose to share it with.</source>
        <translation>Diese Datei ist NICHT verschlüsselt: Wer sie öffnen kann, kann alles darin lesen. Sie ist für dich gedacht und für die Person aus Therapie oder Beratung, mit der du sie teilen möchtest.</translation>
    </message>
    <message>
        <source>Export… asks where to save it (suggested: {name} in {folder}); only your user account can open it there.</source>
        <translation>„Exportieren…“ fragt, wo die Datei gespeichert werden soll (Vorschlag: {name} in {folder}); dort kann nur dein Benutzerkonto sie öffnen.</translation>
    </message>
    <message>
        <source>The last one was written to {name} in {folder}.</source>
        <translation>Der letzte Export wurde als {name} in {folder} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Feelings</name>
    <message>
        <source>Overall mood</source>
        <translation>Gesamtstimmung</translation>
    </message>
</context>
<context>
    <name>FeelingsChart</name>
    <message>
        <source>Feelings chart</source>
        <extracomment>The bottom of the scale with a little room for markers sitting on 0. The top of the lines&apos; band (room for a marker on 10); event labels go above it. Nobody needs to see less than two days across, nor to lose the data off-screen. Words for the smoothed points, e.g. &quot;7-day average&quot;. The hover text changed (empty when nothing is under the pointer).</extracomment>
        <translation>Gefühlsdiagramm</translation>
    </message>
    <message>
        <source>Use the mouse wheel to zoom and drag to move along the dates; with the chart focused, Left and Right move, plus and minus zoom, Home resets.</source>
        <translation>Mit dem Mausrad zoomst du, durch Ziehen bewegst du dich entlang der Daten. Wenn das Diagramm den Fokus hat, verschieben Links und Rechts die Ansicht, Plus und Minus zoomen, Pos1 setzt sie zurück.</translation>
    </message>
    <message>
        <source>Feelings: 0 not at all, 10 very strong. Overall mood: 0 very low, 10 very good.</source>
        <translation>Gefühle: 0 gar nicht, 10 sehr stark. Gesamtstimmung: 0 sehr gedrückt, 10 sehr gut.</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
    <message>
        <source>{series}, {average} up to {when}</source>
        <translation>{series}, {average} bis {when}</translation>
    </message>
    <message>
        <source>from 1 check-in</source>
        <translation>aus 1 Check-in</translation>
    </message>
    <message>
        <source>from {n} check-ins</source>
        <translation>aus {n} Check-ins</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>FeelingsView</name>
    <message>
        <source>Feelings over time</source>
        <translation>Gefühle im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
</context>
<context>
    <name>FormBody</name>
    <message>
        <source>Title (optional)</source>
        <extracomment>What the form shows besides the answers: (values, title, day, private). The person changed something (an answer, the title, the day, Private). A text box asks for a script (the form&apos;s host opens the picker): the text box. Tab stops a form adds after Private (e.g. the next-session controls).</extracomment>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>The day this entry is about</source>
        <translation>Der Tag, um den es in diesem Eintrag geht</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>T&amp;ag</translation>
    </message>
    <message>
        <source>Save status</source>
        <extracomment>The title, day and Private; a form may add rows under them.</extracomment>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>Änderungen verwerfen…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back (Esc). Anything not saved is kept as a draft.</source>
        <translation>Zurück (Esc). Was nicht gespeichert ist, bleibt als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>Diesen Eintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <source>One answer needs a look before saving.</source>
        <translation>Eine Antwort solltest du dir vor dem Speichern noch einmal ansehen.</translation>
    </message>
    <message>
        <source>{count} answers need a look before saving.</source>
        <translation>{count} Antworten solltest du dir vor dem Speichern noch einmal ansehen.</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>Guides</source>
        <extracomment>A guided entry was chosen (its template id). A help page was chosen (its id).</extracomment>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Guided entries walk you through a moment one question at a time. Answer as much or as little as feels right; what you write is kept as you go, and you can come back to any of them.</source>
        <translation>Geführte Einträge begleiten dich Frage für Frage durch einen Moment. Beantworte so viel oder so wenig, wie sich stimmig anfühlt; was du schreibst, wird laufend gespeichert, und du kannst zu jedem davon zurückkehren.</translation>
    </message>
    <message>
        <source>Guided entries</source>
        <translation>Geführte Einträge</translation>
    </message>
    <message>
        <source>If you feel hurt</source>
        <translation>Wenn du verletzt bist</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>Zum Lesen</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>Your unsaved answers are back, as you left them.</source>
        <extracomment>Saved: ``(entry, the entry as it was before this save, or None for a new one)``. Close (or Esc) was chosen; a draft keeps anything unsaved. &quot;Saving…&quot;, &quot;Saved&quot;, or a problem, for the status bar. &quot;Bring to my next session&quot; and &quot;Add a question…&quot; for the saved entry. Whether unsaved answers from a draft were brought back on opening.</extracomment>
        <translation>Deine nicht gespeicherten Antworten sind wieder da, so wie du sie verlassen hast.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Forget what was written here since it was last saved?</source>
        <translation>Alles verwerfen, was du hier seit dem letzten Speichern geschrieben hast?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: {problem} Your answers are still here.</source>
        <translation>Nicht gespeichert: {problem} Deine Antworten sind noch da.</translation>
    </message>
    <message>
        <source>This check-in is no longer open, so nothing was saved. Your answers are still here.</source>
        <translation>Dieser Check-in ist nicht mehr offen, daher wurde nichts gespeichert. Deine Antworten sind noch da.</translation>
    </message>
    <message>
        <source>This entry was deleted in the meantime, so nothing was saved. Your answers are still here.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht, daher wurde nichts gespeichert. Deine Antworten sind noch da.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>GuidesView</name>
    <message>
        <source>a draft is waiting</source>
        <extracomment>The step of the hurt partner&apos;s path that sets up check-ins at intervals. A debrief&apos;s decision -&gt; what the Agreement section is asked to do. The guided form open in this section, if any. The script picker last opened from a form (tests drive it).</extracomment>
        <translation>ein Entwurf wartet</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>{ticked} of {total} done</source>
        <translation>{ticked} von {total} erledigt</translation>
    </message>
    <message>
        <source>Marked for your next session</source>
        <translation>Für deine nächste Sitzung vorgemerkt</translation>
    </message>
    <message>
        <source>No longer marked for your next session</source>
        <translation>Nicht mehr für deine nächste Sitzung vorgemerkt</translation>
    </message>
    <message>
        <source>Saved. Gentle check-ins at intervals have been set up, so you can look back on how you are doing; they appear on Home when they are due.</source>
        <translation>Gespeichert. In Abständen sind sanfte Check-ins eingeplant, damit du zurückblicken kannst, wie es dir geht; sie erscheinen unter „Start“, sobald sie fällig sind.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>Saved. Check-ins to look back on how you are doing are set for {days}; they will show on Home when they are due.</source>
        <translation>Gespeichert. Check-ins, mit denen du zurückblicken kannst, wie es dir geht, sind eingeplant: {days}. Sie erscheinen unter „Start“, sobald sie fällig sind.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>‹ All guides</source>
        <extracomment>Back to the list.</extracomment>
        <translation>‹ Alle Leitfäden</translation>
    </message>
    <message>
        <source>Back to all guides</source>
        <translation>Zurück zu allen Leitfäden</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
</context>
<context>
    <name>HomeAgreement</name>
    <message>
        <source>A draft, begun on {day}</source>
        <translation>Ein Entwurf, begonnen am {day}</translation>
    </message>
    <message>
        <source>Agreed by both of you on {day}</source>
        <translation>Von euch beiden vereinbart am {day}</translation>
    </message>
    <message>
        <source>Active since {day}</source>
        <translation>Aktiv seit {day}</translation>
    </message>
    <message>
        <source>Paused since {day}</source>
        <translation>Pausiert seit {day}</translation>
    </message>
    <message>
        <source>Ended on {day}</source>
        <translation>Beendet am {day}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Status der Vereinbarung</translation>
    </message>
    <message>
        <source>While it is paused, take the time you need. When you have talked it through, you can resume it together from the agreement.</source>
        <translation>Während sie pausiert ist, nimm dir die Zeit, die du brauchst. Wenn ihr alles besprochen habt, könnt ihr sie unter „Vereinbarung“ gemeinsam wieder aufnehmen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Call a pause on the agreement</source>
        <translation>Eine Pause in der Vereinbarung einlegen</translation>
    </message>
    <message>
        <source>Stop for now, say the pause phrase and talk when you are both ready.</source>
        <translation>Halte erst einmal inne, sag das Pausenwort und redet miteinander, wenn ihr beide bereit seid.</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Die Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>Resume in the agreement…</source>
        <translation>In der Vereinbarung wieder aufnehmen…</translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message>
        <source>Start an agreement</source>
        <extracomment>How many check-ins still to come are listed under the due ones. While background work holds the journal (an import), the card looks again this soon. Ask the window to carry out an action elsewhere: ``(action, argument)``. Something could not be saved or read (a sentence for the status bar).</extracomment>
        <translation>Eine Vereinbarung beginnen</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>Die Leitfäden öffnen</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Was due yesterday</source>
        <translation>War gestern fällig</translation>
    </message>
    <message>
        <source>Was due on {day}</source>
        <translation>War am {day} fällig</translation>
    </message>
    <message>
        <source>Due later today</source>
        <translation>Heute später fällig</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>Fällig am {day}</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the check-in: {title}</source>
        <translation>Check-in starten: {title}</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Ask me later: {title}</source>
        <translation>Später noch einmal fragen: {title}</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>Set aside: {title}</source>
        <translation>Beiseitelegen: {title}</translation>
    </message>
    <message>
        <source>Leave this check-in without writing anything. The journal notes that you did.</source>
        <translation>Diesen Check-in beiseitelegen, ohne etwas zu schreiben. Das Tagebuch hält fest, dass du das so entschieden hast.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <extracomment>The focused row went and the card with it: the page should place the focus.</extracomment>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Coming up</source>
        <extracomment>Rows of the due check-ins, by UUID (as text).</extracomment>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>{title} — {when}</source>
        <extracomment>Wakes the card when a check-in comes due or the day changes (the wording).</extracomment>
        <translation>{title} – {when}</translation>
    </message>
    <message>
        <source>This check-in was already settled.</source>
        <translation>Dieser Check-in ist bereits abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>HomeProgress</name>
    <message>
        <source>Done: step {steps}.</source>
        <translation>Erledigt: Schritt {steps}.</translation>
    </message>
    <message>
        <source>Still open: step {steps}.</source>
        <translation>Noch offen: Schritt {steps}.</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>{done} von {total} Schritten</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <extracomment>The rows shown, by key (&quot;readiness&quot;, &quot;safety&quot;, &quot;path&quot;, &quot;repair&quot;).</extracomment>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} von {total} ausgewählt</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>Plan zur Wiederannäherung</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>If you feel hurt</source>
        <translation>Wenn du verletzt bist</translation>
    </message>
    <message>
        <source>{label}: {value}. Open it</source>
        <translation>{label}: {value}. Öffnen</translation>
    </message>
</context>
<context>
    <name>HomeRecent</name>
    <message>
        <source>Recent entries</source>
        <extracomment>An entry was chosen (its UUID as text). &quot;Open the journal&quot; was chosen.</extracomment>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <source>Open the journal</source>
        <translation>Das Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Your entries will appear here. A check-in is a gentle way to begin.</source>
        <translation>Hier erscheinen deine Einträge. Ein Check-in ist ein sanfter Anfang.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>How are you feeling right now? There are no right or wrong answers; naming what is here is enough.</source>
        <extracomment>A check-in was saved (the Entry).</extracomment>
        <translation>Wie fühlst du dich gerade? Es gibt keine richtigen oder falschen Antworten; es reicht, zu benennen, was da ist.</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <extracomment>Every card, in reading (and Tab) order.</extracomment>
        <translation>Kurzer Check-in</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Eine kurze Notiz (optional)</translation>
    </message>
    <message>
        <source>A short note</source>
        <translation>Eine kurze Notiz</translation>
    </message>
    <message>
        <source>What happened, or anything you want to remember.</source>
        <translation>Was passiert ist oder was du festhalten möchtest.</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Check-in-Status</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>A check-in is due</source>
        <translation>Ein Check-in ist fällig</translation>
    </message>
    <message>
        <source>{n} check-ins are due</source>
        <translation>{n} Check-ins sind fällig</translation>
    </message>
    <message>
        <source>{text}: show it</source>
        <translation>{text}: anzeigen</translation>
    </message>
    <message>
        <source>One more step: set how strong each feeling is ({names}), then save.</source>
        <translation>Noch ein Schritt: Stell ein, wie stark jedes Gefühl ist ({names}), und speichere dann.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in with yourself.</source>
        <translation>Gespeichert. Danke, dass du kurz bei dir nachgespürt hast.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Good morning.</source>
        <translation>Guten Morgen.</translation>
    </message>
    <message>
        <source>Good afternoon.</source>
        <translation>Guten Tag.</translation>
    </message>
    <message>
        <source>Good evening.</source>
        <translation>Guten Abend.</translation>
    </message>
</context>
<context>
    <name>IntensitySlider</name>
    <message>
        <source>{name}: value</source>
        <extracomment>The value changed: an ``int``, or ``None`` for &quot;not set&quot;.</extracomment>
        <translation>{name}: Wert</translation>
    </message>
    <message>
        <source>Clear: {name}</source>
        <translation>Zurücksetzen: {name}</translation>
    </message>
    <message>
        <source>Click where it feels right, or use the arrow keys.</source>
        <translation>Klick dort, wo es sich stimmig anfühlt, oder nutze die Pfeiltasten.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to not set (Delete)</source>
        <translation>Zurück auf „nicht festgelegt“ (Entf)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>The dialogs last opened (tests drive them).</extracomment>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Passphrase nicht geändert</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase, so nothing was changed. Please try again.</source>
        <translation>Das ist nicht die aktuelle Passphrase des Tagebuchs, daher wurde nichts geändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>If the journal does not open with the current passphrase after locking, it opens with the new one.</source>
        <translation>Falls sich das Tagebuch nach dem Sperren nicht mit der aktuellen Passphrase öffnen lässt, öffnet es sich mit der neuen.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. From now on the journal opens only with the new one.</source>
        <translation>Deine Passphrase wurde geändert. Ab jetzt öffnet sich das Tagebuch nur noch mit der neuen.</translation>
    </message>
    <message>
        <source>A fresh backup was made under the new passphrase, and the older backup was deleted.</source>
        <translation>Es wurde eine neue Sicherungskopie mit der neuen Passphrase angelegt und die ältere Sicherungskopie gelöscht.</translation>
    </message>
    <message>
        <source>A fresh backup was made under the new passphrase, and {count} older backups were deleted.</source>
        <translation>Es wurde eine neue Sicherungskopie mit der neuen Passphrase angelegt, und {count} ältere Sicherungskopien wurden gelöscht.</translation>
    </message>
    <message>
        <source>The older backups could not be replaced, so they are as they were and still open with the old passphrase: {problem}</source>
        <translation>Die älteren Sicherungskopien konnten nicht ersetzt werden. Sie sind unverändert und lassen sich weiterhin mit der alten Passphrase öffnen: {problem}</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>The backup made before this still opens with the old passphrase.</source>
        <translation>Die zuvor angelegte Sicherungskopie lässt sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>The {count} backups made before this still open with the old passphrase.</source>
        <translation>Die {count} zuvor angelegten Sicherungskopien lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>They are in {folder}. If someone else knows the old passphrase, you can delete them there.</source>
        <translation>Sie liegen in {folder}. Falls jemand anderes die alte Passphrase kennt, kannst du sie dort löschen.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Making an encrypted copy of the journal and checking it…</source>
        <translation>Eine verschlüsselte Kopie des Tagebuchs wird angelegt und geprüft…</translation>
    </message>
    <message>
        <source>A backup was made and checked:

{where}
({size})

It is encrypted and opens with the journal&apos;s current passphrase.</source>
        <translation>Eine Sicherungskopie wurde angelegt und geprüft:

{where}
({size})

Sie ist verschlüsselt und lässt sich mit der aktuellen Passphrase des Tagebuchs öffnen.</translation>
    </message>
    <message>
        <source>The newest {count} backups are kept; older ones are removed (see Preferences).</source>
        <translation>Die {count} neuesten Sicherungskopien werden aufbewahrt, ältere werden entfernt (siehe Einstellungen).</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sicherungskopie angelegt</translation>
    </message>
    <message>
        <source>No backup was made; the journal is unchanged.</source>
        <translation>Es wurde keine Sicherungskopie angelegt; das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Keine Sicherungskopie angelegt</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was changed.</source>
        <translation>Mit dieser Passphrase lässt sich die Sicherungskopie nicht öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The journal was locked before the restore could start. Nothing was changed.</source>
        <translation>Das Tagebuch wurde gesperrt, bevor die Wiederherstellung beginnen konnte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Journal restored</source>
        <translation>Tagebuch wiederhergestellt</translation>
    </message>
    <message>
        <source>The journal has been restored from the backup taken on {when}. Anything written after that is not in it.

The journal as it was just before is kept as:
{where}

To go back to it, choose it in File ▸ Restore from a backup…, where it is listed as “kept before a restore”.</source>
        <translation>Das Tagebuch wurde aus der Sicherungskopie vom {when} wiederhergestellt. Alles, was danach geschrieben wurde, ist darin nicht enthalten.

Das Tagebuch, wie es unmittelbar davor war, ist aufbewahrt als:
{where}

Um dorthin zurückzukehren, wähle es unter Datei ▸ Aus einer Sicherungskopie wiederherstellen… aus. Dort steht es als „vor einer Wiederherstellung aufbewahrt“.</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Show entries of kind</source>
        <extracomment>Any choice changed.</extracomment>
        <translation>Einträge dieser Art zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Einträge mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge aus diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Past 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>Marked for my next session</source>
        <translation>Für meine nächste Sitzung vorgemerkt</translation>
    </message>
    <message>
        <source>Show only entries marked for my next session</source>
        <translation>Nur Einträge für meine nächste Sitzung zeigen</translation>
    </message>
    <message>
        <source>Show only the entries you marked to bring to your next session (private entries are never among them).</source>
        <translation>Zeigt nur die Einträge, die du für deine nächste Sitzung vorgemerkt hast (private Einträge sind nie darunter).</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>JournalFlows</name>
    <message>
        <source>Journal unlocked</source>
        <translation>Tagebuch entsperrt</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the journal was not created. Nothing was written; please try again.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen, daher wurde das Tagebuch nicht erstellt. Es wurde nichts geschrieben; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation>Schwache Passphrase verwenden?</translation>
    </message>
    <message>
        <source>This passphrase would be easy for someone else to guess. {hint}

Use it anyway?</source>
        <translation>Diese Passphrase wäre für andere leicht zu erraten. {hint}

Trotzdem verwenden?</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Trotzdem verwenden</translation>
    </message>
    <message>
        <source>Keep this passphrase?</source>
        <translation>Diese Passphrase behalten?</translation>
    </message>
    <message>
        <source>It is among the first passphrases anyone trying to open this journal would guess, so it protects very little of what you write here. A few unrelated words you can remember are much safer.

Keep this passphrase all the same?</source>
        <translation>Sie gehört zu den ersten Passphrasen, die jemand ausprobieren würde, der dieses Tagebuch öffnen will, und schützt daher kaum, was du hier schreibst. Ein paar Wörter ohne Zusammenhang, die du dir merken kannst, sind viel sicherer.

Diese Passphrase trotzdem behalten?</translation>
    </message>
    <message>
        <source>Yes, keep this passphrase</source>
        <translation>Ja, diese Passphrase behalten</translation>
    </message>
    <message>
        <source>Type the journal&apos;s passphrase first: the backup opens with it too.</source>
        <translation>Gib zuerst die Passphrase des Tagebuchs ein: Auch die Sicherungskopie lässt sich damit öffnen.</translation>
    </message>
    <message>
        <source>Restore from the backup?</source>
        <translation>Aus der Sicherungskopie wiederherstellen?</translation>
    </message>
    <message>
        <source>The damaged journal will be replaced by the backup taken {when}. Anything written after that is not in the backup.

The damaged file is kept beside the backups, in case it is needed.</source>
        <translation>Das beschädigte Tagebuch wird durch die Sicherungskopie vom {when} ersetzt. Was danach geschrieben wurde, ist nicht in der Sicherungskopie enthalten.

Die beschädigte Datei wird neben den Sicherungskopien aufbewahrt, falls sie noch gebraucht wird.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>Wird aus der Sicherungskopie wiederhergestellt…</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Hall Pass journals (*.hpj);;All files (*)</source>
        <translation>Tagebücher von Hall Pass Journal (*.hpj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>Hall Pass journals (*.hpj)</source>
        <translation>Tagebücher von Hall Pass Journal (*.hpj)</translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries; it is deleted when you quit. Its passphrase for this session is:
{passphrase}</source>
        <translation>Dies ist ein Demo-Tagebuch mit erfundenen Einträgen; es wird beim Beenden gelöscht. Die Passphrase lautet diesmal:
{passphrase}</translation>
    </message>
    <message>
        <source>Preparing the demo journal…</source>
        <translation>Demo-Tagebuch wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>JournalListView</name>
    <message>
        <source>Search your journal</source>
        <extracomment>The list&apos;s usual width, and its narrowest (room for the editor in a small window). A change to more entries than this reloads the list instead of updating rows. The list was reloaded for a new search or filter (tests wait on this).</extracomment>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>No entries are marked for your next session. To bring one, open it and tick “Bring to my next session”.</source>
        <extracomment>The row&apos;s context menu last shown (tests read it).</extracomment>
        <translation>Noch ist kein Eintrag für deine nächste Sitzung vorgemerkt. Wenn du einen mitnehmen möchtest, öffne ihn und hake „In meine nächste Sitzung mitnehmen“ an.</translation>
    </message>
    <message>
        <source>No entries match. Try other words or fewer filters.</source>
        <translation>Keine passenden Einträge. Versuch es mit anderen Wörtern oder weniger Filtern.</translation>
    </message>
    <message>
        <source>Nothing here yet. Whenever you are ready, a few lines are enough to begin.</source>
        <translation>Hier ist noch nichts. Wann immer du bereit bist: Ein paar Zeilen genügen für den Anfang.</translation>
    </message>
    <message>
        <source>{count}{more} found</source>
        <translation>{count}{more} gefunden</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>Marked for your next session</source>
        <translation>Für deine nächste Sitzung vorgemerkt</translation>
    </message>
    <message>
        <source>No longer marked for your next session</source>
        <translation>Nicht mehr für deine nächste Sitzung vorgemerkt</translation>
    </message>
</context>
<context>
    <name>KeyEventsPanel</name>
    <message>
        <source>The moments your check-ins are planned around.</source>
        <extracomment>A problem to show (a failed save), or &quot;&quot; once things are fine again. The check-in days of the agreement shown were saved.</extracomment>
        <translation>Die Momente, nach denen sich deine Check-ins richten.</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Wichtige Momente</translation>
    </message>
    <message>
        <source>No moments yet. Add the first conversation, or the encounter once it is planned.</source>
        <translation>Noch keine Momente. Füge das erste Gespräch hinzu oder die Begegnung, sobald sie geplant ist.</translation>
    </message>
    <message>
        <source>Add a moment…</source>
        <translation>Moment hinzufügen…</translation>
    </message>
    <message>
        <source>Add a moment</source>
        <translation>Moment hinzufügen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the selected moment</source>
        <translation>Ausgewählten Moment ändern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected moment</source>
        <translation>Ausgewählten Moment löschen</translation>
    </message>
    <message>
        <source>Check-ins after the encounter</source>
        <translation>Check-ins nach der Begegnung</translation>
    </message>
    <message>
        <source>Change the check-in days</source>
        <translation>Check-in-Tage ändern</translation>
    </message>
    <message>
        <source>Check-ins after the encounter: {days}.</source>
        <translation>Check-ins nach der Begegnung: {days}.</translation>
    </message>
    <message>
        <source>Delete this moment?</source>
        <translation>Diesen Moment löschen?</translation>
    </message>
    <message>
        <source>“{line}” will be removed. Check-ins planned around it are planned again.</source>
        <translation>„{line}“ wird entfernt. Check-ins, die sich danach richten, werden neu geplant.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Status</source>
        <extracomment>A button was pressed: one of CONSENT, ACTIVATE, … (module constants).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>This agreement has ended and stays as it was. You can start a new one.</source>
        <translation>Diese Vereinbarung ist beendet und bleibt, wie sie war. Du kannst eine neue beginnen.</translation>
    </message>
    <message>
        <source>Both of us agree…</source>
        <translation>Wir stimmen beide zu…</translation>
    </message>
    <message>
        <source>Record that both of us agree</source>
        <translation>Festhalten, dass wir beide zustimmen</translation>
    </message>
    <message>
        <source>Make it active</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Make the agreement active</source>
        <translation>Die Vereinbarung aktivieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the agreement now</source>
        <translation>Die Vereinbarung jetzt pausieren</translation>
    </message>
    <message>
        <source>Resume the agreement…</source>
        <translation>Vereinbarung wieder aufnehmen…</translation>
    </message>
    <message>
        <source>Resume the agreement</source>
        <translation>Die Vereinbarung wieder aufnehmen</translation>
    </message>
    <message>
        <source>Renegotiate…</source>
        <translation>Neu verhandeln…</translation>
    </message>
    <message>
        <source>Renegotiate: write a new version</source>
        <translation>Neu verhandeln: eine neue Version schreiben</translation>
    </message>
    <message>
        <source>Back to a draft…</source>
        <translation>Zurück zum Entwurf…</translation>
    </message>
    <message>
        <source>Make the agreement a draft again</source>
        <translation>Die Vereinbarung wieder zum Entwurf machen</translation>
    </message>
    <message>
        <source>End the agreement…</source>
        <translation>Vereinbarung beenden…</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Die Vereinbarung beenden</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>Eine neue Vereinbarung beginnen</translation>
    </message>
    <message>
        <source>Edit the draft…</source>
        <translation>Entwurf bearbeiten…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New journal…</source>
        <extracomment>Edit &gt; Insert a script…: enabled while the cursor is in a text field. Entry &gt; what can be done with the open entry (filled by ``EntryMenu``).</extracomment>
        <translation>Neues &amp;Tagebuch…</translation>
    </message>
    <message>
        <source>Create another encrypted journal</source>
        <translation>Ein weiteres verschlüsseltes Tagebuch anlegen</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Tagebuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a journal file</source>
        <translation>Eine Tagebuchdatei öffnen</translation>
    </message>
    <message>
        <source>New &amp;entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation>Einen neuen Tagebucheintrag schreiben</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Das Tagebuch jetzt sperren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, auto-lock and backups</source>
        <translation>Farbschema, automatische Sperre und Sicherungskopien</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Lock the journal and quit</source>
        <translation>Das Tagebuch sperren und beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <source>&amp;About Hall Pass Journal</source>
        <translation>Ü&amp;ber Hall Pass Journal</translation>
    </message>
    <message>
        <source>Version and privacy</source>
        <translation>Version und Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this journal</source>
        <translation>Eine neue Passphrase für dieses Tagebuch wählen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Make an encrypted backup of the journal now</source>
        <translation>Jetzt eine verschlüsselte Sicherungskopie des Tagebuchs erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherungskopie &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the journal with one of its backups</source>
        <translation>Das Tagebuch durch eine seiner Sicherungskopien ersetzen</translation>
    </message>
    <message>
        <source>E&amp;xport everything (JSON)…</source>
        <translation>Alles e&amp;xportieren (JSON)…</translation>
    </message>
    <message>
        <source>Write the whole journal to a file (not encrypted)</source>
        <translation>Das ganze Tagebuch in eine Datei schreiben (NICHT verschlüsselt)</translation>
    </message>
    <message>
        <source>&amp;Import (JSON)…</source>
        <translation>&amp;Importieren (JSON)…</translation>
    </message>
    <message>
        <source>Merge a JSON export into this journal</source>
        <translation>Einen JSON-Export in dieses Tagebuch übernehmen</translation>
    </message>
    <message>
        <source>Insert a &amp;script…</source>
        <translation>&amp;Formulierung einfügen…</translation>
    </message>
    <message>
        <source>Insert words from the scripts library where the cursor is</source>
        <translation>Worte aus der Sammlung der Formulierungen an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Entr&amp;y</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Hall Pass Journal</source>
        <extracomment>False for the demo: its temporary path is never remembered. Shown on the unlock page (the demo&apos;s throwaway passphrase). Quit was chosen: closing the window really closes it, tray or not. The section shown when the journal was locked, to return to after unlocking the same journal (kept in this window only, never on disk). The last Preferences / About dialog opened (tests drive them).</extracomment>
        <translation>Hall Pass Journal</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <extracomment>Entry &gt; the actions of the entry open in the shown section.</extracomment>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted on this computer</source>
        <translation>Verschlüsselt auf diesem Computer</translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation>Tagebuchstatus</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {problem}</source>
        <extracomment>File menu: change passphrase, back up, restore; export and import JSON. Copied journal text: marked secret for clipboard managers, cleared later.</extracomment>
        <translation>Die heutige automatische Sicherungskopie konnte nicht erstellt werden: {problem}</translation>
    </message>
    <message>
        <source>Not locked yet</source>
        <translation>Noch nicht gesperrt</translation>
    </message>
    <message>
        <source>{problem}

The journal stays unlocked so that your last change is not lost. Lock again once it is saved.</source>
        <translation>{problem}

Das Tagebuch bleibt entsperrt, damit deine letzte Änderung nicht verloren geht. Sperre es erneut, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Hall Pass Journal — Locked</source>
        <translation>Hall Pass Journal — Gesperrt</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>Reassurance</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Freiraum</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Berührung</translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation>Ehrlichkeit</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Being heard</source>
        <translation>Gehört werden</translation>
    </message>
</context>
<context>
    <name>NoAgreementPage</name>
    <message>
        <source>No agreement written down yet</source>
        <translation>Noch keine Vereinbarung festgehalten</translation>
    </message>
    <message>
        <source>An agreement is where the two of you put into words what you have decided together: what is okay and what is not, what you will tell each other, how you will check in, and the words either of you can say to pause. It can change as you talk; every version is kept.</source>
        <translation>In einer Vereinbarung haltet ihr beide in Worten fest, was ihr gemeinsam entschieden habt: was in Ordnung ist und was nicht, was ihr einander erzählt, wie ihr eure Check-ins gestaltet und mit welchen Worten ihr beide eine Pause einlegen könnt. Sie kann sich ändern, während ihr miteinander redet; jede Version bleibt erhalten.</translation>
    </message>
    <message>
        <source>Writing one down decides nothing by itself. It is a place to be clear with each other, whatever you choose.</source>
        <translation>Eine Vereinbarung aufzuschreiben, entscheidet für sich noch nichts. Sie ist ein Ort, um miteinander Klarheit zu schaffen – wie auch immer ihr euch entscheidet.</translation>
    </message>
    <message>
        <source>Start an agreement</source>
        <translation>Vereinbarung beginnen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Hall Pass Journal</source>
        <translation>Hall Pass Journal</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your journal has not been changed by this.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Dein Tagebuch wurde dadurch nicht verändert.</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>Hall Pass Journal</source>
        <translation>Hall Pass Journal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Private — exported only if you ask</source>
        <translation>Privat – nur auf Wunsch exportiert</translation>
    </message>
    <message>
        <source>Private: left out of exports unless you choose to include private entries</source>
        <translation>Privat: bleibt aus Exporten heraus, außer du nimmst private Einträge ausdrücklich mit auf</translation>
    </message>
    <message>
        <source>Private entries stay in your encrypted journal and its backups. Exports leave them out unless you choose to include private entries.</source>
        <translation>Private Einträge bleiben in deinem verschlüsselten Tagebuch und seinen Sicherungskopien. Exporte lassen sie weg, außer du nimmst private Einträge ausdrücklich mit auf.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause</source>
        <extracomment>Everything in the dialog is this much larger than the app&apos;s text.</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The agreement is paused.</source>
        <translation>Die Vereinbarung ist pausiert.</translation>
    </message>
    <message>
        <source>Nothing more needs to happen now. Take a breath. You can talk when you are both ready, and go on only if you both choose to.</source>
        <translation>Jetzt muss nichts weiter geschehen. Atme durch. Ihr könnt reden, wenn ihr beide bereit seid, und nur weitermachen, wenn ihr euch beide dafür entscheidet.</translation>
    </message>
    <message>
        <source>Your pause phrase</source>
        <translation>Euer Pausenwort</translation>
    </message>
    <message>
        <source>You have not agreed on a pause phrase yet</source>
        <translation>Ihr habt noch kein Pausenwort vereinbart</translation>
    </message>
    <message>
        <source>Saying that you need to stop and talk is enough.</source>
        <translation>Es reicht zu sagen, dass du innehalten und reden musst.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>What I need right now (optional)</source>
        <translation>Was ich gerade brauche (optional)</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Grund (optional)</translation>
    </message>
    <message>
        <source>What I &amp;need right now (optional)</source>
        <translation>Was ich gerade &amp;brauche (optional)</translation>
    </message>
    <message>
        <source>Written here, it is kept with the pause in your journal, for you.</source>
        <translation>Was du hier schreibst, wird mit der Pause in deinem Tagebuch aufbewahrt, für dich.</translation>
    </message>
    <message>
        <source>Keep this note</source>
        <translation>Diese Notiz behalten</translation>
    </message>
    <message>
        <source>Keep the reason with the pause</source>
        <translation>Den Grund mit der Pause aufbewahren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>What is happening</source>
        <extracomment>The person chose Cancel (or the dialog was closed) while the task ran. Said once every item is done, while the last step runs (e.g. writing the file).</extracomment>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>How far it is</source>
        <translation>Wie weit es schon ist</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
</context>
<context>
    <name>PromptBlock</name>
    <message>
        <source>An answer is needed to save this entry.</source>
        <translation>Um diesen Eintrag zu speichern, ist eine Antwort nötig.</translation>
    </message>
    <message>
        <source>A gentle note</source>
        <translation>Ein sanfter Hinweis</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Bitte ansehen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{title}, version {number}</source>
        <extracomment>The formats a printable agreement comes in.</extracomment>
        <translation>{title}, Version {number}</translation>
    </message>
    <message>
        <source>What changed from version {old} to version {new}</source>
        <translation>Was sich von Version {old} zu Version {new} geändert hat</translation>
    </message>
    <message>
        <source>Read together on</source>
        <translation>Gemeinsam gelesen am</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>(an earlier version)</source>
        <translation>(eine frühere Version)</translation>
    </message>
    <message>
        <source>{status}. This is version {number}, written on {day}{newest}.</source>
        <translation>{status}. Dies ist Version {number}, verfasst am {day}{newest}.</translation>
    </message>
    <message>
        <source>For the two of you to read together, slowly. Either of you can stop at any point and say what you need; nothing here has to be settled today.</source>
        <translation>Zum gemeinsamen Lesen für euch beide, ganz in Ruhe. Ihr könnt beide jederzeit innehalten und sagen, was ihr braucht; nichts davon muss heute geklärt werden.</translation>
    </message>
    <message>
        <source>Printed from {app} on {day}.</source>
        <translation>Erstellt mit {app} am {day}.</translation>
    </message>
    <message>
        <source>This agreement has no version {number}.</source>
        <translation>Diese Vereinbarung hat keine Version {number}.</translation>
    </message>
    <message>
        <source>This agreement has no terms written yet.</source>
        <translation>In dieser Vereinbarung sind noch keine Punkte festgehalten.</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Erledigt am {day}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>A step of my own</source>
        <translation>Ein eigener Schritt</translation>
    </message>
    <message>
        <source>Key event (numbered as listed)</source>
        <extracomment>Mood first (dark, solid, thick), then the emotions (Okabe-Ito colours).</extracomment>
        <translation>Wichtiger Moment (nummeriert wie in der Liste)</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Inline, so it works in both flavours: a part that starts on a page of its own.</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Tiefstwert</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Overall mood and the most often rated feelings, averaged {bucket}, on the 0–10 scale, {start} to {end}. Dotted lines mark key events, numbered as below.</source>
        <translation>Gesamtstimmung und die am häufigsten angegebenen Gefühle, {bucket} gemittelt, auf der Skala 0–10, {start} bis {end}. Gepunktete Linien markieren wichtige Momente, nummeriert wie unten.</translation>
    </message>
    <message>
        <source>Version {number}, {day}</source>
        <translation>Version {number}, {day}</translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation>Warum: {note}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The current agreement: {title}</source>
        <translation>Die aktuelle Vereinbarung: {title}</translation>
    </message>
    <message>
        <source>{status}. Version {number}, written on {day}.</source>
        <translation>{status}. Version {number}, verfasst am {day}.</translation>
    </message>
    <message>
        <source>Mood {value}</source>
        <translation>Stimmung {value}</translation>
    </message>
    <message>
        <source>Marked for the session</source>
        <translation>Für die Sitzung vorgemerkt</translation>
    </message>
    <message>
        <source>Written by {initials}</source>
        <extracomment>Characters that are markup anywhere in a line. An entity (&quot;&amp;amp;&quot;) would be decoded. Markup only at the start of a line: a numbered item, a bullet, a heading, or a line of &quot;-&quot; or &quot;=&quot; (a rule, or the line under a heading).</extracomment>
        <translation>Verfasst von {initials}</translation>
    </message>
    <message>
        <source>Overall mood and the most often rated feelings, averaged {bucket}, on the 0–10 scale, {start} to {end}.</source>
        <translation>Gesamtstimmung und die am häufigsten angegebenen Gefühle, {bucket} gemittelt, auf der Skala 0–10, {start} bis {end}.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner oder Partnerin: {name}</translation>
    </message>
    <message>
        <source>Feelings: {list}</source>
        <translation>Gefühle: {list}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <extracomment>Margins in CSS pixels (about 20 mm at the sides, room for the header and footer). Lines kept with a heading (a heading never ends a page on its own). A table shorter than this share of a page is never split. Room kept around each page&apos;s slice so borders and descenders are not clipped. How far the cover&apos;s text sits below the top margin. Told ``(pages painted, pages in all)``; may raise to stop (nothing is returned then). The first page (a cover) has no header and no number.</extracomment>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>everything written so far</source>
        <extracomment>What the exports are called, on the cover and in each page&apos;s running header.</extracomment>
        <translation>alles bisher Geschriebene</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>keine Check-ins</translation>
    </message>
    <message>
        <source>only {n} check-in</source>
        <translation>nur {n} Check-in</translation>
    </message>
    <message>
        <source>only {n} check-ins</source>
        <translation>nur {n} Check-ins</translation>
    </message>
    <message>
        <source>{mean} ({n} check-ins)</source>
        <translation>{mean} ({n} Check-ins)</translation>
    </message>
    <message>
        <source>too few check-ins to tell</source>
        <translation>zu wenige Check-ins für eine Aussage</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>easing</source>
        <translation>schwächer</translation>
    </message>
    <message>
        <source>stronger</source>
        <translation>stärker</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Each table compares up to {days} days before a key event with up to {days} days after it, within the period of this file (the day itself is in neither).</source>
        <translation>Jede Tabelle vergleicht bis zu {days} Tage vor einem wichtigen Moment mit bis zu {days} Tagen danach, innerhalb des Zeitraums dieser Datei (der Tag selbst zählt zu keiner der beiden Seiten).</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>Before: {before}; after: {after}.</source>
        <translation>Vorher: {before}; nachher: {after}.</translation>
    </message>
    <message>
        <source>Around “{label}”, {day}</source>
        <translation>Rund um „{label}“, {day}</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <source>on two or more different days</source>
        <translation>an zwei oder mehr verschiedenen Tagen</translation>
    </message>
    <message>
        <source>in two or more different weeks</source>
        <translation>in zwei oder mehr verschiedenen Wochen</translation>
    </message>
    <message>
        <source>in two or more different months</source>
        <translation>in zwei oder mehr verschiedenen Monaten</translation>
    </message>
    <message>
        <source>Too few check-ins among the chosen entries to draw a chart: it needs at least {n} ratings of mood or of one feeling, {spread}.</source>
        <translation>Zu wenige Check-ins in den ausgewählten Einträgen für ein Diagramm: Dafür braucht es mindestens {n} Angaben zur Stimmung oder zu einem Gefühl, {spread}.</translation>
    </message>
    <message>
        <source>{n} of 10</source>
        <translation>{n} von 10</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <extracomment>(the backup chosen, the passphrase it opens with)</extracomment>
        <translation>Aus einer Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces the journal as it is now with the backup you choose. Anything written after that backup was taken is not in it.</source>
        <translation>Beim Wiederherstellen wird das Tagebuch in seinem jetzigen Zustand durch die gewählte Sicherungskopie ersetzt. Alles, was nach dem Anlegen dieser Sicherungskopie geschrieben wurde, ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Nothing is thrown away: the journal as it is now is kept first, in the backups folder ({folder}), and is listed here afterwards as “kept before a restore”, so you can go back to it.</source>
        <translation>Es geht nichts verloren: Das Tagebuch in seinem jetzigen Zustand wird vorher im Ordner für Sicherungskopien ({folder}) aufbewahrt und steht danach hier als „vor einer Wiederherstellung aufbewahrt“, sodass du dorthin zurückkehren kannst.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungskopien</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Opens with</source>
        <translation>Öffnen mit</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Vor einer Wiederherstellung aufbewahrt</translation>
    </message>
    <message>
        <source>Date uncertain (clock was wrong)</source>
        <translation>Datum unsicher (Uhr ging falsch)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherungskopie</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Deine aktuelle Passphrase</translation>
    </message>
    <message>
        <source>An earlier passphrase</source>
        <translation>Eine frühere Passphrase</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. Use File ▸ Back up now to make one.</source>
        <translation>Es gibt noch keine Sicherungskopien dieses Tagebuchs. Mit Datei ▸ Jetzt sichern kannst du eine anlegen.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Die Passphrase der Sicherungskopie</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>The backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Passphrase der Sicherungskopie:</translation>
    </message>
    <message>
        <source>Which passphrase</source>
        <translation>Welche Passphrase</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherungskopie wird geprüft</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Gewählte Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Checking that the backup opens with this passphrase…</source>
        <translation>Es wird geprüft, ob sich die Sicherungskopie mit dieser Passphrase öffnen lässt…</translation>
    </message>
    <message>
        <source>This backup was taken before the passphrase was last changed, so it opens with an earlier passphrase: the one the journal had then. After the restore the journal opens with that passphrase again.</source>
        <translation>Diese Sicherungskopie wurde angelegt, bevor die Passphrase zuletzt geändert wurde. Sie lässt sich daher mit einer früheren Passphrase öffnen: der, die das Tagebuch damals hatte. Nach der Wiederherstellung öffnet sich das Tagebuch wieder mit dieser Passphrase.</translation>
    </message>
    <message>
        <source>A backup opens with the passphrase the journal had when it was taken. After the restore the journal is unlocked again with it.</source>
        <translation>Eine Sicherungskopie lässt sich mit der Passphrase öffnen, die das Tagebuch beim Anlegen der Kopie hatte. Nach der Wiederherstellung wird das Tagebuch wieder mit ihr entsperrt.</translation>
    </message>
    <message>
        <source>Please type the passphrase this backup opens with.</source>
        <translation>Bitte gib die Passphrase ein, mit der sich diese Sicherungskopie öffnen lässt.</translation>
    </message>
</context>
<context>
    <name>ScriptPicker</name>
    <message>
        <source>Insert a script</source>
        <extracomment>The &quot;Add your own script&quot; dialog last opened (tests drive it).</extracomment>
        <translation>Formulierung einfügen</translation>
    </message>
    <message>
        <source>Starting points for hard moments. Change the words until they sound like you.</source>
        <translation>Ausgangspunkte für schwierige Momente. Ändere die Worte, bis sie nach dir klingen.</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Formulierungen</translation>
    </message>
    <message>
        <source>Add your own script…</source>
        <translation>Eigene Formulierung hinzufügen…</translation>
    </message>
    <message>
        <source>Add your own script</source>
        <translation>Eigene Formulierung hinzufügen</translation>
    </message>
    <message>
        <source>The script&apos;s words</source>
        <translation>Worte der Formulierung</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert the script</source>
        <translation>Formulierung einfügen</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <extracomment>Untranslated label; :attr:`title` translates it (context &quot;Sections&quot;). Actions (``JournalView.action_requested``) this section&apos;s view carries out.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>SeriesPicker</name>
    <message>
        <source>Feelings to show</source>
        <extracomment>The person changed what is ticked.</extracomment>
        <translation>Angezeigte Gefühle</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <extracomment>The person ticked or unticked something: the chart stops following the dates.</extracomment>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>{label}: 1 check-in in these dates</source>
        <translation>{label}: 1 Check-in in diesem Zeitraum</translation>
    </message>
    <message>
        <source>{label}: {n} check-ins in these dates</source>
        <translation>{label}: {n} Check-ins in diesem Zeitraum</translation>
    </message>
    <message>
        <source>{label}: no check-ins in these dates</source>
        <translation>{label}: keine Check-ins in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Up to {n} feelings at a time: untick one to choose this one.</source>
        <translation>Höchstens {n} Gefühle gleichzeitig: Entferne bei einem anderen das Häkchen, um dieses auszuwählen.</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>From your entry of {day}</source>
        <extracomment>How many open questions are listed before &quot;and N more&quot;. How much of a question a button&apos;s accessible name repeats. Lines of a question shown on the card (the whole of it is in its tooltip). The words, to about three lines; the whole question in its tooltip.</extracomment>
        <translation>Aus deinem Eintrag vom {day}</translation>
    </message>
    <message>
        <source>Open the entry this question came from: {day}</source>
        <translation>Den Eintrag öffnen, aus dem diese Frage stammt: {day}</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>„{title}“ öffnen</translation>
    </message>
    <message>
        <source>Talked about</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Talked about: {question}</source>
        <translation>Besprochen: {question}</translation>
    </message>
    <message>
        <source>Take it off the list once you have talked about it. It stays in your journal.</source>
        <translation>Nimm sie von der Liste, sobald du darüber gesprochen hast. Sie bleibt in deinem Tagebuch erhalten.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the question: {question}</source>
        <translation>Frage bearbeiten: {question}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the question: {question}</source>
        <translation>Frage entfernen: {question}</translation>
    </message>
    <message>
        <source>Questions for my next session</source>
        <extracomment>Open an entry (its UUID as text) in the Journal.</extracomment>
        <translation>Fragen für meine nächste Sitzung</translation>
    </message>
    <message>
        <source>Anything you want to ask or talk about can wait here until then.</source>
        <extracomment>Rows of the questions shown, by UUID (as text). How many open questions there are (shown or not). The question dialog last opened (tests drive it).</extracomment>
        <translation>Alles, was du fragen oder ansprechen möchtest, kann bis dahin hier warten.</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>Frage hinzufügen…</translation>
    </message>
    <message>
        <source>Add a question for my next session</source>
        <translation>Frage für meine nächste Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the entries marked for my next session in the Journal</source>
        <translation>Die für meine nächste Sitzung vorgemerkten Einträge unter „Tagebuch“ zeigen</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>und 1 weitere</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Show all questions ({text})</source>
        <translation>Alle Fragen zeigen ({text})</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <source>Show fewer questions</source>
        <translation>Weniger Fragen zeigen</translation>
    </message>
    <message>
        <source>1 entry marked to bring</source>
        <translation>1 Eintrag zum Mitnehmen vorgemerkt</translation>
    </message>
    <message>
        <source>{count} entries marked to bring</source>
        <translation>{count} Einträge zum Mitnehmen vorgemerkt</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Remove this question from the list? It will not be in what you export for your session. If you have talked about it, “Talked about” keeps it in your journal instead.</source>
        <translation>Diese Frage von der Liste entfernen? Sie ist dann nicht im Export für deine Sitzung enthalten. Wenn du schon darüber gesprochen hast, bleibt sie mit „Besprochen“ stattdessen in deinem Tagebuch erhalten.</translation>
    </message>
    <message>
        <source>This question was already taken off the list.</source>
        <translation>Diese Frage wurde bereits von der Liste genommen.</translation>
    </message>
</context>
<context>
    <name>SessionQuestionDialog</name>
    <message>
        <source>Edit question</source>
        <extracomment>Drafts of questions: ``session_question:new`` (Home), ``session_question:entry:&lt;uuid&gt;`` (added from that entry), ``session_question:edit:&lt;uuid&gt;`` (changing that question). A draft is kept this long after typing pauses (and at once when the dialog closes). The question as written (trimmed), not empty and not too long. The question was stored: nothing is kept as a draft any more.</extracomment>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Add a question for my session</source>
        <translation>Frage für meine Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>What would you like to ask or talk about?</source>
        <translation>Was möchtest du fragen oder ansprechen?</translation>
    </message>
    <message>
        <source>Question for my next session</source>
        <translation>Frage für meine nächste Sitzung</translation>
    </message>
    <message>
        <source>For example: something from this week I keep coming back to</source>
        <translation>Zum Beispiel: etwas aus dieser Woche, das mich immer wieder beschäftigt</translation>
    </message>
    <message>
        <source>Your words from last time are back. They are not saved as a question yet.</source>
        <extracomment>Where the question comes from (an entry), when it comes from one. Says that words kept from last time are back.</extracomment>
        <translation>Was du beim letzten Mal geschrieben hast, ist wieder da. Es ist noch nicht als Frage gespeichert.</translation>
    </message>
    <message>
        <source>Open questions wait on Home until you mark them talked about, and go with what you export for your session.</source>
        <translation>Offene Fragen warten unter „Start“, bis du sie als besprochen markierst, und kommen mit in den Export für deine Sitzung.</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Frage speichern</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Close for now. What you wrote waits here for next time.</source>
        <translation>Erst einmal schließen. Was du geschrieben hast, wartet hier auf das nächste Mal.</translation>
    </message>
    <message>
        <source>A question needs a few words. Nothing was changed.</source>
        <extracomment>Whether words kept from last time were brought back.</extracomment>
        <translation>Eine Frage braucht ein paar Worte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A question needs a few words. Nothing was added.</source>
        <translation>Eine Frage braucht ein paar Worte. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>A question can be up to {limit} characters; this one has {count}. Longer thoughts fit better in an entry.</source>
        <translation>Eine Frage kann bis zu {limit} Zeichen lang sein; diese hat {count}. Längere Gedanken passen besser in einen Eintrag.</translation>
    </message>
    <message>
        <source>This question is no longer in the journal, so it cannot be changed.</source>
        <translation>Diese Frage ist nicht mehr im Tagebuch und kann daher nicht geändert werden.</translation>
    </message>
    <message>
        <source>This question cannot be kept as it is.</source>
        <translation>Diese Frage kann so nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>The partner&apos;s name chosen (None while locked: not offered).</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start the app.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed, so reminders still come</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen, damit Erinnerungen weiterhin erscheinen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window then locks the journal. Reminders only ever say that a check-in is due, nothing more.</source>
        <translation>Das Schließen des Fensters sperrt dann das Tagebuch. Erinnerungen sagen immer nur, dass ein Check-in fällig ist, sonst nichts.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons at the moment, so closing the window still quits.</source>
        <translation>Diese Arbeitsoberfläche zeigt derzeit keine Symbole im Infobereich an, daher wird die App beim Schließen des Fensters trotzdem beendet.</translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation>Kopierten Text löschen nach</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>Kopierten Text &amp;löschen nach:</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungskopien</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Aufbewahrte Sicherungskopien:</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>Name deines Partners / deiner Partnerin</translation>
    </message>
    <message>
        <source>A name, or what you call them</source>
        <translation>Ein Name oder wie du die Person nennst</translation>
    </message>
    <message>
        <source>&amp;Partner&apos;s name:</source>
        <translation>&amp;Name deines Partners / deiner Partnerin:</translation>
    </message>
    <message>
        <source>Unlock a journal to change how many backups it keeps and the name it uses for your partner.</source>
        <translation>Entsperre ein Tagebuch, um einzustellen, wie viele Sicherungskopien es aufbewahrt und welchen Namen es für deinen Partner / deine Partnerin verwendet.</translation>
    </message>
    <message>
        <source>A backup is taken once a day when the journal is unlocked. Backups are encrypted and kept in a folder beside the journal. Your partner&apos;s name is kept inside the journal and used in the consent record of check-ins.</source>
        <translation>Einmal am Tag wird eine Sicherungskopie angelegt, wenn das Tagebuch entsperrt ist. Sicherungskopien sind verschlüsselt und liegen in einem Ordner neben dem Tagebuch. Der Name deines Partners / deiner Partnerin wird im Tagebuch gespeichert und in Check-ins beim Festhalten der Zustimmung verwendet.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SingleControl</name>
    <message>
        <source>Clear the choice</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Clear the choice: {label}</source>
        <translation>Auswahl aufheben: {label}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <extracomment>The latest assessment.</extracomment>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Tipp zur Passphrase</translation>
    </message>
    <message>
        <source>Several unrelated words you can remember make a strong passphrase.</source>
        <translation>Mehrere Wörter, die nichts miteinander zu tun haben und die du dir merken kannst, ergeben eine starke Passphrase.</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Name of the agreement</source>
        <extracomment>From this width of the form, help sits beside each field rather than under its label. Save was pressed (the form&apos;s content is read with :meth:`terms` etc.). Something in the form was edited.</extracomment>
        <translation>Name der Vereinbarung</translation>
    </message>
    <message>
        <source>For example: Our one-time agreement</source>
        <translation>Zum Beispiel: Unsere einmalige Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Name of the agreement</source>
        <translation>&amp;Name der Vereinbarung</translation>
    </message>
    <message>
        <source>A short name you both recognise. It cannot be changed later.</source>
        <translation>Ein kurzer Name, den ihr beide wiedererkennt. Er kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>What changed, and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>What you changed together, and why</source>
        <translation>Was ihr gemeinsam geändert habt und warum</translation>
    </message>
    <message>
        <source>What &amp;changed, and why</source>
        <translation>&amp;Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>A line for your future selves: what you changed and what led to it. The earlier version is kept as it was.</source>
        <translation>Eine Zeile für euch in der Zukunft: was ihr geändert habt und was dazu geführt hat. Die frühere Version bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Gentle suggestions</source>
        <translation>Sanfte Anregungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The words either of you can say</source>
        <translation>Die Worte, die ihr beide sagen könnt</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>Änderungen verwerfen…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Each key part has some words now.</source>
        <translation>Zu jedem wichtigen Teil steht jetzt etwas.</translation>
    </message>
    <message>
        <source>1 gentle suggestion</source>
        <translation>1 sanfte Anregung</translation>
    </message>
    <message>
        <source>{count} gentle suggestions</source>
        <translation>{count} sanfte Anregungen</translation>
    </message>
    <message>
        <source>Show the gentle suggestions</source>
        <translation>Sanfte Anregungen anzeigen</translation>
    </message>
    <message>
        <source>A few gentle thoughts (saving is fine either way):</source>
        <translation>Ein paar sanfte Gedanken (speichern kannst du so oder so):</translation>
    </message>
</context>
<context>
    <name>TermsReader</name>
    <message>
        <source>Version shown</source>
        <translation>Angezeigte Version</translation>
    </message>
    <message>
        <source>Show the newest version</source>
        <translation>Neueste Version anzeigen</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Versionen vergleichen…</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Zwei Versionen vergleichen</translation>
    </message>
    <message>
        <source>Save to read together…</source>
        <translation>Zum gemeinsamen Lesen speichern…</translation>
    </message>
    <message>
        <source>Save this version as a PDF or HTML file</source>
        <translation>Diese Version als PDF- oder HTML-Datei speichern</translation>
    </message>
    <message>
        <source>The terms of the agreement</source>
        <translation>Der Wortlaut der Vereinbarung</translation>
    </message>
    <message>
        <source>{version} (the newest)</source>
        <translation>{version} (die neueste)</translation>
    </message>
    <message>
        <source>{version}: an earlier version</source>
        <translation>{version}: eine frühere Version</translation>
    </message>
</context>
<context>
    <name>TextControl</name>
    <message>
        <source>Insert a script…</source>
        <extracomment>The date a date field shows for &quot;not set&quot; (its minimum; shown as words). The person changed the answer. The person asked for a script to insert here (the text box).</extracomment>
        <translation>Formulierung einfügen…</translation>
    </message>
    <message>
        <source>Insert a script: {label}</source>
        <translation>Formulierung einfügen: {label}</translation>
    </message>
    <message>
        <source>Insert words from the scripts library here (Ctrl+Shift+I)</source>
        <translation>Worte aus der Formulierungssammlung hier einfügen (Strg+Umschalt+I)</translation>
    </message>
</context>
<context>
    <name>TimelineControls</name>
    <message>
        <source>Search the timeline</source>
        <extracomment>The search text or a filter changed (after a short pause while typing). Newest first (False) or oldest first (True). Group by another resolution. Show this day.</extracomment>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Jump to this date</source>
        <translation>Zu diesem Datum springen</translation>
    </message>
    <message>
        <source>Show the entries of this day, or the nearest before</source>
        <translation>Die Einträge dieses Tages zeigen oder die des nächstfrüheren</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <source>Search results are listed newest first.</source>
        <translation>Suchergebnisse werden mit den neuesten zuerst angezeigt.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Private</source>
        <extracomment>The rail&apos;s column: the rail runs down its middle, markers sit on it. Marker colours: the kind icons&apos; hues, set to a luminance that stands at 3:1 or more against the light and the dark backgrounds (and the tints drawn under key moments). How much of the marker colour tints a key moment&apos;s row (light theme, dark theme). A flag in a disc, drawn like the kind icons (a white glyph on a coloured disc).</extracomment>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Key event</source>
        <translation>Wichtiger Moment</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Wichtiger Moment</translation>
    </message>
</context>
<context>
    <name>TimelineFilters</name>
    <message>
        <source>Key moments</source>
        <extracomment>The kind choice &quot;Key moments&quot; sits just below &quot;All kinds&quot;. The space a FilterBar leaves between its controls.</extracomment>
        <translation>Wichtige Momente</translation>
    </message>
    <message>
        <source>Show rows of kind</source>
        <translation>Zeilen nach Art anzeigen</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>key event</source>
        <translation>wichtiger Moment</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>wichtiger Moment</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <extracomment>The rows were loaded again (a filter, the order, a jump); tests wait on this.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Enter opens the entry or moment. Home and End go to either end.</source>
        <translation>Enter öffnet den Eintrag oder Moment. Pos1 und Ende springen an den Anfang bzw. ans Ende.</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words or fewer filters.</source>
        <translation>Nichts gefunden. Versuch es mit anderen Wörtern oder weniger Filtern.</translation>
    </message>
    <message>
        <source>Nothing here yet. Entries and key moments will line up here, day by day, as you write them.</source>
        <translation>Hier ist noch nichts. Einträge und wichtige Momente reihen sich hier Tag für Tag auf, während du schreibst.</translation>
    </message>
    <message>
        <source>{count}{more} found</source>
        <translation>{count}{more} gefunden</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>1 key event</source>
        <translation>1 wichtiger Moment</translation>
    </message>
    <message>
        <source>{n} key events</source>
        <translation>{n} wichtige Momente</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>A check-in is due.</source>
        <extracomment>The only words a reminder ever says (unlocked, and while the journal is locked).</extracomment>
        <translation>Ein Check-in ist fällig.</translation>
    </message>
    <message>
        <source>A check-in is due in Hall Pass Journal.</source>
        <translation>In Hall Pass Journal ist ein Check-in fällig.</translation>
    </message>
    <message>
        <source>Hall Pass Journal</source>
        <translation>Hall Pass Journal</translation>
    </message>
    <message>
        <source>&amp;Show Hall Pass Journal</source>
        <extracomment>How many future due times are kept while locked (the soonest). A reminder&apos;s whole text (:func:`reminder_text`). While locked: the due times still to come (no text, no identifiers). The window was asked for (the icon, its Show item or a reminder was clicked). Quit the app (the menu&apos;s Quit). The text of the last reminder shown (what the desktop was given).</extracomment>
        <translation>Hall Pass Journal &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the undo notice</source>
        <translation>Meldung zum Rückgängigmachen ausblenden</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your journal</source>
        <extracomment>Replace the damaged journal with its newest backup (the passphrase typed).</extracomment>
        <translation>Dein Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was du tun kannst</translation>
    </message>
    <message>
        <source>Restore from the newest backup…</source>
        <translation>Aus der neuesten Sicherungskopie wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Locate it…</source>
        <translation>Datei suchen…</translation>
    </message>
    <message>
        <source>Locate the journal file</source>
        <translation>Tagebuchdatei suchen</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Open another journal</source>
        <translation>Anderes Tagebuch öffnen</translation>
    </message>
    <message>
        <source>New journal…</source>
        <translation>Neues Tagebuch…</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>{name} in {folder}</source>
        <translation>{name} in {folder}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Something unexpected stopped the journal from opening. The file has not been changed. Please try again.</source>
        <translation>Etwas Unerwartetes hat das Öffnen des Tagebuchs verhindert. Die Datei wurde nicht verändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Passphrases are case-sensitive: check that Caps Lock is off.</source>
        <translation>Bei der Passphrase zählt Groß- und Kleinschreibung: Prüf, ob die Feststelltaste aus ist.</translation>
    </message>
    <message>
        <source>The newest backup ({when}) can take its place. The damaged file will be kept beside the backups, in case it is needed.</source>
        <translation>Die neueste Sicherungskopie ({when}) kann an die Stelle des Tagebuchs treten. Die beschädigte Datei wird neben den Sicherungskopien aufbewahrt, falls sie noch gebraucht wird.</translation>
    </message>
    <message>
        <source>No backups were found beside this journal. If you have a copy elsewhere, open that copy instead.</source>
        <translation>Neben diesem Tagebuch wurden keine Sicherungskopien gefunden. Wenn du anderswo eine Kopie hast, öffne stattdessen diese.</translation>
    </message>
    <message>
        <source>If you moved or renamed it, show where it is now. Or start a new journal here.</source>
        <translation>Wenn du es verschoben oder umbenannt hast, zeig, wo es jetzt liegt. Oder leg hier ein neues Tagebuch an.</translation>
    </message>
    <message>
        <source>Where is your journal?</source>
        <translation>Wo ist dein Tagebuch?</translation>
    </message>
    <message>
        <source>Choose the journal file to open, or create a new journal.</source>
        <translation>Wähle die Tagebuchdatei, die geöffnet werden soll, oder leg ein neues Tagebuch an.</translation>
    </message>
    <message>
        <source>Journal files end in .hpj. Choose another file to open.</source>
        <translation>Tagebuchdateien enden auf .hpj. Wähle eine andere Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>When it is closed there, choose Unlock again.</source>
        <translation>Wenn es dort geschlossen ist, wähle noch einmal „Entsperren“.</translation>
    </message>
    <message>
        <source>If the file&apos;s permissions or owner changed (after copying it from another computer, say), give your user account permission to read and write it, then choose Unlock again. Or open another journal.</source>
        <translation>Wenn sich die Berechtigungen oder der Eigentümer der Datei geändert haben (etwa nach dem Kopieren von einem anderen Computer), gib deinem Benutzerkonto Lese- und Schreibrechte dafür und wähle dann noch einmal „Entsperren“. Oder öffne ein anderes Tagebuch.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Each renegotiation is kept as its own version. Choose one to read it.</source>
        <extracomment>The person chose a version to read (its number).</extracomment>
        <translation>Jede Neuverhandlung wird als eigene Version aufbewahrt. Wähle eine aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Zwei Versionen vergleichen</translation>
    </message>
    <message>
        <source>Version {number} · {day}</source>
        <translation>Version {number} · {day}</translation>
    </message>
    <message>
        <source>The first draft</source>
        <translation>Der erste Entwurf</translation>
    </message>
    <message>
        <source>No change note</source>
        <translation>Keine Änderungsnotiz</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>A private place to think</source>
        <extracomment>Create a journal at this path with this passphrase. &quot;Open another journal…&quot; &quot;New journal…&quot;: choose another place for the new journal.</extracomment>
        <translation>Ein privater Ort zum Nachdenken</translation>
    </message>
    <message>
        <source>Hall Pass Journal keeps your feelings, agreements and check-ins together, so you can think things through at your own pace. It never pushes you in any direction.</source>
        <translation>Hall Pass Journal hält deine Gefühle, Vereinbarungen und Check-ins an einem Ort zusammen, damit du in deinem eigenen Tempo über alles nachdenken kannst. Es drängt dich nie in eine Richtung.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with a passphrase that only you know.</source>
        <translation>Alles bleibt auf diesem Computer, verschlüsselt mit einer Passphrase, die nur du kennst.</translation>
    </message>
    <message>
        <source>Choose your passphrase with care. If it is forgotten, the journal cannot be opened again, by you or by anyone else: there is no reset.</source>
        <translation>Wähle deine Passphrase mit Bedacht. Geht sie verloren, kann niemand das Tagebuch wieder öffnen, auch du nicht: Es gibt keine Möglichkeit, sie zurückzusetzen.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Where the journal will be kept</source>
        <translation>Wo das Tagebuch gespeichert wird</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>Tagebuch wird erstellt</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Open another journal</source>
        <translation>Anderes Tagebuch öffnen</translation>
    </message>
    <message>
        <source>New journal…</source>
        <translation>Neues Tagebuch…</translation>
    </message>
    <message>
        <source>New journal in another place</source>
        <translation>Neues Tagebuch an einem anderen Ort</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Tagebuch erstellen</translation>
    </message>
    <message>
        <source>Your journal will be kept in {path}</source>
        <translation>Dein Tagebuch wird hier gespeichert: {path}</translation>
    </message>
    <message>
        <source>Creating your encrypted journal…</source>
        <translation>Dein verschlüsseltes Tagebuch wird erstellt…</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Bitte wähle zuerst eine Passphrase.</translation>
    </message>
    <message>
        <source>Please type the same passphrase twice.</source>
        <translation>Bitte gib zweimal dieselbe Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Sections</source>
        <extracomment>The icons-only sidebar: an icon, the item&apos;s padding (10 px a side), the list&apos;s (8 px). A view&apos;s &quot;Saving…&quot; / &quot;Saved&quot; / problem message, for the status bar. The section shown changed (its id). The person collapsed (True) or expanded (False) the sidebar with its button. Every committed change to this journal, as one signal on the GUI thread.</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
    <message>
        <source>Show section names</source>
        <translation>Bereichsnamen anzeigen</translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation>Nur Symbole anzeigen</translation>
    </message>
</context>
</TS>
