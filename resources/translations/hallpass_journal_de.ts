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
        <source>Not written yet</source>
        <extracomment>Soft backgrounds behind added and removed words: (light, dark).</extracomment>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>These two versions say the same.</source>
        <translation>Diese beiden Versionen sagen dasselbe.</translation>
    </message>
    <message>
        <source>Added words are bold and underlined; removed words are struck through. Each field that differs is marked “Changed”.</source>
        <translation>Hinzugefügte Wörter sind fett und unterstrichen, entfernte Wörter durchgestrichen. Jedes Feld, das sich unterscheidet, ist mit „Geändert“ markiert.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Our agreement</source>
        <extracomment>From this width the terms and the side panel sit side by side.</extracomment>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>The version being read (None: the newest). What the editor is writing: None for a new agreement, else the agreement&apos;s UUID.</extracomment>
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
        <translation>In Klammern: in wie vielen Check-ins das Gefühl in diesem Zeitraum angegeben wurde. Bis zu {n} Gefühle gleichzeitig.</translation>
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
        <translation>In diesem Zeitraum wurde in keinem Check-in ein Gefühl angegeben.</translation>
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
    <name>Domain</name>
    <message>
        <source>Why we are considering this</source>
        <translation>Warum wir darüber nachdenken</translation>
    </message>
    <message>
        <source>What is permitted</source>
        <translation>Was erlaubt ist</translation>
    </message>
    <message>
        <source>What is not permitted</source>
        <translation>Was nicht erlaubt ist</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>What we tell each other afterwards</source>
        <translation>Was wir uns danach erzählen</translation>
    </message>
    <message>
        <source>Who it could be with</source>
        <translation>Mit wem es sein könnte</translation>
    </message>
    <message>
        <source>Who is off limits</source>
        <translation>Wer tabu ist</translation>
    </message>
    <message>
        <source>Emotional safeguards</source>
        <translation>Emotionaler Schutz</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>Gesundheit und Sicherheit</translation>
    </message>
    <message>
        <source>How we check in</source>
        <translation>Wie wir unsere Check-ins machen</translation>
    </message>
    <message>
        <source>Our pause phrase</source>
        <translation>Unser Pausenwort</translation>
    </message>
    <message>
        <source>Ways to decline more</source>
        <translation>Wie wir Weiteres ablehnen</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Agreement drafted: {title}</source>
        <translation>Vereinbarung entworfen: {title}</translation>
    </message>
    <message>
        <source>Agreement renegotiated: {title}, version {number}</source>
        <translation>Vereinbarung neu verhandelt: {title}, Version {number}</translation>
    </message>
    <message>
        <source>Agreement back to a draft: {title}</source>
        <translation>Vereinbarung zurück zum Entwurf: {title}</translation>
    </message>
    <message>
        <source>Agreement agreed by both of us: {title}</source>
        <translation>Vereinbarung von uns beiden getroffen: {title}</translation>
    </message>
    <message>
        <source>Agreement active: {title}</source>
        <translation>Vereinbarung aktiv: {title}</translation>
    </message>
    <message>
        <source>Pause called: {title}</source>
        <translation>Pause eingelegt: {title}</translation>
    </message>
    <message>
        <source>Agreement ended: {title}</source>
        <translation>Vereinbarung beendet: {title}</translation>
    </message>
    <message>
        <source>Agreement resumed after a pause: {title}</source>
        <translation>Vereinbarung nach einer Pause wieder aufgenommen: {title}</translation>
    </message>
    <message>
        <source>A sentence or two on what each of you hopes this brings, and what it is not meant to fix. Knowing the why makes the rest easier to agree.</source>
        <translation>Ein, zwei Sätze dazu, was ihr euch jeweils davon erhofft und was es nicht lösen soll. Wenn ihr das Warum kennt, lässt sich der Rest leichter vereinbaren.</translation>
    </message>
    <message>
        <source>One thing per line, in everyday words: what exactly is okay. The more concrete, the fewer surprises later.</source>
        <translation>Ein Punkt pro Zeile, in Alltagsworten: was genau in Ordnung ist. Je konkreter, desto weniger Überraschungen später.</translation>
    </message>
    <message>
        <source>One thing per line that stays off limits, even if it seems obvious to one of you. Obvious to one is not always obvious to both.</source>
        <translation>Ein Punkt pro Zeile, der tabu bleibt, auch wenn er einem von euch selbstverständlich erscheint. Was für einen selbstverständlich ist, ist es nicht immer für beide.</translation>
    </message>
    <message>
        <source>Once, one weekend, or open-ended until you decide together to change it.</source>
        <translation>Einmal, ein Wochenende oder unbefristet, bis ihr gemeinsam beschließt, es zu ändern.</translation>
    </message>
    <message>
        <source>Everything, the outline only, or nothing at all. Deciding this beforehand spares you both a painful mismatch.</source>
        <translation>Alles, nur einen groben Überblick oder gar nichts. Wenn ihr das vorher festlegt, erspart ihr euch beiden schmerzhaft unterschiedliche Erwartungen.</translation>
    </message>
    <message>
        <source>One line per condition: someone you have never met, someone met while travelling, a person you both know of…</source>
        <translation>Eine Bedingung pro Zeile: jemand Unbekanntes, jemand, den man auf Reisen kennenlernt, eine Person, von der ihr beide wisst…</translation>
    </message>
    <message>
        <source>Circles that stay out of it, one per line: friends, colleagues, exes, neighbours, family friends…</source>
        <translation>Kreise, die außen vor bleiben, einer pro Zeile: Freundeskreis, Arbeitskollegen, Ex-Partner, Nachbarschaft, Freunde der Familie…</translation>
    </message>
    <message>
        <source>What helps each of you feel secure, one per line: no staying overnight, no photos, no second meeting, no contact afterwards…</source>
        <translation>Was euch beiden hilft, euch sicher zu fühlen, ein Punkt pro Zeile: keine Übernachtung, keine Fotos, kein zweites Treffen, kein Kontakt danach…</translation>
    </message>
    <message>
        <source>One item per line: protection, tests before and after, contraception, meeting somewhere public first.</source>
        <translation>Ein Punkt pro Zeile: Schutz, Tests vorher und nachher, Verhütung, das erste Treffen an einem öffentlichen Ort.</translation>
    </message>
    <message>
        <source>When you will talk: just before (to make sure you both still agree), soon after, and again a week or so later.</source>
        <translation>Wann ihr redet: kurz vorher (um sicherzugehen, dass ihr beide noch einverstanden seid), bald danach und noch einmal etwa eine Woche später.</translation>
    </message>
    <message>
        <source>A few words either of you can say to stop everything and talk, no explanation needed. For example: “Can we stop for a moment and talk?”</source>
        <translation>Ein paar Worte, mit denen jede und jeder von euch alles anhalten kann, um zu reden – ohne Erklärung. Zum Beispiel: „Können wir kurz innehalten und reden?“</translation>
    </message>
    <message>
        <source>What to say if the other person hopes for more than you agreed, one per line. For example: “This was a one-time thing for me.”</source>
        <translation>Was ihr sagen könnt, wenn die andere Person sich mehr erhofft als vereinbart, ein Satz pro Zeile. Zum Beispiel: „Das war für mich etwas Einmaliges.“</translation>
    </message>
    <message>
        <source>Anything else you want to remember about this agreement.</source>
        <translation>Alles, was ihr euch sonst noch zu dieser Vereinbarung merken möchtet.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>One time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>A weekend</source>
        <translation>Ein Wochenende</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Full: we share the details</source>
        <translation>Vollständig: Wir erzählen uns die Einzelheiten</translation>
    </message>
    <message>
        <source>Partial: the outline, not the details</source>
        <translation>Teilweise: ein grober Überblick, keine Einzelheiten</translation>
    </message>
    <message>
        <source>None: we leave it unspoken</source>
        <translation>Nichts: Wir lassen es unausgesprochen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>A draft since {date}</source>
        <translation>Entwurf seit {date}</translation>
    </message>
    <message>
        <source>Agreed by both of you on {date}</source>
        <translation>Von euch beiden vereinbart am {date}</translation>
    </message>
    <message>
        <source>Active since {date}</source>
        <translation>Aktiv seit {date}</translation>
    </message>
    <message>
        <source>Paused since {date}</source>
        <translation>Pausiert seit {date}</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Beendet am {date}</translation>
    </message>
    <message>
        <source>The agreement is already {status}.</source>
        <translation>Die Vereinbarung ist bereits {status}.</translation>
    </message>
    <message>
        <source>It needs to be agreed by both of you before it can become active.</source>
        <translation>Ihr müsst beide zugestimmt haben, bevor sie aktiv werden kann.</translation>
    </message>
    <message>
        <source>Only an active agreement can be paused.</source>
        <translation>Nur eine aktive Vereinbarung kann pausiert werden.</translation>
    </message>
    <message>
        <source>You have already agreed to it. To change the terms, renegotiate: that keeps this version and adds a new one.</source>
        <translation>Ihr habt schon zugestimmt. Um etwas zu ändern, verhandelt neu: Diese Version bleibt erhalten, und eine neue kommt dazu.</translation>
    </message>
    <message>
        <source>An agreement in use cannot go back to being a draft. You can renegotiate it, pause it or end it.</source>
        <translation>Eine Vereinbarung, die gilt, kann nicht wieder zum Entwurf werden. Ihr könnt sie neu verhandeln, pausieren oder beenden.</translation>
    </message>
    <message>
        <source>An ended agreement stays ended. You can start a new one.</source>
        <translation>Eine beendete Vereinbarung bleibt beendet. Ihr könnt eine neue beginnen.</translation>
    </message>
    <message>
        <source>That change is not possible from here.</source>
        <translation>Diese Änderung ist von hier aus nicht möglich.</translation>
    </message>
    <message>
        <source>Why you are considering this is not written yet. Naming it helps you both see what it is for.</source>
        <translation>Warum ihr darüber nachdenkt, steht noch nicht da. Es zu benennen hilft euch beiden zu sehen, wofür es gut sein soll.</translation>
    </message>
    <message>
        <source>Nothing is listed as permitted yet. What exactly is okay?</source>
        <translation>Noch ist nichts als erlaubt aufgeführt. Was genau ist in Ordnung?</translation>
    </message>
    <message>
        <source>Nothing is listed as off limits yet. Even the obvious can be worth writing down.</source>
        <translation>Noch ist nichts als tabu aufgeführt. Auch das Offensichtliche kann es wert sein, aufgeschrieben zu werden.</translation>
    </message>
    <message>
        <source>How often is not decided yet: once, a weekend, or open-ended?</source>
        <translation>Wie oft, ist noch nicht entschieden: einmal, ein Wochenende oder unbefristet?</translation>
    </message>
    <message>
        <source>What you will tell each other afterwards is not decided yet. Different expectations here often hurt.</source>
        <translation>Was ihr euch danach erzählt, ist noch nicht entschieden. Unterschiedliche Erwartungen verletzen hier oft.</translation>
    </message>
    <message>
        <source>There is nothing about health and safety yet: protection, tests, where to meet.</source>
        <translation>Zu Gesundheit und Sicherheit steht noch nichts da: Schutz, Tests, wo ihr euch trefft.</translation>
    </message>
    <message>
        <source>There is no plan for checking in yet: before, soon after, and a while later.</source>
        <translation>Es gibt noch keinen Plan für Check-ins: vorher, kurz danach und eine Weile später.</translation>
    </message>
    <message>
        <source>There is no pause phrase yet: a few words either of you can say to stop and talk.</source>
        <translation>Es gibt noch kein Pausenwort: ein paar Worte, mit denen jede und jeder von euch anhalten und ein Gespräch beginnen kann.</translation>
    </message>
    <message>
        <source>whatever feels right</source>
        <translation>was sich richtig anfühlt</translation>
    </message>
    <message>
        <source>if it feels right</source>
        <translation>wenn es sich richtig anfühlt</translation>
    </message>
    <message>
        <source>see how it goes</source>
        <translation>schauen, wie es läuft</translation>
    </message>
    <message>
        <source>play it by ear</source>
        <translation>spontan entscheiden</translation>
    </message>
    <message>
        <source>within reason</source>
        <translation>im Rahmen</translation>
    </message>
    <message>
        <source>anything goes</source>
        <translation>alles ist erlaubt</translation>
    </message>
    <message>
        <source>and so on</source>
        <translation>und so weiter</translation>
    </message>
    <message>
        <source>something like</source>
        <translation>so etwas wie</translation>
    </message>
    <message>
        <source>not too much</source>
        <translation>nicht zu viel</translation>
    </message>
    <message>
        <source>we&apos;ll see</source>
        <translation>mal sehen</translation>
    </message>
    <message>
        <source>it depends</source>
        <translation>kommt darauf an</translation>
    </message>
    <message>
        <source>sort of</source>
        <translation>sozusagen</translation>
    </message>
    <message>
        <source>kind of</source>
        <translation>irgendwie</translation>
    </message>
    <message>
        <source>{label}: {quoted} could mean one thing to one of you and another to the other. Could you say it more exactly?</source>
        <translation>{label}: {quoted} kann für jede und jeden von euch etwas anderes bedeuten. Könnt ihr es genauer sagen?</translation>
    </message>
    <message>
        <source>Before: confirm consent</source>
        <translation>Vorher: Zustimmung bestätigen</translation>
    </message>
    <message>
        <source>Right after: how are we feeling?</source>
        <translation>Direkt danach: Wie geht es uns?</translation>
    </message>
    <message>
        <source>One week later: how has it landed?</source>
        <translation>Eine Woche später: Wie wirkt es nach?</translation>
    </message>
    <message>
        <source>Evaluate over time</source>
        <translation>Entwicklung über die Zeit</translation>
    </message>
    <message>
        <source>check-in draft</source>
        <translation>Entwurf eines Check-ins</translation>
    </message>
    <message>
        <source>editor draft</source>
        <translation>Entwurf im Editor</translation>
    </message>
    <message>
        <source>guided-entry draft</source>
        <translation>Entwurf eines geführten Eintrags</translation>
    </message>
    <message>
        <source>agreement draft</source>
        <translation>Entwurf einer Vereinbarung</translation>
    </message>
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
    <message>
        <source>Overall mood</source>
        <translation>Gesamtstimmung</translation>
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
        <source>A chosen day</source>
        <translation>Ein gewählter Tag</translation>
    </message>
    <message>
        <source>Agreement version {number}</source>
        <translation>Vereinbarung, Version {number}</translation>
    </message>
    <message>
        <source>Agreement agreed by both of you</source>
        <translation>Vereinbarung von euch beiden getroffen</translation>
    </message>
    <message>
        <source>Agreement became active</source>
        <translation>Vereinbarung wurde aktiv</translation>
    </message>
    <message>
        <source>Pause called</source>
        <translation>Pause eingelegt</translation>
    </message>
    <message>
        <source>Agreement resumed after a pause</source>
        <translation>Vereinbarung nach einer Pause wieder aufgenommen</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Vereinbarung beendet</translation>
    </message>
    <message>
        <source>Healing step {step}</source>
        <translation>Heilungsschritt {step}</translation>
    </message>
    <message>
        <source>Repair plan begun</source>
        <translation>Plan zur Wiederannäherung begonnen</translation>
    </message>
    <message>
        <source>First conversation about it</source>
        <translation>Erstes Gespräch darüber</translation>
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
    <message>
        <source>Before: confirming consent</source>
        <translation>Vorher: Zustimmung bestätigen</translation>
    </message>
    <message>
        <source>Shortly before: check that you both still want this, freely.</source>
        <translation>Kurz vorher: Prüft, ob ihr beide das noch wollt – aus freien Stücken.</translation>
    </message>
    <message>
        <source>There is no right way to feel at this point. Write honestly; what you share with your partner, and when, is up to you.</source>
        <translation>Es gibt keine richtige Art, sich in diesem Moment zu fühlen. Schreib ehrlich; was du davon teilst und wann, entscheidest du selbst.</translation>
    </message>
    <message>
        <source>Do we both still want to go ahead, freely?</source>
        <translation>Wollen wir beide noch weitermachen, aus freien Stücken?</translation>
    </message>
    <message>
        <source>Only a yes you both give freely counts. “Not yet” is a complete answer, and either of you can say it at any moment.</source>
        <translation>Es zählt nur ein Ja, das ihr beide freiwillig gebt. „Noch nicht“ ist eine vollständige Antwort, und jede und jeder von euch kann sie jederzeit geben.</translation>
    </message>
    <message>
        <source>Yes, we both do</source>
        <translation>Ja, wir wollen beide</translation>
    </message>
    <message>
        <source>Not yet, or not sure</source>
        <translation>Noch nicht oder unsicher</translation>
    </message>
    <message>
        <source>Then it waits. Nothing needs to happen until you both feel ready; you can call a pause or change the agreement.</source>
        <translation>Dann hat es Zeit. Nichts muss geschehen, bis ihr euch beide bereit fühlt; ihr könnt eine Pause einlegen oder die Vereinbarung ändern.</translation>
    </message>
    <message>
        <source>How are we, right now?</source>
        <translation>Wie geht es uns gerade?</translation>
    </message>
    <message>
        <source>Nervous, calm, excited, unsure: all of it is welcome here.</source>
        <translation>Nervös, ruhig, aufgeregt, unsicher: Alles davon hat hier Platz.</translation>
    </message>
    <message>
        <source>Is there anything to change or make clearer first?</source>
        <translation>Gibt es vorher noch etwas zu ändern oder klarzustellen?</translation>
    </message>
    <message>
        <source>Soon afterwards: make room for whatever each of you feels.</source>
        <translation>Bald danach: Lasst Raum für alles, was ihr jeweils fühlt.</translation>
    </message>
    <message>
        <source>This is a moment for feelings, not verdicts. Go gently with each other; nothing needs to be sorted out yet.</source>
        <translation>Jetzt geht es um Gefühle, nicht um Urteile. Geht behutsam miteinander um; noch muss nichts geklärt werden.</translation>
    </message>
    <message>
        <source>Tired, tender, relieved, unsettled: anything is allowed.</source>
        <translation>Müde, dünnhäutig, erleichtert, aufgewühlt: Alles ist erlaubt.</translation>
    </message>
    <message>
        <source>What does each of us need in the next day or two?</source>
        <translation>Was braucht jede und jeder von uns in den nächsten ein, zwei Tagen?</translation>
    </message>
    <message>
        <source>Rest, comfort, some distance, time together…</source>
        <translation>Ruhe, Trost, etwas Abstand, Zeit miteinander…</translation>
    </message>
    <message>
        <source>A week on, look at how it has settled for each of you.</source>
        <translation>Schaut nach einer Woche, wie es sich für euch beide gesetzt hat.</translation>
    </message>
    <message>
        <source>How has it landed for each of us?</source>
        <translation>Wie wirkt es bei uns beiden nach?</translation>
    </message>
    <message>
        <source>What feels easier now, and what still hurts?</source>
        <translation>Was fühlt sich jetzt leichter an, und was tut noch weh?</translation>
    </message>
    <message>
        <source>Anything to change in the agreement, or in how we care for each other?</source>
        <translation>Gibt es etwas zu ändern – an der Vereinbarung oder daran, wie wir füreinander sorgen?</translation>
    </message>
    <message>
        <source>Over time: how are things moving?</source>
        <translation>Im Lauf der Zeit: Wie entwickelt es sich?</translation>
    </message>
    <message>
        <source>Every few weeks, look back at how things are going.</source>
        <translation>Schaut alle paar Wochen zurück, wie es läuft.</translation>
    </message>
    <message>
        <source>Looking back over the last weeks, how are things?</source>
        <translation>Wenn wir auf die letzten Wochen zurückschauen: Wie steht es um uns?</translation>
    </message>
    <message>
        <source>Ups and downs are normal. Your recent check-ins can show the overall direction.</source>
        <translation>Ein Auf und Ab ist normal. Die letzten Check-ins können die Gesamtrichtung zeigen.</translation>
    </message>
    <message>
        <source>Anything we want to do differently from here?</source>
        <translation>Wollen wir ab jetzt etwas anders machen?</translation>
    </message>
    <message>
        <source>Feelings check-in</source>
        <translation>Gefühls-Check-in</translation>
    </message>
    <message>
        <source>Name what you feel, and what you need.</source>
        <translation>Benenne, was du fühlst und was du brauchst.</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>Was brauchst du?</translation>
    </message>
    <message>
        <source>Reassurance</source>
        <translation>Zuspruch</translation>
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
        <translation>Transparenz</translation>
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
    <message>
        <source>What is this feeling telling me?</source>
        <translation>Was sagt mir dieses Gefühl?</translation>
    </message>
    <message>
        <source>A hard feeling is often a sign of something you need. There is no wrong answer.</source>
        <translation>Ein schweres Gefühl ist oft ein Zeichen für etwas, das du brauchst. Es gibt keine falsche Antwort.</translation>
    </message>
    <message>
        <source>Step 1: Room to feel</source>
        <translation>Schritt 1: Raum für Gefühle</translation>
    </message>
    <message>
        <source>Let yourself feel what you feel, without judging it.</source>
        <translation>Lass zu, was du fühlst, ohne es zu bewerten.</translation>
    </message>
    <message>
        <source>Whatever is here is allowed: hurt, anger, jealousy, numbness, even relief. You don&apos;t need to understand it, explain it or fix it today. There is no wrong pace; stay with this step as long as you need.</source>
        <translation>Alles, was da ist, darf sein: Verletztheit, Wut, Eifersucht, Taubheit, sogar Erleichterung. Du musst es heute weder verstehen noch erklären oder in Ordnung bringen. Es gibt kein falsches Tempo; bleib bei diesem Schritt, so lange du brauchst.</translation>
    </message>
    <message>
        <source>What are you feeling right now?</source>
        <translation>Was fühlst du gerade?</translation>
    </message>
    <message>
        <source>Name as many as you find. Feelings that pull in different directions are normal.</source>
        <translation>Benenne so viele, wie du findest. Gefühle, die in verschiedene Richtungen ziehen, sind normal.</translation>
    </message>
    <message>
        <source>Where do you notice it in your body?</source>
        <translation>Wo spürst du es in deinem Körper?</translation>
    </message>
    <message>
        <source>A tight chest, a heavy stomach, restless hands… Noticing can help you stay steady.</source>
        <translation>Enge in der Brust, ein Stein im Magen, unruhige Hände… Es wahrzunehmen kann dir helfen, Halt zu finden.</translation>
    </message>
    <message>
        <source>What helps, even a little?</source>
        <translation>Was hilft, wenn auch nur ein bisschen?</translation>
    </message>
    <message>
        <source>A walk, a bath, crying, a friend&apos;s voice, not deciding anything today.</source>
        <translation>Ein Spaziergang, ein Bad, weinen, die Stimme eines vertrauten Menschen, heute nichts entscheiden.</translation>
    </message>
    <message>
        <source>What is one kind thing you could do for yourself today?</source>
        <translation>Was könntest du dir heute Gutes tun?</translation>
    </message>
    <message>
        <source>Something small is enough.</source>
        <translation>Etwas Kleines genügt.</translation>
    </message>
    <message>
        <source>Step 2: Asking for a calm talk</source>
        <translation>Schritt 2: Um ein ruhiges Gespräch bitten</translation>
    </message>
    <message>
        <source>Ask for a talk at a time and in a place where you feel safe.</source>
        <translation>Bitte um ein Gespräch zu einer Zeit und an einem Ort, an dem du dich sicher fühlst.</translation>
    </message>
    <message>
        <source>You are allowed to want to talk, and you are allowed to choose when. Asking for calm is not avoiding anything; it gives the conversation a better chance. If you are not ready to ask yet, that is all right too.</source>
        <translation>Du darfst reden wollen, und du darfst wählen, wann. Um Ruhe zu bitten heißt nicht, etwas auszuweichen; es gibt dem Gespräch eine bessere Chance. Wenn du noch nicht bereit bist, darum zu bitten, ist das auch in Ordnung.</translation>
    </message>
    <message>
        <source>Where are you with this?</source>
        <translation>Wo stehst du damit?</translation>
    </message>
    <message>
        <source>Each of these is a fine place to be.</source>
        <translation>Jede dieser Antworten ist in Ordnung.</translation>
    </message>
    <message>
        <source>Not ready to ask yet</source>
        <translation>Noch nicht bereit, darum zu bitten</translation>
    </message>
    <message>
        <source>I&apos;ve asked for a talk</source>
        <translation>Ich habe um ein Gespräch gebeten</translation>
    </message>
    <message>
        <source>We&apos;ve talked</source>
        <translation>Wir haben geredet</translation>
    </message>
    <message>
        <source>How could you ask, in your own words?</source>
        <translation>Wie könntest du in deinen eigenen Worten darum bitten?</translation>
    </message>
    <message>
        <source>For example: “This matters to me and I&apos;d like us to talk. Could we pick a time when we&apos;re both calmer?”</source>
        <translation>Zum Beispiel: „Das ist mir wichtig, und ich möchte, dass wir darüber reden. Können wir eine Zeit finden, in der wir beide ruhiger sind?“</translation>
    </message>
    <message>
        <source>When and where would feel safe?</source>
        <translation>Wann und wo würdest du dich sicher fühlen?</translation>
    </message>
    <message>
        <source>A quiet time, somewhere private, phones away, and enough time that nobody feels rushed.</source>
        <translation>Eine ruhige Zeit, ein ungestörter Ort, die Handys weggelegt und genug Zeit, damit sich niemand gehetzt fühlt.</translation>
    </message>
    <message>
        <source>What do you most want your partner to hear?</source>
        <translation>Was soll bei deinem Gegenüber vor allem ankommen?</translation>
    </message>
    <message>
        <source>How did the conversation go?</source>
        <translation>Wie ist das Gespräch gelaufen?</translation>
    </message>
    <message>
        <source>What helped, what was difficult, and what you might try next time.</source>
        <translation>Was geholfen hat, was schwierig war und was du beim nächsten Mal versuchen könntest.</translation>
    </message>
    <message>
        <source>Step 3: What you want to know</source>
        <translation>Schritt 3: Was du wissen möchtest</translation>
    </message>
    <message>
        <source>Work out how much you want to know, so you can ask for just that.</source>
        <translation>Finde heraus, wie viel du wissen möchtest, damit du um genau das bitten kannst.</translation>
    </message>
    <message>
        <source>People need very different things to feel steady again. Some want every answer, some an outline, some nothing more at all. Whatever you need is legitimate, and it may change. You can come back and change your answers whenever you like.</source>
        <translation>Menschen brauchen sehr Unterschiedliches, um wieder Halt zu finden. Manche wollen jede Antwort, manche einen groben Überblick, manche gar nichts mehr. Was immer du brauchst, ist berechtigt, und es kann sich ändern. Du kannst jederzeit zurückkommen und deine Antworten ändern.</translation>
    </message>
    <message>
        <source>How much would you like to know?</source>
        <translation>Wie viel möchtest du wissen?</translation>
    </message>
    <message>
        <source>An outline, without details</source>
        <translation>Einen groben Überblick, ohne Einzelheiten</translation>
    </message>
    <message>
        <source>Honest answers to the questions I ask</source>
        <translation>Ehrliche Antworten auf die Fragen, die ich stelle</translation>
    </message>
    <message>
        <source>Nothing more than I know now</source>
        <translation>Nicht mehr, als ich jetzt weiß</translation>
    </message>
    <message>
        <source>I&apos;m not sure yet</source>
        <translation>Ich bin mir noch nicht sicher</translation>
    </message>
    <message>
        <source>Not knowing yet is completely fine. This step will be here when you want to come back to it.</source>
        <translation>Es ist völlig in Ordnung, es noch nicht zu wissen. Dieser Schritt ist noch da, wenn du zu ihm zurückkommen möchtest.</translation>
    </message>
    <message>
        <source>Which questions would you like answered?</source>
        <translation>Auf welche Fragen möchtest du eine Antwort?</translation>
    </message>
    <message>
        <source>You can ask them one at a time, and stop whenever you want.</source>
        <translation>Du kannst sie einzeln stellen und jederzeit aufhören.</translation>
    </message>
    <message>
        <source>What would help you to know?</source>
        <translation>Welches Wissen würde dir helfen?</translation>
    </message>
    <message>
        <source>For example, that the limits were kept, or that there is no further contact.</source>
        <translation>Zum Beispiel, dass die Grenzen eingehalten wurden oder dass es keinen weiteren Kontakt gibt.</translation>
    </message>
    <message>
        <source>Is there anything you would rather not hear?</source>
        <translation>Gibt es etwas, das du lieber nicht hören möchtest?</translation>
    </message>
    <message>
        <source>Saying so can spare you details you did not ask for.</source>
        <translation>Wenn du das sagst, bleiben dir Details erspart, nach denen du nicht gefragt hast.</translation>
    </message>
    <message>
        <source>What openness would help from here on, and for how long?</source>
        <translation>Welche Offenheit würde dir von nun an helfen, und für wie lange?</translation>
    </message>
    <message>
        <source>For example, knowing where your partner is for a few weeks, or a short check-in each evening.</source>
        <translation>Zum Beispiel ein paar Wochen lang zu wissen, wo dein Partner / deine Partnerin gerade ist, oder jeden Abend ein kurzer Check-in.</translation>
    </message>
    <message>
        <source>Step 4: Boundaries for repair</source>
        <translation>Schritt 4: Grenzen für die Wiederannäherung</translation>
    </message>
    <message>
        <source>Name what you need to feel safe again. Counselling, or ending the agreement, can be part of it.</source>
        <translation>Benenne, was du brauchst, um dich wieder sicher zu fühlen. Eine Beratung oder das Beenden der Vereinbarung können dazugehören.</translation>
    </message>
    <message>
        <source>Naming what you need is not a punishment; it is a way of looking after yourself. Counselling, more time, or ending the agreement are all things you can ask for. Your needs do not have to be justified or bargained down, and there is no hurry to know what they are.</source>
        <translation>Zu benennen, was du brauchst, ist keine Strafe; so sorgst du für dich selbst. Eine Beratung, mehr Zeit oder das Beenden der Vereinbarung – um all das darfst du bitten. Deine Bedürfnisse musst du weder rechtfertigen noch herunterhandeln lassen, und du musst nicht sofort wissen, welche es sind.</translation>
    </message>
    <message>
        <source>What would you like to happen with the agreement?</source>
        <translation>Wie soll es aus deiner Sicht mit der Vereinbarung weitergehen?</translation>
    </message>
    <message>
        <source>You can write this down before you know what your partner thinks.</source>
        <translation>Du kannst das aufschreiben, bevor du weißt, was dein Partner / deine Partnerin darüber denkt.</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Asking for the agreement to end is always a legitimate boundary.</source>
        <translation>Darum zu bitten, dass die Vereinbarung endet, ist immer eine berechtigte Grenze.</translation>
    </message>
    <message>
        <source>Pause it while we repair</source>
        <translation>Pausieren, während wir uns wieder annähern</translation>
    </message>
    <message>
        <source>Keep it, but change it</source>
        <translation>Beibehalten, aber ändern</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Ich weiß es noch nicht</translation>
    </message>
    <message>
        <source>That is all right. There is no deadline for this.</source>
        <translation>Das ist in Ordnung. Dafür gibt es keine Frist.</translation>
    </message>
    <message>
        <source>What do you need from your partner for repair to feel possible?</source>
        <translation>Was brauchst du von deinem Partner / deiner Partnerin, damit eine Wiederannäherung möglich erscheint?</translation>
    </message>
    <message>
        <source>Time, honesty, patience, no further contact with the other person, a break from the subject…</source>
        <translation>Zeit, Ehrlichkeit, Geduld, kein weiterer Kontakt zu der anderen Person, eine Pause vom Thema…</translation>
    </message>
    <message>
        <source>Would counselling help?</source>
        <translation>Würde eine Beratung helfen?</translation>
    </message>
    <message>
        <source>A couples counsellor stays neutral and helps you both talk and rebuild trust. You can also go on your own.</source>
        <translation>Eine Paarberatung ist neutral und hilft euch beiden, miteinander zu reden und wieder Vertrauen aufzubauen. Du kannst auch allein hingehen.</translation>
    </message>
    <message>
        <source>Yes, I&apos;d like that</source>
        <translation>Ja, das fände ich gut</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Not for now</source>
        <translation>Im Moment nicht</translation>
    </message>
    <message>
        <source>What would you want counselling to help with?</source>
        <translation>Wobei soll dir eine Beratung helfen?</translation>
    </message>
    <message>
        <source>Who supports you, besides your partner?</source>
        <translation>Wer unterstützt dich außer deinem Partner / deiner Partnerin?</translation>
    </message>
    <message>
        <source>A friend, family, a counsellor: someone who listens without taking over.</source>
        <translation>Freunde, Familie, eine Beraterin oder ein Berater: jemand, der zuhört, ohne gleich alles in die Hand zu nehmen.</translation>
    </message>
    <message>
        <source>Step 5: Looking again over time</source>
        <translation>Schritt 5: Mit der Zeit noch einmal hinschauen</translation>
    </message>
    <message>
        <source>Feeling better can take weeks or months. Look again now and then, and notice what has changed.</source>
        <translation>Es kann Wochen oder Monate dauern, bis es dir besser geht. Schau ab und zu noch einmal hin und achte darauf, was sich verändert hat.</translation>
    </message>
    <message>
        <source>Healing rarely moves in a straight line, and it takes as long as it takes. Saving this step sets up check-ins at intervals, a few weeks and a few months from now. They give you a moment to look again and see how things are moving. Good days and hard days both count, and your feelings matter as much at the last check-in as at the first.</source>
        <translation>Heilung verläuft selten geradlinig, und sie dauert so lange, wie sie dauert. Wenn du diesen Schritt speicherst, werden Check-ins in Abständen eingeplant, in einigen Wochen und in einigen Monaten. Sie geben dir einen Moment, noch einmal hinzuschauen und zu sehen, wie sich die Dinge entwickeln. Gute und schwere Tage zählen gleichermaßen, und deine Gefühle sind beim letzten Check-in genauso wichtig wie beim ersten.</translation>
    </message>
    <message>
        <source>Compared with when this began, how does it feel?</source>
        <translation>Verglichen mit der Zeit, als alles begann: Wie fühlt es sich an?</translation>
    </message>
    <message>
        <source>Any of these is a normal part of healing.</source>
        <translation>Jede dieser Antworten gehört ganz normal zur Heilung.</translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Ungefähr gleich</translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Thank you for being honest about it. When things stay heavy, talking with a counsellor or someone you trust can help. You deserve support too.</source>
        <translation>Danke, dass du so ehrlich damit bist. Wenn es schwer bleibt, kann ein Gespräch mit einer Beraterin, einem Berater oder einem Menschen, dem du vertraust, helfen. Auch du verdienst Unterstützung.</translation>
    </message>
    <message>
        <source>It changes from day to day</source>
        <translation>Es ist von Tag zu Tag anders</translation>
    </message>
    <message>
        <source>How does it look now?</source>
        <translation>Wie sieht es jetzt aus?</translation>
    </message>
    <message>
        <source>What has eased, and what still feels sore.</source>
        <translation>Was leichter geworden ist und was noch wehtut.</translation>
    </message>
    <message>
        <source>What has helped so far?</source>
        <translation>Was hat bisher geholfen?</translation>
    </message>
    <message>
        <source>What might help things move?</source>
        <translation>Was könnte die Dinge in Bewegung bringen?</translation>
    </message>
    <message>
        <source>From your partner, from others, or something you could give yourself.</source>
        <translation>Von deinem Partner / deiner Partnerin, von anderen oder etwas, das du dir selbst geben könntest.</translation>
    </message>
    <message>
        <source>When you look again, what would you like to notice?</source>
        <translation>Was möchtest du bemerken, wenn du wieder hinschaust?</translation>
    </message>
    <message>
        <source>The check-ins will remind you when it is time.</source>
        <translation>Die Check-ins erinnern dich, wenn es so weit ist.</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>Plan zur Wiederannäherung</translation>
    </message>
    <message>
        <source>Small, steady steps to rebuild trust: right away, in the coming weeks and over the months ahead.</source>
        <translation>Kleine, beständige Schritte, um Vertrauen wieder aufzubauen: sofort, in den kommenden Wochen und in den Monaten danach.</translation>
    </message>
    <message>
        <source>Trust tends to come back through small things done again and again, more than through big gestures. Tick a step when it is done, note how it went, and add steps of your own. Go at a pace that works for the partner who is hurting; nothing here has a deadline.</source>
        <translation>Vertrauen kehrt meist eher durch kleine Dinge zurück, die immer wieder getan werden, als durch große Gesten. Hake einen Schritt ab, wenn er erledigt ist, notiere, wie es lief, und füge eigene Schritte hinzu. Wählt ein Tempo, das für die verletzte Seite passt; nichts hier hat eine Frist.</translation>
    </message>
    <message>
        <source>Acknowledge the hurt without defending or explaining it away</source>
        <translation>Die Verletzung anerkennen, ohne sich zu verteidigen oder sie wegzuerklären</translation>
    </message>
    <message>
        <source>Listening comes first; explanations can wait until they are asked for.</source>
        <translation>Zuhören kommt zuerst; Erklärungen können warten, bis danach gefragt wird.</translation>
    </message>
    <message>
        <source>Step back from blame when things get heated</source>
        <translation>Auf Schuldzuweisungen verzichten, wenn es hitzig wird</translation>
    </message>
    <message>
        <source>Either of you can stop a conversation and come back to it later.</source>
        <translation>Ihr könnt beide ein Gespräch anhalten und später darauf zurückkommen.</translation>
    </message>
    <message>
        <source>Pause the agreement while we repair</source>
        <translation>Die Vereinbarung pausieren, während wir uns wieder annähern</translation>
    </message>
    <message>
        <source>Nothing new happens until you both feel steady again.</source>
        <translation>Nichts Neues geschieht, bis ihr beide wieder festen Boden unter den Füßen habt.</translation>
    </message>
    <message>
        <source>Let each of us speak without being interrupted</source>
        <translation>Uns gegenseitig ausreden lassen</translation>
    </message>
    <message>
        <source>Ten minutes each, say, with the other simply listening.</source>
        <translation>Zum Beispiel je zehn Minuten, in denen die andere Seite einfach zuhört.</translation>
    </message>
    <message>
        <source>Agree on a time to talk once we have both calmed down</source>
        <translation>Eine Zeit für ein Gespräch vereinbaren, wenn wir uns beide beruhigt haben</translation>
    </message>
    <message>
        <source>Answer questions honestly, at the pace of the partner who is hurting</source>
        <translation>Fragen ehrlich beantworten, im Tempo der verletzten Seite</translation>
    </message>
    <message>
        <source>Agree on extra openness for a while</source>
        <translation>Für eine Weile mehr Offenheit vereinbaren</translation>
    </message>
    <message>
        <source>What will be shared, and for how long.</source>
        <translation>Was geteilt wird und wie lange.</translation>
    </message>
    <message>
        <source>Look after your health: testing, and contraception if it applies</source>
        <translation>Auf die Gesundheit achten: Tests und gegebenenfalls Verhütung</translation>
    </message>
    <message>
        <source>Take a break from talking about outside encounters</source>
        <translation>Eine Pause von Gesprächen über Begegnungen außerhalb der Beziehung einlegen</translation>
    </message>
    <message>
        <source>Until things feel calmer; agree on when you might come back to it.</source>
        <translation>Bis es sich ruhiger anfühlt; vereinbart, wann ihr darauf zurückkommen könntet.</translation>
    </message>
    <message>
        <source>See a couples counsellor, if it would help</source>
        <translation>Zu einer Paarberatung gehen, falls es hilft</translation>
    </message>
    <message>
        <source>Someone neutral can make the hardest talks feel safer.</source>
        <translation>Mit einer neutralen Person fühlen sich die schwersten Gespräche oft sicherer an.</translation>
    </message>
    <message>
        <source>Make small rituals of closeness</source>
        <translation>Kleine Rituale der Nähe schaffen</translation>
    </message>
    <message>
        <source>A weekly date, a daily check-in, a walk together: small and regular.</source>
        <translation>Ein wöchentliches Date, ein täglicher Check-in, ein gemeinsamer Spaziergang: klein und regelmäßig.</translation>
    </message>
    <message>
        <source>Keep checking in, even when things feel fine</source>
        <translation>Weiterhin Check-ins machen, auch wenn alles gut scheint</translation>
    </message>
    <message>
        <source>Revisit our values and what we want our relationship to be</source>
        <translation>Unsere Werte überdenken und klären, was unsere Beziehung sein soll</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>In the coming weeks</source>
        <translation>In den kommenden Wochen</translation>
    </message>
    <message>
        <source>Over the months ahead</source>
        <translation>In den Monaten danach</translation>
    </message>
    <message>
        <source>Raising the subject</source>
        <translation>Das Thema ansprechen</translation>
    </message>
    <message>
        <source>When you want to raise the idea for the first time, without pressure.</source>
        <translation>Wenn du die Idee zum ersten Mal ansprechen möchtest, ohne Druck.</translation>
    </message>
    <message>
        <source>“Something has been on my mind, and it feels a bit tender to say out loud. Could we talk about it, with no need to decide anything today?”
“Part of me is curious about something new. I&apos;d rather work out what that means with you than keep it to myself.”</source>
        <translation>„Mir geht schon eine Weile etwas durch den Kopf, und es fällt mir nicht ganz leicht, es laut auszusprechen. Können wir darüber reden, ohne heute irgendetwas entscheiden zu müssen?“
„Ein Teil von mir ist neugierig auf etwas Neues. Ich würde lieber mit dir herausfinden, was das bedeutet, als es für mich zu behalten.“</translation>
    </message>
    <message>
        <source>Asking about limits</source>
        <translation>Nach Grenzen fragen</translation>
    </message>
    <message>
        <source>When you are both ready to talk about what is and is not all right.</source>
        <translation>Wenn ihr beide bereit seid, darüber zu reden, was in Ordnung ist und was nicht.</translation>
    </message>
    <message>
        <source>“What would feel like too much for you? I&apos;ll tell you mine as well.”
“If we ever did try something, what would you need from me afterwards?”</source>
        <translation>„Was wäre dir zu viel? Ich sage dir auch, was es für mich wäre.“
„Falls wir je etwas ausprobieren würden – was würdest du danach von mir brauchen?“</translation>
    </message>
    <message>
        <source>Agreeing how to check in</source>
        <translation>Check-ins vereinbaren</translation>
    </message>
    <message>
        <source>When you plan the talks before and after.</source>
        <translation>Wenn ihr die Gespräche davor und danach plant.</translation>
    </message>
    <message>
        <source>“When would you like us to check in: the day before, the morning after, a week later?”
“How much would you want to hear afterwards: everything, an outline, or nothing at all?”</source>
        <translation>„Wann wollen wir einen Check-in machen: am Tag davor, am Morgen danach, eine Woche später?“
„Wie viel möchtest du danach hören: alles, einen groben Überblick oder gar nichts?“</translation>
    </message>
    <message>
        <source>When jealousy rises</source>
        <translation>Wenn Eifersucht aufkommt</translation>
    </message>
    <message>
        <source>When a jealous feeling comes up and you want to say it without blame.</source>
        <translation>Wenn du Eifersucht spürst und sie ohne Vorwurf ansprechen möchtest.</translation>
    </message>
    <message>
        <source>“I&apos;m noticing some jealousy right now. I&apos;m not blaming you; I&apos;d just like us to stay with it together for a minute.”
“Thinking of you with someone else hurts a little. Could we take a moment to talk about what it stirs up in me?”</source>
        <translation>„Ich merke gerade etwas Eifersucht. Ich mache dir keinen Vorwurf; ich wünsche mir nur, dass wir einen Moment gemeinsam dabei bleiben.“
„Der Gedanke an dich mit jemand anderem tut ein bisschen weh. Können wir uns einen Moment nehmen und darüber reden, was das in mir auslöst?“</translation>
    </message>
    <message>
        <source>Asking for what helps</source>
        <translation>Um das bitten, was hilft</translation>
    </message>
    <message>
        <source>When you know what would help right now and want to ask simply.</source>
        <translation>Wenn du weißt, was dir gerade helfen würde, und einfach darum bitten möchtest.</translation>
    </message>
    <message>
        <source>“What would help me right now is a hug.”
“I&apos;d like to hear that I matter to you.”
“I need a little time on my own, and then I&apos;d like to talk.”</source>
        <translation>„Was mir gerade helfen würde, ist eine Umarmung.“
„Ich würde gern hören, dass ich dir wichtig bin.“
„Ich brauche ein bisschen Zeit für mich, und dann würde ich gern reden.“</translation>
    </message>
    <message>
        <source>Calling a pause</source>
        <translation>Eine Pause einlegen</translation>
    </message>
    <message>
        <source>When it is too much and you need everything to stop so you can talk.</source>
        <translation>Wenn es zu viel wird und alles anhalten muss, damit ihr reden könnt.</translation>
    </message>
    <message>
        <source>Say the pause phrase you agreed on, simply, with no need to explain. If you have not chosen one yet, try: “Can we stop here and talk?”
Whoever hears it stops, without arguing or asking why. Then you find a quiet time to talk, soon.</source>
        <translation>Sag das Pausenwort, das ihr vereinbart habt – einfach so, ohne etwas erklären zu müssen. Wenn ihr noch keins gewählt habt, versuch es mit: „Können wir hier aufhören und reden?“
Wer es hört, hält inne, ohne zu diskutieren oder nach dem Warum zu fragen. Dann sucht ihr euch bald eine ruhige Zeit zum Reden.</translation>
    </message>
    <message>
        <source>The talk after a pause</source>
        <translation>Das Gespräch nach einer Pause</translation>
    </message>
    <message>
        <source>After a pause was called, when you sit down together to talk.</source>
        <translation>Wenn ihr euch nach einer Pause zusammensetzt, um zu reden.</translation>
    </message>
    <message>
        <source>Before you begin: somewhere quiet, phones away, and a rough idea of how long you will talk.
1. Whoever called the pause says what happened for them, starting with “I”: “When …, I felt …”.
2. The other listens without defending, then says back what they heard: “What I&apos;m hearing is …”.
3. Each of you names one thing you need right now.
4. Decide together: carry on, change the agreement, or keep the pause for now. “We haven&apos;t decided yet” is an answer too; agree when you will talk again.
If voices rise, stop, breathe and take a short break before going on.</source>
        <translation>Bevor ihr anfangt: ein ruhiger Ort, Handys weg und eine grobe Vorstellung davon, wie lange ihr reden wollt.
1. Wer die Pause eingelegt hat, erzählt, wie es war, in Ich-Sätzen: „Als …, habe ich mich … gefühlt“.
2. Die andere Seite hört zu, ohne sich zu verteidigen, und gibt dann wieder, was angekommen ist: „Ich höre …“.
3. Ihr nennt beide je eine Sache, die ihr gerade braucht.
4. Entscheidet gemeinsam: weitermachen, die Vereinbarung ändern oder die Pause vorerst beibehalten. „Wir haben uns noch nicht entschieden“ ist auch eine Antwort; vereinbart dann, wann ihr wieder miteinander redet.
Wenn die Stimmen lauter werden: anhalten, durchatmen und eine kurze Pause machen, bevor ihr weitermacht.</translation>
    </message>
    <message>
        <source>Asking for a calm talk</source>
        <translation>Um ein ruhiges Gespräch bitten</translation>
    </message>
    <message>
        <source>When you are hurting and want to talk, but only once you feel steady.</source>
        <translation>Wenn du verletzt bist und reden möchtest, aber erst, wenn du wieder festen Boden unter den Füßen hast.</translation>
    </message>
    <message>
        <source>“I do want to talk about this, only not right now. Can we choose a time when we&apos;ve both had a chance to settle?”
“Tomorrow evening at home would feel safer for me. Would that work for you?”</source>
        <translation>„Ich möchte wirklich darüber reden, nur nicht gerade jetzt. Können wir eine Zeit aussuchen, zu der wir beide etwas zur Ruhe gekommen sind?“
„Morgen Abend zu Hause würde sich für mich sicherer anfühlen. Passt dir das?“</translation>
    </message>
    <message>
        <source>Declining anything further</source>
        <translation>Alles Weitere ablehnen</translation>
    </message>
    <message>
        <source>If the other person hopes for more than you agreed to.</source>
        <translation>Wenn die andere Person sich mehr erhofft, als du zugesagt hast.</translation>
    </message>
    <message>
        <source>“This is a one-time thing for me, and I&apos;d like to keep it that way.”
“I have a partner, and this is as far as it goes for me.”</source>
        <translation>„Für mich ist das eine einmalige Sache, und dabei möchte ich es belassen.“
„Ich bin in einer Beziehung, und weiter geht es für mich nicht.“</translation>
    </message>
    <message>
        <source>Acknowledging the hurt</source>
        <translation>Den Schmerz anerkennen</translation>
    </message>
    <message>
        <source>When your partner is hurting and you want to listen, not defend.</source>
        <translation>Wenn dein Partner / deine Partnerin verletzt ist und du zuhören willst, statt dich zu verteidigen.</translation>
    </message>
    <message>
        <source>“I can see how much this has hurt you, and I&apos;m sorry. I&apos;m not going to argue about whether it was allowed; I want to understand how it felt for you.”
“Take the time you need. I&apos;m here, and I&apos;ll answer what you want to ask.”</source>
        <translation>„Ich sehe, wie sehr dich das verletzt hat, und es tut mir leid. Ich will nicht darüber streiten, ob es erlaubt war; ich möchte verstehen, wie es sich für dich angefühlt hat.“
„Nimm dir die Zeit, die du brauchst. Ich bin da, und ich beantworte dir, was du fragen möchtest.“</translation>
    </message>
    <message>
        <source>Novelty, something new</source>
        <translation>Abwechslung, etwas Neues</translation>
    </message>
    <message>
        <source>Feeling wanted</source>
        <translation>Sich begehrt fühlen</translation>
    </message>
    <message>
        <source>Freedom to choose for myself</source>
        <translation>Freiheit, selbst zu entscheiden</translation>
    </message>
    <message>
        <source>We want different amounts of intimacy</source>
        <translation>Wir wünschen uns unterschiedlich viel Intimität</translation>
    </message>
    <message>
        <source>Exploring a more open relationship</source>
        <translation>Eine offenere Beziehung ausprobieren</translation>
    </message>
    <message>
        <source>Being honest instead of hiding a wish</source>
        <translation>Ehrlich sein, statt einen Wunsch zu verbergen</translation>
    </message>
    <message>
        <source>Getting even for something</source>
        <translation>Etwas heimzahlen</translation>
    </message>
    <message>
        <source>Making my partner feel what I felt</source>
        <translation>Meinen Partner / meine Partnerin spüren lassen, was ich gefühlt habe</translation>
    </message>
    <message>
        <source>Gaining the upper hand</source>
        <translation>Die Oberhand gewinnen</translation>
    </message>
    <message>
        <source>This is a very human feeling, and it is worth naming. A hall pass meant to settle a score or to gain the upper hand rarely brings the relief people hope for. If you like, write about the hurt underneath as well.</source>
        <translation>Das ist ein sehr menschliches Gefühl, und es lohnt sich, es zu benennen. Ein Hall Pass, mit dem eine Rechnung beglichen oder die Oberhand gewonnen werden soll, bringt selten die Erleichterung, die man sich davon erhofft. Wenn du magst, schreib auch über die Verletzung, die darunterliegt.</translation>
    </message>
    <message>
        <source>Monogamy is one of our values</source>
        <translation>Monogamie gehört zu unseren Werten</translation>
    </message>
    <message>
        <source>We already have a more open relationship</source>
        <translation>Wir führen schon eine offenere Beziehung</translation>
    </message>
    <message>
        <source>Our relationship is new, or still taking shape</source>
        <translation>Unsere Beziehung ist neu oder findet noch ihre Form</translation>
    </message>
    <message>
        <source>Self-reflection</source>
        <translation>Selbstreflexion</translation>
    </message>
    <message>
        <source>Think it through on your own before you raise it with your partner.</source>
        <translation>Denk es erst für dich allein durch, bevor du es in deiner Beziehung ansprichst.</translation>
    </message>
    <message>
        <source>There are no right answers here, and nobody else will read this unless you choose to share it. Write as much or as little as feels true today.</source>
        <translation>Hier gibt es keine richtigen Antworten, und niemand sonst liest das, es sei denn, du entscheidest dich, es zu teilen. Schreib so viel oder so wenig, wie sich heute stimmig anfühlt.</translation>
    </message>
    <message>
        <source>How would I describe our relationship right now?</source>
        <translation>Wie würde ich unsere Beziehung im Moment beschreiben?</translation>
    </message>
    <message>
        <source>This is context for you, not a test. Any answer is fine.</source>
        <translation>Das ist Hintergrund für dich, kein Test. Jede Antwort ist in Ordnung.</translation>
    </message>
    <message>
        <source>What am I hoping this would give me?</source>
        <translation>Was erhoffe ich mir davon?</translation>
    </message>
    <message>
        <source>Novelty, closeness, freedom, relief from a question that keeps coming back…</source>
        <translation>Abwechslung, Nähe, Freiheit, Ruhe vor einer Frage, die immer wiederkommt…</translation>
    </message>
    <message>
        <source>Which of these are part of it?</source>
        <translation>Was davon spielt eine Rolle?</translation>
    </message>
    <message>
        <source>Pick all that feel true, even the uncomfortable ones.</source>
        <translation>Wähle alles aus, was zutrifft, auch das Unbequeme.</translation>
    </message>
    <message>
        <source>How would I cope with jealousy or regret afterwards?</source>
        <translation>Wie würde ich danach mit Eifersucht oder Reue umgehen?</translation>
    </message>
    <message>
        <source>Picture the evening after. What do you feel, and who would you turn to?</source>
        <translation>Stell dir den Abend danach vor. Was fühlst du, und an wen würdest du dich wenden?</translation>
    </message>
    <message>
        <source>Do I trust us both to keep to what we agree?</source>
        <translation>Traue ich uns beiden zu, uns an das zu halten, was wir vereinbaren?</translation>
    </message>
    <message>
        <source>Does this sit well with my values, and with my partner&apos;s?</source>
        <translation>Passt das zu meinen Werten und zu denen meines Partners / meiner Partnerin?</translation>
    </message>
    <message>
        <source>How would each possible outcome feel?</source>
        <translation>Wie würde sich jeder mögliche Ausgang anfühlen?</translation>
    </message>
    <message>
        <source>Picture three: closer than before, much the same, or hurt.</source>
        <translation>Stell dir drei vor: näher als vorher, ungefähr wie bisher oder verletzt.</translation>
    </message>
    <message>
        <source>What would count, for us?</source>
        <translation>Was würde für uns dazuzählen?</translation>
    </message>
    <message>
        <source>Kissing, texting, meeting again? Two people can picture quite different things, so naming them early saves surprises.</source>
        <translation>Küssen, Nachrichten schreiben, sich wiedersehen? Zwei Menschen können sich darunter ganz Verschiedenes vorstellen; wer es früh benennt, erspart sich Überraschungen.</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Are we both ready to explore this? A list to come back to over time.</source>
        <translation>Sind wir beide bereit, uns darauf einzulassen? Eine Liste, auf die ihr mit der Zeit immer wieder zurückkommen könnt.</translation>
    </message>
    <message>
        <source>Tick an item only when it is true for both of you. Some may stay unticked for a long while, or for good. That is useful to know too: the list shows where you are, it does not push you anywhere. You can add a note to any item.</source>
        <translation>Hake einen Punkt nur ab, wenn er für euch beide zutrifft. Manche bleiben vielleicht lange offen oder für immer. Auch das ist gut zu wissen: Die Liste zeigt, wo ihr steht, sie drängt euch nirgendwohin. Zu jedem Punkt kannst du eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>We both want to talk about this, of our own accord</source>
        <translation>Wir wollen beide darüber reden, aus eigenem Antrieb</translation>
    </message>
    <message>
        <source>Neither of you is talking about it to please the other, to keep the peace or because you feel you should.</source>
        <translation>Niemand von euch spricht darüber, um der anderen Person zu gefallen, um des lieben Friedens willen oder weil ihr meint, es zu müssen.</translation>
    </message>
    <message>
        <source>We can each name our limits clearly</source>
        <translation>Wir können beide unsere Grenzen klar benennen</translation>
    </message>
    <message>
        <source>What would be too much, and what would be all right. Saying them aloud to each other counts.</source>
        <translation>Was zu viel wäre und was in Ordnung wäre. Es genügt, sie einander laut auszusprechen.</translation>
    </message>
    <message>
        <source>We agree on what is shared afterwards</source>
        <translation>Wir sind uns einig, was wir danach erzählen</translation>
    </message>
    <message>
        <source>All of it, a rough outline or none of it: what matters is that you both mean the same thing.</source>
        <translation>Alles, in groben Zügen oder gar nichts: Wichtig ist, dass ihr beide dasselbe meint.</translation>
    </message>
    <message>
        <source>We have agreed to check in before and after</source>
        <translation>Wir haben Check-ins für vorher und nachher vereinbart</translation>
    </message>
    <message>
        <source>For example the day before, soon after, and a week later.</source>
        <translation>Zum Beispiel am Tag davor, kurz danach und eine Woche später.</translation>
    </message>
    <message>
        <source>We have agreed how to look after our health</source>
        <translation>Wir haben vereinbart, wie wir auf unsere Gesundheit achten</translation>
    </message>
    <message>
        <source>Testing, protection and contraception, settled beforehand.</source>
        <translation>Tests, Schutz und Verhütung – vorher geklärt.</translation>
    </message>
    <message>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>Before anything happens: check that the practical and emotional safeguards are in place.</source>
        <translation>Bevor etwas passiert: Prüft, ob die praktischen und emotionalen Schutzvorkehrungen stehen.</translation>
    </message>
    <message>
        <source>Go through this together before anything is arranged. If an item is not in place yet, that is worth knowing. Waiting, or changing your minds, is always possible.</source>
        <translation>Geht das gemeinsam durch, bevor irgendetwas verabredet wird. Wenn ein Punkt noch nicht erfüllt ist, ist das gut zu wissen. Abwarten oder es sich anders überlegen ist immer möglich.</translation>
    </message>
    <message>
        <source>We both say yes freely, without pressure</source>
        <translation>Wir sagen beide frei und ohne Druck Ja</translation>
    </message>
    <message>
        <source>If either of you feels pushed, hurried or afraid of what saying no would cost, leave this unticked for now.</source>
        <translation>Wenn sich jemand von euch gedrängt oder gehetzt fühlt oder Angst hat, was ein Nein kosten würde, lasst diesen Punkt vorerst offen.</translation>
    </message>
    <message>
        <source>Our limits are clear, and we understand them the same way</source>
        <translation>Unsere Grenzen sind klar, und wir verstehen sie gleich</translation>
    </message>
    <message>
        <source>You can write them into your agreement in this journal.</source>
        <translation>Ihr könnt sie in diesem Tagebuch in eure Vereinbarung schreiben.</translation>
    </message>
    <message>
        <source>We have a plan for testing and protection</source>
        <translation>Wir haben einen Plan für Tests und Schutz</translation>
    </message>
    <message>
        <source>Who gets tested and when, and which protection and contraception you will use.</source>
        <translation>Wer sich wann testen lässt und welchen Schutz und welche Verhütung ihr verwendet.</translation>
    </message>
    <message>
        <source>We know how we will talk before and after</source>
        <translation>Wir wissen, wie wir vorher und nachher miteinander reden</translation>
    </message>
    <message>
        <source>When you will check in, and how much will be shared.</source>
        <translation>Wann ihr Check-ins macht und wie viel ihr einander erzählt.</translation>
    </message>
    <message>
        <source>We have a pause either of us can call at any time</source>
        <translation>Wir können beide jederzeit eine Pause einlegen</translation>
    </message>
    <message>
        <source>A simple phrase that means: let&apos;s stop and talk, with no blame.</source>
        <translation>Ein einfaches Pausenwort, das heißt: Lass uns innehalten und reden, ohne Vorwürfe.</translation>
    </message>
    <message>
        <source>Each of us has someone to talk things through with</source>
        <translation>Wir haben beide jemanden, mit dem wir über alles reden können</translation>
    </message>
    <message>
        <source>A friend, a relative or a counsellor: someone outside the relationship, in case it gets hard.</source>
        <translation>Eine Freundin, ein Freund, jemand aus der Familie oder eine Beratung: jemand außerhalb der Beziehung, falls es schwer wird.</translation>
    </message>
    <message>
        <source>Continue as we agreed</source>
        <translation>Weitermachen wie vereinbart</translation>
    </message>
    <message>
        <source>Change it: open a new version of the agreement</source>
        <translation>Ändern: eine neue Version der Vereinbarung beginnen</translation>
    </message>
    <message>
        <source>The current version stays on record as it was; the new one is a draft you work out together.</source>
        <translation>Die aktuelle Version bleibt so erhalten, wie sie war; die neue ist ein Entwurf, den ihr gemeinsam ausarbeitet.</translation>
    </message>
    <message>
        <source>Stop: end the agreement</source>
        <translation>Aufhören: die Vereinbarung beenden</translation>
    </message>
    <message>
        <source>Ending an agreement is always allowed, and it is not a failure. The agreement and its history stay in your journal.</source>
        <translation>Eine Vereinbarung zu beenden ist immer erlaubt und kein Scheitern. Die Vereinbarung und ihre Geschichte bleiben in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachgespräch</translation>
    </message>
    <message>
        <source>Afterwards, look back on it together, with curiosity and without blame.</source>
        <translation>Schaut danach gemeinsam zurück, mit Neugier und ohne Vorwürfe.</translation>
    </message>
    <message>
        <source>Choose a time when you both have room for this. Listen to understand rather than to answer. No feeling is wrong here, and nothing has to be decided today.</source>
        <translation>Wählt einen Zeitpunkt, an dem ihr beide Raum dafür habt. Hört zu, um zu verstehen, nicht um zu antworten. Kein Gefühl ist hier falsch, und heute muss nichts entschieden werden.</translation>
    </message>
    <message>
        <source>How are you feeling now?</source>
        <translation>Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <source>It is normal to feel several things at once.</source>
        <translation>Es ist normal, mehrere Dinge gleichzeitig zu fühlen.</translation>
    </message>
    <message>
        <source>Did any feeling take you by surprise?</source>
        <translation>Hat dich ein Gefühl überrascht?</translation>
    </message>
    <message>
        <source>One you did not expect, or one you expected that never came.</source>
        <translation>Eines, das du nicht erwartet hast, oder eines, das du erwartet hast und das nie kam.</translation>
    </message>
    <message>
        <source>What worked?</source>
        <translation>Was hat gut funktioniert?</translation>
    </message>
    <message>
        <source>In the agreement, the check-ins, or the way you looked after each other.</source>
        <translation>In der Vereinbarung, bei den Check-ins oder darin, wie ihr füreinander gesorgt habt.</translation>
    </message>
    <message>
        <source>What hurt, or was harder than expected?</source>
        <translation>Was hat wehgetan oder war schwerer als erwartet?</translation>
    </message>
    <message>
        <source>You can name it plainly, without blame.</source>
        <translation>Du kannst es offen benennen, ohne Vorwürfe.</translation>
    </message>
    <message>
        <source>Where do we go from here?</source>
        <translation>Wie geht es für uns weiter?</translation>
    </message>
    <message>
        <source>Decide together once you are both ready. You can leave this open for now.</source>
        <translation>Entscheidet gemeinsam, sobald ihr beide bereit seid. Du kannst das vorerst offenlassen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop and talk: note why you called a pause and what you need.</source>
        <translation>Innehalten und reden: Halte fest, warum du eine Pause eingelegt hast und was du brauchst.</translation>
    </message>
    <message>
        <source>You never need a reason to call a pause. Write only what helps; you can add more later.</source>
        <translation>Für eine Pause brauchst du nie einen Grund. Schreib nur, was dir hilft; du kannst später mehr ergänzen.</translation>
    </message>
    <message>
        <source>What made you call the pause?</source>
        <translation>Was hat dich dazu gebracht, die Pause einzulegen?</translation>
    </message>
    <message>
        <source>What happened, or what you felt. A few words are enough.</source>
        <translation>Was passiert ist oder was du gefühlt hast. Ein paar Worte reichen.</translation>
    </message>
    <message>
        <source>What do you need right now?</source>
        <translation>Was brauchst du gerade?</translation>
    </message>
    <message>
        <source>Time, reassurance, a talk, some space…</source>
        <translation>Zeit, Zuspruch, ein Gespräch, etwas Abstand…</translation>
    </message>
    <message>
        <source>Conversation notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>Before or after a talk with your partner: what helped, what was hard, what comes next.</source>
        <translation>Vor oder nach einem Gespräch zu zweit: was geholfen hat, was schwer war, wie es weitergeht.</translation>
    </message>
    <message>
        <source>Hard conversations get easier with practice. Note what you tried and how it went, so next time you can start from what worked.</source>
        <translation>Schwierige Gespräche werden mit Übung leichter. Halte fest, was du versucht hast und wie es lief, damit du beim nächsten Mal an das anknüpfen kannst, was funktioniert hat.</translation>
    </message>
    <message>
        <source>Did you use any scripts?</source>
        <translation>Hast du Formulierungen verwendet?</translation>
    </message>
    <message>
        <source>The scripts library has words you can borrow and make your own.</source>
        <translation>In der Sammlung der Formulierungen findest du Worte, die du übernehmen und zu deinen eigenen machen kannst.</translation>
    </message>
    <message>
        <source>What went well?</source>
        <translation>Was ist gut gelaufen?</translation>
    </message>
    <message>
        <source>What was hard?</source>
        <translation>Was war schwer?</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>Wie geht es weiter?</translation>
    </message>
    <message>
        <source>A question to think about, a time to talk again, something to try.</source>
        <translation>Eine Frage zum Nachdenken, ein Zeitpunkt für das nächste Gespräch, etwas zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Other ways to explore</source>
        <translation>Andere Wege, Neues zu entdecken</translation>
    </message>
    <message>
        <source>A wish for something new can be met in more than one way. Some couples find these are enough; others try them while they make up their minds.</source>
        <translation>Der Wunsch nach etwas Neuem lässt sich auf mehr als eine Weise erfüllen. Manchen Paaren genügen diese Wege; andere probieren sie aus, während sie noch zu einer Entscheidung finden.</translation>
    </message>
    <message>
        <source>Sharing fantasies. Telling each other what you imagine, without acting on it, can feel close and playful. Agree first that a fantasy is only a fantasy, and that either of you may change the subject at any time.</source>
        <translation>Fantasien teilen. Einander zu erzählen, was man sich vorstellt, ohne es umzusetzen, kann sich nah und spielerisch anfühlen. Vereinbart vorher, dass eine Fantasie nur eine Fantasie ist und dass ihr beide jederzeit das Thema wechseln dürft.</translation>
    </message>
    <message>
        <source>Play and imagination. Role play, reading something together or writing fantasies down for each other can bring in something new. It all stays between the two of you.</source>
        <translation>Spiel und Fantasie. Rollenspiele, gemeinsam etwas lesen oder füreinander Fantasien aufschreiben kann etwas Neues hineinbringen. Alles bleibt unter euch beiden.</translation>
    </message>
    <message>
        <source>Variety together. A new place, a new routine, something neither of you has tried before. A planned surprise can meet a wish for newness that has little to do with anyone else.</source>
        <translation>Gemeinsame Abwechslung. Ein neuer Ort, eine neue Routine, etwas, das noch niemand von euch ausprobiert hat. Eine geplante Überraschung kann einen Wunsch nach Neuem erfüllen, der wenig mit anderen Menschen zu tun hat.</translation>
    </message>
    <message>
        <source>Closeness without a goal. A long massage, a shared bath, breathing together, touch that is about connection rather than where it leads. These can ease the pressure that made the question feel urgent.</source>
        <translation>Nähe ohne Ziel. Eine lange Massage, ein gemeinsames Bad, zusammen atmen, Berührungen, bei denen es um Verbindung geht und nicht darum, wohin sie führen. Das kann den Druck lindern, durch den sich die Frage so dringend angefühlt hat.</translation>
    </message>
    <message>
        <source>Learning before deciding. If you wonder about a more open relationship in general, you could read or listen to something about it together. That can show whether you both want to go further, before anyone takes a step.</source>
        <translation>Erst informieren, dann entscheiden. Wenn dich eine offenere Beziehung ganz allgemein beschäftigt, könntet ihr gemeinsam etwas darüber lesen oder hören. So zeigt sich, ob ihr beide weitergehen wollt, bevor jemand einen Schritt macht.</translation>
    </message>
    <message>
        <source>None of these is a test to pass first. They are options, and choosing one is as valid as choosing none.</source>
        <translation>Nichts davon ist eine Prüfung, die erst bestanden werden muss. Es sind Möglichkeiten, und sich für eine davon zu entscheiden ist genauso in Ordnung, wie sich für keine zu entscheiden.</translation>
    </message>
    <message>
        <source>How it tends to turn out</source>
        <translation>Wie es ausgehen kann</translation>
    </message>
    <message>
        <source>There is no single outcome. Looking honestly at the whole range can help you decide, and prepare.</source>
        <translation>Es gibt nicht den einen Ausgang. Wenn du ehrlich auf die ganze Bandbreite schaust, kann dir das helfen, dich zu entscheiden und vorzubereiten.</translation>
    </message>
    <message>
        <source>Some couples come out of it closer, more honest with each other and better at talking. They may find fresh appreciation for what they share, and needs they can meet together.</source>
        <translation>Manche Paare gehen daraus verbundener hervor, ehrlicher zueinander und besser darin, miteinander zu reden. Vielleicht schätzen sie neu, was sie teilen, und entdecken Bedürfnisse, die sie gemeinsam erfüllen können.</translation>
    </message>
    <message>
        <source>For others, little changes: the experience fades, or it confirms that being exclusive suits them best.</source>
        <translation>Bei anderen ändert sich wenig: Die Erfahrung verblasst, oder sie bestätigt, dass eine exklusive Beziehung am besten zu ihnen passt.</translation>
    </message>
    <message>
        <source>Sometimes it hurts, through jealousy that lingers, trust that wears thin, or one partner wanting more openness than the other. There can be practical consequences too, such as an infection, a pregnancy or strain in a shared circle of friends.</source>
        <translation>Manchmal tut es weh: durch Eifersucht, die bleibt, durch Vertrauen, das brüchig wird, oder weil eine Person mehr Offenheit möchte als die andere. Es kann auch praktische Folgen geben, etwa eine Infektion, eine Schwangerschaft oder Spannungen im gemeinsamen Freundeskreis.</translation>
    </message>
    <message>
        <source>Much depends on the trust you start with and how each of you meets hard feelings. How carefully you prepare, and how you look after each other afterwards, matter too. Writing down how each outcome would feel, before anything happens, can show you which one you quietly expect.</source>
        <translation>Viel hängt davon ab, wie viel Vertrauen ihr mitbringt und wie ihr beide jeweils mit schwierigen Gefühlen umgeht. Auch wie sorgfältig ihr euch vorbereitet und wie ihr euch danach umeinander kümmert, spielt eine Rolle. Wenn du aufschreibst, wie sich jeder mögliche Ausgang anfühlen würde, bevor irgendetwas passiert, kann dir das zeigen, welchen du insgeheim erwartest.</translation>
    </message>
    <message>
        <source>Different kinds of relationships</source>
        <translation>Verschiedene Arten von Beziehungen</translation>
    </message>
    <message>
        <source>What a hall pass means depends on what your relationship rests on.</source>
        <translation>Was ein Hall Pass bedeutet, hängt davon ab, worauf eure Beziehung gründet.</translation>
    </message>
    <message>
        <source>When being exclusive is one of your core values, an agreed pass can still feel like a breach when it happens. It may help to ask whether exclusivity is part of who you are together, or an agreement you could both revisit.</source>
        <translation>Wenn Exklusivität einer eurer Grundwerte ist, kann sich ein vereinbarter Hall Pass trotzdem wie ein Vertrauensbruch anfühlen, wenn es so weit ist. Es kann helfen, euch zu fragen, ob Exklusivität zu dem gehört, wer ihr gemeinsam seid, oder ob sie eine Vereinbarung ist, die ihr beide noch einmal überdenken könntet.</translation>
    </message>
    <message>
        <source>If your relationship is already more open, a one-time pass may be a small step within what you already do. Clear agreements, kind ways through jealousy and looking at the terms together from time to time matter here as much as anywhere.</source>
        <translation>Wenn eure Beziehung schon offener ist, ist ein einmaliger Hall Pass vielleicht nur ein kleiner Schritt innerhalb dessen, was ihr ohnehin lebt. Klare Vereinbarungen, ein liebevoller Umgang mit Eifersucht und ein gelegentlicher gemeinsamer Blick auf eure Abmachungen sind hier genauso wichtig wie überall.</translation>
    </message>
    <message>
        <source>In a newer or less defined relationship, expectations may not be settled yet. It is worth asking whether there is enough shared ground to hold an outside encounter before adding one.</source>
        <translation>In einer neueren oder noch wenig festgelegten Beziehung sind die Erwartungen vielleicht noch nicht geklärt. Es lohnt sich, vorher zu fragen, ob euer gemeinsamer Boden schon fest genug ist, um eine Begegnung außerhalb der Beziehung zu tragen.</translation>
    </message>
    <message>
        <source>Common pitfalls</source>
        <translation>Häufige Stolperfallen</translation>
    </message>
    <message>
        <source>A few patterns cause most of the hurt. Knowing them makes them easier to avoid.</source>
        <translation>Einige wenige Muster verursachen die meisten Verletzungen. Wenn ihr sie kennt, lassen sie sich leichter vermeiden.</translation>
    </message>
    <message>
        <source>Hoping it will fix something. Feeling distant, finding it hard to talk, or wanting different things each deserve patient attention of their own. An outside encounter tends to add pressure rather than relieve it.</source>
        <translation>Darauf hoffen, dass es etwas in Ordnung bringt. Sich fern fühlen, schwer miteinander reden können oder Unterschiedliches wollen: All das verdient eigene, geduldige Aufmerksamkeit. Eine Begegnung außerhalb der Beziehung erhöht eher den Druck, als ihn zu mindern.</translation>
    </message>
    <message>
        <source>Leaving the terms vague. The same words can mean different things to each of you. Spell out what is included, what is not, and what each of you will share afterwards.</source>
        <translation>Die Abmachungen vage lassen. Dieselben Worte können für euch beide Verschiedenes bedeuten. Haltet genau fest, was dazugehört, was nicht und was ihr einander hinterher erzählt.</translation>
    </message>
    <message>
        <source>Not planning for afterwards. Feelings can be hard to predict. Set aside time together for the days after, and agree what you will do if it is harder than expected.</source>
        <translation>Nicht an die Zeit danach denken. Gefühle lassen sich schwer vorhersagen. Nehmt euch für die Tage danach gemeinsam Zeit und vereinbart, was ihr tut, wenn es schwerer wird als erwartet.</translation>
    </message>
    <message>
        <source>Using it to make a point. Offered as a test, a punishment or a bargaining chip, it tends to leave both of you more hurt. It goes best when it rests on shared curiosity and a yes given freely.</source>
        <translation>Es einsetzen, um ein Zeichen zu setzen. Als Test, Strafe oder Verhandlungsmasse angeboten, lässt es meist euch beide verletzter zurück. Am besten gelingt es, wenn es auf gemeinsamer Neugier und einem frei gegebenen Ja beruht.</translation>
    </message>
    <message>
        <source>Skipping the check-ins. Agreeing on the moments you will talk, before and after, makes it far less likely that either of you is left alone with it.</source>
        <translation>Die Check-ins auslassen. Wenn ihr die Momente vereinbart, in denen ihr redet, vorher und nachher, wird es viel unwahrscheinlicher, dass jemand von euch damit allein bleibt.</translation>
    </message>
    <message>
        <source>Jealousy as information</source>
        <translation>Eifersucht als Botschaft</translation>
    </message>
    <message>
        <source>Jealousy is not a verdict on you or your partner. It often points to a need.</source>
        <translation>Eifersucht ist kein Urteil über dich oder deinen Partner / deine Partnerin. Oft weist sie auf ein Bedürfnis hin.</translation>
    </message>
    <message>
        <source>Behind jealousy there is often a wish to feel safe, chosen, reassured or noticed. If you treat the feeling as a signal worth listening to, not as proof that something is wrong, it can be easier to talk about.</source>
        <translation>Hinter Eifersucht steckt oft der Wunsch, sich sicher zu fühlen, sich gewählt zu wissen, beruhigt oder wahrgenommen zu werden. Wenn du das Gefühl als Signal behandelst, auf das es sich zu hören lohnt, und nicht als Beweis, dass etwas nicht stimmt, fällt es oft leichter, darüber zu reden.</translation>
    </message>
    <message>
        <source>In the moment, breathe. Name it to yourself or out loud: “This is jealousy.” Then ask what would help: a hug, a few kind words, some time. Talk about your own side: “When I picture this I feel uneasy, and I want to talk it through with you.”</source>
        <translation>Wenn es gerade passiert, atme durch. Benenne es für dich oder laut: „Das ist Eifersucht.“ Frag dich dann, was helfen würde: eine Umarmung, ein paar liebe Worte, etwas Zeit. Sprich aus deiner eigenen Sicht: „Wenn ich mir das vorstelle, fühle ich mich unwohl, und ich möchte mit dir darüber reden.“</translation>
    </message>
    <message>
        <source>Over time, trust is rebuilt in ordinary moments: regular check-ins, time together, and being open about what is hard.</source>
        <translation>Mit der Zeit wächst Vertrauen in ganz gewöhnlichen Momenten wieder: durch regelmäßige Check-ins, gemeinsame Zeit und Offenheit darüber, was schwer ist.</translation>
    </message>
    <message>
        <source>Questions people often ask</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>Short answers to common worries. They are general; your situation is your own.</source>
        <translation>Kurze Antworten auf häufige Sorgen. Sie sind allgemein gehalten; deine Situation ist deine eigene.</translation>
    </message>
    <message>
        <source>Is a hall pass the same as cheating? Cheating usually involves hiding things and breaking what was agreed. A hall pass is chosen openly by both of you, on terms you both understand. Secrecy can still creep in when expectations were unclear, which is why the details matter.</source>
        <translation>Ist ein Hall Pass dasselbe wie Fremdgehen? Zum Fremdgehen gehören meist Heimlichkeit und der Bruch von Vereinbartem. Ein Hall Pass wird von euch beiden offen gewählt, zu Bedingungen, die ihr beide versteht. Heimlichkeit kann sich trotzdem einschleichen, wenn die Erwartungen unklar waren – deshalb kommt es auf die Einzelheiten an.</translation>
    </message>
    <message>
        <source>Does it always end the relationship? No. Some couples grow closer, some stay much the same and some discover differences they then need to face. How much you trust each other to begin with, and how you talk and repair afterwards, matter most.</source>
        <translation>Bedeutet es immer das Ende der Beziehung? Nein. Manche Paare kommen sich näher, bei manchen bleibt vieles, wie es war, und manche entdecken Unterschiede, mit denen sie sich dann auseinandersetzen müssen. Am meisten zählt, wie sehr ihr einander von Anfang an vertraut und wie ihr danach miteinander redet und euch wieder annähert.</translation>
    </message>
    <message>
        <source>What if only one of us wants it? Then the conversation is about values and needs rather than arrangements. Many couples find other ways to meet the need; some reshape their relationship. Nobody has to agree to something they do not want.</source>
        <translation>Was, wenn nur eine oder einer von uns es will? Dann geht es im Gespräch um Werte und Bedürfnisse, nicht um Absprachen. Viele Paare finden andere Wege, dem Bedürfnis gerecht zu werden; manche gestalten ihre Beziehung neu. Niemand muss zu etwas Ja sagen, das er oder sie nicht will.</translation>
    </message>
    <message>
        <source>What about sexual health? Talk it through before anything happens: testing, protection, contraception, and being open about any risk. Caring for each other&apos;s health is part of caring for each other.</source>
        <translation>Und die sexuelle Gesundheit? Sprecht darüber, bevor irgendetwas passiert: Tests, Schutz, Verhütung und ein offener Umgang mit möglichen Risiken. Füreinander sorgen heißt auch, auf die Gesundheit des anderen zu achten.</translation>
    </message>
    <message>
        <source>Can we change our minds? Yes, at any time. Either of you can call a pause, change the agreement or end it. Changing your mind is not a failure.</source>
        <translation>Können wir es uns anders überlegen? Ja, jederzeit. Ihr könnt beide eine Pause einlegen, die Vereinbarung ändern oder sie beenden. Es sich anders zu überlegen, ist kein Scheitern.</translation>
    </message>
    <message>
        <source>One minute for yourself</source>
        <translation>Eine Minute für dich</translation>
    </message>
    <message>
        <source>A short pause you can take whenever a feeling runs high.</source>
        <translation>Eine kurze Pause, die du einlegen kannst, wann immer ein Gefühl sehr stark wird.</translation>
    </message>
    <message>
        <source>Breathe in slowly, then breathe out a little longer than you breathed in. Three times is enough.</source>
        <translation>Atme langsam ein und dann etwas länger aus, als du eingeatmet hast. Dreimal reicht.</translation>
    </message>
    <message>
        <source>Name the feeling, quietly or out loud: “Right now I feel …”. Naming it rarely makes it bigger; often it makes it easier to hold.</source>
        <translation>Benenne das Gefühl, leise oder laut: „Gerade fühle ich …“. Es zu benennen, macht es selten größer; oft lässt es sich dann leichter aushalten.</translation>
    </message>
    <message>
        <source>Name what you need: comfort, space, reassurance, rest, to be heard. You do not have to act on it yet. Knowing it is enough for this minute.</source>
        <translation>Benenne, was du brauchst: Trost, Raum für dich, Zuspruch, Ruhe, gehört werden. Du musst noch nichts damit tun. Es zu wissen, reicht für diese Minute.</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone</source>
        <translation>Du musst das nicht allein tragen</translation>
    </message>
    <message>
        <source>Your recent check-ins have held a lot of hurt or strain for a while. This is not a diagnosis or a judgement, only a gentle note.</source>
        <translation>Deine letzten Check-ins zeigen seit einer Weile viel Schmerz oder Belastung. Das ist keine Diagnose und kein Urteil, nur ein sanfter Hinweis.</translation>
    </message>
    <message>
        <source>When painful feelings stay strong for weeks, it can help to talk with someone outside the relationship. A couples counsellor is someone neutral, on neither side. They can help you both put your needs into words, agree on limits that feel safe, and rebuild trust that has been shaken.</source>
        <translation>Wenn schmerzhafte Gefühle über Wochen stark bleiben, kann es helfen, mit jemandem außerhalb der Beziehung zu sprechen. Eine Paarberaterin oder ein Paarberater ist eine neutrale Person, die auf keiner Seite steht. Sie kann euch beiden helfen, eure Bedürfnisse in Worte zu fassen, Grenzen zu vereinbaren, die sich sicher anfühlen, und erschüttertes Vertrauen wieder aufzubauen.</translation>
    </message>
    <message>
        <source>Some people prefer to begin on their own, with a counsellor or a friend they trust. That is a good step too.</source>
        <translation>Manche fangen lieber erst einmal allein an, in einer Beratung oder mit einem Menschen aus dem Freundeskreis, dem sie vertrauen. Auch das ist ein guter Schritt.</translation>
    </message>
    <message>
        <source>If you ever feel unsafe or unable to cope, please contact someone you trust, or your local emergency services, straight away.</source>
        <translation>Wenn du dich einmal nicht sicher fühlst oder das Gefühl hast, es nicht mehr zu schaffen, wende dich bitte sofort an einen Menschen, dem du vertraust, oder an den örtlichen Notruf.</translation>
    </message>
    <message>
        <source>You can set this note aside. It comes back only if your later check-ins stay this heavy.</source>
        <translation>Du kannst diesen Hinweis beiseitelegen. Er erscheint nur wieder, wenn es dir bei deinen nächsten Check-ins weiterhin so schwer geht.</translation>
    </message>
    <message>
        <source>These five steps are here for you if a pass has been used and it hurts. They follow an order that often helps, but you can move between them freely. Stay with one for a while if you want to, and come back whenever you like. Whatever you feel is allowed here, and what you need matters. Nobody sees what you write unless you decide to show them.</source>
        <translation>Diese fünf Schritte sind für dich da, wenn ein Hall Pass genutzt wurde und es wehtut. Sie folgen einer Reihenfolge, die oft hilft, aber du kannst dich frei zwischen ihnen bewegen. Wenn du möchtest, bleib eine Weile bei einem, und komm zurück, wann immer du magst. Alles, was du fühlst, darf hier sein, und was du brauchst, zählt. Niemand sieht, was du schreibst, es sei denn, du entscheidest dich, es jemandem zu zeigen.</translation>
    </message>
    <message>
        <source>Plain JSON: a value, or one flat list or object of values.</source>
        <translation>Einfaches JSON: ein Wert oder eine flache Liste bzw. ein flaches Objekt aus Werten.</translation>
    </message>
    <message>
        <source>must be plain JSON: text, a number, true/false or null, or one flat list or object of those</source>
        <translation>muss einfaches JSON sein: Text, eine Zahl, true/false oder null, oder eine flache Liste bzw. ein flaches Objekt daraus</translation>
    </message>
    <message>
        <source>Starting the conversation</source>
        <translation>Das Gespräch beginnen</translation>
    </message>
    <message>
        <source>Limits and check-ins</source>
        <translation>Grenzen und Check-ins</translation>
    </message>
    <message>
        <source>In the moment</source>
        <translation>Im Moment selbst</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Pause einlegen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Wiederannäherung</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Deine eigenen Worte</translation>
    </message>
    <message>
        <source>The library keeps up to {n} of your own scripts.</source>
        <translation>In der Sammlung ist Platz für bis zu {n} eigene Formulierungen.</translation>
    </message>
    <message>
        <source>An item you add needs a few words.</source>
        <translation>Ein Punkt, den du hinzufügst, braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>This question is not part of this guided entry.</source>
        <translation>Diese Frage gehört nicht zu diesem geführten Eintrag.</translation>
    </message>
    <message>
        <source>Please answer “{label}”.</source>
        <translation>Bitte beantworte „{label}“.</translation>
    </message>
    <message>
        <source>“{label}” {reason}.</source>
        <translation>„{label}“ {reason}.</translation>
    </message>
    <message>
        <source>Agreement note</source>
        <translation>Notiz zur Vereinbarung</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Healing step</source>
        <translation>Heilungsschritt</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
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
        <translation>D&amp;atum</translation>
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
        <translation>Jeder Wert ist der Durchschnitt der Check-ins, in denen dieses Gefühl in diesen Tagen angegeben wurde (0 bis 10); ein Check-in ohne Angabe dazu zählt nicht als null. Der Tag des Moments selbst gehört zu keinem der beiden Zeitfenster. Änderungen unter 1 Punkt gelten als „etwa gleich“, und bei weniger als {n} Check-ins auf einer Seite lässt sich noch nichts sagen.</translation>
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
        <translation>In diesen Tagen nicht angegeben: {names}.</translation>
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
        <translation>bi&amp;s</translation>
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
        <translation>Die Vereinbarung und ihre Chronik</translation>
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
        <translation>Nur Einträge für meine &amp;nächste Sitzung (1 vorgemerkt)</translation>
    </message>
    <message>
        <source>Only entries marked for my next &amp;session ({count} marked)</source>
        <translation>Nur Einträge für meine &amp;nächste Sitzung ({count} vorgemerkt)</translation>
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
        <translation>Diagramm der Gefühle</translation>
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
        <translation>Die Vereinbarung pausieren</translation>
    </message>
    <message>
        <source>Stop for now, say the pause phrase and talk when you are both ready.</source>
        <translation>Erst einmal innehalten, das Pausenwort sagen und reden, wenn ihr beide bereit seid.</translation>
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
        <translation>Heute noch fällig</translation>
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
        <translation>{ticked} von {total} abgehakt</translation>
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
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Past 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Letzte 12 Monate</translation>
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
        <translation>Zuspruch</translation>
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
        <translation>Transparenz</translation>
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
        <translation>Abbrechen</translation>
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
        <source>The two versions say the same.</source>
        <translation>Die beiden Versionen sagen dasselbe.</translation>
    </message>
    <message>
        <source>Unchanged: {fields}.</source>
        <translation>Unverändert: {fields}.</translation>
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
        <source>What we agree</source>
        <translation>Was wir vereinbaren</translation>
    </message>
    <message>
        <source>Read together</source>
        <translation>Gemeinsam gelesen</translation>
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
        <source>d MMM</source>
        <extracomment>Mood first (dark, solid, thick), then the emotions (Okabe-Ito colours). A Qt date pattern for the chart&apos;s axis (d day, MMM short month name), e.g. &quot;d. MMM&quot;.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Qt date patterns for the chart&apos;s axis: a short month name, with its year when the period is long (&quot;MMM yyyy&quot;) and without (&quot;MMM&quot;).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>Key event (numbered as listed)</source>
        <translation>Wichtiger Moment (nummeriert wie in der Liste)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>Inline, so it works in both flavours: a part that starts on a page of its own.
----------
Characters that are markup anywhere in a line. An entity (&quot;&amp;amp;&quot;) would be decoded. Markup only at the start of a line: a numbered item, a bullet, a heading, or a line of &quot;-&quot; or &quot;=&quot; (a rule, or the line under a heading).</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Period</source>
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
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
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
        <source>Feelings over this period</source>
        <translation>Gefühle in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Chart of overall mood and the most rated feelings</source>
        <translation>Diagramm der Gesamtstimmung und der am häufigsten angegebenen Gefühle</translation>
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
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Questions for this session</source>
        <translation>Fragen für diese Sitzung</translation>
    </message>
    <message>
        <source>What is included</source>
        <translation>Was enthalten ist</translation>
    </message>
    <message>
        <source>No entries were chosen.</source>
        <translation>Es wurden keine Einträge ausgewählt.</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Wichtige Momente</translation>
    </message>
    <message>
        <source>No key events in this period.</source>
        <translation>Keine wichtigen Momente in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Not written yet: {fields}.</source>
        <translation>Noch nicht geschrieben: {fields}.</translation>
    </message>
    <message>
        <source>Versions and what changed</source>
        <translation>Versionen und was sich geändert hat</translation>
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
        <source>The first version.</source>
        <translation>Die erste Version.</translation>
    </message>
    <message>
        <source>The terms stayed the same.</source>
        <translation>Die Punkte sind gleich geblieben.</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Zustimmungen</translation>
    </message>
    <message>
        <source>No change of status recorded yet.</source>
        <translation>Noch keine Änderung des Status festgehalten.</translation>
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
        <source>Also written</source>
        <translation>Außerdem geschrieben</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Written by {initials}</source>
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
        <source>Journal notes for a session</source>
        <extracomment>What the exports are called, on the cover and in each page&apos;s running header.</extracomment>
        <translation>Tagebuchnotizen für eine Sitzung</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A Qt date pattern (d day, MMMM month name, yyyy year), e.g. &quot;d. MMMM yyyy&quot;.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date pattern (d day, MMM short month name, yyyy year), e.g. &quot;d. MMM yyyy&quot;.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>A Qt date pattern (dddd weekday, d day, MMMM month, yyyy year): &quot;dddd, d. MMMM yyyy&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>everything written so far</source>
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
    <message>
        <source>Averages are on the 0–10 scale, with the check-ins behind each. Every figure is worked out from the entries in this file only; entries kept private are never counted.</source>
        <translation>Die Durchschnitte beziehen sich auf die Skala von 0 bis 10, jeweils mit der Zahl der Check-ins, auf denen sie beruhen. Jede Zahl ergibt sich nur aus den Einträgen in dieser Datei; privat gehaltene Einträge zählen nie mit.</translation>
    </message>
    <message>
        <source>Chosen and shared by the writer. It holds only the entries they picked, and its figures come from those entries alone; entries they keep private are never included.</source>
        <translation>Ausgewählt und geteilt von der Person, die das Tagebuch führt. Die Datei enthält nur die Einträge, die sie ausgewählt hat, und ihre Zahlen stammen allein aus diesen Einträgen; privat gehaltene Einträge sind nie enthalten.</translation>
    </message>
    <message>
        <source>Among the chosen entries, no key event in this period has enough check-ins on both sides to compare.</source>
        <translation>Unter den ausgewählten Einträgen hat kein wichtiger Moment in diesem Zeitraum genug Check-ins auf beiden Seiten für einen Vergleich.</translation>
    </message>
    <message>
        <source>Removed words are struck through; added words are bold and underlined.</source>
        <translation>Entfernte Wörter sind durchgestrichen, hinzugefügte fett und unterstrichen.</translation>
    </message>
    <message>
        <source>This copy is not encrypted: please keep it as you would any private note.</source>
        <translation>Diese Kopie ist nicht verschlüsselt: Bitte bewahre sie auf wie jede private Notiz.</translation>
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
        <translation>Passphrase</translation>
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
