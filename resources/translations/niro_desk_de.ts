<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AccountEditDialog</name>
    <message>
      <source>New account</source>
      <translation>Neues Konto</translation>
    </message>
    <message>
      <source>Roles of %1</source>
      <translation>Rollen von %1</translation>
    </message>
    <message>
      <source>Sign-in &amp;name:</source>
      <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>Password &amp;again:</source>
      <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
      <source>Roles:</source>
      <translation>Rollen:</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
  </context>
  <context>
    <name>Accounts</name>
    <message>
      <source>Office administrator</source>
      <translation>Geschäftsstellen-Administration</translation>
    </message>
    <message>
      <source>Office staff</source>
      <translation>Geschäftsstelle</translation>
    </message>
    <message>
      <source>Procurement head</source>
      <translation>Einkaufsleitung</translation>
    </message>
    <message>
      <source>Manager / board</source>
      <translation>Geschäftsführung / Vorstand</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <source>Accounts on: everyone signs in with name and password</source>
      <translation>Konten eingeschaltet: alle melden sich mit Name und Passwort an</translation>
    </message>
    <message>
      <source>While accounts are off, NIRO Desk acts as the operating-system user and everyone may do everything. A database shared on a PostgreSQL server should have accounts on.</source>
      <translation>Solange die Konten ausgeschaltet sind, arbeitet NIRO Desk als Benutzer des Betriebssystems und alle dürfen alles. Eine gemeinsam genutzte Datenbank auf einem PostgreSQL-Server sollte die Konten eingeschaltet haben.</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Roles…</source>
      <translation>&amp;Rollen…</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
      <source>On a shared PostgreSQL database accounts are always on: every account is a database role.</source>
      <translation>Auf einer gemeinsamen PostgreSQL-Datenbank sind die Konten immer eingeschaltet: Jedes Konto ist eine Datenbankrolle.</translation>
    </message>
    <message>
      <source>&amp;Activate</source>
      <translation>&amp;Aktivieren</translation>
    </message>
    <message>
      <source>Turning accounts on needs an administrator's account: sign in with it. You then act as that account.</source>
      <translation>Zum Einschalten der Konten ist ein Administrationskonto nötig: Melden Sie sich damit an. Sie arbeiten danach als dieses Konto.</translation>
    </message>
    <message>
      <source>Sign in as an administrator</source>
      <translation>Als Administration anmelden</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>Anzeigename</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>no account (OS user)</source>
      <translation>kein Konto (Betriebssystem-Benutzer)</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>deaktiviert</translation>
    </message>
    <message>
      <source>failed sign-ins: %1</source>
      <translation>fehlgeschlagene Anmeldungen: %1</translation>
    </message>
  </context>
  <context>
    <name>AdmissionDialog</name>
    <message>
      <source>no seat is free</source>
      <translation>kein Platz ist frei</translation>
    </message>
    <message>
      <source>1 seat is free</source>
      <translation>1 Platz ist frei</translation>
    </message>
    <message>
      <source>%1 seats are free</source>
      <translation>%1 Plätze sind frei</translation>
    </message>
    <message>
      <source>nobody is waiting ahead of this one</source>
      <translation>niemand wartet davor</translation>
    </message>
    <message>
      <source>1 applicant is waiting ahead of this one</source>
      <translation>1 Bewerber wartet davor</translation>
    </message>
    <message>
      <source>%1 applicants are waiting ahead of this one</source>
      <translation>%1 Bewerber warten davor</translation>
    </message>
    <message>
      <source>%1 of %2 seats taken</source>
      <translation>%1 von %2 Plätzen belegt</translation>
    </message>
    <message>
      <source>%1; %2 and %3: it can be admitted now.</source>
      <translation>%1; %2 und %3: sie kann jetzt aufgenommen werden.</translation>
    </message>
    <message>
      <source>%1; %2, but %3: it stays number %4 on the waiting list.</source>
      <translation>%1; %2, aber %3: sie bleibt Nummer %4 auf der Warteliste.</translation>
    </message>
    <message>
      <source>%1; %2, but %3: it will be number %4 on the waiting list.</source>
      <translation>%1; %2, aber %3: sie kommt als Nummer %4 auf die Warteliste.</translation>
    </message>
    <message>
      <source>%1; %2 and %3: it stays number %4 on the waiting list.</source>
      <translation>%1; %2 und %3: sie bleibt Nummer %4 auf der Warteliste.</translation>
    </message>
    <message>
      <source>%1; %2 and %3: it will be number %4 on the waiting list.</source>
      <translation>%1; %2 und %3: sie kommt als Nummer %4 auf die Warteliste.</translation>
    </message>
    <message>
      <source>Membership cap</source>
      <translation>Mitgliederobergrenze</translation>
    </message>
    <message>
      <source>Competitor check</source>
      <translation>Wettbewerbsprüfung</translation>
    </message>
    <message>
      <source>Admission &amp;date:</source>
      <translation>Aufnahme&amp;datum:</translation>
    </message>
    <message>
      <source>The check cannot judge</source>
      <translation>Die Prüfung kann nicht urteilen</translation>
    </message>
    <message>
      <source>Record what it &amp;sells…</source>
      <translation>Erfassen, was sie &amp;verkauft …</translation>
    </message>
    <message>
      <source>Admit &amp;without a competitor check</source>
      <translation>&amp;Ohne Wettbewerbsprüfung aufnehmen</translation>
    </message>
    <message>
      <source>Why the office admits it without a check (required, audited)</source>
      <translation>Warum die Geschäftsstelle ohne Prüfung aufnimmt (Pflicht, wird protokolliert)</translation>
    </message>
    <message>
      <source>Rea&amp;son:</source>
      <translation>Be&amp;gründung:</translation>
    </message>
    <message>
      <source>Board decision to admit despite the conflicts</source>
      <translation>Vorstandsbeschluss zur Aufnahme trotz der Konflikte</translation>
    </message>
    <message>
      <source>Why the board admits the organisation despite the conflicts (required)</source>
      <translation>Warum der Vorstand die Organisation trotz der Konflikte aufnimmt (Pflichtangabe)</translation>
    </message>
    <message>
      <source>Decided &amp;on:</source>
      <translation>Beschlossen &amp;am:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Begründung:</translation>
    </message>
    <message>
      <source>Admit</source>
      <translation>Aufnehmen</translation>
    </message>
    <message>
      <source>Admit %1</source>
      <translation>%1 aufnehmen</translation>
    </message>
    <message>
      <source>%1 cannot be admitted: only applicants and those on the waiting list can.</source>
      <translation>%1 kann nicht aufgenommen werden: Nur Bewerber und Organisationen auf der Warteliste können aufgenommen werden.</translation>
    </message>
    <message>
      <source>Only a manager or an administrator records a board decision; a decision kept with the application still applies.</source>
      <translation>Nur eine Geschäftsführung oder ein Administrator erfasst einen Vorstandsbeschluss; ein mit dem Antrag aufbewahrter Beschluss gilt weiterhin.</translation>
    </message>
    <message>
      <source>Members: %1 / %2 · free seats: %3 · waiting list: %4</source>
      <translation>Mitglieder: %1 / %2 · freie Plätze: %3 · Warteliste: %4</translation>
    </message>
    <message>
      <source>Keep on the waiting list</source>
      <translation>Auf der Warteliste lassen</translation>
    </message>
    <message>
      <source>Put on the waiting list</source>
      <translation>Auf die Warteliste setzen</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts (“%2”). The decision is kept with the application and applies when a seat comes free.</source>
      <translation>Der Vorstand hat am %1 beschlossen, trotz der Konflikte aufzunehmen („%2“). Der Beschluss bleibt bei der Bewerbung und gilt, sobald ein Platz frei wird.</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts (“%2”). The decision is kept with the application and applies: no new decision is needed.</source>
      <translation>Der Vorstand hat am %1 beschlossen, trotz der Konflikte aufzunehmen („%2“). Der Beschluss bleibt bei der Bewerbung und gilt: Ein neuer Beschluss ist nicht nötig.</translation>
    </message>
    <message>
      <source>now also sells: %1</source>
      <translation>verkauft jetzt auch: %1</translation>
    </message>
    <message>
      <source>no longer sells: %1</source>
      <translation>verkauft nicht mehr: %1</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts, but the sales profile has changed since (%2). The board must decide again.</source>
      <translation>Der Vorstand hat am %1 beschlossen, trotz der Konflikte aufzunehmen, aber das Verkaufsprofil hat sich seitdem geändert (%2). Der Vorstand muss neu beschließen.</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts, but the check now also finds conflicts with %2, which the decision does not cover. The board must decide again.</source>
      <translation>Der Vorstand hat am %1 beschlossen, trotz der Konflikte aufzunehmen, aber die Prüfung findet jetzt auch Konflikte mit %2, die der Beschluss nicht abdeckt. Der Vorstand muss neu beschließen.</translation>
    </message>
    <message>
      <source>Required: the check found conflicts.</source>
      <translation>Pflichtangabe: Die Prüfung hat Konflikte gefunden.</translation>
    </message>
    <message>
      <source>Required: say why the office admits it without a check.</source>
      <translation>Pflichtfeld: Begründen Sie, warum ohne Prüfung aufgenommen wird.</translation>
    </message>
    <message>
      <source>%1 is a member from %2. Members now: %3 / %4.</source>
      <translation>%1 ist Mitglied ab %2. Mitglieder jetzt: %3 / %4.</translation>
    </message>
    <message>
      <source>The board decision is recorded with the admission.</source>
      <translation>Der Vorstandsbeschluss ist mit der Aufnahme gespeichert.</translation>
    </message>
    <message>
      <source>The network is full: %1 is on the waiting list at position %2.</source>
      <translation>Das Netzwerk ist voll: %1 steht auf Platz %2 der Warteliste.</translation>
    </message>
    <message>
      <source>The board decision is kept with the application and applies when a seat comes free.</source>
      <translation>Der Vorstandsbeschluss bleibt bei der Bewerbung und gilt, sobald ein Platz frei wird.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>New framework agreement</source>
      <translation>Neuer Rahmenvertrag</translation>
    </message>
    <message>
      <source>Edit agreement</source>
      <translation>Rahmenvertrag bearbeiten</translation>
    </message>
    <message>
      <source>e.g. RV-2026-03</source>
      <translation>z. B. RV-2026-03</translation>
    </message>
    <message>
      <source>months</source>
      <translation>Monate</translation>
    </message>
    <message>
      <source>renews automatically by</source>
      <translation>verlängert sich automatisch um</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Unit price (€)</source>
      <translation>Stückpreis (€)</translation>
    </message>
    <message>
      <source>Price valid until</source>
      <translation>Preis gültig bis</translation>
    </message>
    <message>
      <source>Price adjustment</source>
      <translation>Preisanpassung</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>Artikel hinzufügen</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>Artikel entfernen</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>&amp;Reference</source>
      <translation>&amp;Aktenzeichen</translation>
    </message>
    <message>
      <source>&amp;Supplier</source>
      <translation>&amp;Lieferant</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Kategorie</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <source>End of term</source>
      <translation>Ende der Laufzeit</translation>
    </message>
    <message>
      <source>Notice period</source>
      <translation>Kündigungsfrist</translation>
    </message>
    <message>
      <source>Renewal</source>
      <translation>Verlängerung</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <source>Items and agreed prices</source>
      <translation>Artikel und vereinbarte Preise</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>keine Zahl</translation>
    </message>
    <message>
      <source>not a date such as 31.12.2026</source>
      <translation>kein Datum wie 31.12.2026</translation>
    </message>
    <message>
      <source>Check the marked cells: %1</source>
      <translation>Bitte die markierten Zellen prüfen: %1</translation>
    </message>
  </context>
  <context>
    <name>AgreementItemModel</name>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Stückpreis</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Anteil</translation>
    </message>
    <message>
      <source>Price valid until</source>
      <translation>Preis gültig bis</translation>
    </message>
    <message>
      <source>Price adjustment</source>
      <translation>Preisanpassung</translation>
    </message>
  </context>
  <context>
    <name>AgreementLabels</name>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>Beendet</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1 Monat</translation>
    </message>
    <message>
      <source>%1 months</source>
      <translation>%1 Monate</translation>
    </message>
  </context>
  <context>
    <name>AgreementListModel</name>
    <message>
      <source>Agreement</source>
      <translation>Rahmenvertrag</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Term ends</source>
      <translation>Laufzeit bis</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Kündigen bis</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
  </context>
  <context>
    <name>AgreementModel</name>
    <message>
      <source>Framework agreement</source>
      <translation>Rahmenvertrag</translation>
    </message>
    <message>
      <source>From tender</source>
      <translation>Aus Ausschreibung</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Positionen</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Angelegt</translation>
    </message>
  </context>
  <context>
    <name>AgreementView</name>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Activate…</source>
      <translation>Aktivieren…</translation>
    </message>
    <message>
      <source>Terminate…</source>
      <translation>Beenden…</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <extracomment>the printed summary (and the participants' workbook for the supplier)</extracomment>
      <translation>Zusammenfassung drucken…</translation>
    </message>
    <message>
      <source>The agreement's summary for the board as a PDF, opened for printing</source>
      <translation>Die Zusammenfassung des Vertrags für den Vorstand als PDF, zum Drucken geöffnet</translation>
    </message>
    <message>
      <source>Participants for the supplier…</source>
      <translation>Teilnehmer für den Lieferanten…</translation>
    </message>
    <message>
      <source>A workbook for the supplier: participants that agreed to be named, the others only as a pooled total</source>
      <translation>Eine Arbeitsmappe für den Lieferanten: Teilnehmer, die genannt werden dürfen; die übrigen nur als Gesamtmenge</translation>
    </message>
    <message>
      <source>Items and agreed prices</source>
      <translation>Artikel und vereinbarte Preise</translation>
    </message>
    <message>
      <source>Opt in…</source>
      <translation>Beitritt…</translation>
    </message>
    <message>
      <source>Volumes…</source>
      <translation>Mengen…</translation>
    </message>
    <message>
      <source>Named to supplier: yes/no</source>
      <translation>Nennung an Lieferant: ja/nein</translation>
    </message>
    <message>
      <source>Opt out…</source>
      <translation>Austritt…</translation>
    </message>
    <message>
      <source>Add document…</source>
      <translation>Dokument hinzufügen…</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Kopie speichern…</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>Dokument entfernen</translation>
    </message>
    <message>
      <source>Documents are stored in the database with their checksum (so a backup contains them), at most %1 MB each.</source>
      <translation>Dokumente werden mit Prüfsumme in der Datenbank gespeichert (eine Sicherung enthält sie), je höchstens %1 MB.</translation>
    </message>
    <message>
      <source>Data and terms</source>
      <translation>Daten und Bedingungen</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <source>Choose an agreement on the left.</source>
      <translation>Wählen Sie links einen Rahmenvertrag.</translation>
    </message>
    <message>
      <source>%1 taking part now: %2 members, %3 customers; %4 left.</source>
      <translation>%1 nehmen derzeit teil: %2 Mitglieder, %3 Kunden; %4 ausgetreten.</translation>
    </message>
    <message>
      <source>Only your organisation's participation is shown here.</source>
      <translation>Hier wird nur die Teilnahme Ihrer eigenen Organisation angezeigt.</translation>
    </message>
    <message>
      <source>automatically by %1</source>
      <translation>automatisch um %1</translation>
    </message>
    <message>
      <source>none: the agreement ends</source>
      <translation>keine: der Vertrag endet</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Aktenzeichen</translation>
    </message>
    <message>
      <source>Validity</source>
      <translation>Gültigkeit</translation>
    </message>
    <message>
      <source>Notice period</source>
      <translation>Kündigungsfrist</translation>
    </message>
    <message>
      <source>Renewal</source>
      <translation>Verlängerung</translation>
    </message>
    <message>
      <source>Current term ends</source>
      <translation>Laufende Laufzeit endet</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Kündigen bis</translation>
    </message>
    <message>
      <source>Terminated on</source>
      <translation>Beendet am</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Herkunft</translation>
    </message>
    <message>
      <source>award of a tender</source>
      <translation>Zuschlag einer Ausschreibung</translation>
    </message>
    <message>
      <source>entered by hand</source>
      <translation>von Hand erfasst</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <source>Activate %1, valid from %2 to %3? Participants can then join it.</source>
      <translation>%1 aktivieren, gültig vom %2 bis %3? Teilnehmer können dann beitreten.</translation>
    </message>
    <message>
      <source>Activate agreement</source>
      <translation>Rahmenvertrag aktivieren</translation>
    </message>
    <message>
      <source>Terminate %1</source>
      <translation>%1 beenden</translation>
    </message>
    <message>
      <source>The agreement ends on this day; its participants' participations end with it.</source>
      <translation>Der Vertrag endet an diesem Tag; die Teilnahmen enden mit ihm.</translation>
    </message>
    <message>
      <source>Notice given by the network</source>
      <translation>Kündigung durch das Netzwerk</translation>
    </message>
    <message>
      <source>Notice given by the supplier</source>
      <translation>Kündigung durch den Lieferanten</translation>
    </message>
    <message>
      <source>Supplier insolvent</source>
      <translation>Lieferant insolvent</translation>
    </message>
    <message>
      <source>Replaced by a new agreement</source>
      <translation>Durch neuen Vertrag ersetzt</translation>
    </message>
    <message>
      <source>%1 leaves %2</source>
      <translation>%1 tritt aus %2 aus</translation>
    </message>
    <message>
      <source>The participation ends on this day; its volumes count until then.</source>
      <translation>Die Teilnahme endet an diesem Tag; ihre Mengen zählen bis dahin.</translation>
    </message>
    <message>
      <source>Own contract elsewhere</source>
      <translation>Eigener Vertrag anderswo</translation>
    </message>
    <message>
      <source>Site closed or sold</source>
      <translation>Standort geschlossen oder verkauft</translation>
    </message>
    <message>
      <source>No longer needed</source>
      <translation>Kein Bedarf mehr</translation>
    </message>
    <message>
      <source>Add document</source>
      <translation>Dokument hinzufügen</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Kopie speichern</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Geschrieben nach %1</translation>
    </message>
    <message>
      <source>Remove %1 from the agreement? It is then gone from the database.</source>
      <translation>%1 aus dem Vertrag entfernen? Es ist dann aus der Datenbank gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsArea</name>
    <message>
      <source>all states</source>
      <translation>alle Status</translation>
    </message>
    <message>
      <source>ends within</source>
      <translation>endet innerhalb</translation>
    </message>
    <message>
      <source>days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>notice deadline within</source>
      <translation>Kündigungsfrist innerhalb</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>New agreement…</source>
      <translation>Neuer Rahmenvertrag…</translation>
    </message>
    <message>
      <source>Enter an agreement by hand, e.g. one from before NIRO Desk; awards create theirs as drafts.</source>
      <translation>Einen Rahmenvertrag von Hand erfassen, z. B. aus der Zeit vor NIRO Desk; Zuschläge legen ihre als Entwurf an.</translation>
    </message>
    <message>
      <source>Update states</source>
      <translation>Status aktualisieren</translation>
    </message>
    <message>
      <source>Agreements without renewal whose end has passed become expired.</source>
      <translation>Verträge ohne Verlängerung, deren Ende vorbei ist, werden abgelaufen.</translation>
    </message>
    <message>
      <source>all categories</source>
      <translation>alle Kategorien</translation>
    </message>
    <message>
      <source>all suppliers</source>
      <translation>alle Lieferanten</translation>
    </message>
    <message>
      <source>%1 agreements</source>
      <translation>%1 Rahmenverträge</translation>
    </message>
    <message>
      <source>Expired, their end has passed: %1</source>
      <translation>Abgelaufen, ihr Ende ist vorbei: %1</translation>
    </message>
    <message>
      <source>No agreement has passed its end.</source>
      <translation>Kein Rahmenvertrag hat sein Ende überschritten.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsExport</name>
    <message>
      <source>Participants for the supplier</source>
      <translation>Teilnehmer für den Lieferanten</translation>
    </message>
    <message>
      <source>Participants %1</source>
      <translation>Teilnehmer %1</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <source>The workbook for the supplier was saved to %1 (in %2). It names %3 participant(s) who agreed to be named; the others are only included in pooled totals.</source>
      <translation>Die Arbeitsmappe für den Lieferanten wurde unter %1 gespeichert (auf %2). Sie nennt %3 Teilnehmer, die einer Nennung zugestimmt haben; die übrigen sind nur in zusammengefassten Summen enthalten.</translation>
    </message>
  </context>
  <context>
    <name>AuditArea</name>
    <message>
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Bedarfe</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Ausschreibungen</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
  </context>
  <context>
    <name>AuditEntriesModel</name>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Bereich</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
  </context>
  <context>
    <name>AuditLogDialog</name>
    <message>
      <source>Audit log</source>
      <translation>Änderungsprotokoll</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Alle Personen</translation>
    </message>
    <message>
      <source>All areas</source>
      <translation>Alle Bereiche</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>Alle Datensätze</translation>
    </message>
    <message>
      <source>id</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>words in the summary</source>
      <translation>Wörter in der Zusammenfassung</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <source>&amp;Until:</source>
      <translation>&amp;Bis:</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Area:</source>
      <translation>Bereich:</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>Datensatz:</translation>
    </message>
    <message>
      <source>Words:</source>
      <translation>Wörter:</translation>
    </message>
    <message>
      <source>Select an entry to see its change side by side.</source>
      <translation>Wählen Sie einen Eintrag, um die Änderung nebeneinander zu sehen.</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>Nach &amp;Excel exportieren…</translation>
    </message>
    <message>
      <source>Entries: %1</source>
      <translation>Einträge: %1</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
      <source>audit-log</source>
      <translation>aenderungsprotokoll</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Sign-in name</source>
      <translation>Anmeldename</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Bereich</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Änderungen</translation>
    </message>
    <message>
      <source>Exporting the audit log…</source>
      <translation>Änderungsprotokoll wird exportiert…</translation>
    </message>
    <message>
      <source>%1 entries written to %2</source>
      <translation>%1 Einträge geschrieben nach %2</translation>
    </message>
  </context>
  <context>
    <name>AwardDialog</name>
    <message>
      <source>Award</source>
      <translation>Zuschlag</translation>
    </message>
    <message>
      <source>Give each lot to one supplier (100 %) or split it; the shares of a lot add up to 100 %. The award creates a draft framework agreement per supplier.</source>
      <translation>Jedes Los geht an einen Lieferanten (100 %) oder wird geteilt; die Anteile eines Loses ergeben zusammen 100 %. Der Zuschlag legt je Lieferant einen Entwurf der Rahmenvereinbarung an.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
  </context>
  <context>
    <name>BallotModel</name>
    <message>
      <source>Head</source>
      <translation>Einkaufsleitung</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Ranking (most important first)</source>
      <translation>Rangfolge (wichtigste zuerst)</translation>
    </message>
    <message>
      <source>not ranked</source>
      <translation>keine Rangfolge abgegeben</translation>
    </message>
  </context>
  <context>
    <name>BidDialog</name>
    <message>
      <source>Enter a sealed bid — round %1</source>
      <translation>Versiegeltes Angebot erfassen — Runde %1</translation>
    </message>
    <message>
      <source>The prices are encrypted as soon as you save and are not shown again until the round is opened with the passphrase after the deadline (%1).</source>
      <translation>Die Preise werden beim Speichern verschlüsselt und erst wieder angezeigt, wenn die Runde nach Fristende (%1) mit der Passphrase geöffnet wurde.</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Received (Berlin time)</source>
      <translation>Eingang (Ortszeit Berlin)</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Bindefrist</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <source>Lot %1: %2</source>
      <translation>Los %1: %2</translation>
    </message>
    <message>
      <source>€ per %1</source>
      <translation>€ je %1</translation>
    </message>
    <message>
      <source>Seal and save</source>
      <translation>Versiegeln und speichern</translation>
    </message>
    <message>
      <source>Sealed: %1, lots %2, valid until %3, received %4.</source>
      <translation>Versiegelt: %1, Lose %2, Bindefrist %3, Eingang %4.</translation>
    </message>
    <message>
      <source>It came after the deadline: late, excluded unless admitted.</source>
      <translation>Es kam nach Fristende: verspätet, ausgeschlossen, sofern es nicht zugelassen wird.</translation>
    </message>
  </context>
  <context>
    <name>BidFilesModel</name>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Lots covered</source>
      <translation>Angebotene Lose</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>Received (Berlin time)</source>
      <translation>Eingegangen (Berliner Zeit)</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Verspätet</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Abgelehnt: %1</translation>
    </message>
    <message>
      <source>%1 problem(s): nothing will be imported</source>
      <translation>%1 Problem(e): nichts wird importiert</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Übersprungen: %1</translation>
    </message>
    <message>
      <source>Bid entered (sealed)</source>
      <translation>Angebot erfasst (versiegelt)</translation>
    </message>
    <message>
      <source>Ready to import</source>
      <translation>Bereit zum Import</translation>
    </message>
    <message>
      <source>late</source>
      <translation>verspätet</translation>
    </message>
  </context>
  <context>
    <name>BidImportDialog</name>
    <message>
      <source>Import bids: %1</source>
      <translation>Angebote importieren: %1</translation>
    </message>
    <message>
      <source>Add &amp;files…</source>
      <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
      <source>Add f&amp;older…</source>
      <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
      <source>&amp;Remove from list</source>
      <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
      <source>Add the bid workbooks the suppliers sent back (or drop them here). NIRO Desk checks every file first and shows supplier, lots covered, validity and the time received, never a price: the bids stay sealed until the opening. Nothing is entered before you press Import, and nothing at all while a file is refused.</source>
      <translation>Fügen Sie die Angebotsmappen hinzu, die die Lieferanten zurückgeschickt haben (oder ziehen Sie sie hierher). NIRO Desk prüft zuerst jede Datei und zeigt Lieferant, angebotene Lose, Gültigkeit und Eingangszeit, nie einen Preis: Die Angebote bleiben bis zur Öffnung versiegelt. Erfasst wird erst, wenn Sie „Importieren“ drücken, und gar nichts, solange eine Datei abgelehnt ist.</translation>
    </message>
    <message>
      <source>Bid workbooks</source>
      <translation>Angebotsmappen</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <source>Returned bid workbooks</source>
      <translation>Zurückgeschickte Angebotsmappen</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <source>Folder with returned bid workbooks</source>
      <translation>Ordner mit zurückgeschickten Angebotsmappen</translation>
    </message>
    <message>
      <source>Checking the bid workbooks…</source>
      <translation>Die Angebotsmappen werden geprüft …</translation>
    </message>
    <message>
      <source>Cancelled: nothing was checked or imported.</source>
      <translation>Abgebrochen: Nichts wurde geprüft oder importiert.</translation>
    </message>
    <message>
      <source>No workbooks found there.</source>
      <translation>Dort wurden keine Arbeitsmappen gefunden.</translation>
    </message>
    <message>
      <source>%1 file(s) refused or with problems: nothing can be imported until you remove them from the list (or replace them). %2 bid(s) would be ready.</source>
      <translation>%1 Datei(en) abgelehnt oder mit Problemen: Nichts kann importiert werden, bis Sie sie aus der Liste entfernen (oder ersetzen). %2 Angebot(e) wären bereit.</translation>
    </message>
    <message>
      <source>%1 bid(s) ready to import (%2 late), %3 skipped.</source>
      <translation>%1 Angebot(e) bereit zum Import (%2 verspätet), %3 übersprungen.</translation>
    </message>
    <message>
      <source>&amp;Import %1 bid(s)</source>
      <translation>%1 Angebot(e) &amp;importieren</translation>
    </message>
    <message>
      <source>The bid workbooks could not be checked.</source>
      <translation>Die Angebotsmappen konnten nicht geprüft werden.</translation>
    </message>
    <message>
      <source>%1 bid(s) entered and sealed; they stay sealed until the round is opened.</source>
      <translation>%1 Angebot(e) erfasst und versiegelt; sie bleiben versiegelt, bis die Runde geöffnet wird.</translation>
    </message>
  </context>
  <context>
    <name>BordaModel</name>
    <message>
      <source>Place</source>
      <translation>Platz</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <source>Borda points</source>
      <translation>Borda-Punkte</translation>
    </message>
    <message>
      <source>First places</source>
      <translation>Erste Plätze</translation>
    </message>
    <message>
      <source>Ranked by</source>
      <translation>Bewertet von</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Beschluss</translation>
    </message>
    <message>
      <source>to a collection next</source>
      <translation>nächste Bedarfsabfrage</translation>
    </message>
  </context>
  <context>
    <name>CapDialog</name>
    <message>
      <source>Membership cap</source>
      <translation>Mitgliederobergrenze</translation>
    </message>
    <message>
      <source>The network admits at most this many members (customers and applicants do not count). When it is full, applicants wait on the waiting list. Now: %1 members, %2 waiting.</source>
      <translation>Das Netzwerk nimmt höchstens so viele Mitglieder auf (Kunden und Bewerber zählen nicht mit). Ist es voll, warten Bewerber auf der Warteliste. Aktuell: %1 Mitglieder, %2 wartend.</translation>
    </message>
    <message>
      <source>&amp;Cap:</source>
      <translation>&amp;Obergrenze:</translation>
    </message>
    <message>
      <source>There are more members than that already: nobody is excluded, but nobody new is admitted until members leave.</source>
      <translation>Es gibt bereits mehr Mitglieder: Niemand wird ausgeschlossen, aber es wird niemand neu aufgenommen, bis Mitglieder austreten.</translation>
    </message>
  </context>
  <context>
    <name>CategoriesTab</name>
    <message>
      <source>New category…</source>
      <translation>Neue Kategorie…</translation>
    </message>
    <message>
      <source>New subcategory…</source>
      <translation>Neue Unterkategorie…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Umbenennen…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>New item…</source>
      <translation>Neuer Artikel…</translation>
    </message>
    <message>
      <source>Edit item…</source>
      <translation>Artikel bearbeiten…</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <source>Each item is bought in one unit. Volumes typed in another unit of the same kind are converted exactly (kWh ↔ MWh, kg ↔ t, l ↔ m³).</source>
      <translation>Jeder Artikel wird in genau einer Einheit eingekauft. Mengen in einer anderen Einheit derselben Art werden exakt umgerechnet (kWh ↔ MWh, kg ↔ t, l ↔ m³).</translation>
    </message>
    <message>
      <source>Create a category first.</source>
      <translation>Legen Sie zuerst eine Kategorie an.</translation>
    </message>
    <message>
      <source>Items of %1</source>
      <translation>Artikel in %1</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>New category</source>
      <translation>Neue Kategorie</translation>
    </message>
    <message>
      <source>Rename category</source>
      <translation>Kategorie umbenennen</translation>
    </message>
    <message>
      <source>Delete category</source>
      <translation>Kategorie löschen</translation>
    </message>
    <message>
      <source>Delete the empty category?</source>
      <translation>Die leere Kategorie löschen?</translation>
    </message>
  </context>
  <context>
    <name>CertificateModel</name>
    <message>
      <source>Certificate</source>
      <translation>Zertifikat</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Nachher</translation>
    </message>
  </context>
  <context>
    <name>CheckList</name>
    <message>
      <source>Filter…</source>
      <translation>Filtern…</translation>
    </message>
  </context>
  <context>
    <name>CheckReport</name>
    <message>
      <source>Compared with %1 members and waiting applicants.</source>
      <translation>Verglichen mit %1 Mitgliedern und Bewerbern auf der Warteliste.</translation>
    </message>
    <message>
      <source>Conflicts with %1 organisation(s)</source>
      <translation>Konflikte mit %1 Organisation(en)</translation>
    </message>
    <message>
      <source>1 organisation</source>
      <translation>1 Organisation</translation>
    </message>
    <message>
      <source>%1 organisations</source>
      <translation>%1 Organisationen</translation>
    </message>
    <message>
      <source>These organisations sell the same things in the same market. Admission needs a recorded board decision.</source>
      <translation>Diese Organisationen verkaufen dasselbe im selben Markt. Eine Aufnahme braucht einen protokollierten Vorstandsbeschluss.</translation>
    </message>
    <message>
      <source>The check cannot judge</source>
      <translation>Die Prüfung kann nicht urteilen</translation>
    </message>
    <message>
      <source>Record its industry classes or product markets, or admit it without a check; that is recorded in the audit log.</source>
      <translation>Erfassen Sie ihre Wirtschaftszweige oder Produktmärkte, oder nehmen Sie sie ohne Prüfung auf; das wird im Protokoll festgehalten.</translation>
    </message>
    <message>
      <source>Nobody in the network sells the same things in the same market.</source>
      <translation>Niemand im Netzwerk verkauft dasselbe im selben Markt.</translation>
    </message>
    <message>
      <source>Supplier and customer: not a conflict</source>
      <translation>Lieferant und Kunde: kein Konflikt</translation>
    </message>
    <message>
      <source>Shared inputs never make two companies competitors; what counts is what they sell. Unfold a line to see who.</source>
      <translation>Gemeinsam eingekaufte Vorprodukte machen zwei Firmen nie zu Wettbewerbern; entscheidend ist, was sie verkaufen. Klappen Sie eine Zeile auf, um zu sehen, wer.</translation>
    </message>
    <message>
      <source>No conflicts</source>
      <translation>Keine Konflikte</translation>
    </message>
    <message>
      <source>Cleared by the office</source>
      <translation>Von der Geschäftsstelle ausgeräumt</translation>
    </message>
    <message>
      <source>Not compared, because nothing is recorded about what they sell: %1.</source>
      <translation>Nicht verglichen, weil nicht erfasst ist, was sie verkaufen: %1.</translation>
    </message>
    <message>
      <source>Shared inputs only: not a conflict</source>
      <translation>Nur gemeinsame Vorprodukte: kein Konflikt</translation>
    </message>
  </context>
  <context>
    <name>CheckedFilesPanel</name>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>Problems in %1 (%2)</source>
      <translation>Probleme in %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup of the old version: {path}</source>
      <translation>Sicherung der alten Version: {path}</translation>
    </message>
    <message>
      <source>Workbook for {name}: {path}</source>
      <translation>Arbeitsmappe für {name}: {path}</translation>
    </message>
    <message>
      <source>  e-mail draft to {to}: {path}</source>
      <translation>  E-Mail-Entwurf an {to}: {path}</translation>
    </message>
    <message>
      <source>No e-mail address for {name}: send its workbook yourself.</source>
      <translation>Keine E-Mail-Adresse für {name}: Arbeitsmappe bitte selbst senden.</translation>
    </message>
    <message>
      <source>{count} workbook(s), {drafts} e-mail draft(s) in {folder}</source>
      <translation>{count} Arbeitsmappe(n), {drafts} E-Mail-Entwürfe in {folder}</translation>
    </message>
    <message>
      <source>{count} workbook(s) in {folder}</source>
      <translation>{count} Arbeitsmappe(n) in {folder}</translation>
    </message>
    <message>
      <source>No workbooks found.</source>
      <translation>Keine Arbeitsmappen gefunden.</translation>
    </message>
    <message>
      <source>{file}: REFUSED: {reason}</source>
      <translation>{file}: ABGELEHNT: {reason}</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} problem(s), nothing saved:</source>
      <translation>{file} ({name}): {count} Problem(e), nichts gespeichert:</translation>
    </message>
    <message>
      <source>{file}: skipped</source>
      <translation>{file}: übersprungen</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} line(s) saved</source>
      <translation>{file} ({name}): {count} Zeile(n) gespeichert</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} line(s), OK</source>
      <translation>{file} ({name}): {count} Zeile(n), in Ordnung</translation>
    </message>
    <message>
      <source>{saved} saved, {skipped} skipped, {rejected} refused.</source>
      <translation>{saved} gespeichert, {skipped} übersprungen, {rejected} abgelehnt.</translation>
    </message>
    <message>
      <source>Schema is at version {head}.</source>
      <translation>Das Schema hat die Version {head}.</translation>
    </message>
    <message>
      <source>Database: {url}</source>
      <translation>Datenbank: {url}</translation>
    </message>
    <message>
      <source>Schema version: {revision} (newest: {head})</source>
      <translation>Schemaversion: {revision} (neueste: {head})</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>PROBLEMS FOUND</source>
      <translation>PROBLEME GEFUNDEN</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>Sicherung gespeichert unter {path}</translation>
    </message>
    <message>
      <source>Database roles set up with the prefix {prefix}.</source>
      <translation>Datenbankrollen mit dem Präfix {prefix} eingerichtet.</translation>
    </message>
    <message>
      <source>Group role created: {name}</source>
      <translation>Gruppenrolle angelegt: {name}</translation>
    </message>
    <message>
      <source>Privileges granted on {tables} tables; {policies} row-level policies.</source>
      <translation>Rechte auf {tables} Tabellen vergeben; {policies} Richtlinien auf Zeilenebene.</translation>
    </message>
    <message>
      <source>Login role created (no password yet): {login}</source>
      <translation>Anmelderolle angelegt (noch ohne Passwort): {login}</translation>
    </message>
    <message>
      <source>Login role updated: {login}</source>
      <translation>Anmelderolle aktualisiert: {login}</translation>
    </message>
    <message>
      <source>Skipped {login}: {reason}</source>
      <translation>{login} übersprungen: {reason}</translation>
    </message>
    <message>
      <source>An administrator sets each account's password in NIRO Desk before it can connect.</source>
      <translation>Ein Administrator legt in NIRO Desk für jedes Konto das Passwort fest, bevor es sich verbinden kann.</translation>
    </message>
    <message>
      <source>Backup verified: {path}</source>
      <translation>Sicherung geprüft: {path}</translation>
    </message>
    <message>
      <source>now in the database</source>
      <translation>jetzt in der Datenbank</translation>
    </message>
    <message>
      <source>in the backup</source>
      <translation>in der Sicherung</translation>
    </message>
    <message>
      <source>Replace the data of {database} with this backup? A safety copy of the current data is written first. [y/N] </source>
      <translation>Die Daten von {database} durch diese Sicherung ersetzen? Vorher wird eine Sicherheitskopie der jetzigen Daten geschrieben. [j/N] </translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Safety copy of the replaced data: {path}</source>
      <translation>Sicherheitskopie der ersetzten Daten: {path}</translation>
    </message>
    <message>
      <source>Database restored from {path}</source>
      <translation>Datenbank wiederhergestellt aus {path}</translation>
    </message>
    <message>
      <source>The database is not empty: the demo network is only written into an empty database.</source>
      <translation>Die Datenbank ist nicht leer: Das Demo-Netzwerk wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
      <source>Demo network written: {current_members} members, {waiting} on the waiting list, {applicants} applicants, {former} former members, {customers} customers, {suppliers} suppliers, {contacts} contacts.</source>
      <translation>Demo-Netzwerk geschrieben: {current_members} Mitglieder, {waiting} auf der Warteliste, {applicants} Bewerber, {former} ehemalige Mitglieder, {customers} Kunden, {suppliers} Lieferanten, {contacts} Ansprechpartner.</translation>
    </message>
    <message>
      <source>new</source>
      <translation>neu</translation>
    </message>
    <message>
      <source>update</source>
      <translation>ändern</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
    <message>
      <source>{sheet}, row {row}: {action:&lt;10} {name} ({details})</source>
      <translation>{sheet}, Zeile {row}: {action:&lt;10} {name} ({details})</translation>
    </message>
    <message>
      <source>{sheet}, row {row}: {action:&lt;10} {name}</source>
      <translation>{sheet}, Zeile {row}: {action:&lt;10} {name}</translation>
    </message>
    <message>
      <source>Nothing to do: the workbook matches NIRO Desk.</source>
      <translation>Nichts zu tun: Die Arbeitsmappe stimmt mit NIRO Desk überein.</translation>
    </message>
    <message>
      <source>{new} new, {update} to update, {unchanged} unchanged.</source>
      <translation>{new} neu, {update} zu aktualisieren, {unchanged} unverändert.</translation>
    </message>
    <message>
      <source>{count} rows imported.</source>
      <translation>{count} Zeilen importiert.</translation>
    </message>
    <message>
      <source>Warnings (they do not stop the import; the office decides):</source>
      <translation>Warnungen (sie halten den Import nicht auf; die Geschäftsstelle entscheidet):</translation>
    </message>
    <message>
      <source>{count} members written to {path}</source>
      <translation>{count} Mitglieder gespeichert unter {path}</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>Cannot use {path}: {reason}</source>
      <translation>{path} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
      <source>Unexpected error ({error}). The details are in {log}.</source>
      <translation>Unerwarteter Fehler ({error}). Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
      <source>Unexpected error ({error}). Run again with -v for details.</source>
      <translation>Unerwarteter Fehler ({error}). Für Einzelheiten noch einmal mit -v aufrufen.</translation>
    </message>
    <message>
      <source>Who is present? One name per line, an empty line ends:</source>
      <translation>Wer ist anwesend? Ein Name je Zeile, eine leere Zeile beendet:</translation>
    </message>
    <message>
      <source>{count} invitation workbook(s) in {folder}</source>
      <translation>{count} Einladungsmappe(n) in {folder}</translation>
    </message>
    <message>
      <source>{count} invitation workbook(s), {drafts} e-mail draft(s) in {folder}</source>
      <translation>{count} Einladungsmappe(n), {drafts} E-Mail-Entwürfe in {folder}</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} problem(s):</source>
      <translation>{file} ({name}): {count} Problem(e):</translation>
    </message>
    <message>
      <source>{file} ({name}): bid entered, lots {lots}, valid until {valid}, received {received}{late}</source>
      <translation>{file} ({name}): Angebot erfasst, Lose {lots}, gültig bis {valid}, eingegangen {received}{late}</translation>
    </message>
    <message>
      <source>{file} ({name}): OK, lots {lots}, valid until {valid}, received {received}{late}</source>
      <translation>{file} ({name}): OK, Lose {lots}, gültig bis {valid}, eingegangen {received}{late}</translation>
    </message>
    <message>
      <source> (LATE)</source>
      <translation> (VERSPÄTET)</translation>
    </message>
    <message>
      <source>{saved} bid(s) entered, {skipped} skipped, {rejected} refused.</source>
      <translation>{saved} Angebot(e) erfasst, {skipped} übersprungen, {rejected} abgelehnt.</translation>
    </message>
    <message>
      <source>Nothing was imported: remove or replace the refused files and run again.</source>
      <translation>Nichts wurde importiert: Entfernen oder ersetzen Sie die abgelehnten Dateien und starten Sie erneut.</translation>
    </message>
    <message>
      <source>Evaluation written to {path}</source>
      <translation>Auswertung geschrieben: {path}</translation>
    </message>
    <message>
      <source>Opening protocol written to {path}</source>
      <translation>Öffnungsprotokoll geschrieben: {path}</translation>
    </message>
    <message>
      <source>Opening passphrase: </source>
      <translation>Öffnungs-Passphrase: </translation>
    </message>
    <message>
      <source>The passphrase does not open round {number} of {title}. Nothing was opened; the attempt is recorded.</source>
      <translation>Die Passphrase öffnet Runde {number} von {title} nicht. Nichts wurde geöffnet; der Versuch ist protokolliert.</translation>
    </message>
    <message>
      <source>Round {number} of {title} opened: {bids} bids, {late} late bids excluded.</source>
      <translation>Runde {number} von {title} geöffnet: {bids} Angebote, {late} verspätete Angebote ausgeschlossen.</translation>
    </message>
    <message>
      <source>Opening passphrase of the sealed demo tender “{title}”: {passphrase}</source>
      <extracomment>supplier category words in demo.members → category names of the tree (supplier name start, standard, days from today until expiry)</extracomment>
      <translation>Öffnungs-Passphrase der versiegelten Demo-Ausschreibung „{title}“: {passphrase}</translation>
    </message>
    <message>
      <source>Agreement summary written to {path}</source>
      <translation>Vertragszusammenfassung gespeichert unter {path}</translation>
    </message>
    <message>
      <source>Statement written to {path}</source>
      <translation>Jahresübersicht gespeichert unter {path}</translation>
    </message>
    <message>
      <source>{count} statement(s) for {year} in {folder}</source>
      <translation>{count} Jahresübersicht(en) für {year} in {folder}</translation>
    </message>
    <message>
      <source>Participants written to {path} ({named} named; language of the supplier: {lang})</source>
      <translation>Teilnehmer nach {path} geschrieben ({named} namentlich genannt; Sprache des Lieferanten: {lang})</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>Neues Passwort für {name}: </translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
      <source>the two passwords differ; nothing was changed</source>
      <translation>die beiden Passwörter stimmen nicht überein; nichts wurde geändert</translation>
    </message>
    <message>
      <source>Password of {name}: </source>
      <translation>Passwort von {name}: </translation>
    </message>
    <message>
      <source>Account {name} added ({roles}).</source>
      <translation>Konto {name} angelegt ({roles}).</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>deaktiviert</translation>
    </message>
    <message>
      <source>no password</source>
      <translation>kein Passwort</translation>
    </message>
    <message>
      <source>Password of {name} reset.</source>
      <translation>Passwort von {name} zurückgesetzt.</translation>
    </message>
    <message>
      <source>Accounts are on: NIRO Desk asks everyone to sign in.</source>
      <translation>Konten sind eingeschaltet: NIRO Desk fragt alle nach der Anmeldung.</translation>
    </message>
    <message>
      <source>Accounts are off: NIRO Desk acts as the OS user.</source>
      <translation>Konten sind ausgeschaltet: NIRO Desk arbeitet als Benutzer des Betriebssystems.</translation>
    </message>
  </context>
  <context>
    <name>CollectionDialog</name>
    <message>
      <source>New requirement collection</source>
      <translation>Neue Bedarfsabfrage</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Bedarfsabfrage</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>Alle Mitglieder</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>Alle Kunden</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Kategorie:</translation>
    </message>
    <message>
      <source>Supply &amp;period:</source>
      <translation>Liefer&amp;zeitraum:</translation>
    </message>
    <message>
      <source>&amp;Deadline:</source>
      <translation>&amp;Frist:</translation>
    </message>
    <message>
      <source>Decided in &amp;round:</source>
      <translation>Beschlossen in &amp;Runde:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notizen:</translation>
    </message>
    <message>
      <source>Items asked for</source>
      <translation>Abgefragte Artikel</translation>
    </message>
    <message>
      <source>Invited participants (members and customers)</source>
      <translation>Eingeladene Teilnehmer (Mitglieder und Kunden)</translation>
    </message>
    <message>
      <source>Create a category with items first.</source>
      <translation>Legen Sie zuerst eine Kategorie mit Artikeln an.</translation>
    </message>
    <message>
      <source>Choose at least one item.</source>
      <translation>Wählen Sie mindestens einen Artikel.</translation>
    </message>
    <message>
      <source>taken out by the office</source>
      <translation>von der Geschäftsstelle herausgenommen</translation>
    </message>
  </context>
  <context>
    <name>CollectionListModel</name>
    <message>
      <source>Collection</source>
      <translation>Bedarfsabfrage</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Geantwortet</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
  </context>
  <context>
    <name>CollectionView</name>
    <message>
      <source>Edit / invite…</source>
      <translation>Bearbeiten / einladen…</translation>
    </message>
    <message>
      <source>Open collection</source>
      <translation>Abfrage öffnen</translation>
    </message>
    <message>
      <source>Close collection</source>
      <translation>Abfrage schließen</translation>
    </message>
    <message>
      <source>Enter requirements…</source>
      <translation>Bedarf erfassen…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Verlauf…</translation>
    </message>
    <message>
      <source>Not answered yet…</source>
      <translation>Noch ohne Antwort…</translation>
    </message>
    <message>
      <source>Write workbooks…</source>
      <translation>Arbeitsmappen schreiben…</translation>
    </message>
    <message>
      <source>Prepare e-mails…</source>
      <translation>E-Mails vorbereiten…</translation>
    </message>
    <message>
      <source>Import returned workbooks…</source>
      <translation>Rücklauf importieren…</translation>
    </message>
    <message>
      <source>You can also drop workbooks on this view.</source>
      <translation>Sie können Arbeitsmappen auch auf diese Ansicht ziehen.</translation>
    </message>
    <message>
      <source>Pooled volume per item by region (each bar is the item's total)</source>
      <translation>Gebündelte Menge je Artikel nach Region (jeder Balken ist die Gesamtmenge des Artikels)</translation>
    </message>
    <message>
      <source>Pooled demand</source>
      <translation>Gebündelter Bedarf</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Choose a collection on the left, or create one.</source>
      <translation>Wählen Sie links eine Bedarfsabfrage oder legen Sie eine neue an.</translation>
    </message>
    <message>
      <source>%1 · supply period %2 · deadline %3 · %4</source>
      <translation>%1 · Lieferzeitraum %2 · Frist %3 · %4</translation>
    </message>
    <message>
      <source>%1 of %2 invited participants have answered.</source>
      <translation>%1 von %2 eingeladenen Teilnehmern haben geantwortet.</translation>
    </message>
    <message>
      <source>No requirements yet.</source>
      <translation>Noch kein Bedarf gemeldet.</translation>
    </message>
    <message>
      <source>Close the collection? Afterwards no requirements can be entered or changed.</source>
      <translation>Die Bedarfsabfrage schließen? Danach kann kein Bedarf mehr erfasst oder geändert werden.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Choose a participant on the Participants tab first.</source>
      <translation>Wählen Sie zuerst auf der Registerkarte „Teilnehmer“ einen Teilnehmer.</translation>
    </message>
  </context>
  <context>
    <name>CollectionsTab</name>
    <message>
      <source>New collection…</source>
      <translation>Neue Bedarfsabfrage…</translation>
    </message>
  </context>
  <context>
    <name>ComparisonModel</name>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Total at pooled volume</source>
      <translation>Summe beim Poolvolumen</translation>
    </message>
    <message>
      <source>Change against previous round</source>
      <translation>Änderung zur Vorrunde</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Edit contact %1</source>
      <translation>Ansprechpartner %1 bearbeiten</translation>
    </message>
    <message>
      <source>New contact</source>
      <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
      <source>e.g. Head of purchasing</source>
      <translation>z. B. Leitung Einkauf</translation>
    </message>
    <message>
      <source>Separated by commas, e.g. ISO 9001, CNC</source>
      <translation>Durch Kommas getrennt, z. B. ISO 9001, CNC</translation>
    </message>
    <message>
      <source>&amp;First name:</source>
      <translation>&amp;Vorname:</translation>
    </message>
    <message>
      <source>&amp;Last name:</source>
      <translation>&amp;Nachname:</translation>
    </message>
    <message>
      <source>F&amp;unction:</source>
      <translation>F&amp;unktion:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-Mail:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>E&amp;xpertise:</source>
      <translation>Fach&amp;gebiete:</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otizen:</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Fachgebiete</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
  </context>
  <context>
    <name>ContactModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Fachgebiete</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <source>&amp;New contact…</source>
      <translation>&amp;Neuer Ansprechpartner…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>E&amp;xport personal data…</source>
      <translation>Personendaten e&amp;xportieren…</translation>
    </message>
    <message>
      <source>Everything NIRO Desk holds about this person, as a JSON file (GDPR Art. 15)</source>
      <translation>Alles, was NIRO Desk über diese Person gespeichert hat, als JSON-Datei (DSGVO Art. 15)</translation>
    </message>
    <message>
      <source>E&amp;rase personal data…</source>
      <translation>Personendaten lö&amp;schen…</translation>
    </message>
    <message>
      <source>Erase the person on request (GDPR Art. 17); the history keeps only its shape</source>
      <translation>Die Person auf Anfrage löschen (DSGVO Art. 17); im Verlauf bleibt nur die Struktur der Einträge erhalten</translation>
    </message>
    <message>
      <source>Delete contact</source>
      <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
      <source>Delete %1? The history keeps what was recorded about the person.</source>
      <translation>%1 löschen? Im Verlauf bleibt erhalten, was über die Person erfasst wurde.</translation>
    </message>
    <message>
      <source>Erase personal data</source>
      <translation>Personendaten löschen</translation>
    </message>
    <message>
      <source>Erase %1 for good? The contact is deleted and every history entry about the person is blanked out. This cannot be undone.</source>
      <translation>%1 endgültig löschen? Der Ansprechpartner wird gelöscht und jeder Verlaufseintrag zu dieser Person wird geschwärzt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>personal-data-%1</source>
      <translation>Personendaten-%1</translation>
    </message>
    <message>
      <source>Export personal data</source>
      <translation>Personendaten exportieren</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
      <source>The personal data of %1 is in %2.</source>
      <translation>Die Personendaten von %1 wurden in %2 gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpening</name>
    <message>
      <source>Opening the database…</source>
      <translation>Datenbank wird geöffnet …</translation>
    </message>
  </context>
  <context>
    <name>DatabaseProblemDialog</name>
    <message>
      <source>%1 – the database cannot be opened</source>
      <translation>%1 – die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>&lt;b&gt;NIRO Desk cannot open its database.&lt;/b&gt;</source>
      <translation>&lt;b&gt;NIRO Desk kann seine Datenbank nicht öffnen.&lt;/b&gt;</translation>
    </message>
    <message>
      <source>The details are also written to %1.</source>
      <translation>Die Einzelheiten stehen auch in %1.</translation>
    </message>
    <message>
      <source>Log file: %1</source>
      <translation>Protokolldatei: %1</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <source>Choose another database…</source>
      <translation>Andere Datenbank wählen …</translation>
    </message>
    <message>
      <source>Open the demo</source>
      <translation>Demo öffnen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
  </context>
  <context>
    <name>DecisionsDialog</name>
    <message>
      <source>Decisions of the round</source>
      <translation>Beschlüsse der Runde</translation>
    </message>
    <message>
      <source>%1. %2 (%3 points)</source>
      <translation>%1. %2 (%3 Punkte)</translation>
    </message>
    <message>
      <source>Go to a requirement collection next</source>
      <translation>Kommen als Nächstes in eine Bedarfsabfrage</translation>
    </message>
    <message>
      <source>Notes of the round:</source>
      <translation>Notizen zur Runde:</translation>
    </message>
  </context>
  <context>
    <name>DirectoryModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>NACE classes</source>
      <translation>WZ-Klassen</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Mitarbeiter</translation>
    </message>
    <message>
      <source>Annual fee</source>
      <translation>Jahresbeitrag</translation>
    </message>
    <message>
      <source>Member since</source>
      <translation>Mitglied seit</translation>
    </message>
    <message>
      <source>Waiting since</source>
      <translation>Wartet seit</translation>
    </message>
  </context>
  <context>
    <name>DocumentModel</name>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
  </context>
  <context>
    <name>EndDialog</name>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Tag</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Grund</translation>
    </message>
  </context>
  <context>
    <name>ExpertModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Fachgebiete</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>FeeDialog</name>
    <message>
      <source>New fee step for %1</source>
      <translation>Neue Beitragsstufe für %1</translation>
    </message>
    <message>
      <source>Valid &amp;from:</source>
      <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
      <source>&amp;Annual fee:</source>
      <translation>&amp;Jahresbeitrag:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notiz:</translation>
    </message>
    <message>
      <source>Enter an amount such as %1.</source>
      <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
  </context>
  <context>
    <name>FeeModel</name>
    <message>
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <source>Annual fee</source>
      <translation>Jahresbeitrag</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
  </context>
  <context>
    <name>GlossaryDialog</name>
    <message>
      <source>Product glossary</source>
      <translation>Produktglossar</translation>
    </message>
    <message>
      <source>The competitor check finds the same product under different names through this glossary: German and English terms, synonyms, and broader terms (“Kreiselpumpe” is a kind of “Pumpe”). When two names of one product do not meet, add a term here.</source>
      <translation>Über dieses Glossar erkennt die Wettbewerbsprüfung dasselbe Produkt unter verschiedenen Namen: deutsche und englische Begriffe, Synonyme und Oberbegriffe („Kreiselpumpe“ ist eine Art „Pumpe“). Wenn zwei Namen desselben Produkts nicht zueinanderfinden, ergänzen Sie hier einen Begriff.</translation>
    </message>
    <message>
      <source>Search German, English or synonyms…</source>
      <translation>Deutsch, Englisch oder Synonyme suchen…</translation>
    </message>
    <message>
      <source>&amp;Remove office term</source>
      <translation>Begriff der Geschäftsstelle &amp;entfernen</translation>
    </message>
    <message>
      <source>Other names and spellings, comma between</source>
      <translation>Weitere Namen und Schreibweisen, durch Komma getrennt</translation>
    </message>
    <message>
      <source>German term of an existing entry (optional)</source>
      <translation>Deutscher Begriff eines vorhandenen Eintrags (optional)</translation>
    </message>
    <message>
      <source>&amp;Add term</source>
      <translation>Begriff &amp;hinzufügen</translation>
    </message>
    <message>
      <source>&amp;German:</source>
      <translation>&amp;Deutsch:</translation>
    </message>
    <message>
      <source>&amp;English:</source>
      <translation>E&amp;nglisch:</translation>
    </message>
    <message>
      <source>S&amp;ynonyms:</source>
      <translation>S&amp;ynonyme:</translation>
    </message>
    <message>
      <source>&amp;Broader term:</source>
      <translation>&amp;Oberbegriff:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <source>New office term</source>
      <translation>Neuer Begriff der Geschäftsstelle</translation>
    </message>
    <message>
      <source>%1 terms shipped with NIRO Desk, %2 added by the office.</source>
      <translation>%1 Begriffe mitgeliefert, %2 von der Geschäftsstelle ergänzt.</translation>
    </message>
    <message>
      <source>Remove office term</source>
      <translation>Begriff der Geschäftsstelle entfernen</translation>
    </message>
    <message>
      <source>Remove “%1” from the glossary? The competitor check no longer uses it.</source>
      <translation>„%1“ aus dem Glossar entfernen? Die Wettbewerbsprüfung verwendet ihn dann nicht mehr.</translation>
    </message>
  </context>
  <context>
    <name>GlossaryModel</name>
    <message>
      <source>German</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <source>Synonyms</source>
      <translation>Synonyme</translation>
    </message>
    <message>
      <source>Broader term</source>
      <translation>Oberbegriff</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation>Ergänzt von</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>Material or input</source>
      <translation>Material oder Vorleistung</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Verfahren</translation>
    </message>
    <message>
      <source>the office</source>
      <translation>der Geschäftsstelle</translation>
    </message>
    <message>
      <source>NIRO Desk</source>
      <translation>NIRO Desk</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Submissions of %1</source>
      <translation>Meldungen von %1</translation>
    </message>
    <message>
      <source>A later submission replaces the earlier one; the earlier ones stay here. Only the current one counts in the pooled totals.</source>
      <translation>Eine spätere Meldung ersetzt die frühere; die früheren bleiben hier sichtbar. Nur die aktuelle zählt im gebündelten Bedarf.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import members from Excel</source>
      <translation>Mitglieder aus Excel importieren</translation>
    </message>
    <message>
      <source>Choose an Excel workbook (.xlsx)</source>
      <translation>Wählen Sie eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
      <source>NIRO Desk first shows what the import would do. Nothing is written before you press Import, and nothing at all if the workbook has problems.</source>
      <translation>NIRO Desk zeigt zuerst, was der Import bewirken würde. Erst wenn Sie auf „Importieren“ klicken, wird etwas gespeichert – und gar nichts, wenn die Arbeitsmappe Probleme enthält.</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>%1 wird gelesen…</translation>
    </message>
    <message>
      <source>Reading the workbook…</source>
      <translation>Arbeitsmappe wird gelesen…</translation>
    </message>
    <message>
      <source>%1 problem(s) found: nothing can be imported until the workbook is corrected. Each problem names its sheet, row and column.</source>
      <translation>%1 Problem(e) gefunden: Es kann nichts importiert werden, bis die Arbeitsmappe korrigiert ist. Zu jedem Problem sind Tabellenblatt, Zeile und Spalte angegeben.</translation>
    </message>
    <message>
      <source>Nothing to do: all %1 rows match what NIRO Desk already holds.</source>
      <translation>Nichts zu tun: Alle %1 Zeilen stimmen mit dem überein, was NIRO Desk bereits enthält.</translation>
    </message>
    <message>
      <source>Ready to import: %1 new, %2 to update, %3 unchanged.</source>
      <translation>Bereit zum Import: %1 neu, %2 zu aktualisieren, %3 unverändert.</translation>
    </message>
    <message>
      <source>Changes in row %1 of sheet “%2”:</source>
      <translation>Änderungen in Zeile %1 auf Tabellenblatt „%2“:</translation>
    </message>
    <message>
      <source>Imported: %1 new, %2 updated.</source>
      <translation>Importiert: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
      <source>Problems (%1)</source>
      <translation>Probleme (%1)</translation>
    </message>
    <message>
      <source>Importing members…</source>
      <translation>Mitglieder werden importiert…</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Es wurde nichts importiert.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Ändern</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Unverändert</translation>
    </message>
  </context>
  <context>
    <name>ImportProblemsModel</name>
    <message>
      <source>Sheet</source>
      <translation>Tabellenblatt</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
  </context>
  <context>
    <name>ImportRowsModel</name>
    <message>
      <source>Sheet</source>
      <translation>Tabellenblatt</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>NACE classes</source>
      <translation>WZ-Klassen</translation>
    </message>
    <message>
      <source>Changes (before → after)</source>
      <translation>Änderungen (vorher → nachher)</translation>
    </message>
  </context>
  <context>
    <name>IndustryClassModel</name>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Bezeichnung</translation>
    </message>
  </context>
  <context>
    <name>InvitationAction</name>
    <message>
      <source>%1 invitation workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.</source>
      <translation>%1 Einladungsmappe(n) und %2 E-Mail-Entwürfe in %3 geschrieben. Öffnen Sie jeden Entwurf (.eml) in Ihrem E-Mail-Programm, prüfen und senden Sie ihn; NIRO Desk sendet nichts.</translation>
    </message>
    <message>
      <source>No e-mail address for: %1. Send them their workbooks yourself.</source>
      <translation>Keine E-Mail-Adresse für: %1. Senden Sie diesen ihre Mappen bitte selbst.</translation>
    </message>
    <message>
      <source>Invitations (Excel)</source>
      <translation>Einladungen (Excel)</translation>
    </message>
    <message>
      <source>Folder for the invitations</source>
      <translation>Ordner für die Einladungen</translation>
    </message>
  </context>
  <context>
    <name>ItemDialog</name>
    <message>
      <source>New item</source>
      <translation>Neuer Artikel</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>In use (offered in new collections)</source>
      <translation>In Gebrauch (wird in neuen Bedarfsabfragen angeboten)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Einheit:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Beschreibung:</translation>
    </message>
  </context>
  <context>
    <name>ItemModel</name>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>In Gebrauch</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
  </context>
  <context>
    <name>ItemTotalModel</name>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Pooled volume per year</source>
      <translation>Gebündelte Jahresmenge</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <source>%1 leaves the network</source>
      <translation>Austritt von %1 aus dem Netzwerk</translation>
    </message>
    <message>
      <source>Notice given by the member</source>
      <translation>Kündigung durch das Mitglied</translation>
    </message>
    <message>
      <source>Company closed</source>
      <translation>Betrieb eingestellt</translation>
    </message>
    <message>
      <source>Insolvency</source>
      <translation>Insolvenz</translation>
    </message>
    <message>
      <source>Merged or taken over</source>
      <translation>Fusioniert oder übernommen</translation>
    </message>
    <message>
      <source>Excluded by the board</source>
      <translation>Ausschluss durch den Vorstand</translation>
    </message>
    <message>
      <source>Exit</source>
      <translation>Austritt</translation>
    </message>
    <message>
      <source>E&amp;xit date:</source>
      <translation>Austritts&amp;datum:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Grund:</translation>
    </message>
    <message>
      <source>A seat is free</source>
      <translation>Ein Platz ist frei</translation>
    </message>
    <message>
      <source>Record exit</source>
      <translation>Austritt erfassen</translation>
    </message>
    <message>
      <source>%1 left the network on %2.</source>
      <translation>%1 ist am %2 aus dem Netzwerk ausgetreten.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Next on the waiting list: &lt;b&gt;%1&lt;/b&gt;, waiting since %2.</source>
      <translation>Als Nächstes auf der Warteliste: &lt;b&gt;%1&lt;/b&gt;, wartet seit %2.</translation>
    </message>
    <message>
      <source>Admit %1…</source>
      <translation>%1 aufnehmen…</translation>
    </message>
    <message>
      <source>It was taken out of these open requirement collections: %1.</source>
      <translation>Es wurde aus diesen offenen Bedarfsabfragen herausgenommen: %1.</translation>
    </message>
    <message>
      <source>Its participation in these framework agreements ended on the exit date: %1.</source>
      <translation>Seine Teilnahme an diesen Rahmenverträgen endete zum Austrittsdatum: %1.</translation>
    </message>
  </context>
  <context>
    <name>LetterheadDialog</name>
    <message>
      <source>Letterhead</source>
      <translation>Briefkopf</translation>
    </message>
    <message>
      <source>The office as it appears on agreement summaries and member statements; the last two address lines also form the return address above the window.</source>
      <translation>Die Geschäftsstelle, wie sie auf Vertragszusammenfassungen und Jahresübersichten erscheint; die letzten beiden Adresszeilen bilden auch die Absenderzeile über dem Fenster.</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Anschrift:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-Mail:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
  </context>
  <context>
    <name>LineEditModel</name>
    <message>
      <source>Line %1, %2: %3</source>
      <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
      <source>not a date such as 31.12.2026</source>
      <translation>kein Datum wie 31.12.2026</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>keine Zahl</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Jahresmenge</translation>
    </message>
    <message>
      <source>Delivery sites</source>
      <translation>Lieferstellen</translation>
    </message>
    <message>
      <source>Today's supplier</source>
      <translation>Heutiger Lieferant</translation>
    </message>
    <message>
      <source>Today's unit price (€)</source>
      <translation>Heutiger Stückpreis (€)</translation>
    </message>
    <message>
      <source>Contract ends</source>
      <translation>Vertragsende</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Kündigung bis</translation>
    </message>
  </context>
  <context>
    <name>LinesDialog</name>
    <message>
      <source>Requirements for %1</source>
      <translation>Bedarf für %1</translation>
    </message>
    <message>
      <source>e.g. by telephone with Ms Krüger</source>
      <translation>z. B. telefonisch mit Frau Krüger</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>Zeile hinzufügen</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Zeile entfernen</translation>
    </message>
    <message>
      <source>One line per item and delivery site. Volumes per year in the item's unit, or with another unit typed after the number (1.200 kWh). Lines without a volume are left out; saving with no lines records that nothing is needed.</source>
      <translation>Eine Zeile je Artikel und Lieferstelle. Jahresmengen in der Einheit des Artikels oder mit einer anderen Einheit hinter der Zahl (1.200 kWh). Zeilen ohne Menge werden weggelassen; Speichern ohne Zeilen hält fest, dass nichts benötigt wird.</translation>
    </message>
    <message>
      <source>&amp;Participant:</source>
      <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
      <source>N&amp;ote:</source>
      <translation>N&amp;otiz:</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Zeile %1: %2</translation>
    </message>
  </context>
  <context>
    <name>LotItemModel</name>
    <message>
      <source>Lot</source>
      <translation>Los</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Pooled volume per year</source>
      <translation>Poolvolumen pro Jahr</translation>
    </message>
    <message>
      <source>Delivery regions</source>
      <translation>Lieferregionen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Demo network</source>
      <extracomment>the area that shows each kind of record the start page refers to (``RecordRef``) a record to show (a ``procurement.office_agenda.RecordRef``), after switching to its area</extracomment>
      <translation>Demo-Netzwerk</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Datenbank wird geöffnet …</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Bedarfe</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Ausschreibungen</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Rahmenverträge</translation>
    </message>
    <message>
      <source>Suppliers &amp; customers</source>
      <translation>Lieferanten &amp; Kunden</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Berichte</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Back up database…</source>
      <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
      <source>&amp;Restore database…</source>
      <translation>Datenbank &amp;wiederherstellen…</translation>
    </message>
    <message>
      <source>Audit &amp;log…</source>
      <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Einstellungen</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>&amp;Accounts…</source>
      <translation>&amp;Konten…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;About NIRO Desk</source>
      <translation>&amp;Über NIRO Desk</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Datenbank: %1</translation>
    </message>
    <message>
      <source>User: %1</source>
      <translation>Benutzer: %1</translation>
    </message>
    <message>
      <source>The language changes when NIRO Desk starts next time.</source>
      <translation>Die Sprache wird beim nächsten Start von NIRO Desk umgestellt.</translation>
    </message>
    <message>
      <source>About NIRO Desk</source>
      <translation>Über NIRO Desk</translation>
    </message>
    <message>
      <source>NIRO Desk %1&lt;br&gt;Members CRM and joint procurement pool of the network.</source>
      <translation>NIRO Desk %1&lt;br&gt;Mitglieder-CRM und gemeinsamer Einkaufspool des Netzwerks.</translation>
    </message>
    <message>
      <source>Back up database</source>
      <translation>Datenbank sichern</translation>
    </message>
    <message>
      <source>niro-desk-backup</source>
      <translation>niro-desk-Sicherung</translation>
    </message>
    <message>
      <source>NIRO Desk backup (*.sqlite3)</source>
      <translation>Sicherung von NIRO Desk (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation>Datenbank wird gesichert…</translation>
    </message>
    <message>
      <source>Backup written to %1</source>
      <translation>Sicherung gespeichert unter %1</translation>
    </message>
    <message>
      <source>Restore database</source>
      <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
      <source>NIRO Desk backup (*.sqlite3);;All files (*)</source>
      <translation>NIRO-Desk-Sicherung (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Restoring the database…</source>
      <translation>Datenbank wird wiederhergestellt…</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
      <source>Database restored from %1</source>
      <translation>Datenbank wiederhergestellt aus %1</translation>
    </message>
    <message>
      <source>Database restored</source>
      <translation>Datenbank wiederhergestellt</translation>
    </message>
    <message>
      <source>The data was restored from %1.

The replaced data was saved first to:
%2</source>
      <translation>Die Daten wurden aus %1 wiederhergestellt.

Die ersetzten Daten wurden vorher gesichert in:
%2</translation>
    </message>
  </context>
  <context>
    <name>MemberLabels</name>
    <message>
      <source>Applicant</source>
      <translation>Bewerber</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>Warteliste</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <source>Former member</source>
      <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
      <source>Member organisation</source>
      <translation>Mitgliedsorganisation</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>competes</source>
      <translation>steht im Wettbewerb</translation>
    </message>
    <message>
      <source>does not compete</source>
      <translation>steht nicht im Wettbewerb</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Angelegt</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Geändert</translation>
    </message>
    <message>
      <source>Sales &amp; usage</source>
      <translation>Absatz &amp; Bezug</translation>
    </message>
    <message>
      <source>Membership</source>
      <translation>Mitgliedschaft</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Beitrag</translation>
    </message>
    <message>
      <source>Service fee</source>
      <translation>Servicegebühr</translation>
    </message>
    <message>
      <source>Service fee removed</source>
      <translation>Servicegebühr entfernt</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Aufgenommen</translation>
    </message>
    <message>
      <source>Board decision</source>
      <translation>Vorstandsbeschluss</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Ausgetreten</translation>
    </message>
    <message>
      <source>Application closed</source>
      <translation>Bewerbung beendet</translation>
    </message>
    <message>
      <source>Applied again</source>
      <translation>Erneut beworben</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Beziehung</translation>
    </message>
    <message>
      <source>Relation removed</source>
      <translation>Beziehung entfernt</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
  </context>
  <context>
    <name>MembersArea</name>
    <message>
      <source>Ctrl+F</source>
      <translation>Strg+F</translation>
    </message>
    <message>
      <source>Search: name, city, NACE, product, contact, expertise</source>
      <translation>Suche: Name, Ort, WZ, Produkt, Ansprechpartner, Fachgebiet</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <source>Members, waiting list and applicants</source>
      <translation>Mitglieder, Warteliste und Bewerber</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>Warteliste</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>Bewerber</translation>
    </message>
    <message>
      <source>Former members</source>
      <translation>Ehemalige Mitglieder</translation>
    </message>
    <message>
      <source>Suppliers and customers</source>
      <translation>Lieferanten und Kunden</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <source>Suppliers</source>
      <translation>Lieferanten</translation>
    </message>
    <message>
      <source>Kept by the office</source>
      <translation>Von der Geschäftsstelle geführt</translation>
    </message>
    <message>
      <source>Your account sees only its own organisation here. The suppliers are listed under Tenders (Suppliers…) and in each agreement under Agreements.</source>
      <translation>Ihr Konto sieht hier nur die eigene Organisation. Die Lieferanten finden Sie unter Ausschreibungen (Lieferanten…) und in jeder Vereinbarung unter Rahmenverträge.</translation>
    </message>
    <message>
      <source>New member application…</source>
      <translation>Neue Bewerbung…</translation>
    </message>
    <message>
      <source>New customer…</source>
      <translation>Neuer Kunde…</translation>
    </message>
    <message>
      <source>New supplier…</source>
      <translation>Neuer Lieferant…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Admit…</source>
      <translation>Aufnehmen…</translation>
    </message>
    <message>
      <source>Leave…</source>
      <translation>Austritt…</translation>
    </message>
    <message>
      <source>Waiting list…</source>
      <translation>Warteliste…</translation>
    </message>
    <message>
      <source>Who knows…?</source>
      <translation>Wer kennt sich aus…?</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>Excel-Import…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Excel-Export…</translation>
    </message>
    <message>
      <source>Membership cap…</source>
      <translation>Mitgliederobergrenze…</translation>
    </message>
    <message>
      <source>Product glossary…</source>
      <translation>Produktglossar…</translation>
    </message>
    <message>
      <source>No members recorded yet</source>
      <translation>Noch keine Mitglieder erfasst</translation>
    </message>
    <message>
      <source>Start with the network's member list: import it from an Excel workbook (a preview shows what will be imported before anything is saved). Or record the first application by hand; the competitor check and the membership cap apply from the first member on.</source>
      <translation>Beginnen Sie mit der Mitgliederliste des Netzwerks: Importieren Sie sie aus einer Excel-Arbeitsmappe (eine Vorschau zeigt, was importiert wird, bevor etwas gespeichert wird). Oder erfassen Sie die erste Bewerbung von Hand; Wettbewerbsprüfung und Mitgliederobergrenze gelten ab dem ersten Mitglied.</translation>
    </message>
    <message>
      <source>Import member list from Excel…</source>
      <translation>Mitgliederliste aus Excel importieren…</translation>
    </message>
    <message>
      <source>Record the first application…</source>
      <translation>Erste Bewerbung erfassen…</translation>
    </message>
    <message>
      <source>No suppliers or customers recorded yet</source>
      <translation>Noch keine Lieferanten oder Kunden erfasst</translation>
    </message>
    <message>
      <source>Suppliers bid in tenders; customers use the framework agreements through the subsidiary without being members. Record the first one.</source>
      <translation>Lieferanten bieten in Ausschreibungen; Kunden nutzen die Rahmenverträge über die Tochtergesellschaft, ohne Mitglied zu sein. Erfassen Sie den ersten.</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>Alle Regionen</translation>
    </message>
    <message>
      <source>%1 shown</source>
      <translation>%1 angezeigt</translation>
    </message>
    <message>
      <source>%1 shown (search shortened)</source>
      <translation>%1 angezeigt (Suche gekürzt)</translation>
    </message>
    <message>
      <source>A search uses at most %1 words of at most %2 letters each.</source>
      <translation>Eine Suche verwendet höchstens %1 Wörter mit je höchstens %2 Buchstaben.</translation>
    </message>
    <message>
      <source>Members: %1 / %2</source>
      <translation>Mitglieder: %1 / %2</translation>
    </message>
    <message>
      <source>waiting list: %1</source>
      <translation>Warteliste: %1</translation>
    </message>
    <message>
      <source>%1 seat(s) free under the membership cap</source>
      <translation>%1 Platz/Plätze frei unter der Mitgliederobergrenze</translation>
    </message>
    <message>
      <source>Saved. Add what the company sells for the competitor check.</source>
      <translation>Gespeichert. Ergänzen Sie für die Wettbewerbsprüfung, was das Unternehmen verkauft.</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Nach Excel exportieren</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <source>%1 organisations exported to %2</source>
      <translation>%1 Organisationen nach %2 exportiert</translation>
    </message>
    <message>
      <source>Exporting to Excel…</source>
      <translation>Export nach Excel läuft…</translation>
    </message>
  </context>
  <context>
    <name>MembershipDetailsDialog</name>
    <message>
      <source>Membership of %1</source>
      <translation>Mitgliedschaft von %1</translation>
    </message>
    <message>
      <source>Founding member</source>
      <translation>Gründungsmitglied</translation>
    </message>
    <message>
      <source>&amp;Application date:</source>
      <translation>&amp;Bewerbungsdatum:</translation>
    </message>
    <message>
      <source>Application date</source>
      <translation>Antragsdatum</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
  </context>
  <context>
    <name>MembershipTab</name>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Applied on:</source>
      <translation>Beworben am:</translation>
    </message>
    <message>
      <source>Waiting since:</source>
      <translation>Wartet seit:</translation>
    </message>
    <message>
      <source>Member since:</source>
      <translation>Mitglied seit:</translation>
    </message>
    <message>
      <source>Left on:</source>
      <translation>Ausgetreten am:</translation>
    </message>
    <message>
      <source>Founding member:</source>
      <translation>Gründungsmitglied:</translation>
    </message>
    <message>
      <source>Annual fee now:</source>
      <translation>Aktueller Jahresbeitrag:</translation>
    </message>
    <message>
      <source>Edit &amp;membership…</source>
      <translation>&amp;Mitgliedschaft bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Withdraw application…</source>
      <translation>Bewerbung &amp;zurückziehen…</translation>
    </message>
    <message>
      <source>Apply a&amp;gain</source>
      <translation>Er&amp;neut bewerben</translation>
    </message>
    <message>
      <source>&amp;Add fee step…</source>
      <translation>&amp;Beitragsstufe hinzufügen…</translation>
    </message>
    <message>
      <source>Fee history</source>
      <translation>Beitragsverlauf</translation>
    </message>
    <message>
      <source>&amp;Declare relation…</source>
      <translation>Beziehung &amp;erklären…</translation>
    </message>
    <message>
      <source>&amp;Remove relation</source>
      <translation>Beziehung ent&amp;fernen</translation>
    </message>
    <message>
      <source>Declared relations (competitor check)</source>
      <translation>Erklärte Beziehungen (Wettbewerbsprüfung)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>Remove relation</source>
      <translation>Beziehung entfernen</translation>
    </message>
    <message>
      <source>Remove the declared relation with %1? The competitor check then compares the two again by what they sell.</source>
      <translation>Die erklärte Beziehung zu %1 entfernen? Die Wettbewerbsprüfung vergleicht die beiden dann wieder anhand dessen, was sie verkaufen.</translation>
    </message>
    <message>
      <source>Withdraw application</source>
      <translation>Bewerbung zurückziehen</translation>
    </message>
    <message>
      <source>Why is the application of %1 closed?</source>
      <translation>Warum wird die Bewerbung von %1 beendet?</translation>
    </message>
    <message>
      <source>Apply again</source>
      <translation>Erneut bewerben</translation>
    </message>
    <message>
      <source>%1 applies again today: it becomes an applicant.</source>
      <translation>%1 bewirbt sich heute erneut und wird damit Bewerber.</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>The database file {path} lies on a network share. SQLite files get corrupted there. For several office PCs, use one PostgreSQL database instead (--database postgresql+psycopg://...).</source>
      <translation>Die Datenbankdatei {path} liegt auf einer Netzwerkfreigabe. SQLite-Dateien werden dort beschädigt. Verwenden Sie für mehrere Büro-PCs stattdessen eine gemeinsame PostgreSQL-Datenbank (--database postgresql+psycopg://...).</translation>
    </message>
    <message>
      <source>Unsupported database '{url}': use a SQLite file or PostgreSQL.</source>
      <translation>Nicht unterstützte Datenbank „{url}“: Verwenden Sie eine SQLite-Datei oder PostgreSQL.</translation>
    </message>
    <message>
      <source>The database is busy: another office PC is saving at the same moment and did not finish within {seconds} seconds. Nothing was saved. Try again in a moment.</source>
      <translation>Die Datenbank ist belegt: Ein anderer Büro-PC speichert gerade und ist nicht innerhalb von {seconds} Sekunden fertig geworden. Es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <source>The database server stopped this request because it took too long. Nothing was changed by it. Try again; if it happens again, ask for less (for example, search with fewer or more specific words).</source>
      <translation>Der Datenbankserver hat diese Anfrage abgebrochen, weil sie zu lange dauerte. Dadurch wurde nichts geändert. Versuchen Sie es noch einmal; wenn es wieder passiert, fragen Sie weniger ab (suchen Sie zum Beispiel mit weniger oder genaueren Wörtern).</translation>
    </message>
    <message>
      <source>The record was changed on another PC at the same moment, so nothing was saved. Reload it and apply your changes again.</source>
      <extracomment>whom the sessions act and read for (``niro_desk.permissions``)</extracomment>
      <translation>Der Datensatz wurde im selben Moment an einem anderen PC geändert, daher wurde nichts gespeichert. Laden Sie ihn neu und übernehmen Sie Ihre Änderungen noch einmal.</translation>
    </message>
    <message>
      <source>{path} cannot be read: {error}</source>
      <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup: it is not a SQLite database file.</source>
      <translation>{path} ist keine NIRO-Desk-Sicherung: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
      <source>{path} is damaged: SQLite's integrity check fails ({detail}).</source>
      <translation>{path} ist beschädigt: Die Integritätsprüfung von SQLite schlägt fehl ({detail}).</translation>
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup: it has no schema version.</source>
      <translation>{path} ist keine NIRO-Desk-Sicherung: Sie hat keine Schemaversion.</translation>
    </message>
    <message>
      <source>{path} carries no checksum: it was not written by NIRO Desk's backup, or was changed.</source>
      <translation>{path} trägt keine Prüfsumme: Sie wurde nicht von der Sicherung von NIRO Desk geschrieben oder wurde verändert.</translation>
    </message>
    <message>
      <source>{path} was changed after the backup was written: its checksum does not match its content.</source>
      <translation>{path} wurde nach dem Schreiben der Sicherung verändert: Die Prüfsumme passt nicht zum Inhalt.</translation>
    </message>
    <message>
      <source>{path} cannot be brought to the current schema version: {error}</source>
      <translation>{path} lässt sich nicht auf die aktuelle Schemaversion bringen: {error}</translation>
    </message>
    <message>
      <source>{path} cannot be restored: {problems}</source>
      <translation>{path} kann nicht wiederhergestellt werden: {problems}</translation>
    </message>
    <message>
      <source>{path} changed after it was checked: nothing was restored. Try again.</source>
      <translation>{path} hat sich nach der Prüfung geändert: Es wurde nichts wiederhergestellt. Bitte erneut versuchen.</translation>
    </message>
    <message>
      <source>No safety copy of the current data could be written ({error}); nothing was changed.</source>
      <translation>Es konnte keine Sicherheitskopie der jetzigen Daten geschrieben werden ({error}); es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>A restore replaces the audit log too, which on this PostgreSQL database only its owner may do. Connect with the owner's address (niro-desk --database URL db restore FILE); nothing was changed.</source>
      <translation>Eine Wiederherstellung ersetzt auch das Änderungsprotokoll, und das darf bei dieser PostgreSQL-Datenbank nur ihr Eigentümer. Verbinden Sie sich mit der Adresse des Eigentümers (niro-desk --database URL db restore DATEI); es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>{path} exists already: choose a new file name.</source>
      <translation>{path} existiert bereits: Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
      <source>Cannot write the backup: the folder {folder} does not exist.</source>
      <translation>Die Sicherung kann nicht geschrieben werden: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
      <source>Cannot write the backup to {path}: {error}</source>
      <translation>Die Sicherung kann nicht nach {path} geschrieben werden: {error}</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisationen</translation>
    </message>
    <message>
      <source>of which members</source>
      <translation>davon Mitglieder</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <source>Board decisions</source>
      <translation>Vorstandsbeschlüsse</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>Protokolleinträge</translation>
    </message>
    <message>
      <source>Other records</source>
      <translation>Weitere Datensätze</translation>
    </message>
    <message>
      <source>Backup of {source}, written {when} by NIRO Desk {version} (schema version {revision}).</source>
      <translation>Sicherung von {source}, geschrieben am {when} von NIRO Desk {version} (Schemaversion {revision}).</translation>
    </message>
    <message>
      <source>Upgrade the database before a backup (niro-desk db upgrade).</source>
      <translation>Aktualisieren Sie die Datenbank vor einer Sicherung (niro-desk db upgrade).</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} existiert nicht.</translation>
    </message>
    <message>
      <source>{path} has schema version {revision}, unknown to this NIRO Desk (written by a newer version?).</source>
      <translation>{path} hat die Schemaversion {revision}, die diese Version von NIRO Desk nicht kennt (von einer neueren Version geschrieben?).</translation>
    </message>
    <message>
      <source>Restore failed, nothing was changed: {error}</source>
      <translation>Wiederherstellen fehlgeschlagen, es wurde nichts geändert: {error}</translation>
    </message>
    <message>
      <source>The NACE industry classes {codes} are missing from the database: it has not been upgraded completely.</source>
      <translation>Die Wirtschaftszweige (NACE/WZ-Klassen) {codes} fehlen in der Datenbank: Die Datenbank wurde nicht vollständig aktualisiert.</translation>
    </message>
    <message>
      <source>The database is not empty: the demo network is only written into an empty database.</source>
      <translation>Die Datenbank ist nicht leer: Das Demo-Netzwerk wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
      <source>The file {file} does not exist or cannot be read.</source>
      <translation>Die Datei {file} existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>{file} is in the old Excel format (.xls). Open it in Excel and save it as “Excel workbook (.xlsx)”, then import that file.</source>
      <translation>{file} liegt im alten Excel-Format (.xls) vor. Öffnen Sie die Datei in Excel, speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
      <source>{file} is not an Excel workbook (.xlsx). If it is protected by a password, save a copy without the password and import that.</source>
      <translation>{file} ist keine Excel-Arbeitsmappe (.xlsx). Falls die Datei durch ein Kennwort geschützt ist, speichern Sie eine Kopie ohne Kennwort und importieren Sie diese.</translation>
    </message>
    <message>
      <source>{file} was refused: it holds {count} parts, far more than a workbook has (at most {limit}). It may be damaged or not a genuine workbook.</source>
      <translation>{file} wurde abgelehnt: Die Datei enthält {count} Teile, weit mehr als eine Arbeitsmappe hat (höchstens {limit}). Möglicherweise ist sie beschädigt oder keine echte Arbeitsmappe.</translation>
    </message>
    <message>
      <source>{file} was refused: unpacked it would take {size} MB, more than the {limit} MB NIRO Desk reads. Split the data into smaller workbooks.</source>
      <translation>{file} wurde abgelehnt: Entpackt würde die Datei {size} MB belegen, mehr als die {limit} MB, die NIRO Desk einliest. Teilen Sie die Daten auf kleinere Arbeitsmappen auf.</translation>
    </message>
    <message>
      <source>{file} was refused: its part “{part}” unpacks to {ratio} times its packed size. Genuine workbooks do not do that (a “zip bomb” does).</source>
      <translation>{file} wurde abgelehnt: Der Teil „{part}“ entpackt sich auf das {ratio}-Fache seiner gepackten Größe. Echte Arbeitsmappen tun das nicht (eine „Zip-Bombe“ schon).</translation>
    </message>
    <message>
      <source>{file} links to other workbooks (external links): NIRO Desk does not import such workbooks. Type the values in, save and send the workbook again.</source>
      <translation>{file} verknüpft andere Arbeitsmappen (externe Bezüge): Solche Mappen importiert NIRO Desk nicht. Die Werte bitte eintippen, speichern und die Mappe erneut senden.</translation>
    </message>
    <message>
      <source>The member organisation #{id} no longer exists.</source>
      <translation>Die Mitgliedsorganisation #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>{name} cannot be admitted: only applicants and the waiting list can (status now: {status}).</source>
      <translation>{name} kann nicht aufgenommen werden: Aufgenommen werden können nur Bewerber und Organisationen auf der Warteliste (aktueller Status: {status}).</translation>
    </message>
    <message>
      <source>{name} is not admitted: the competitor check found conflicts with {count} organisation(s). Admission needs a recorded board decision.</source>
      <translation>{name} wurde nicht aufgenommen: Die Wettbewerbsprüfung hat Konflikte mit {count} Organisation(en) gefunden. Für die Aufnahme ist ein erfasster Vorstandsbeschluss erforderlich.</translation>
    </message>
    <message>
      <source>{name} is not admitted: nothing is recorded about what it sells, so the competitor check cannot judge. Record its industry classes or product markets, or admit it without a check.</source>
      <translation>{name} wird nicht aufgenommen: Es ist nicht erfasst, was sie verkauft, deshalb kann die Wettbewerbsprüfung nicht urteilen. Erfassen Sie ihre Wirtschaftszweige oder Produktmärkte, oder nehmen Sie sie ohne Prüfung auf.</translation>
    </message>
    <message>
      <source>{name} is not admitted: the board decision kept with the application was taken on a different sales profile, which has changed since. Admission needs a new board decision.</source>
      <translation>{name} wird nicht aufgenommen: Der Vorstandsbeschluss bei der Bewerbung wurde zu einem anderen Verkaufsprofil gefasst, das sich seitdem geändert hat. Die Aufnahme braucht einen neuen Vorstandsbeschluss.</translation>
    </message>
    <message>
      <source>{name} is not admitted: the check now finds conflicts the kept board decision does not cover ({others}). Admission needs a new board decision.</source>
      <translation>{name} wird nicht aufgenommen: Die Prüfung findet jetzt Konflikte, die der vorliegende Vorstandsbeschluss nicht abdeckt ({others}). Die Aufnahme braucht einen neuen Vorstandsbeschluss.</translation>
    </message>
    <message>
      <source>The board decision needs a reason.</source>
      <translation>Für den Vorstandsbeschluss ist eine Begründung erforderlich.</translation>
    </message>
    <message>
      <source>Admitting without a check needs a reason.</source>
      <translation>Eine Aufnahme ohne Prüfung braucht eine Begründung.</translation>
    </message>
    <message>
      <source>{name} is not a member and cannot leave.</source>
      <extracomment>titles of the draft/open requirement collections the member was taken out of titles of the framework agreements whose participation ended on the exit date</extracomment>
      <translation>{name} ist kein Mitglied und kann daher nicht austreten.</translation>
    </message>
    <message>
      <source>The exit date lies before the admission date.</source>
      <translation>Das Austrittsdatum liegt vor dem Aufnahmedatum.</translation>
    </message>
    <message>
      <source>{name} has no open application.</source>
      <translation>{name} hat keine offene Bewerbung.</translation>
    </message>
    <message>
      <source>{name} is not a former member.</source>
      <translation>{name} ist kein ehemaliges Mitglied.</translation>
    </message>
    <message>
      <source>Both sell in the same industry class {code} “{title}”.</source>
      <translation>Beide verkaufen im selben Wirtschaftszweig (WZ-Klasse) {code} „{title}“.</translation>
    </message>
    <message>
      <source>{candidate} sells “{candidate_market}” and {other} sells “{other_market}”: that is the same product market.</source>
      <translation>{candidate} verkauft „{candidate_market}“ und {other} verkauft „{other_market}“: Das ist derselbe Produktmarkt.</translation>
    </message>
    <message>
      <source>The office has recorded that {candidate} competes with {other}.{note}</source>
      <translation>Die Geschäftsstelle hat erfasst, dass {candidate} mit {other} im Wettbewerb steht.{note}</translation>
    </message>
    <message>
      <source>{other} sells in similar areas, but the office has recorded that the two do not compete.{note}</source>
      <translation>{other} verkauft in ähnlichen Bereichen, aber die Geschäftsstelle hat erfasst, dass die beiden nicht im Wettbewerb stehen.{note}</translation>
    </message>
    <message>
      <source>{other} buys the same inputs ({materials}). Shared inputs never make two companies competitors.</source>
      <translation>{other} kauft dieselben Materialien/Vorprodukte ein ({materials}). Gemeinsame Materialien/Vorprodukte machen zwei Unternehmen nie zu Wettbewerbern.</translation>
    </message>
    <message>
      <source>{seller} sells “{product}”, which {buyer} buys as an input (“{material}”): {seller} is a supplier of {buyer}, not a competitor.</source>
      <translation>{seller} verkauft „{product}“, das {buyer} als Vorleistung einkauft („{material}“): {seller} ist Lieferant von {buyer}, kein Wettbewerber.</translation>
    </message>
    <message>
      <source> Note: {note}</source>
      <translation> Anmerkung: {note}</translation>
    </message>
    <message>
      <source>Nothing is recorded about what {name} sells (no industry class, no product market): the check cannot judge whether it competes with a member.</source>
      <translation>Es ist nicht erfasst, was {name} verkauft (kein Wirtschaftszweig, kein Produktmarkt): Die Prüfung kann nicht beurteilen, ob sie mit einem Mitglied im Wettbewerb steht.</translation>
    </message>
    <message>
      <source>The last name is missing.</source>
      <translation>Der Nachname fehlt.</translation>
    </message>
    <message>
      <source>“{email}” is not a valid e-mail address.</source>
      <translation>„{email}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>“{phone}” is not a valid phone number (e.g. 02303 123456 or +49 2303 123456).</source>
      <translation>„{phone}“ ist keine gültige Telefonnummer (z. B. 02303 123456 oder +49 2303 123456).</translation>
    </message>
    <message>
      <source>The contact #{id} no longer exists.</source>
      <translation>Der Ansprechpartner #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>The organisation #{id} no longer exists.</source>
      <extracomment>None: taken over from the participant's current requirement, when there is one</extracomment>
      <translation>Die Organisation #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>{file} could not be written ({reason}). If it is open in Excel, close it and try again.</source>
      <translation>{file} konnte nicht geschrieben werden ({reason}). Falls die Datei in Excel geöffnet ist, schließen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The export file name must end in .xlsx (not “{file}”).</source>
      <translation>Der Name der Exportdatei muss auf .xlsx enden (nicht „{file}“).</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, row {row}, column “{column}”: {message}</source>
      <translation>Tabellenblatt „{sheet}“, Zeile {row}, Spalte „{column}“: {message}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, row {row}: {message}</source>
      <translation>Tabellenblatt „{sheet}“, Zeile {row}: {message}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”: {message}</source>
      <translation>Tabellenblatt „{sheet}“: {message}</translation>
    </message>
    <message>
      <source>{file} was not imported: {count} problem(s) found. Nothing was written.</source>
      <translation>{file} wurde nicht importiert: {count} Problem(e) gefunden. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>The import was cancelled. Nothing was written.</source>
      <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>{file} could not be read as an Excel workbook ({reason}). Nothing was written.</source>
      <translation>{file} konnte nicht als Excel-Arbeitsmappe gelesen werden ({reason}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>The workbook has no worksheet.</source>
      <translation>Die Arbeitsmappe enthält kein Tabellenblatt.</translation>
    </message>
    <message>
      <source>No header row found in the first {rows} rows: the import needs a column “Name” (or “Firma”) and the other columns named as in the exported member list.</source>
      <translation>In den ersten {rows} Zeilen wurde keine Kopfzeile gefunden: Der Import benötigt eine Spalte „Name“ (oder „Firma“) und die übrigen Spalten mit denselben Namen wie in der exportierten Mitgliederliste.</translation>
    </message>
    <message>
      <source>This column means the same as column “{other}”; keep only one of them.</source>
      <translation>Diese Spalte bedeutet dasselbe wie die Spalte „{other}“; behalten Sie nur eine davon.</translation>
    </message>
    <message>
      <source>Column “{column}” is not known to NIRO Desk and was ignored.</source>
      <translation>Die Spalte „{column}“ ist NIRO Desk nicht bekannt und wurde ignoriert.</translation>
    </message>
    <message>
      <source>The sheet has no column “Status”: every row is imported as a member.</source>
      <translation>Das Tabellenblatt hat keine Spalte „Status“: Jede Zeile wird als Mitglied importiert.</translation>
    </message>
    <message>
      <source>There are no rows below the header row.</source>
      <translation>Unterhalb der Kopfzeile gibt es keine Zeilen.</translation>
    </message>
    <message>
      <source>The sheet has more than {limit} rows; split it into smaller files.</source>
      <translation>Das Tabellenblatt hat mehr als {limit} Zeilen; teilen Sie es auf kleinere Dateien auf.</translation>
    </message>
    <message>
      <source>Sheet “{sheet}” was skipped: it has no header row of a member list, waiting list or contact list.</source>
      <translation>Tabellenblatt „{sheet}“ wurde übersprungen: Es hat keine Kopfzeile einer Mitgliederliste, Warteliste oder Ansprechpartnerliste.</translation>
    </message>
    <message>
      <source>Only the first {limit} sheets were read; the others were skipped.</source>
      <translation>Nur die ersten {limit} Tabellenblätter wurden gelesen; die übrigen wurden übersprungen.</translation>
    </message>
    <message>
      <source>The data in NIRO Desk changed since the preview (row {row} on sheet “{sheet}”, perhaps edited on another PC). Nothing was written: look at the preview again and import then.</source>
      <translation>Die Daten in NIRO Desk haben sich seit der Vorschau geändert (Zeile {row} auf Tabellenblatt „{sheet}“, vielleicht an einem anderen PC bearbeitet). Es wurde nichts geschrieben: Sehen Sie sich die Vorschau erneut an und importieren Sie dann.</translation>
    </message>
    <message>
      <source>The text is longer than {limit} characters.</source>
      <translation>Der Text ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
      <source>“{item}…” is longer than {limit} characters.</source>
      <translation>„{item}…“ ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
      <source>“{value}” is not a whole number.</source>
      <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
      <source>“{value}” is not a date: write it as DD.MM.YYYY (e.g. 01.03.2024).</source>
      <translation>„{value}“ ist kein Datum: Schreiben Sie es als TT.MM.JJJJ (z. B. 01.03.2024).</translation>
    </message>
    <message>
      <source>“{value}” is neither “ja”/“yes” nor “nein”/“no”.</source>
      <translation>„{value}“ ist weder „ja“/„yes“ noch „nein“/„no“.</translation>
    </message>
    <message>
      <source>“{value}” is not an amount (e.g. 1.234,56 € or 1234.56).</source>
      <translation>„{value}“ ist kein Betrag (z. B. 1.234,56 € oder 1234.56).</translation>
    </message>
    <message>
      <source>“{value}” is out of range: the number must lie between {minimum} and {maximum}.</source>
      <translation>„{value}“ liegt außerhalb des zulässigen Bereichs: Die Zahl muss zwischen {minimum} und {maximum} liegen.</translation>
    </message>
    <message>
      <source>“{value}” has more than {places} decimal place(s).</source>
      <translation>„{value}“ hat mehr als {places} Nachkommastelle(n).</translation>
    </message>
    <message>
      <source>The fee must be a positive amount with at most two decimal places.</source>
      <translation>Der Beitrag muss ein positiver Betrag mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
    <message>
      <source>“{value}” is not a membership status: use Mitglied/member, Warteliste/waiting, Bewerber/applicant or ehemalig/former.</source>
      <translation>„{value}“ ist kein Mitgliedschaftsstatus: Verwenden Sie Mitglied/member, Warteliste/waiting, Bewerber/applicant oder ehemalig/former.</translation>
    </message>
    <message>
      <source>The status is missing.</source>
      <translation>Der Status fehlt.</translation>
    </message>
    <message>
      <source>“{code}” is not a NACE class (four digits such as 25.62).</source>
      <translation>„{code}“ ist keine WZ-Klasse (NACE; vier Ziffern wie 25.62).</translation>
    </message>
    <message>
      <source>The organisation of this contact is missing.</source>
      <translation>Die Firma dieses Ansprechpartners fehlt.</translation>
    </message>
    <message>
      <source>A member needs an admission date (DD.MM.YYYY).</source>
      <translation>Ein Mitglied benötigt ein Aufnahmedatum (TT.MM.JJJJ).</translation>
    </message>
    <message>
      <source>The application date is missing: it orders the waiting list and dates the first fee.</source>
      <translation>Das Bewerbungsdatum fehlt: Es bestimmt die Reihenfolge auf der Warteliste und das Datum des ersten Beitrags.</translation>
    </message>
    <message>
      <source>An admission date does not fit the status “{status}”: only members and former members have been admitted.</source>
      <translation>Ein Aufnahmedatum passt nicht zum Status „{status}“: Nur Mitglieder und ehemalige Mitglieder wurden aufgenommen.</translation>
    </message>
    <message>
      <source>The application date lies after the admission date.</source>
      <translation>Das Bewerbungsdatum liegt nach dem Aufnahmedatum.</translation>
    </message>
    <message>
      <source>Row {other} already has the name “{name}”.</source>
      <translation>Zeile {other} hat bereits den Namen „{name}“.</translation>
    </message>
    <message>
      <source>Row {other} already has the VAT ID {vat}.</source>
      <translation>Zeile {other} hat bereits die USt-IdNr. {vat}.</translation>
    </message>
    <message>
      <source>Row {other} already updates “{name}” in NIRO Desk.</source>
      <translation>Zeile {other} aktualisiert bereits „{name}“ in NIRO Desk.</translation>
    </message>
    <message>
      <source>Row {other} already lists {name} at {organisation}.</source>
      <translation>Zeile {other} führt {name} bei {organisation} bereits auf.</translation>
    </message>
    <message>
      <source>NIRO Desk holds {count} organisations named “{name}”: add the VAT ID so the import knows which one the row means.</source>
      <translation>In NIRO Desk gibt es {count} Organisationen mit dem Namen „{name}“: Ergänzen Sie die USt-IdNr., damit der Import erkennt, welche davon die Zeile meint.</translation>
    </message>
    <message>
      <source>“{name}” is in NIRO Desk as a {kind}, not as a member organisation; the member import does not change that.</source>
      <translation>„{name}“ ist in NIRO Desk als {kind} erfasst, nicht als Mitgliedsorganisation; der Mitgliederimport ändert daran nichts.</translation>
    </message>
    <message>
      <source>“{name}” is neither in this workbook nor in NIRO Desk.</source>
      <translation>„{name}“ ist weder in dieser Arbeitsmappe noch in NIRO Desk.</translation>
    </message>
    <message>
      <source>With this row the network would have {count} members, more than the cap of {cap}. Import the others with status “Warteliste”/“waiting”, or raise the cap first.</source>
      <translation>Mit dieser Zeile hätte das Netzwerk {count} Mitglieder, mehr als die Mitgliederobergrenze von {cap}. Importieren Sie die übrigen mit dem Status „Warteliste“/„waiting“ oder erhöhen Sie zuerst die Obergrenze.</translation>
    </message>
    <message>
      <source>Row {row}: the status of {name} changes from “{before}” to “{after}”.</source>
      <translation>Zeile {row}: Der Status von {name} ändert sich von „{before}“ zu „{after}“.</translation>
    </message>
    <message>
      <source>Row {row}: the annual fee of {name} changes from {before} to {after} as of today; the fee history is kept.</source>
      <translation>Zeile {row}: Der Jahresbeitrag von {name} ändert sich ab heute von {before} auf {after}; die Beitragshistorie bleibt erhalten.</translation>
    </message>
    <message>
      <source>Row {row}: empty cells clear what NIRO Desk holds for {name} in: {columns}.</source>
      <translation>Zeile {row}: Leere Zellen löschen die in NIRO Desk gespeicherten Angaben zu {name} in: {columns}.</translation>
    </message>
    <message>
      <source>Row {row}: {name} was matched by its name; its VAT ID changes from {before} to {after}.</source>
      <translation>Zeile {row}: {name} wurde über den Namen zugeordnet; die USt-IdNr. ändert sich von {before} auf {after}.</translation>
    </message>
    <message>
      <source>member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <source>supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>The membership cap must be at least 1.</source>
      <translation>Die Mitgliederobergrenze muss mindestens 1 betragen.</translation>
    </message>
    <message>
      <source>The name is missing.</source>
      <translation>Der Name fehlt.</translation>
    </message>
    <message>
      <source>The name is longer than 200 characters.</source>
      <translation>Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
      <source>“{vat}” is not a valid VAT ID (e.g. DE123456788: country code, then the number with its check digit).</source>
      <translation>„{vat}“ ist keine gültige USt-IdNr. (z. B. DE123456788: Ländercode, dann die Nummer mit Prüfziffer).</translation>
    </message>
    <message>
      <source>The country is a two-letter code such as DE.</source>
      <translation>Das Land ist als zweistelliger Ländercode wie DE anzugeben.</translation>
    </message>
    <message>
      <source>“{code}” is not a German postal code (five digits).</source>
      <translation>„{code}“ ist keine deutsche PLZ (fünf Ziffern).</translation>
    </message>
    <message>
      <source>“{website}” is not a web address (e.g. www.example.de).</source>
      <translation>„{website}“ ist keine Webadresse (z. B. www.example.de).</translation>
    </message>
    <message>
      <source>The number of employees cannot be negative.</source>
      <translation>Die Zahl der Beschäftigten kann nicht negativ sein.</translation>
    </message>
    <message>
      <source>{name} has no membership, so no fee.</source>
      <translation>{name} hat keine Mitgliedschaft und daher keinen Beitrag.</translation>
    </message>
    <message>
      <source>The fee is not an amount.</source>
      <translation>Der Beitrag ist kein Betrag.</translation>
    </message>
    <message>
      <source>{name} has no membership.</source>
      <translation>{name} hat keine Mitgliedschaft.</translation>
    </message>
    <message>
      <source>The relation {first} – {second} was declared by {user} on {when}, after you looked at it. Your change was not saved.</source>
      <translation>Die Beziehung {first} – {second} wurde von {user} am {when} erklärt, nachdem Sie sie angesehen hatten. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
      <source>An organisation has no relation with itself.</source>
      <translation>Eine Organisation kann keine Beziehung zu sich selbst haben.</translation>
    </message>
    <message>
      <source>Say why the two do not compete: the note is what the board reads.</source>
      <translation>Begründen Sie, warum die beiden nicht im Wettbewerb stehen: Diese Anmerkung liest der Vorstand.</translation>
    </message>
    <message>
      <source>The database has schema version {revision}, which this NIRO Desk does not know. It was probably written by a newer version: update NIRO Desk.</source>
      <translation>Die Datenbank hat die Schemaversion {revision}, die diese Version von NIRO Desk nicht kennt. Vermutlich wurde sie von einer neueren Version geschrieben: Aktualisieren Sie NIRO Desk.</translation>
    </message>
    <message>
      <source>The upgrade left {count} broken references in the database.</source>
      <translation>Nach der Aktualisierung enthält die Datenbank {count} fehlerhafte Verweise.</translation>
    </message>
    <message>
      <source>The database is empty: run `niro-desk db upgrade`.</source>
      <translation>Die Datenbank ist leer: `niro-desk db upgrade` ausführen.</translation>
    </message>
    <message>
      <source>The database is at an older version ({revision}, newest {head}): run `niro-desk db upgrade`.</source>
      <translation>Die Datenbank hat eine ältere Version ({revision}, neueste {head}): `niro-desk db upgrade` ausführen.</translation>
    </message>
    <message>
      <source>The database has schema version {revision}, which this NIRO Desk does not know (written by a newer version?).</source>
      <translation>Die Datenbank hat die Schemaversion {revision}, die dieses NIRO Desk nicht kennt (von einer neueren Version geschrieben?).</translation>
    </message>
    <message>
      <source>The database has tables but no NIRO Desk schema version: it is not a NIRO Desk database.</source>
      <translation>Die Datenbank hat Tabellen, aber keine Schemaversion von NIRO Desk: Sie ist keine NIRO-Desk-Datenbank.</translation>
    </message>
    <message>
      <source>None of NIRO Desk's tables are there (only the schema version).</source>
      <translation>Keine der Tabellen von NIRO Desk ist vorhanden (nur die Schemaversion).</translation>
    </message>
    <message>
      <source>Table {table} is missing.</source>
      <translation>Die Tabelle {table} fehlt.</translation>
    </message>
    <message>
      <source>Table {table} does not belong to NIRO Desk.</source>
      <translation>Die Tabelle {table} gehört nicht zu NIRO Desk.</translation>
    </message>
    <message>
      <source>Table {table} lacks column {column}.</source>
      <translation>Der Tabelle {table} fehlt die Spalte {column}.</translation>
    </message>
    <message>
      <source>Table {table} has a column {column} that NIRO Desk does not know.</source>
      <translation>Die Tabelle {table} hat eine Spalte {column}, die NIRO Desk nicht kennt.</translation>
    </message>
    <message>
      <source>Column {table}.{column} has type {found}; NIRO Desk expects {expected}.</source>
      <translation>Die Spalte {table}.{column} hat den Typ {found}; NIRO Desk erwartet {expected}.</translation>
    </message>
    <message>
      <source>Column {table}.{column} accepts empty values; NIRO Desk requires a value.</source>
      <translation>Die Spalte {table}.{column} lässt leere Werte zu; NIRO Desk verlangt einen Wert.</translation>
    </message>
    <message>
      <source>Column {table}.{column} requires a value; NIRO Desk allows it to be empty.</source>
      <translation>Die Spalte {table}.{column} verlangt einen Wert; NIRO Desk erlaubt, dass sie leer bleibt.</translation>
    </message>
    <message>
      <source>Table {table} lacks the index {name}.</source>
      <translation>Der Tabelle {table} fehlt der Index {name}.</translation>
    </message>
    <message>
      <source>Table {table} has an extra index {name}.</source>
      <translation>Die Tabelle {table} hat einen zusätzlichen Index {name}.</translation>
    </message>
    <message>
      <source>Table {table} lacks the rule {name}.</source>
      <translation>Der Tabelle {table} fehlt die Regel {name}.</translation>
    </message>
    <message>
      <source>Table {table} has an extra rule {name}.</source>
      <translation>Die Tabelle {table} hat eine zusätzliche Regel {name}.</translation>
    </message>
    <message>
      <source>Table {table} differs from NIRO Desk's models ({kind}).</source>
      <translation>Die Tabelle {table} weicht von den Modellen von NIRO Desk ab ({kind}).</translation>
    </message>
    <message>
      <source>SQLite's integrity check reports: {detail}</source>
      <translation>Die Integritätsprüfung von SQLite meldet: {detail}</translation>
    </message>
    <message>
      <source>Row {row} of table {table} refers to a missing row of table {parent}.</source>
      <translation>Zeile {row} der Tabelle {table} verweist auf eine fehlende Zeile der Tabelle {parent}.</translation>
    </message>
    <message>
      <source>{count} rows of table {table} break the rule {rule} (first: row {row}).</source>
      <translation>{count} Zeilen der Tabelle {table} verletzen die Regel {rule} (erste: Zeile {row}).</translation>
    </message>
    <message>
      <source>{count} rows of table {table} have no value in column {column} (first: row {row}).</source>
      <translation>{count} Zeilen der Tabelle {table} haben keinen Wert in der Spalte {column} (erste: Zeile {row}).</translation>
    </message>
    <message>
      <source>Rule {name} of table {table} is not validated for the existing rows.</source>
      <translation>Die Regel {name} der Tabelle {table} ist für die vorhandenen Zeilen nicht geprüft.</translation>
    </message>
    <message>
      <source>The database is not at the newest schema version (it has {revision}, the newest is {head}). Run niro-desk db upgrade first: this command only reads and changes nothing.</source>
      <translation>Die Datenbank hat nicht die neueste Schemaversion (sie hat {revision}, die neueste ist {head}). Zuerst niro-desk db upgrade ausführen: dieser Befehl liest nur und ändert nichts.</translation>
    </message>
    <message>
      <source>db restore asks before it replaces the data, but there is no terminal to ask on: add --yes to restore without asking.</source>
      <translation>db restore fragt, bevor es die Daten ersetzt, aber es gibt kein Terminal, auf dem es fragen kann: --yes angeben, um ohne Rückfrage wiederherzustellen.</translation>
    </message>
    <message>
      <source>{name} was changed by {user} on {when}, after you opened it. Your changes were not saved.</source>
      <translation>{name} wurde von {user} am {when} geändert, nachdem Sie den Datensatz geöffnet hatten. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
      <source>{name} was changed on another PC after you opened it. Your changes were not saved.</source>
      <translation>{name} wurde an einem anderen PC geändert, nachdem Sie den Datensatz geöffnet hatten. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
      <source>Enter the German term.</source>
      <translation>Geben Sie den deutschen Begriff ein.</translation>
    </message>
    <message>
      <source>Enter the English term.</source>
      <translation>Geben Sie den englischen Begriff ein.</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>Höchstens {limit} Zeichen.</translation>
    </message>
    <message>
      <source>The office has already added “{term}”.</source>
      <translation>Die Geschäftsstelle hat „{term}“ bereits ergänzt.</translation>
    </message>
    <message>
      <source>A term cannot be broader than itself.</source>
      <translation>Ein Begriff kann nicht sein eigener Oberbegriff sein.</translation>
    </message>
    <message>
      <source>“{term}” is not in the glossary: give the German term of an existing entry, or leave the field empty.</source>
      <translation>„{term}“ steht nicht im Glossar: Geben Sie den deutschen Begriff eines vorhandenen Eintrags an oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
      <source>This glossary entry no longer exists.</source>
      <translation>Diesen Glossareintrag gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>The database address '{url}' cannot be understood. A SQLite file is written sqlite:///path/to/file.sqlite3, a PostgreSQL database postgresql+psycopg://user@server/database.</source>
      <translation>Die Datenbankadresse „{url}“ ist nicht verständlich. Eine SQLite-Datei schreibt man sqlite:///pfad/zur/datei.sqlite3, eine PostgreSQL-Datenbank postgresql+psycopg://benutzer@server/datenbank.</translation>
    </message>
    <message>
      <source>NIRO Desk cannot work with the database '{url}': it uses a SQLite file or a PostgreSQL database (postgresql+psycopg://user@server/database).</source>
      <translation>Mit der Datenbank „{url}“ kann NIRO Desk nicht arbeiten: es verwendet eine SQLite-Datei oder eine PostgreSQL-Datenbank (postgresql+psycopg://benutzer@server/datenbank).</translation>
    </message>
    <message>
      <source>The PostgreSQL driver is not installed on this PC, so the database on {server} cannot be opened. Install NIRO Desk with its PostgreSQL part (pip install 'niro-desk[postgres]').</source>
      <translation>Auf diesem PC ist der PostgreSQL-Treiber nicht installiert, deshalb lässt sich die Datenbank auf {server} nicht öffnen. NIRO Desk mit seinem PostgreSQL-Teil installieren (pip install 'niro-desk[postgres]').</translation>
    </message>
    <message>
      <source>The database file {path} does not exist. Check the path; a new database is created by starting NIRO Desk on it or with niro-desk db upgrade.</source>
      <translation>Die Datenbankdatei {path} gibt es nicht. Bitte den Pfad prüfen; eine neue Datenbank entsteht, wenn NIRO Desk mit ihr gestartet wird, oder mit niro-desk db upgrade.</translation>
    </message>
    <message>
      <source>The file {path} is not a NIRO Desk database: it is no database at all. Perhaps the wrong file was chosen. Choose another file, or restore a backup.</source>
      <translation>Die Datei {path} ist keine NIRO-Desk-Datenbank, überhaupt keine Datenbank. Vielleicht wurde die falsche Datei gewählt. Eine andere Datei wählen oder eine Sicherung zurückspielen.</translation>
    </message>
    <message>
      <source>The database file {path} is damaged and cannot be read. Restore the newest backup.</source>
      <translation>Die Datenbankdatei {path} ist beschädigt und lässt sich nicht lesen. Bitte die neueste Sicherung zurückspielen.</translation>
    </message>
    <message>
      <source>The database file {path} cannot be opened or created. Check that its folder exists and that you may write there.</source>
      <translation>Die Datenbankdatei {path} lässt sich nicht öffnen oder anlegen. Bitte prüfen, ob ihr Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
      <source>The database server {server} cannot be reached. Is it switched on, and is this PC connected to the office network? Try again in a moment, or ask whoever looks after the server.</source>
      <translation>Der Datenbankserver {server} ist nicht erreichbar. Ist er eingeschaltet und dieser PC mit dem Büronetz verbunden? In einem Moment erneut versuchen oder bei der Person nachfragen, die den Server betreut.</translation>
    </message>
    <message>
      <source>The database server {server} has no database named '{database}'. Check the name in the address, or ask whoever looks after the server to create it.</source>
      <translation>Auf dem Datenbankserver {server} gibt es keine Datenbank namens „{database}“. Bitte den Namen in der Adresse prüfen oder die Person, die den Server betreut, bitten, sie anzulegen.</translation>
    </message>
    <message>
      <source>The database server {server} does not let the user '{user}' in: the user is unknown there, the password is wrong, or this PC is not allowed. Check the user and password in the address.</source>
      <translation>Der Datenbankserver {server} lässt den Benutzer „{user}“ nicht herein: der Benutzer ist dort unbekannt, das Passwort ist falsch oder dieser PC ist nicht zugelassen. Bitte Benutzer und Passwort in der Adresse prüfen.</translation>
    </message>
    <message>
      <source>The database {database} cannot be used: {reason}</source>
      <translation>Die Datenbank {database} lässt sich nicht verwenden: {reason}</translation>
    </message>
    <message>
      <source>The database reported an error: {reason}</source>
      <translation>Die Datenbank meldet einen Fehler: {reason}</translation>
    </message>
    <message>
      <source>The category #{id} no longer exists.</source>
      <translation>Die Kategorie #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>The item #{id} no longer exists.</source>
      <translation>Der Artikel #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>The name must not be empty.</source>
      <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
      <source>A category “{name}” exists here already.</source>
      <translation>Eine Kategorie „{name}“ gibt es hier bereits.</translation>
    </message>
    <message>
      <source>{name} still has subcategories or items and cannot be deleted.</source>
      <translation>{name} hat noch Unterkategorien oder Artikel und kann nicht gelöscht werden.</translation>
    </message>
    <message>
      <source>{name} is used by collections or negotiation rounds and cannot be deleted.</source>
      <translation>{name} wird in Bedarfsabfragen oder Einkaufsleiterrunden verwendet und kann nicht gelöscht werden.</translation>
    </message>
    <message>
      <source>An item “{name}” exists in this category already.</source>
      <translation>Einen Artikel „{name}“ gibt es in dieser Kategorie bereits.</translation>
    </message>
    <message>
      <source>The unit of {name} cannot change: requirements were stated in {unit}.</source>
      <translation>Die Einheit von {name} kann nicht mehr geändert werden: Es wurde bereits Bedarf in {unit} gemeldet.</translation>
    </message>
    <message>
      <source>The negotiation round #{id} no longer exists.</source>
      <translation>Die Einkaufsleiterrunde #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>{name} ({organisation}) cannot attend: only people of current members and customers take part in negotiation rounds.</source>
      <translation>{name} ({organisation}) kann nicht teilnehmen: An Einkaufsleiterrunden nehmen nur Personen aktueller Mitglieder und Kunden teil.</translation>
    </message>
    <message>
      <source>The title must not be empty.</source>
      <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
      <source>Put at least one category on the agenda.</source>
      <translation>Setzen Sie mindestens eine Kategorie auf die Tagesordnung.</translation>
    </message>
    <message>
      <source>{name} did not attend this round and cannot rank its categories.</source>
      <translation>{name} hat an dieser Runde nicht teilgenommen und kann ihre Kategorien nicht bewerten.</translation>
    </message>
    <message>
      <source>A category can be ranked only once.</source>
      <translation>Eine Kategorie kann nur einmal eingereiht werden.</translation>
    </message>
    <message>
      <source>{name} is not on the agenda of this round.</source>
      <translation>{name} steht nicht auf der Tagesordnung dieser Runde.</translation>
    </message>
    <message>
      <source>{name} is a supplier: suppliers are never participants of the pool.</source>
      <translation>{name} ist ein Lieferant: Lieferanten sind nie Teilnehmer des Einkaufspools.</translation>
    </message>
    <message>
      <source>{name} is not a current member (status: {status}): only members and customers take part in the pool.</source>
      <translation>{name} ist kein aktuelles Mitglied (Status: {status}): Am Einkaufspool nehmen nur Mitglieder und Kunden teil.</translation>
    </message>
    <message>
      <source>The requirement collection #{id} no longer exists.</source>
      <extracomment>the only state changes there are</extracomment>
      <translation>Die Bedarfsabfrage #{id} existiert nicht mehr.</translation>
    </message>
    <message>
      <source>{title} is closed: nothing in it can change any more.</source>
      <translation>{title} ist geschlossen: Daran kann sich nichts mehr ändern.</translation>
    </message>
    <message>
      <source>{title} is still a draft: answers are recorded once it is open.</source>
      <translation>{title} ist noch ein Entwurf: Antworten werden erfasst, sobald die Abfrage offen ist.</translation>
    </message>
    <message>
      <source>Say which supply period is meant (e.g. 2027).</source>
      <translation>Geben Sie den Lieferzeitraum an (z. B. 2027).</translation>
    </message>
    <message>
      <source>The category has no items yet: add items first.</source>
      <translation>Die Kategorie hat noch keine Artikel: Legen Sie zuerst Artikel an.</translation>
    </message>
    <message>
      <source>Item #{id} does not belong to the collection's category.</source>
      <translation>Artikel #{id} gehört nicht zur Kategorie der Bedarfsabfrage.</translation>
    </message>
    <message>
      <source>{title} is open: its category and items can only change while it is a draft.</source>
      <translation>{title} ist offen: Kategorie und Artikel lassen sich nur im Entwurf ändern.</translation>
    </message>
    <message>
      <source>The organisation is not invited to {title}.</source>
      <translation>Die Organisation ist nicht zu {title} eingeladen.</translation>
    </message>
    <message>
      <source>Only a draft can be opened; {title} is not a draft any more.</source>
      <translation>Nur ein Entwurf kann geöffnet werden; {title} ist kein Entwurf mehr.</translation>
    </message>
    <message>
      <source>Only an open collection can be closed; {title} is not open.</source>
      <translation>Nur eine offene Bedarfsabfrage kann geschlossen werden; {title} ist nicht offen.</translation>
    </message>
    <message>
      <source>{title} cannot go back to a draft once it has been opened.</source>
      <translation>{title} kann nach dem Öffnen nicht wieder zum Entwurf werden.</translation>
    </message>
    <message>
      <source>Invite participants before opening {title}.</source>
      <translation>Laden Sie Teilnehmer ein, bevor Sie {title} öffnen.</translation>
    </message>
    <message>
      <source>The deadline of {title} has passed: set a new one first.</source>
      <translation>Die Frist von {title} ist abgelaufen: Setzen Sie zuerst eine neue.</translation>
    </message>
    <message>
      <source>This item is not asked for in the collection.</source>
      <translation>Dieser Artikel wird in der Bedarfsabfrage nicht abgefragt.</translation>
    </message>
    <message>
      <source>{name} is not a member on {day} (status: {status}): only current members and customers join framework agreements.</source>
      <translation>{name} ist am {day} kein Mitglied (Status: {status}): nur aktuelle Mitglieder und Kunden treten Rahmenverträgen bei.</translation>
    </message>
    <message>
      <source>Enter the yearly volume of at least one item.</source>
      <translation>Geben Sie die Jahresmenge mindestens eines Artikels an.</translation>
    </message>
    <message>
      <source>The item #{id} is not part of the agreement.</source>
      <translation>Der Artikel #{id} gehört nicht zum Rahmenvertrag.</translation>
    </message>
    <message>
      <source>A volume cannot be negative.</source>
      <translation>Eine Menge kann nicht negativ sein.</translation>
    </message>
    <message>
      <source>{value} has more than three decimal places.</source>
      <translation>{value} hat mehr als drei Nachkommastellen.</translation>
    </message>
    <message>
      <source>The participation #{id} no longer exists.</source>
      <translation>Die Teilnahme #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>{title} has ended ({state}): nobody joins it any more.</source>
      <translation>{title} ist beendet ({state}): niemand tritt mehr bei.</translation>
    </message>
    <message>
      <source>The agreement ends before that day.</source>
      <translation>Der Rahmenvertrag endet vor diesem Tag.</translation>
    </message>
    <message>
      <source>{name} already takes part in {title}.</source>
      <translation>{name} nimmt bereits an {title} teil.</translation>
    </message>
    <message>
      <source>{name} has already left on {day}.</source>
      <translation>{name} ist bereits am {day} ausgetreten.</translation>
    </message>
    <message>
      <source>The day of leaving lies before the day of joining.</source>
      <translation>Der Austrittstag liegt vor dem Beitrittstag.</translation>
    </message>
    <message>
      <source>The framework agreement #{id} no longer exists.</source>
      <extracomment>states in which an agreement may still be edited and joined end of the current term (renewals rolled forward); None without an end last day for notice, only for an agreement that renews
----------
fewer unnamed buyers of an item than this, and its pooled line would reveal one's volume items whose volumes are given only as the total (one unnamed buyer)</extracomment>
      <translation>Den Rahmenvertrag #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>The end of the agreement must lie after its start.</source>
      <translation>Das Vertragsende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
      <source>The notice period is between 0 and {max} months.</source>
      <translation>Die Kündigungsfrist liegt zwischen 0 und {max} Monaten.</translation>
    </message>
    <message>
      <source>An automatic renewal is by 1 to {max} months.</source>
      <translation>Eine automatische Verlängerung beträgt 1 bis {max} Monate.</translation>
    </message>
    <message>
      <source>The item #{id} does not belong to the agreement's category.</source>
      <translation>Der Artikel #{id} gehört nicht zur Kategorie des Rahmenvertrags.</translation>
    </message>
    <message>
      <source>An item is named twice.</source>
      <translation>Ein Artikel ist doppelt angegeben.</translation>
    </message>
    <message>
      <source>A price cannot be negative.</source>
      <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
      <source>A unit price has at most four decimal places.</source>
      <translation>Ein Stückpreis hat höchstens vier Nachkommastellen.</translation>
    </message>
    <message>
      <source>The agreement needs a title.</source>
      <translation>Der Rahmenvertrag braucht einen Titel.</translation>
    </message>
    <message>
      <source>The title is too long.</source>
      <translation>Der Titel ist zu lang.</translation>
    </message>
    <message>
      <source>The reference is too long.</source>
      <translation>Das Aktenzeichen ist zu lang.</translation>
    </message>
    <message>
      <source>Enter at least one item with its price.</source>
      <translation>Geben Sie mindestens einen Artikel mit Preis an.</translation>
    </message>
    <message>
      <source>{title} has ended ({state}) and can no longer be changed.</source>
      <translation>{title} ist beendet ({state}) und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
      <source>{title} is active: its supplier and category are no longer changed.</source>
      <translation>{title} ist aktiv: Lieferant und Kategorie werden nicht mehr geändert.</translation>
    </message>
    <message>
      <source>An active agreement needs its start and its end.</source>
      <translation>Ein aktiver Rahmenvertrag braucht Beginn und Ende.</translation>
    </message>
    <message>
      <source>Participants have volumes for {items}: the item stays in the agreement.</source>
      <translation>Teilnehmer haben Mengen für {items}: der Artikel bleibt im Rahmenvertrag.</translation>
    </message>
    <message>
      <source>{title}: an agreement cannot go from “{old}” to “{new}”.</source>
      <translation>{title}: ein Rahmenvertrag kann nicht von „{old}“ zu „{new}“ wechseln.</translation>
    </message>
    <message>
      <source>{title} needs its start and end before it becomes active.</source>
      <translation>{title} braucht Beginn und Ende, bevor er aktiv wird.</translation>
    </message>
    <message>
      <source>{title} needs at least one item with a price before it becomes active.</source>
      <translation>{title} braucht mindestens einen Artikel mit Preis, bevor er aktiv wird.</translation>
    </message>
    <message>
      <source>{title} ended on {end} and without renewal cannot become active.</source>
      <translation>{title} endete am {end} und kann ohne Verlängerung nicht aktiv werden.</translation>
    </message>
    <message>
      <source>Give the reason for the termination.</source>
      <translation>Geben Sie den Grund für die Beendigung an.</translation>
    </message>
    <message>
      <source>The agreement cannot end before its start.</source>
      <translation>Der Rahmenvertrag kann nicht vor seinem Beginn enden.</translation>
    </message>
    <message>
      <source>The document #{id} no longer exists.</source>
      <translation>Das Dokument #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>{name} is larger than {limit} MB: it cannot be attached.</source>
      <translation>{name} ist größer als {limit} MB: es kann nicht angehängt werden.</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} ist leer.</translation>
    </message>
    <message>
      <source>{name} cannot be read: {reason}</source>
      <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>The stored copy of {name} does not match its checksum: it was damaged and is not saved. Restore it from a backup.</source>
      <translation>Die gespeicherte Kopie von {name} passt nicht zu ihrer Prüfsumme: sie ist beschädigt und wird nicht gespeichert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <source>{file} contains macros: NIRO Desk does not open workbooks with macros. Save it as “Excel workbook (.xlsx)” and import that file.</source>
      <translation>{file} enthält Makros: NIRO Desk öffnet keine Arbeitsmappen mit Makros. Speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
      <source>{file} is not a requirements workbook from NIRO Desk (its hidden identity sheet is missing). Only workbooks generated for a participant can be imported.</source>
      <translation>{file} ist keine Bedarfs-Arbeitsmappe aus NIRO Desk (das verborgene Kennungsblatt fehlt). Importiert werden können nur Arbeitsmappen, die für einen Teilnehmer erzeugt wurden.</translation>
    </message>
    <message>
      <source>{file} was refused: its hidden identity (collection, participant) was changed after NIRO Desk generated it. Send the participant a new workbook.</source>
      <translation>{file} wurde abgelehnt: die verborgene Kennung (Abfrage, Teilnehmer) wurde verändert, nachdem NIRO Desk die Mappe erzeugt hat. Senden Sie dem Teilnehmer eine neue Arbeitsmappe.</translation>
    </message>
    <message>
      <source>{file} belongs to another collection (#{other}), not to “{title}”. Import it there.</source>
      <translation>{file} gehört zu einer anderen Bedarfsabfrage (#{other}), nicht zu „{title}“. Importieren Sie sie dort.</translation>
    </message>
    <message>
      <source>{file} is the workbook of {name}, who is not (or no longer) invited to “{title}”.</source>
      <translation>{file} ist die Arbeitsmappe von {name}, das zu „{title}“ nicht (mehr) eingeladen ist.</translation>
    </message>
    <message>
      <source>{file} is the workbook of organisation #{id}, which no longer exists.</source>
      <translation>{file} ist die Arbeitsmappe der Organisation #{id}, die es nicht mehr gibt.</translation>
    </message>
    <message>
      <source>{file} has no sheet with the columns “Item no.” and “Yearly volume” (“Pos.-Nr.”, “Jahresmenge”). Were they deleted or renamed?</source>
      <translation>{file} hat kein Blatt mit den Spalten „Pos.-Nr.“ und „Jahresmenge“ („Item no.“, „Yearly volume“). Wurden sie gelöscht oder umbenannt?</translation>
    </message>
    <message>
      <source>{file} is not a bid workbook from NIRO Desk (its hidden identity sheet is missing). Only the invitation workbooks sent to a supplier can be imported.</source>
      <translation>{file} ist keine Angebotsmappe aus NIRO Desk (das verborgene Kennungsblatt fehlt). Importiert werden können nur die Einladungsmappen, die an einen Lieferanten gingen.</translation>
    </message>
    <message>
      <source>{file} is a requirements workbook of a collection, not a bid workbook. Import it in the Requirements area.</source>
      <translation>{file} ist eine Bedarfsmappe einer Bedarfsabfrage, keine Angebotsmappe. Importieren Sie sie im Bereich Bedarfe.</translation>
    </message>
    <message>
      <source>{file} was refused: its hidden identity (tender, round, supplier) was changed after NIRO Desk generated it. Send the supplier a new invitation workbook.</source>
      <translation>{file} wurde abgelehnt: Ihre verborgene Kennung (Ausschreibung, Runde, Lieferant) wurde geändert, nachdem NIRO Desk sie erstellt hat. Senden Sie dem Lieferanten eine neue Einladungsmappe.</translation>
    </message>
    <message>
      <source>{file} belongs to another tender (#{other}), not to “{title}”. Import it there.</source>
      <translation>{file} gehört zu einer anderen Ausschreibung (#{other}), nicht zu „{title}“. Importieren Sie sie dort.</translation>
    </message>
    <message>
      <source>{file} was written for round {number}, which “{title}” does not have.</source>
      <translation>{file} wurde für Runde {number} erstellt, die es bei „{title}“ nicht gibt.</translation>
    </message>
    <message>
      <source>{file} was written for round {number} of “{title}”, but round {current} is the one that takes bids now. Ask the supplier to fill in the workbook of round {current}.</source>
      <translation>{file} wurde für Runde {number} von „{title}“ erstellt, Angebote nimmt aber jetzt Runde {current} entgegen. Bitten Sie den Lieferanten, die Mappe der Runde {current} auszufüllen.</translation>
    </message>
    <message>
      <source>{file} was written for round {number} of “{title}”, which has been closed or opened: no bid can be added to it any more.</source>
      <translation>{file} wurde für Runde {number} von „{title}“ erstellt, die geschlossen oder geöffnet ist: Es kann kein Angebot mehr hinzukommen.</translation>
    </message>
    <message>
      <source>{file}: “{title}” takes no bids now (it is not in a round open for bids).</source>
      <translation>{file}: „{title}“ nimmt jetzt keine Angebote an (keine Angebotsrunde ist offen).</translation>
    </message>
    <message>
      <source>{file} is the workbook of {name}, who is not invited to round {number}.</source>
      <translation>{file} ist die Mappe von {name}; dieser Lieferant ist zu Runde {number} nicht eingeladen.</translation>
    </message>
    <message>
      <source>{file} has no sheet with the columns “Item no.” and “Your price per unit” (“Pos.-Nr.”, “Ihr Preis je Einheit”). Were they deleted or renamed?</source>
      <translation>{file} hat kein Blatt mit den Spalten „Pos.-Nr.“ und „Ihr Preis je Einheit“ („Item no.“, „Your price per unit“). Wurden sie gelöscht oder umbenannt?</translation>
    </message>
    <message>
      <source>The sheet has more than {limit} filled rows; is this the right workbook?</source>
      <translation>Das Blatt hat mehr als {limit} gefüllte Zeilen; ist das die richtige Arbeitsmappe?</translation>
    </message>
    <message>
      <source>The column “{header}” appears twice (also as “{first}”); delete one of them.</source>
      <translation>Die Spalte „{header}“ kommt doppelt vor (auch als „{first}“); löschen Sie eine davon.</translation>
    </message>
    <message>
      <source>“{value}” is not an item of lot {lot} of this tender; do not change the columns “Lot” and “Item no.”.</source>
      <translation>„{value}“ ist kein Artikel von Los {lot} dieser Ausschreibung; ändern Sie die Spalten „Los“ und „Pos.-Nr.“ nicht.</translation>
    </message>
    <message>
      <source>This row has no item number. Enter the prices in the rows of the items.</source>
      <translation>Diese Zeile hat keine Positionsnummer. Tragen Sie die Preise in den Zeilen der Artikel ein.</translation>
    </message>
    <message>
      <source>Item {item} of lot {lot} appears a second time (also in row {first}).</source>
      <translation>Artikel {item} von Los {lot} steht ein zweites Mal da (auch in Zeile {first}).</translation>
    </message>
    <message>
      <source>The price is not a number: enter the net price per unit in euros, e.g. 12,50.</source>
      <translation>Der Preis ist keine Zahl: Tragen Sie den Nettopreis je Einheit in Euro ein, z. B. 12,50.</translation>
    </message>
    <message>
      <source>The price must not be negative.</source>
      <translation>Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
      <source>The unit price has more than {places} decimal places.</source>
      <translation>Der Preis je Einheit hat mehr als {places} Nachkommastellen.</translation>
    </message>
    <message>
      <source>The price is larger than NIRO Desk can store.</source>
      <translation>Der Preis ist größer, als NIRO Desk speichern kann.</translation>
    </message>
    <message>
      <source>The price cell holds a formula but no result. Open the workbook in Excel, save it there (Excel then stores the result) or type the price, and send it again.</source>
      <translation>Die Preiszelle enthält eine Formel, aber kein Ergebnis. Öffnen Sie die Mappe in Excel und speichern Sie sie dort (Excel speichert dann das Ergebnis) oder tippen Sie den Preis ein, und senden Sie sie erneut.</translation>
    </message>
    <message>
      <source>Lot {lot} is priced only in part: the price for {item} is missing. Price every item of a lot you bid for, or none.</source>
      <translation>Los {lot} ist nur zum Teil bepreist: Der Preis für {item} fehlt. Bepreisen Sie jeden Artikel eines Loses, das Sie anbieten, oder keinen.</translation>
    </message>
    <message>
      <source>Lot {lot} is priced, but the row of {item} is missing. Do not delete rows; send the workbook with every row.</source>
      <translation>Los {lot} ist bepreist, aber die Zeile von {item} fehlt. Löschen Sie keine Zeilen; senden Sie die Mappe mit allen Zeilen.</translation>
    </message>
    <message>
      <source>No prices entered: the workbook covers no lot, so there is no bid in it.</source>
      <translation>Keine Preise eingetragen: Die Mappe deckt kein Los ab, es ist also kein Angebot darin.</translation>
    </message>
    <message>
      <source>“{value}” is not a date: write it as DD.MM.YYYY (e.g. 31.03.2027).</source>
      <translation>„{value}“ ist kein Datum: Schreiben Sie es als TT.MM.JJJJ (z. B. 31.03.2027).</translation>
    </message>
    <message>
      <source>{file}: the bid says nothing on how long it is valid.</source>
      <translation>{file}: Das Angebot sagt nicht, wie lange es gilt.</translation>
    </message>
    <message>
      <source>{file}: the bid is valid only until {date}, before it was received.</source>
      <translation>{file}: Das Angebot gilt nur bis {date}, also schon vor seinem Eingang nicht mehr.</translation>
    </message>
    <message>
      <source>{file} was received after the deadline ({deadline}): the bid is marked late and excluded unless the office admits it with a reason.</source>
      <translation>{file} ist nach der Frist ({deadline}) eingegangen: Das Angebot wird als verspätet markiert und ausgeschlossen, wenn die Geschäftsstelle es nicht mit Begründung zulässt.</translation>
    </message>
    <message>
      <source>{file} is skipped: {newer} is a later workbook of {name} (received later), and the later one wins.</source>
      <translation>{file} wird übersprungen: {newer} ist eine spätere Mappe von {name} (später eingegangen), und die spätere gilt.</translation>
    </message>
    <message>
      <source>{file} is skipped: a bid of {name} received later ({received}) has already been entered for this round, and the later one wins.</source>
      <translation>{file} wird übersprungen: Ein später eingegangenes Angebot von {name} ({received}) ist für diese Runde schon erfasst, und das spätere gilt.</translation>
    </message>
    <message>
      <source>{count} file(s) were refused or have problems: no bid was imported. Remove or replace those files and check again.</source>
      <translation>{count} Datei(en) wurden abgelehnt oder haben Probleme: Kein Angebot wurde importiert. Entfernen oder ersetzen Sie diese Dateien und prüfen Sie erneut.</translation>
    </message>
    <message>
      <source>Round {number} of “{title}” no longer takes bids (it changed since the check): no bid was imported.</source>
      <translation>Runde {number} von „{title}“ nimmt keine Angebote mehr an (sie hat sich seit der Prüfung geändert): Kein Angebot wurde importiert.</translation>
    </message>
    <message>
      <source>There is no bid to import.</source>
      <translation>Es gibt kein Angebot zu importieren.</translation>
    </message>
    <message>
      <source>“{value}” is not an item number of this collection; do not change this column.</source>
      <translation>„{value}“ ist keine Positionsnummer dieser Abfrage; ändern Sie diese Spalte bitte nicht.</translation>
    </message>
    <message>
      <source>This row has no item number. Enter the volumes in the rows of the items, not in new rows.</source>
      <translation>Diese Zeile hat keine Positionsnummer. Tragen Sie die Mengen in die Zeilen der Artikel ein, nicht in neue Zeilen.</translation>
    </message>
    <message>
      <source>The yearly volume is missing. Enter it (0 if nothing is needed), or clear the row's other cells.</source>
      <translation>Die Jahresmenge fehlt. Tragen Sie sie ein (0, wenn nichts benötigt wird), oder leeren Sie die übrigen Zellen der Zeile.</translation>
    </message>
    <message>
      <source>“{value}” is not a unit NIRO Desk knows; choose one from the list.</source>
      <translation>„{value}“ ist keine Einheit, die NIRO Desk kennt; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
      <source>The cell holds a formula ({formula}) but no result. Open the workbook in Excel, save it there (Excel then stores the result) and import it again, or type the number.</source>
      <translation>Die Zelle enthält eine Formel ({formula}), aber kein Ergebnis. Öffnen Sie die Arbeitsmappe in Excel, speichern Sie sie dort (dann speichert Excel das Ergebnis) und importieren Sie sie erneut, oder tippen Sie die Zahl ein.</translation>
    </message>
    <message>
      <source>The price per {unit} cannot be converted exactly into a price per {item_unit}; please enter it per {item_unit}.</source>
      <translation>Der Preis je {unit} lässt sich nicht exakt in einen Preis je {item_unit} umrechnen; bitte geben Sie ihn je {item_unit} an.</translation>
    </message>
    <message>
      <source>The notice date lies after the end of the contract.</source>
      <translation>Das Kündigungsdatum liegt nach dem Vertragsende.</translation>
    </message>
    <message>
      <source>{file} is skipped: {newer} is a newer workbook of {name} (generated later), and the newer one wins.</source>
      <translation>{file} wird übersprungen: {newer} ist eine neuere Arbeitsmappe von {name} (später erzeugt), und die neuere gilt.</translation>
    </message>
    <message>
      <source>{file} is skipped: a newer workbook of {name} (generated {newer}) has already been imported, and the newer one wins.</source>
      <translation>{file} wird übersprungen: eine neuere Arbeitsmappe von {name} (erzeugt {newer}) wurde bereits importiert, und die neuere gilt.</translation>
    </message>
    <message>
      <source>{file}: no volumes entered. It will be recorded as “{name} needs none of these items”.</source>
      <translation>{file}: keine Mengen eingetragen. Das wird als „{name} benötigt keinen dieser Artikel“ erfasst.</translation>
    </message>
    <message>
      <source>The supplier's name is too long.</source>
      <translation>Der Name des Lieferanten ist zu lang.</translation>
    </message>
    <message>
      <source>The organisation is not invited to {title}: it cannot answer.</source>
      <translation>Die Organisation ist nicht zu {title} eingeladen: Sie kann nicht antworten.</translation>
    </message>
    <message>
      <source>{source} cannot be converted into {target}.</source>
      <extracomment>what people type after a number, lower case, in German and English</extracomment>
      <translation>{source} lässt sich nicht in {target} umrechnen.</translation>
    </message>
    <message>
      <source>{value} {source} is not exactly {target} with three decimal places; please enter it in {target}.</source>
      <translation>{value} {source} ergibt in {target} mehr als drei Nachkommastellen; bitte geben Sie die Menge in {target} ein.</translation>
    </message>
    <message>
      <source>“{text}” is not a volume.</source>
      <translation>„{text}“ ist keine Menge.</translation>
    </message>
    <message>
      <source>“{unit}” is not a unit NIRO Desk knows.</source>
      <translation>„{unit}“ ist keine Einheit, die NIRO Desk kennt.</translation>
    </message>
    <message>
      <source>The large network is only written into an empty database.</source>
      <translation>Das große Netzwerk wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
      <source>Possible competitors: {count} organisations sell in NACE class {code} ({title}): {names}.</source>
      <translation>Mögliche Wettbewerber: {count} Organisationen verkaufen in der WZ-Klasse {code} ({title}): {names}.</translation>
    </message>
    <message>
      <source>Possible competitors: {count} organisations offer “{market}”: {names}.</source>
      <translation>Mögliche Wettbewerber: {count} Organisationen bieten „{market}“ an: {names}.</translation>
    </message>
    <message>
      <source>Row {row}: {name} and {other} are recorded in NIRO Desk as competitors.</source>
      <translation>Zeile {row}: {name} und {other} sind in NIRO Desk als Wettbewerber erfasst.</translation>
    </message>
    <message>
      <source>{name} (row {row})</source>
      <translation>{name} (Zeile {row})</translation>
    </message>
    <message>
      <source>{name} (in NIRO Desk)</source>
      <translation>{name} (in NIRO Desk)</translation>
    </message>
    <message>
      <source>{names} and {count} more</source>
      <translation>{names} und {count} weitere</translation>
    </message>
    <message>
      <source>Organisation #{id} is not invited to {title}.</source>
      <extracomment>column key → header per language; the importer accepts both languages' headers words for people, per language (the workbook speaks the participant's language)</extracomment>
      <translation>Die Organisation #{id} ist zu {title} nicht eingeladen.</translation>
    </message>
    <message>
      <source>A price is not a number: type it like 0.1234.</source>
      <translation>Ein Preis ist keine Zahl: bitte wie 0,1234 eingeben.</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Preis</translation>
    </message>
    <message>
      <source>The price for {item} is not a number.</source>
      <translation>Der Preis für {item} ist keine Zahl.</translation>
    </message>
    <message>
      <source>The price for {item} must be a number of 0 or more.</source>
      <translation>Der Preis für {item} muss 0 oder größer sein.</translation>
    </message>
    <message>
      <source>The price for {item} has more than four decimal places.</source>
      <translation>Der Preis für {item} hat mehr als vier Nachkommastellen.</translation>
    </message>
    <message>
      <source>Round {number} of {title} has been opened: no bid can be added to it any more.</source>
      <translation>Runde {number} von {title} ist geöffnet: Es können keine Angebote mehr hinzukommen.</translation>
    </message>
    <message>
      <source>{name} is not invited to round {number}.</source>
      <translation>{name} ist zu Runde {number} nicht eingeladen.</translation>
    </message>
    <message>
      <source>Enter the prices of at least one lot.</source>
      <translation>Bitte die Preise für mindestens ein Los eingeben.</translation>
    </message>
    <message>
      <source>The time received cannot lie in the future.</source>
      <translation>Der Eingang kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>The lot #{id} is not part of this tender.</source>
      <translation>Das Los #{id} gehört nicht zu dieser Ausschreibung.</translation>
    </message>
    <message>
      <source>Item #{id} is not part of lot {number}.</source>
      <translation>Position #{id} gehört nicht zu Los {number}.</translation>
    </message>
    <message>
      <source>Lot {number}: the price for {item} is missing.</source>
      <translation>Los {number}: Der Preis für {item} fehlt.</translation>
    </message>
    <message>
      <source>The bid #{id} no longer exists.</source>
      <translation>Das Angebot #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>This bid came in time: there is nothing to admit.</source>
      <translation>Dieses Angebot kam rechtzeitig: Es gibt nichts zuzulassen.</translation>
    </message>
    <message>
      <source>The round has been opened: a late bid can only be admitted before opening.</source>
      <translation>Die Runde ist geöffnet: Ein verspätetes Angebot kann nur vor der Öffnung zugelassen werden.</translation>
    </message>
    <message>
      <source>Say why the late bid is admitted (it is recorded).</source>
      <translation>Bitte begründen, warum das verspätete Angebot zugelassen wird (wird protokolliert).</translation>
    </message>
    <message>
      <source>Round {number} is not opened yet: there is no opening to record.</source>
      <translation>Runde {number} ist noch nicht geöffnet: Es gibt keine Öffnung zu protokollieren.</translation>
    </message>
    <message>
      <source>{name} is a participant of the pool, not a supplier: participants never bid in tenders.</source>
      <translation>{name} ist Teilnehmer des Pools, kein Lieferant: Teilnehmer bieten nie in Ausschreibungen.</translation>
    </message>
    <message>
      <source>Say which certificate it is (e.g. ISO 9001).</source>
      <translation>Bitte angeben, welches Zertifikat es ist (z. B. ISO 9001).</translation>
    </message>
    <message>
      <source>The certificate #{id} no longer exists.</source>
      <translation>Das Zertifikat #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>{title} is not in evaluation: only an opened tender is awarded.</source>
      <translation>{title} ist nicht in der Auswertung: Zuschlag nur für eine geöffnete Ausschreibung.</translation>
    </message>
    <message>
      <source>Award at least one lot to a supplier.</source>
      <translation>Bitte mindestens ein Los an einen Lieferanten vergeben.</translation>
    </message>
    <message>
      <source>Lot {number}: the shares add up to {total} %; they must be above 0 and add up to 100 %.</source>
      <translation>Los {number}: Die Anteile ergeben {total} %; sie müssen über 0 liegen und zusammen 100 % ergeben.</translation>
    </message>
    <message>
      <source>Lot {number}: a supplier is named twice.</source>
      <translation>Los {number}: Ein Lieferant ist doppelt genannt.</translation>
    </message>
    <message>
      <source>Lot {number}: {name} has no opened bid in the latest round and cannot win it.</source>
      <translation>Los {number}: {name} hat in der letzten Runde kein geöffnetes Angebot und kann den Zuschlag nicht erhalten.</translation>
    </message>
    <message>
      <source>price points = 100 × best total ÷ supplier's total</source>
      <translation>Preispunkte = 100 × beste Summe ÷ Summe des Lieferanten</translation>
    </message>
    <message>
      <source>The lot #{id} no longer exists.</source>
      <translation>Das Los #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>Scores are entered while the tender is in evaluation.</source>
      <translation>Bewertungen werden erfasst, solange die Ausschreibung in der Auswertung ist.</translation>
    </message>
    <message>
      <source>Price is scored from the bids; other criteria are scored here.</source>
      <translation>Der Preis wird aus den Angeboten bewertet; die übrigen Kriterien hier.</translation>
    </message>
    <message>
      <source>A score lies between 0 and 100.</source>
      <translation>Eine Bewertung liegt zwischen 0 und 100.</translation>
    </message>
    <message>
      <source>The passphrase does not open round {number} of {title}. Nothing was opened; the attempt is recorded.</source>
      <translation>Die Passphrase öffnet Runde {number} von {title} nicht. Nichts wurde geöffnet; der Versuch ist protokolliert.</translation>
    </message>
    <message>
      <source>The deadline of round {number} has not passed yet: bids stay sealed until then.</source>
      <translation>Die Frist von Runde {number} ist noch nicht abgelaufen: Bis dahin bleiben die Angebote versiegelt.</translation>
    </message>
    <message>
      <source>Round {number} has been opened already.</source>
      <translation>Runde {number} ist bereits geöffnet.</translation>
    </message>
    <message>
      <source>Name who is present at the opening (one per line).</source>
      <translation>Bitte angeben, wer bei der Öffnung anwesend ist (eine Person je Zeile).</translation>
    </message>
    <message>
      <source>The sealed bid of {name} for lot {lot} does not decrypt: it was changed in the database. Nothing was opened.</source>
      <translation>Das versiegelte Angebot von {name} für Los {lot} lässt sich nicht entschlüsseln: Es wurde in der Datenbank verändert. Nichts wurde geöffnet.</translation>
    </message>
    <message>
      <source>The sealed bid of {name} for lot {lot} does not fit the lot.</source>
      <translation>Das versiegelte Angebot von {name} für Los {lot} passt nicht zum Los.</translation>
    </message>
    <message>
      <source>The tender #{id} no longer exists.</source>
      <translation>Die Ausschreibung #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>The bidding round #{id} no longer exists.</source>
      <translation>Die Angebotsrunde #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>Tender #{id} has no round {number}.</source>
      <translation>Die Ausschreibung #{id} hat keine Runde {number}.</translation>
    </message>
    <message>
      <source>{title}: a tender cannot go from “{old}” to “{new}”.</source>
      <translation>{title}: Eine Ausschreibung kann nicht von „{old}“ nach „{new}“ wechseln.</translation>
    </message>
    <message>
      <source>Price is always a criterion: give it a weight between 1 and 100 %.</source>
      <translation>Der Preis ist immer ein Kriterium: Bitte ein Gewicht zwischen 1 und 100 % angeben.</translation>
    </message>
    <message>
      <source>The criterion “{name}” is given twice or below 0.</source>
      <translation>Das Kriterium „{name}“ ist doppelt angegeben oder unter 0 gewichtet.</translation>
    </message>
    <message>
      <source>The weights of the criteria add up to {total} %, not 100 %.</source>
      <translation>Die Gewichte der Kriterien ergeben {total} %, nicht 100 %.</translation>
    </message>
    <message>
      <source>A tender needs at least one lot.</source>
      <translation>Eine Ausschreibung braucht mindestens ein Los.</translation>
    </message>
    <message>
      <source>Lot {number} has no items.</source>
      <translation>Los {number} hat keine Positionen.</translation>
    </message>
    <message>
      <source>An item can be in one lot only (item #{id}).</source>
      <translation>Eine Position kann nur in einem Los sein (Position #{id}).</translation>
    </message>
    <message>
      <source>Item #{id} was not asked for in the chosen collections.</source>
      <translation>Position #{id} wurde in den gewählten Bedarfsabfragen nicht abgefragt.</translation>
    </message>
    <message>
      <source>Only {count} participants need “{item}”: its pooled volume would show suppliers what they need. Leave it out of the tender (at least {minimum} participants are needed).</source>
      <translation>Nur {count} Teilnehmer brauchen „{item}“: Das Poolvolumen würde Lieferanten deren Bedarf zeigen. Bitte aus der Ausschreibung herausnehmen (mindestens {minimum} Teilnehmer sind nötig).</translation>
    </message>
    <message>
      <source>Choose the closed collection the tender is built on.</source>
      <translation>Bitte die abgeschlossene Bedarfsabfrage wählen, auf der die Ausschreibung aufbaut.</translation>
    </message>
    <message>
      <source>{title} is not closed yet: a tender is built on closed collections only.</source>
      <translation>{title} ist noch nicht abgeschlossen: Ausschreibungen bauen nur auf abgeschlossenen Bedarfsabfragen auf.</translation>
    </message>
    <message>
      <source>The collections of one tender must be of the same category.</source>
      <translation>Die Bedarfsabfragen einer Ausschreibung müssen zur selben Kategorie gehören.</translation>
    </message>
    <message>
      <source>{title} is published: round 1's suppliers are fixed; later rounds choose their own shortlist.</source>
      <translation>{title} ist veröffentlicht: Die Lieferanten der Runde 1 stehen fest; spätere Runden wählen ihre eigene Auswahl.</translation>
    </message>
    <message>
      <source>The opening passphrase needs at least {minimum} characters (a few words are easiest to remember).</source>
      <translation>Die Öffnungs-Passphrase braucht mindestens {minimum} Zeichen (ein paar Wörter merkt man sich am leichtesten).</translation>
    </message>
    <message>
      <source>The deadline for bids must lie in the future.</source>
      <translation>Die Angebotsfrist muss in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>{title} is published already.</source>
      <translation>{title} ist bereits veröffentlicht.</translation>
    </message>
    <message>
      <source>{title} invites no supplier yet.</source>
      <translation>{title} lädt noch keinen Lieferanten ein.</translation>
    </message>
    <message>
      <source>{title}: a further round starts after the last one was opened.</source>
      <translation>{title}: Eine weitere Runde beginnt erst, wenn die letzte geöffnet wurde.</translation>
    </message>
    <message>
      <source>Invite at least one supplier.</source>
      <translation>Bitte mindestens einen Lieferanten einladen.</translation>
    </message>
    <message>
      <source>A further round invites suppliers of the previous round only (a shortlist).</source>
      <translation>Eine weitere Runde lädt nur Lieferanten der Vorrunde ein (engere Wahl).</translation>
    </message>
    <message>
      <source>Say why the tender is cancelled.</source>
      <translation>Bitte begründen, warum die Ausschreibung aufgehoben wird.</translation>
    </message>
    <message>
      <source>{title} has no round open for bids: there is nothing to invite to.</source>
      <extracomment>column key → header per language; the bid import accepts both languages' headers</extracomment>
      <translation>{title} hat keine Angebotsrunde, die offen ist: Es gibt nichts, wozu eingeladen werden kann.</translation>
    </message>
    <message>
      <source>Organisation #{id} is not invited to round {number} of {title}.</source>
      <translation>Organisation #{id} ist nicht zu Runde {number} von {title} eingeladen.</translation>
    </message>
    <message>
      <source>The office needs a name for its letterhead.</source>
      <extracomment>street and town, one line each</extracomment>
      <translation>Die Geschäftsstelle braucht einen Namen für den Briefkopf.</translation>
    </message>
    <message>
      <source>At most 200 characters, please.</source>
      <translation>Bitte höchstens 200 Zeichen.</translation>
    </message>
    <message>
      <source>The agreement no longer exists.</source>
      <translation>Den Rahmenvertrag gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>{name} was neither a member nor a customer of the pool in {year}.</source>
      <translation>{name} war {year} weder Mitglied noch Kunde des Einkaufspools.</translation>
    </message>
    <message>
      <source>The organisation no longer exists.</source>
      <translation>Die Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>The name or the password is wrong. Check both and try again.</source>
      <translation>Name oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Too many wrong passwords for {login}. The next attempt is possible in {seconds} seconds.</source>
      <translation>Zu viele falsche Passwörter für {login}. Der nächste Versuch ist in {seconds} Sekunden möglich.</translation>
    </message>
    <message>
      <source>The account {login} is deactivated. An administrator can turn it on again.</source>
      <translation>Das Konto {login} ist deaktiviert. Die Administration kann es wieder aktivieren.</translation>
    </message>
    <message>
      <source>There is no account with the id {id}.</source>
      <translation>Es gibt kein Konto mit der Nummer {id}.</translation>
    </message>
    <message>
      <source>There is no account named {login}.</source>
      <translation>Es gibt kein Konto namens {login}.</translation>
    </message>
    <message>
      <source>A sign-in name is needed (letters, digits, . - _).</source>
      <translation>Ein Anmeldename ist nötig (Buchstaben, Ziffern, . - _).</translation>
    </message>
    <message>
      <source>The sign-in name {login} is already an account.</source>
      <translation>Der Anmeldename {login} ist bereits ein Konto.</translation>
    </message>
    <message>
      <source>The password needs at least {length} characters.</source>
      <translation>Das Passwort braucht mindestens {length} Zeichen.</translation>
    </message>
    <message>
      <source>An account needs at least one role.</source>
      <translation>Ein Konto braucht mindestens eine Rolle.</translation>
    </message>
    <message>
      <source>A procurement head is bound to one participant organisation: choose it.</source>
      <translation>Eine Einkaufsleitung gehört zu genau einer teilnehmenden Organisation: Wählen Sie sie aus.</translation>
    </message>
    <message>
      <source>Only a procurement head is bound to an organisation.</source>
      <translation>Nur eine Einkaufsleitung gehört zu einer Organisation.</translation>
    </message>
    <message>
      <source>{login} is the last active administrator while accounts are on. Make another account an administrator first, or turn accounts off.</source>
      <translation>{login} ist die letzte aktive Administration, solange die Konten eingeschaltet sind. Machen Sie zuerst ein anderes Konto zur Administration oder schalten Sie die Konten aus.</translation>
    </message>
    <message>
      <source>Accounts cannot be turned off on a shared PostgreSQL database: there every account is a database role, and signing in is how the database knows who is working.</source>
      <translation>Auf einer gemeinsamen PostgreSQL-Datenbank lassen sich die Konten nicht abschalten: Dort ist jedes Konto eine Datenbankrolle, und über die Anmeldung erfährt die Datenbank, wer arbeitet.</translation>
    </message>
    <message>
      <source>Accounts can be turned on only when there is an active administrator with a password (niro-desk user add NAME --role admin).</source>
      <translation>Konten lassen sich erst einschalten, wenn es eine aktive Administration mit Passwort gibt (niro-desk user add NAME --role admin).</translation>
    </message>
    <message>
      <source>There is no audit entry with the id {id}.</source>
      <translation>Es gibt keinen Protokolleintrag mit der Nummer {id}.</translation>
    </message>
    <message>
      <source>{count} entries match: narrow the filter to at most {limit} for an export.</source>
      <translation>{count} Einträge passen: Schränken Sie den Filter für einen Export auf höchstens {limit} ein.</translation>
    </message>
    <message>
      <source>{user} may not do this: it needs the permission “{permission}”.</source>
      <translation>{user} darf das nicht: Es braucht die Berechtigung „{permission}“.</translation>
    </message>
    <message>
      <source>{user} is not an active account: sign in with an account to do this.</source>
      <translation>{user} ist kein aktives Konto: Melden Sie sich dafür mit einem Konto an.</translation>
    </message>
    <message>
      <source>Accounts are on: sign in with an account to see or change this.</source>
      <translation>Konten sind eingeschaltet: Melden Sie sich mit einem Konto an, um dies zu sehen oder zu ändern.</translation>
    </message>
    <message>
      <source>{user} may only see and change the data of its own organisation.</source>
      <translation>{user} darf nur die Daten der eigenen Organisation sehen und ändern.</translation>
    </message>
    <message>
      <source>{title} has no opened round yet: the evaluation workbook is written only after an opening, because the bids are sealed until then.</source>
      <translation>{title} hat noch keine geöffnete Runde: Die Auswertungsmappe entsteht erst nach einer Öffnung, denn bis dahin sind die Angebote versiegelt.</translation>
    </message>
    <message>
      <source>{title} is cancelled: no evaluation workbook is written for it.</source>
      <translation>{title} ist aufgehoben: Dafür wird keine Auswertungsmappe erstellt.</translation>
    </message>
    <message>
      <source>{name} is no customer: only customers pay a service fee.</source>
      <translation>{name} ist kein Kunde: Nur Kunden zahlen eine Servicegebühr.</translation>
    </message>
    <message>
      <source>The service fee #{id} no longer exists.</source>
      <translation>Die Servicegebühr #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>The service fee is not an amount.</source>
      <translation>Die Servicegebühr ist kein Betrag.</translation>
    </message>
    <message>
      <source>The service fee must be an amount of 0 or more with at most two decimal places.</source>
      <translation>Die Servicegebühr muss ein Betrag ab 0 mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
    <message>
      <source>The agreement #{id} no longer exists.</source>
      <translation>Den Rahmenvertrag #{id} gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>{name} never took part in the agreement “{agreement}”: choose one of its agreements or the pool as a whole.</source>
      <translation>{name} hat nie am Rahmenvertrag „{agreement}“ teilgenommen: Wählen Sie einen seiner Rahmenverträge oder den Einkaufspool insgesamt.</translation>
    </message>
    <message>
      <source>A service fee from this day is already recorded for the same agreement: edit that one or choose another day.</source>
      <translation>Für denselben Rahmenvertrag ist ab diesem Tag schon eine Servicegebühr erfasst: Bearbeiten Sie diese oder wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
      <source>Database roles exist only on a shared PostgreSQL database; this database is SQLite, where the application's own checks are all there is.</source>
      <translation>Datenbankrollen gibt es nur in einer gemeinsamen PostgreSQL-Datenbank; diese Datenbank ist SQLite, dort gelten allein die Prüfungen der Anwendung.</translation>
    </message>
    <message>
      <source>{login} cannot be a database role name: use at most 63 letters, digits and . _ @ -, starting with a letter or _, and not a reserved name.</source>
      <translation>{login} kann kein Name einer Datenbankrolle sein: Verwenden Sie höchstens 63 Buchstaben, Ziffern und . _ @ -, beginnend mit einem Buchstaben oder _, und keinen reservierten Namen.</translation>
    </message>
    <message>
      <source>{prefix} cannot be a role prefix: use at most 40 lowercase letters, digits and _, starting with a letter or _.</source>
      <translation>{prefix} kann kein Rollenpräfix sein: Verwenden Sie höchstens 40 Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben oder _.</translation>
    </message>
    <message>
      <source>The database server already has a role {login} that NIRO Desk did not create; it is left alone. Choose another login name.</source>
      <translation>Der Datenbankserver hat bereits eine Rolle {login}, die NIRO Desk nicht angelegt hat; sie bleibt unangetastet. Wählen Sie einen anderen Anmeldenamen.</translation>
    </message>
    <message>
      <source>The roles of this database are already set up with the prefix {prefix}; run setup-roles with --prefix {prefix} again, or not at all.</source>
      <translation>Die Rollen dieser Datenbank sind bereits mit dem Präfix {prefix} eingerichtet; führen Sie setup-roles erneut mit --prefix {prefix} aus oder gar nicht.</translation>
    </message>
    <message>
      <source>The database roles are not set up yet: the database owner runs niro-desk db setup-roles once.</source>
      <translation>Die Datenbankrollen sind noch nicht eingerichtet: Der Eigentümer der Datenbank führt einmalig niro-desk db setup-roles aus.</translation>
    </message>
  </context>
  <context>
    <name>NextRoundDialog</name>
    <message>
      <source>Further round</source>
      <translation>Weitere Runde</translation>
    </message>
    <message>
      <source>Deadline (Berlin time)</source>
      <translation>Frist (Ortszeit Berlin)</translation>
    </message>
    <message>
      <source>Shortlist</source>
      <translation>Engere Wahl</translation>
    </message>
  </context>
  <context>
    <name>OpenRoundDialog</name>
    <message>
      <source>Open round %1</source>
      <translation>Runde %1 öffnen</translation>
    </message>
    <message>
      <source>Deadline: %1 (Berlin time). Opening decrypts the bids received in time (and late bids that were admitted); it is recorded with your name, the time and who is present.</source>
      <translation>Frist: %1 (Ortszeit Berlin). Die Öffnung entschlüsselt die rechtzeitig eingegangenen Angebote (und zugelassene verspätete); sie wird mit Ihrem Namen, der Uhrzeit und den Anwesenden protokolliert.</translation>
    </message>
    <message>
      <source>One person per line, e.g. a board member</source>
      <translation>Eine Person je Zeile, z. B. ein Vorstandsmitglied</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Anwesend</translation>
    </message>
    <message>
      <source>Opening passphrase</source>
      <translation>Öffnungs-Passphrase</translation>
    </message>
    <message>
      <source>Open the bids</source>
      <translation>Angebote öffnen</translation>
    </message>
    <message>
      <source>The passphrase does not open this round. Nothing was opened; the attempt is recorded.</source>
      <translation>Die Passphrase öffnet diese Runde nicht. Nichts wurde geöffnet; der Versuch ist protokolliert.</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>NIRO Desk</source>
      <translation>NIRO Desk</translation>
    </message>
  </context>
  <context>
    <name>OptInDialog</name>
    <message>
      <source>Join %1</source>
      <translation>Beitritt zu %1</translation>
    </message>
    <message>
      <source>Volumes in %1</source>
      <translation>Mengen in %1</translation>
    </message>
    <message>
      <source>may be named to the supplier with its volumes</source>
      <translation>darf dem Lieferanten mit seinen Mengen genannt werden</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Agreed price</source>
      <translation>Vereinbarter Preis</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Menge pro Jahr</translation>
    </message>
    <message>
      <source>Baseline price (€)</source>
      <translation>Bisheriger Preis (€)</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Nobody else may join: every current member and customer takes part.</source>
      <translation>Niemand sonst kann beitreten: alle aktuellen Mitglieder und Kunden nehmen teil.</translation>
    </message>
    <message>
      <source>&amp;Participant</source>
      <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
      <source>&amp;Joins on</source>
      <translation>&amp;Beitritt am</translation>
    </message>
    <message>
      <source>Volumes and baseline prices come from the participant's current requirements where there are some; change them as agreed.</source>
      <translation>Mengen und bisherige Preise stammen aus dem aktuellen Bedarf des Teilnehmers, wo es einen gibt; ändern Sie sie wie vereinbart.</translation>
    </message>
    <message>
      <source>entered</source>
      <translation>erfasst</translation>
    </message>
    <message>
      <source>requirement</source>
      <translation>Bedarf</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>keine Zahl</translation>
    </message>
    <message>
      <source>Check the marked cells: %1</source>
      <translation>Bitte die markierten Zellen prüfen: %1</translation>
    </message>
  </context>
  <context>
    <name>OrganisationAgreementModel</name>
    <message>
      <source>Agreement</source>
      <translation>Rahmenvertrag</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Beitritt</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Austritt</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Menge pro Jahr</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Legal form:</source>
      <translation>&amp;Rechtsform:</translation>
    </message>
    <message>
      <source>&amp;Street:</source>
      <translation>&amp;Straße:</translation>
    </message>
    <message>
      <source>Postal code, city, country:</source>
      <translation>PLZ, Ort, Land:</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>Re&amp;gion:</translation>
    </message>
    <message>
      <source>&amp;Website:</source>
      <translation>&amp;Webseite:</translation>
    </message>
    <message>
      <source>&amp;VAT ID:</source>
      <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
      <source>&amp;Employees:</source>
      <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
      <source>&amp;Application date:</source>
      <translation>Bewerbungs&amp;datum:</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otizen:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>%1 bearbeiten</translation>
    </message>
    <message>
      <source>New member application</source>
      <translation>Neue Mitgliedsbewerbung</translation>
    </message>
    <message>
      <source>New customer</source>
      <translation>Neuer Kunde</translation>
    </message>
    <message>
      <source>New supplier</source>
      <translation>Neuer Lieferant</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Legal form</source>
      <translation>Rechtsform</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>Postleitzahl</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Webseite</translation>
    </message>
    <message>
      <source>VAT ID</source>
      <translation>USt-IdNr.</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Mitarbeiter</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Enter a whole number, e.g. 120.</source>
      <translation>Geben Sie eine ganze Zahl ein, z. B. 120.</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPanel</name>
    <message>
      <source>Choose an organisation in the list to see its details.</source>
      <translation>Wählen Sie eine Organisation in der Liste, um ihre Details zu sehen.</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Sales &amp;&amp; usage</source>
      <translation>Absatz &amp;&amp; Bezug</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <source>Membership &amp;&amp; fees</source>
      <translation>Mitgliedschaft &amp;&amp; Beiträge</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Rahmenverträge</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Legal form:</source>
      <translation>Rechtsform:</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Adresse:</translation>
    </message>
    <message>
      <source>Region:</source>
      <translation>Region:</translation>
    </message>
    <message>
      <source>Website:</source>
      <translation>Webseite:</translation>
    </message>
    <message>
      <source>VAT ID:</source>
      <translation>USt-IdNr.:</translation>
    </message>
    <message>
      <source>Employees:</source>
      <translation>Mitarbeiter:</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>Unternehmen &amp;bearbeiten…</translation>
    </message>
    <message>
      <source>Sells in the industry classes (NACE)</source>
      <translation>Verkauft in den WZ-Klassen (NACE)</translation>
    </message>
    <message>
      <source>Product markets</source>
      <translation>Produktmärkte</translation>
    </message>
    <message>
      <source>Buys and uses (never a conflict)</source>
      <translation>Kauft und verwendet (nie ein Konflikt)</translation>
    </message>
    <message>
      <source>Edit sales &amp;&amp; &amp;usage…</source>
      <translation>&amp;Absatz &amp;&amp; Bezug bearbeiten…</translation>
    </message>
    <message>
      <source>No changes recorded yet.</source>
      <translation>Noch keine Änderungen erfasst.</translation>
    </message>
    <message>
      <source>no notes</source>
      <translation>keine Notizen</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>nichts erfasst</translation>
    </message>
    <message>
      <source>Contacts (%1)</source>
      <translation>Ansprechpartner (%1)</translation>
    </message>
    <message>
      <source>The history of changes is kept for the office.</source>
      <translation>Der Änderungsverlauf wird für die Geschäftsstelle geführt.</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Ausschreibungen</translation>
    </message>
    <message>
      <source>Service fees</source>
      <translation>Servicegebühren</translation>
    </message>
    <message>
      <source>founding member</source>
      <translation>Gründungsmitglied</translation>
    </message>
  </context>
  <context>
    <name>OtherDatabaseDialog</name>
    <message>
      <source>Choose another database</source>
      <translation>Andere Datenbank wählen</translation>
    </message>
    <message>
      <source>A database file on this PC (SQLite), or the address of the PostgreSQL database the office PCs share.</source>
      <translation>Eine Datenbankdatei auf diesem PC (SQLite) oder die Adresse der PostgreSQL-Datenbank, die sich die Büro-PCs teilen.</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Datei wählen …</translation>
    </message>
    <message>
      <source>Choose a NIRO Desk database</source>
      <translation>NIRO-Desk-Datenbank wählen</translation>
    </message>
    <message>
      <source>NIRO Desk database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>NIRO-Desk-Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>ParticipantModel</name>
    <message>
      <source>Participant</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Beitritt</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Austritt</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Menge pro Jahr</translation>
    </message>
    <message>
      <source>Baseline price</source>
      <translation>Bisheriger Preis</translation>
    </message>
    <message>
      <source>Named to supplier</source>
      <translation>Nennung an Lieferant</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
  </context>
  <context>
    <name>ParticipantStateModel</name>
    <message>
      <source>Participant</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Procurement head</source>
      <translation>Einkaufsleitung</translation>
    </message>
    <message>
      <source>taken out: %1</source>
      <translation>herausgenommen: %1</translation>
    </message>
    <message>
      <source>not answered yet</source>
      <translation>noch keine Antwort</translation>
    </message>
    <message>
      <source>answered on %1 (%2)</source>
      <translation>geantwortet am %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>ParticipationsTab</name>
    <message>
      <source>Only the office sees the participations of other organisations.</source>
      <translation>Nur die Geschäftsstelle sieht die Teilnahmen anderer Organisationen.</translation>
    </message>
    <message>
      <source>Takes part in %1 agreements now; %2 ended.</source>
      <translation>Nimmt derzeit an %1 Rahmenverträgen teil; %2 beendet.</translation>
    </message>
    <message>
      <source>Takes part in no framework agreement.</source>
      <translation>Nimmt an keinem Rahmenvertrag teil.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>New password for %1</source>
      <translation>Neues Passwort für %1</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>Password &amp;again:</source>
      <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
  </context>
  <context>
    <name>PrintActions</name>
    <message>
      <source>Save as PDF</source>
      <translation>Als PDF speichern</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Rahmenvertrag</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Jahresuebersicht</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <source>Try again</source>
      <translation>Noch einmal versuchen</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <source>too short</source>
      <translation>zu kurz</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>stark</translation>
    </message>
    <message>
      <source>good</source>
      <translation>gut</translation>
    </message>
    <message>
      <source>weak: longer is better (a few words)</source>
      <translation>schwach: länger ist besser (ein paar Wörter)</translation>
    </message>
    <message>
      <source>Publish tender</source>
      <translation>Ausschreibung veröffentlichen</translation>
    </message>
    <message>
      <source>&lt;b&gt;Keep the opening passphrase safe.&lt;/b&gt; The bids are encrypted to it: before opening nobody can read a price, not even with full access to the database. The opening committee needs it to open each round. &lt;b&gt;If the passphrase is lost, the bids cannot be opened by anyone and must be requested again from the suppliers.&lt;/b&gt; NIRO Desk does not store it.</source>
      <translation>&lt;b&gt;Bewahren Sie die Öffnungs-Passphrase sicher auf.&lt;/b&gt; Die Angebote werden mit ihr verschlüsselt: Vor der Öffnung kann niemand einen Preis lesen, auch nicht mit vollem Zugriff auf die Datenbank. Die Öffnungskommission braucht sie für jede Runde. &lt;b&gt;Geht die Passphrase verloren, kann niemand die Angebote öffnen; sie müssen dann bei den Lieferanten neu angefordert werden.&lt;/b&gt; NIRO Desk speichert sie nicht.</translation>
    </message>
    <message>
      <source>Tender</source>
      <translation>Ausschreibung</translation>
    </message>
    <message>
      <source>Deadline of round 1 (Berlin time)</source>
      <translation>Frist der Runde 1 (Ortszeit Berlin)</translation>
    </message>
    <message>
      <source>Opening passphrase</source>
      <translation>Öffnungs-Passphrase</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <source>Publish</source>
      <translation>Veröffentlichen</translation>
    </message>
    <message>
      <source>Strength: %1</source>
      <translation>Stärke: %1</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>die beiden Eingaben unterscheiden sich</translation>
    </message>
  </context>
  <context>
    <name>RankingDialog</name>
    <message>
      <source>Ranking of a procurement head</source>
      <translation>Rangfolge einer Einkaufsleitung</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Most important first. Untick the categories this head did not rank: they earn no points from this head.</source>
      <translation>Wichtigste zuerst. Entfernen Sie das Häkchen bei Kategorien, die diese Person nicht eingereiht hat: Sie erhalten von ihr keine Punkte.</translation>
    </message>
    <message>
      <source>&amp;Head:</source>
      <translation>&amp;Einkaufsleitung:</translation>
    </message>
  </context>
  <context>
    <name>RankingModel</name>
    <message>
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <source>Price points</source>
      <translation>Preispunkte</translation>
    </message>
    <message>
      <source>Criterion scores</source>
      <translation>Bewertung der Kriterien</translation>
    </message>
    <message>
      <source>Weighted score</source>
      <translation>Gewichtete Punkte</translation>
    </message>
    <message>
      <source>Savings estimate</source>
      <translation>Geschätzte Einsparung</translation>
    </message>
    <message>
      <source>(not fully scored)</source>
      <translation>(nicht vollständig bewertet)</translation>
    </message>
  </context>
  <context>
    <name>RelationDialog</name>
    <message>
      <source>Declare a relation of %1</source>
      <translation>Beziehung von %1 erklären</translation>
    </message>
    <message>
      <source>competes with %1</source>
      <translation>steht im Wettbewerb mit %1</translation>
    </message>
    <message>
      <source>does not compete with %1 (clears a false alarm of the check)</source>
      <translation>steht nicht im Wettbewerb mit %1 (räumt einen Fehlalarm der Prüfung aus)</translation>
    </message>
    <message>
      <source>What the board reads, e.g. different customers</source>
      <translation>Was der Vorstand liest, z. B. unterschiedliche Kunden</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Beziehung:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notiz:</translation>
    </message>
    <message>
      <source>Choose an organisation from the list.</source>
      <translation>Wählen Sie eine Organisation aus der Liste.</translation>
    </message>
  </context>
  <context>
    <name>RelationModel</name>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Beziehung</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Declared</source>
      <translation>Erklärt</translation>
    </message>
  </context>
  <context>
    <name>ReloadNotice</name>
    <message>
      <source>The dialog now shows the record as saved there, with your changes applied on top. Check it and save again.</source>
      <translation>Der Dialog zeigt jetzt den dort gespeicherten Stand, mit Ihren Änderungen darüber. Prüfen Sie ihn und speichern Sie erneut.</translation>
    </message>
    <message>
      <source>Changed on both PCs; your entry is kept (theirs in brackets):</source>
      <translation>An beiden PCs geändert; Ihre Eingabe bleibt (die andere in Klammern):</translation>
    </message>
  </context>
  <context>
    <name>ReminderDialog</name>
    <message>
      <source>Not answered yet: %1</source>
      <translation>Noch ohne Antwort: %1</translation>
    </message>
    <message>
      <source>%1 participant(s) have not answered; the deadline is %2.</source>
      <translation>%1 Teilnehmer haben noch nicht geantwortet; die Frist ist der %2.</translation>
    </message>
    <message>
      <source>Copy addresses</source>
      <translation>Adressen kopieren</translation>
    </message>
    <message>
      <source>Prepare reminder e-mails…</source>
      <translation>Erinnerungs-E-Mails vorbereiten…</translation>
    </message>
    <message>
      <source>E-mail addresses of their procurement heads (for To or Bcc):</source>
      <translation>E-Mail-Adressen ihrer Einkaufsleitungen (für An oder Bcc):</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>Export to Excel…</source>
      <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Nach Excel exportieren</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Gespeichert unter %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsArea</name>
    <message>
      <source>Member statements…</source>
      <translation>Jahresübersichten…</translation>
    </message>
    <message>
      <source>Every member's statement of the year as a PDF letter, into one folder</source>
      <translation>Die Jahresübersicht jedes Mitglieds als PDF-Brief, alle in einen Ordner</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Jahr:</translation>
    </message>
    <message>
      <source>Letterhead…</source>
      <translation>Briefkopf…</translation>
    </message>
    <message>
      <source>The office's name and address on the printed documents</source>
      <translation>Name und Anschrift der Geschäftsstelle auf den gedruckten Dokumenten</translation>
    </message>
    <message>
      <source>Statement…</source>
      <translation>Jahresübersicht…</translation>
    </message>
    <message>
      <source>The selected member's statement as a PDF</source>
      <translation>Die Jahresübersicht des gewählten Mitglieds als PDF</translation>
    </message>
    <message>
      <source>Membership value</source>
      <translation>Mitgliedsnutzen</translation>
    </message>
    <message>
      <source>Savings per category</source>
      <translation>Einsparungen nach Kategorie</translation>
    </message>
    <message>
      <source>Agreements by state</source>
      <translation>Rahmenverträge nach Status</translation>
    </message>
    <message>
      <source>Pooled demand</source>
      <translation>Gebündelter Bedarf</translation>
    </message>
    <message>
      <source>Savings of the last years (up to five) per category of the agreements.</source>
      <translation>Einsparungen der letzten Jahre (bis zu fünf) je Kategorie der Rahmenverträge.</translation>
    </message>
    <message>
      <source>No savings yet: no active agreement with participants.</source>
      <translation>Noch keine Einsparungen: kein aktiver Rahmenvertrag mit Teilnehmern.</translation>
    </message>
    <message>
      <source>No requirement collections with answers yet.</source>
      <translation>Noch keine Bedarfsabfragen mit Antworten.</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Einsparung</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Beitrag</translation>
    </message>
    <message>
      <source>No members in %1.</source>
      <translation>Keine Mitglieder im Jahr %1.</translation>
    </message>
    <message>
      <source>Savings %1 against fees of %2; %3 of %4 with a fee saved at least their fee.</source>
      <translation>Einsparungen %1 bei Beiträgen von %2; %3 von %4 Beitragszahlern haben mindestens ihren Beitrag gespart.</translation>
    </message>
    <message>
      <source>Savings = (baseline − agreed price) × yearly volume × the part of the year the participation was active within the agreement's term (days / days in the year), rounded to cents in the total. Fees that change in the year count pro rata by days; customers: their service fees. Items without a baseline count as no saving.</source>
      <translation>Einsparung = (Ausgangspreis − Vertragspreis) × Jahresmenge × Anteil des Jahres, in dem die Teilnahme innerhalb der Vertragslaufzeit bestand (Tage / Tage des Jahres), auf Cent gerundet erst in der Summe. Beiträge, die sich im Jahr ändern, zählen anteilig nach Tagen; Kunden: ihre Servicegebühren. Positionen ohne Ausgangspreis zählen ohne Einsparung.</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <source>terminated</source>
      <translation>gekündigt</translation>
    </message>
    <message>
      <source>Folder for the statements</source>
      <translation>Ordner für die Jahresübersichten</translation>
    </message>
    <message>
      <source>Statements-%1</source>
      <translation>Jahresuebersichten-%1</translation>
    </message>
    <message>
      <source>Member statements</source>
      <translation>Jahresübersichten</translation>
    </message>
    <message>
      <source>%1 statements written to %2</source>
      <translation>%1 Jahresübersichten gespeichert in %2</translation>
    </message>
    <message>
      <source>Cancelled: %1 statements were written to %2.</source>
      <translation>Abgebrochen: %1 Jahresübersichten wurden in %2 gespeichert.</translation>
    </message>
    <message>
      <source>Writing the member statements…</source>
      <translation>Jahresübersichten werden geschrieben…</translation>
    </message>
  </context>
  <context>
    <name>RequirementLabels</name>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Geschlossen</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>by hand</source>
      <translation>von Hand</translation>
    </message>
    <message>
      <source>workbook</source>
      <translation>Arbeitsmappe</translation>
    </message>
    <message>
      <source>(no region)</source>
      <translation>(ohne Region)</translation>
    </message>
  </context>
  <context>
    <name>RequirementLineModel</name>
    <message>
      <source>Item</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Jahresmenge</translation>
    </message>
    <message>
      <source>Delivery sites</source>
      <translation>Lieferstellen</translation>
    </message>
    <message>
      <source>Today's supplier</source>
      <translation>Heutiger Lieferant</translation>
    </message>
    <message>
      <source>Today's unit price</source>
      <translation>Heutiger Stückpreis</translation>
    </message>
    <message>
      <source>Contract ends</source>
      <translation>Vertragsende</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Kündigung bis</translation>
    </message>
  </context>
  <context>
    <name>RequirementsArea</name>
    <message>
      <source>Requirement collections</source>
      <translation>Bedarfsabfragen</translation>
    </message>
    <message>
      <source>Negotiation rounds</source>
      <translation>Einkaufsleiterrunden</translation>
    </message>
    <message>
      <source>Categories and items</source>
      <translation>Kategorien und Artikel</translation>
    </message>
  </context>
  <context>
    <name>RestoreConfirmation</name>
    <message>
      <source>Now in the database</source>
      <translation>Jetzt in der Datenbank</translation>
    </message>
    <message>
      <source>In the backup</source>
      <translation>In der Sicherung</translation>
    </message>
    <message>
      <source>Restore database</source>
      <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
      <source>Replace all data of %1 with this backup?</source>
      <translation>Alle Daten von %1 durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
      <source>The backup passed every check. A safety copy of the current data is written first: restoring that copy undoes this step.</source>
      <translation>Die Sicherung hat alle Prüfungen bestanden. Vorher wird eine Sicherheitskopie der jetzigen Daten geschrieben: Wer diese Kopie wiederherstellt, macht den Schritt rückgängig.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <source>New negotiation round</source>
      <translation>Neue Einkaufsleiterrunde</translation>
    </message>
    <message>
      <source>Negotiation round</source>
      <translation>Einkaufsleiterrunde</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notizen:</translation>
    </message>
    <message>
      <source>Categories on the agenda</source>
      <translation>Kategorien auf der Tagesordnung</translation>
    </message>
    <message>
      <source>Attending procurement heads (members and customers)</source>
      <translation>Anwesende Einkaufsleitungen (Mitglieder und Kunden)</translation>
    </message>
  </context>
  <context>
    <name>RoundListModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Heads</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Beschlossen</translation>
    </message>
  </context>
  <context>
    <name>RoundsTab</name>
    <message>
      <source>Combined ranking by Borda count: with n categories on the agenda, each head's first place earns n − 1 points, the second n − 2, and so on down to 0 for the last; categories a head did not rank earn nothing from that head. Categories are ordered by their total points; ties go to more first places, then to the name.</source>
      <translation>Gemeinsame Rangfolge nach der Borda-Methode: Bei n Kategorien auf der Tagesordnung bringt der erste Platz einer Einkaufsleitung n − 1 Punkte, der zweite n − 2 und so weiter bis 0 für den letzten; Kategorien, die jemand nicht eingereiht hat, erhalten von dieser Person nichts. Geordnet wird nach der Punktsumme; bei Gleichstand entscheiden mehr erste Plätze, dann der Name.</translation>
    </message>
    <message>
      <source>New round…</source>
      <translation>Neue Runde…</translation>
    </message>
    <message>
      <source>Edit round…</source>
      <translation>Runde bearbeiten…</translation>
    </message>
    <message>
      <source>Enter ranking…</source>
      <translation>Rangfolge erfassen…</translation>
    </message>
    <message>
      <source>Decisions…</source>
      <translation>Beschlüsse…</translation>
    </message>
    <message>
      <source>Rankings of the attending heads</source>
      <translation>Rangfolgen der anwesenden Einkaufsleitungen</translation>
    </message>
    <message>
      <source>No negotiation round yet.</source>
      <translation>Noch keine Einkaufsleiterrunde.</translation>
    </message>
    <message>
      <source>%1 · %2 heads attended</source>
      <translation>%1 · %2 Einkaufsleitungen anwesend</translation>
    </message>
    <message>
      <source>Each head's own ranking is shown to the office only; the combined ranking above counts them all.</source>
      <translation>Die Rangfolge der einzelnen Einkaufsleitungen sieht nur die Geschäftsstelle; die gemeinsame Rangfolge oben zählt sie alle.</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Notizen: %1</translation>
    </message>
  </context>
  <context>
    <name>SalesProfileDialog</name>
    <message>
      <source>Sales &amp; usage of %1</source>
      <translation>Absatz &amp; Bezug von %1</translation>
    </message>
    <message>
      <source>Search by code or words, e.g. 25.62, C 25.62.0, Pumpen or pumps</source>
      <translation>Nach Code oder Wörtern suchen, z. B. 25.62, C 25.62.0, Pumpen oder pumps</translation>
    </message>
    <message>
      <source>Add →</source>
      <translation>Hinzufügen →</translation>
    </message>
    <message>
      <source>← Remove</source>
      <translation>← Entfernen</translation>
    </message>
    <message>
      <source>Industry classes it sells in (NACE Rev. 2 / WZ 2008)</source>
      <translation>WZ-Klassen, in denen das Unternehmen verkauft (NACE Rev. 2 / WZ 2008)</translation>
    </message>
    <message>
      <source>Chosen classes:</source>
      <translation>Gewählte Klassen:</translation>
    </message>
    <message>
      <source>One per line, e.g. Hydraulic pumps</source>
      <translation>Einer pro Zeile, z. B. Hydraulikpumpen</translation>
    </message>
    <message>
      <source>One per line, e.g. Steel, Electricity</source>
      <translation>Eines pro Zeile, z. B. Stahl, Strom</translation>
    </message>
    <message>
      <source>Product markets it sells in</source>
      <translation>Produktmärkte, in denen das Unternehmen verkauft</translation>
    </message>
    <message>
      <source>Materials and inputs it buys</source>
      <translation>Materialien/Vorprodukte, die das Unternehmen einkauft</translation>
    </message>
    <message>
      <source>Shared inputs never make two companies competitors.</source>
      <translation>Gemeinsame Vorprodukte machen zwei Unternehmen nie zu Wettbewerbern.</translation>
    </message>
    <message>
      <source>Competitor check</source>
      <translation>Wettbewerbsprüfung</translation>
    </message>
    <message>
      <source>Saved. The competitor check now finds conflicts:</source>
      <translation>Gespeichert. Die Wettbewerbsprüfung findet jetzt Konflikte:</translation>
    </message>
  </context>
  <context>
    <name>ScoresDialog</name>
    <message>
      <source>Scores of %1</source>
      <translation>Bewertung von %1</translation>
    </message>
    <message>
      <source>0 = unacceptable … 100 = excellent. Price is scored from the bids.</source>
      <translation>0 = nicht annehmbar … 100 = hervorragend. Der Preis wird aus den Angeboten bewertet.</translation>
    </message>
  </context>
  <context>
    <name>SealedBidModel</name>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Los</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Eingang</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Bindefrist</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>replaced by a later bid</source>
      <translation>durch ein späteres Angebot ersetzt</translation>
    </message>
    <message>
      <source>late, admitted: %1</source>
      <translation>verspätet, zugelassen: %1</translation>
    </message>
    <message>
      <source>late: excluded unless admitted</source>
      <translation>verspätet: ausgeschlossen, sofern nicht zugelassen</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>geöffnet</translation>
    </message>
    <message>
      <source>sealed</source>
      <translation>versiegelt</translation>
    </message>
  </context>
  <context>
    <name>ServiceAction</name>
    <message>
      <source>Database busy</source>
      <translation>Datenbank belegt</translation>
    </message>
    <message>
      <source>Changed on another PC</source>
      <translation>An einem anderen PC geändert</translation>
    </message>
    <message>
      <source>Reload it with the other changes and apply yours on top? You can check everything before you save again.</source>
      <translation>Mit den anderen Änderungen neu laden und Ihre darüber anwenden? Sie können alles prüfen, bevor Sie erneut speichern.</translation>
    </message>
  </context>
  <context>
    <name>ServiceFeeDialog</name>
    <message>
      <source>New service fee for %1</source>
      <translation>Neue Servicegebühr für %1</translation>
    </message>
    <message>
      <source>Service fee of %1</source>
      <translation>Servicegebühr von %1</translation>
    </message>
    <message>
      <source>All agreements (pool as a whole)</source>
      <translation>Alle Rahmenverträge (Einkaufspool insgesamt)</translation>
    </message>
    <message>
      <source>Valid &amp;from:</source>
      <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Für:</translation>
    </message>
    <message>
      <source>&amp;Annual fee:</source>
      <translation>&amp;Jahresgebühr:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notiz:</translation>
    </message>
    <message>
      <source>Enter an amount such as %1.</source>
      <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
  </context>
  <context>
    <name>ServiceFeeModel</name>
    <message>
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Für</translation>
    </message>
    <message>
      <source>Annual fee</source>
      <translation>Jahresgebühr</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>all agreements (pool as a whole)</source>
      <translation>alle Rahmenverträge (Einkaufspool insgesamt)</translation>
    </message>
  </context>
  <context>
    <name>ServiceFeesTab</name>
    <message>
      <source>No service fee recorded.</source>
      <translation>Keine Servicegebühr erfasst.</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Remove service fee</source>
      <translation>Servicegebühr entfernen</translation>
    </message>
    <message>
      <source>Remove the service fee of %1 a year valid from %2? The history keeps it.</source>
      <translation>Die Servicegebühr von %1 im Jahr, gültig ab %2, entfernen? Der Verlauf behält sie.</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Sign in to NIRO Desk</source>
      <extracomment>the database to go on with after ``accept`` (the account's own on a shared database)</extracomment>
      <translation>Bei NIRO Desk anmelden</translation>
    </message>
    <message>
      <source>Accounts are on for this database: sign in with your name and password.</source>
      <translation>Für diese Datenbank sind Konten eingeschaltet: Melden Sie sich mit Name und Passwort an.</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>&amp;Anmelden</translation>
    </message>
    <message>
      <source>Enter your name.</source>
      <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
      <source>Too many wrong passwords: the next attempt is possible in %1 seconds.</source>
      <translation>Zu viele falsche Passwörter: Der nächste Versuch ist in %1 Sekunden möglich.</translation>
    </message>
    <message>
      <source>Wait %1 s</source>
      <translation>Warten: %1 s</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>What needs doing now</source>
      <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <source>How far ahead deadlines are shown</source>
      <translation>Wie weit im Voraus Fristen angezeigt werden</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>Looking ahead:</source>
      <translation>Vorausschau:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Einzelheiten</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Loading what needs doing…</source>
      <translation>Lade, was zu tun ist …</translation>
    </message>
    <message>
      <source>Welcome to NIRO Desk</source>
      <translation>Willkommen bei NIRO Desk</translation>
    </message>
    <message>
      <source>No members are recorded yet. Start with the network's member list: import it from an Excel workbook (a preview shows what will be imported before anything is saved), or record the first application by hand. Once there are members, tenders and agreements, this page shows what needs doing now.</source>
      <translation>Es sind noch keine Mitglieder erfasst. Beginnen Sie mit der Mitgliederliste des Netzwerks: Importieren Sie sie aus einer Excel-Arbeitsmappe (eine Vorschau zeigt, was importiert wird, bevor etwas gespeichert wird), oder erfassen Sie den ersten Aufnahmeantrag von Hand. Sobald es Mitglieder, Ausschreibungen und Verträge gibt, zeigt diese Seite, was jetzt zu tun ist.</translation>
    </message>
    <message>
      <source>Import member list from Excel…</source>
      <translation>Mitgliederliste aus Excel importieren …</translation>
    </message>
    <message>
      <source>Record the first application…</source>
      <translation>Ersten Aufnahmeantrag erfassen …</translation>
    </message>
    <message>
      <source>Double-click an entry or press Enter to open it. Red: overdue; amber: within %1 days.</source>
      <translation>Doppelklick oder Eingabetaste öffnet einen Eintrag. Rot: überfällig; gelb: innerhalb von %1 Tagen.</translation>
    </message>
    <message>
      <source>The agenda could not be loaded: %1</source>
      <translation>Die Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
      <source>The agenda lists the office's deadlines for the whole pool; your account sees its own organisation's requirements and participations under Requirements and Agreements.</source>
      <translation>Die Agenda zeigt die Fristen der Geschäftsstelle für den ganzen Einkaufspool; Ihr Konto sieht die Bedarfe und Teilnahmen der eigenen Organisation unter Bedarfe und Rahmenverträge.</translation>
    </message>
    <message>
      <source>Nothing needs doing in the next %1 days: no notice deadlines, no agreements ending, no certificates running out, no collections or tender rounds overdue.</source>
      <translation>In den nächsten %1 Tagen ist nichts zu tun: keine Kündigungsfristen, keine auslaufenden Verträge, keine ablaufenden Zertifikate, keine überfälligen Bedarfsabfragen oder Ausschreibungsrunden.</translation>
    </message>
    <message>
      <source>Tender rounds to open</source>
      <translation>Zu öffnende Ausschreibungsrunden</translation>
    </message>
    <message>
      <source>Agreements past their end</source>
      <translation>Verträge nach Laufzeitende</translation>
    </message>
    <message>
      <source>Notice deadlines</source>
      <translation>Kündigungsfristen</translation>
    </message>
    <message>
      <source>Agreements ending</source>
      <translation>Auslaufende Verträge</translation>
    </message>
    <message>
      <source>Expired certificates</source>
      <translation>Abgelaufene Zertifikate</translation>
    </message>
    <message>
      <source>Certificates running out</source>
      <translation>Ablaufende Zertifikate</translation>
    </message>
    <message>
      <source>Collections past their deadline</source>
      <translation>Bedarfsabfragen nach Rücklauffrist</translation>
    </message>
    <message>
      <source>… and %1 more</source>
      <translation>… und %1 weitere</translation>
    </message>
    <message>
      <source>Round %1</source>
      <translation>Runde %1</translation>
    </message>
    <message>
      <source>Supplier: %1</source>
      <translation>Lieferant: %1</translation>
    </message>
    <message>
      <source>The supplier has an active agreement or takes part in a running tender.</source>
      <translation>Der Lieferant hat einen aktiven Vertrag oder nimmt an einer laufenden Ausschreibung teil.</translation>
    </message>
    <message>
      <source>Renewed automatically %1 time(s) since the end date recorded; this is the current term's deadline.</source>
      <translation>Seit dem erfassten Laufzeitende %1-mal automatisch verlängert; dies ist die Frist der aktuellen Laufzeit.</translation>
    </message>
    <message>
      <source>Still active: mark it expired, or record its extension.</source>
      <translation>Noch aktiv: als abgelaufen kennzeichnen oder die Verlängerung erfassen.</translation>
    </message>
    <message>
      <source>today</source>
      <translation>heute</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>morgen</translation>
    </message>
    <message>
      <source>since yesterday</source>
      <translation>seit gestern</translation>
    </message>
    <message>
      <source>%1 days overdue</source>
      <translation>seit %1 Tagen überfällig</translation>
    </message>
    <message>
      <source>in %1 days</source>
      <translation>in %1 Tagen</translation>
    </message>
  </context>
  <context>
    <name>SubmissionModel</name>
    <message>
      <source>Submitted</source>
      <translation>Gemeldet</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Erfasst von</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>current</source>
      <translation>aktuell</translation>
    </message>
    <message>
      <source>replaced on %1</source>
      <translation>ersetzt am %1</translation>
    </message>
    <message>
      <source>the office</source>
      <translation>die Geschäftsstelle</translation>
    </message>
  </context>
  <context>
    <name>SupplierHistoryModel</name>
    <message>
      <source>Tender</source>
      <translation>Ausschreibung</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Los</translation>
    </message>
    <message>
      <source>Bid</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <source>Total (opened)</source>
      <translation>Summe (geöffnet)</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>Awarded share</source>
      <translation>Zuschlagsanteil</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Eingegangen</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>sealed</source>
      <translation>versiegelt</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <source>invited, no round yet</source>
      <translation>eingeladen, noch keine Runde</translation>
    </message>
    <message>
      <source>no bid yet</source>
      <translation>noch kein Angebot</translation>
    </message>
    <message>
      <source>no bid</source>
      <translation>kein Angebot</translation>
    </message>
    <message>
      <source>late, admitted</source>
      <translation>verspätet, zugelassen</translation>
    </message>
    <message>
      <source>late, excluded</source>
      <translation>verspätet, ausgeschlossen</translation>
    </message>
    <message>
      <source>in time</source>
      <translation>fristgerecht</translation>
    </message>
  </context>
  <context>
    <name>SupplierHistoryTab</name>
    <message>
      <source>Framework agreements from awards</source>
      <translation>Rahmenverträge aus Zuschlägen</translation>
    </message>
    <message>
      <source>Bids are shown to the office only: your account does not see them.</source>
      <translation>Angebote sieht nur die Geschäftsstelle: Ihr Konto sieht sie nicht.</translation>
    </message>
    <message>
      <source>Invited to %1 tender(s), bid in %2 round(s), awarded %3 lot(s).</source>
      <translation>Zu %1 Ausschreibung(en) eingeladen, in %2 Runde(n) angeboten, %3 Los(e) erhalten.</translation>
    </message>
    <message>
      <source>Not invited to any tender yet.</source>
      <translation>Noch zu keiner Ausschreibung eingeladen.</translation>
    </message>
  </context>
  <context>
    <name>SupplierListModel</name>
    <message>
      <source>Supplier</source>
      <translation>Lieferant</translation>
    </message>
    <message>
      <source>Categories served</source>
      <translation>Belieferte Kategorien</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Zertifikate</translation>
    </message>
  </context>
  <context>
    <name>SuppliersDialog</name>
    <message>
      <source>no expiry date</source>
      <translation>ohne Ablaufdatum</translation>
    </message>
    <message>
      <source>expired %1 days ago</source>
      <translation>seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
      <source>expires today</source>
      <translation>läuft heute ab</translation>
    </message>
    <message>
      <source>expires in %1 days</source>
      <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>gültig</translation>
    </message>
    <message>
      <source>Suppliers: categories, certificates and tenders</source>
      <translation>Lieferanten: Kategorien, Zertifikate und Ausschreibungen</translation>
    </message>
    <message>
      <source>Save categories</source>
      <translation>Kategorien speichern</translation>
    </message>
    <message>
      <source>Add certificate</source>
      <translation>Zertifikat hinzufügen</translation>
    </message>
    <message>
      <source>Remove certificate</source>
      <translation>Zertifikat entfernen</translation>
    </message>
    <message>
      <source>Categories served</source>
      <translation>Belieferte Kategorien</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Zertifikate</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Zertifikat</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>Categories and certificates</source>
      <translation>Kategorien und Zertifikate</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Ausschreibungen</translation>
    </message>
  </context>
  <context>
    <name>TenderDialog</name>
    <message>
      <source>New tender</source>
      <translation>Neue Ausschreibung</translation>
    </message>
    <message>
      <source>one lot with all items</source>
      <translation>ein Los mit allen Positionen</translation>
    </message>
    <message>
      <source>one lot per item</source>
      <translation>ein Los je Position</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Qualität</translation>
    </message>
    <message>
      <source>Delivery and service</source>
      <translation>Lieferung und Service</translation>
    </message>
    <message>
      <source>Sustainability</source>
      <translation>Nachhaltigkeit</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Closed collection</source>
      <translation>Abgeschlossene Bedarfsabfrage</translation>
    </message>
    <message>
      <source>Lots</source>
      <translation>Lose</translation>
    </message>
    <message>
      <source>Price weight</source>
      <translation>Gewicht des Preises</translation>
    </message>
    <message>
      <source>Other criteria</source>
      <translation>Weitere Kriterien</translation>
    </message>
    <message>
      <source>Invited suppliers</source>
      <translation>Eingeladene Lieferanten</translation>
    </message>
    <message>
      <source>Left out (fewer than three participants): %1</source>
      <translation>Herausgenommen (weniger als drei Teilnehmer): %1</translation>
    </message>
  </context>
  <context>
    <name>TenderLabels</name>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Round open</source>
      <translation>Runde läuft</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Auswertung</translation>
    </message>
    <message>
      <source>Awarded</source>
      <translation>Vergeben</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Aufgehoben</translation>
    </message>
    <message>
      <source>open for bids</source>
      <translation>offen für Angebote</translation>
    </message>
    <message>
      <source>closed, sealed</source>
      <translation>geschlossen, versiegelt</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>geöffnet</translation>
    </message>
    <message>
      <source>other regions</source>
      <translation>übrige Regionen</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <source>terminated</source>
      <translation>gekündigt</translation>
    </message>
  </context>
  <context>
    <name>TenderListModel</name>
    <message>
      <source>Tender</source>
      <translation>Ausschreibung</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
  </context>
  <context>
    <name>TenderView</name>
    <message>
      <source>Publish…</source>
      <translation>Veröffentlichen…</translation>
    </message>
    <message>
      <source>Enter bid…</source>
      <translation>Angebot erfassen…</translation>
    </message>
    <message>
      <source>Import bids…</source>
      <translation>Angebote importieren …</translation>
    </message>
    <message>
      <source>Admit late bid…</source>
      <translation>Verspätetes zulassen…</translation>
    </message>
    <message>
      <source>Open round…</source>
      <translation>Runde öffnen…</translation>
    </message>
    <message>
      <source>Further round…</source>
      <translation>Weitere Runde…</translation>
    </message>
    <message>
      <source>Award…</source>
      <translation>Zuschlag…</translation>
    </message>
    <message>
      <source>Cancel tender…</source>
      <translation>Aufheben…</translation>
    </message>
    <message>
      <source>Opening protocol (PDF)…</source>
      <translation>Öffnungsprotokoll (PDF)…</translation>
    </message>
    <message>
      <source>Evaluation (PDF)…</source>
      <translation>Auswertung (PDF)…</translation>
    </message>
    <message>
      <source>Evaluation workbook…</source>
      <translation>Auswertung (Excel)…</translation>
    </message>
    <message>
      <source>Invitations (Excel)…</source>
      <translation>Einladungen (Excel)…</translation>
    </message>
    <message>
      <source>Price points = 100 × best total ÷ supplier's total. Weighted score = Σ weight × points ÷ 100 over all criteria; a criterion not scored yet counts 0.</source>
      <translation>Preispunkte = 100 × beste Summe ÷ Summe des Lieferanten. Gewichtete Punkte = Σ Gewicht × Punkte ÷ 100 über alle Kriterien; ein noch nicht bewertetes Kriterium zählt 0.</translation>
    </message>
    <message>
      <source>Scores of the chosen supplier…</source>
      <translation>Bewertung des gewählten Lieferanten…</translation>
    </message>
    <message>
      <source>Lots, suppliers, criteria</source>
      <translation>Lose, Lieferanten, Kriterien</translation>
    </message>
    <message>
      <source>Rounds and bids</source>
      <translation>Runden und Angebote</translation>
    </message>
    <message>
      <source>Comparison and scoring</source>
      <translation>Vergleich und Bewertung</translation>
    </message>
    <message>
      <source>Choose a tender on the left.</source>
      <translation>Links eine Ausschreibung wählen.</translation>
    </message>
    <message>
      <source>round %1, deadline %2 (Berlin time), %3</source>
      <translation>Runde %1, Frist %2 (Ortszeit Berlin), %3</translation>
    </message>
    <message>
      <source>Criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <source>Invited suppliers</source>
      <translation>Eingeladene Lieferanten</translation>
    </message>
    <message>
      <source>Built on</source>
      <translation>Grundlage</translation>
    </message>
    <message>
      <source>Round %1</source>
      <translation>Runde %1</translation>
    </message>
    <message>
      <source>Lot %1: %2</source>
      <translation>Los %1: %2</translation>
    </message>
    <message>
      <source>Not published yet: no round.</source>
      <translation>Noch nicht veröffentlicht: keine Runde.</translation>
    </message>
    <message>
      <source>Deadline %1 (Berlin time) · %2 · invited: %3</source>
      <translation>Frist %1 (Ortszeit Berlin) · %2 · eingeladen: %3</translation>
    </message>
    <message>
      <source>Bids are shown to the office only: your account does not see them.</source>
      <translation>Angebote sieht nur die Geschäftsstelle: Ihr Konto sieht sie nicht.</translation>
    </message>
    <message>
      <source>Opened %1 by %2; present: %3</source>
      <translation>Geöffnet %1 von %2; anwesend: %3</translation>
    </message>
    <message>
      <source>The bids are sealed: no price can be shown before the round is opened.</source>
      <translation>Die Angebote sind versiegelt: Vor der Öffnung der Runde kann kein Preis angezeigt werden.</translation>
    </message>
    <message>
      <source>known to the office only</source>
      <translation>nur der Geschäftsstelle bekannt</translation>
    </message>
    <message>
      <source>No opened round yet: the bids are sealed.</source>
      <translation>Noch keine geöffnete Runde: Die Angebote sind versiegelt.</translation>
    </message>
    <message>
      <source>No opened round yet: the bids are sealed, so there is nothing to compare.</source>
      <translation>Noch keine geöffnete Runde: Die Angebote sind versiegelt, es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
      <source>Round %1; the best total is highlighted. Pooled volumes: %2</source>
      <translation>Runde %1; die beste Summe ist hervorgehoben. Poolvolumen: %2</translation>
    </message>
    <message>
      <source>Admit late bid</source>
      <translation>Verspätetes Angebot zulassen</translation>
    </message>
    <message>
      <source>Choose a late bid in the list of the round's bids first.</source>
      <translation>Bitte zuerst ein verspätetes Angebot in der Liste der Runde wählen.</translation>
    </message>
    <message>
      <source>Why is the late bid of %1 admitted? (recorded)</source>
      <translation>Warum wird das verspätete Angebot von %1 zugelassen? (wird protokolliert)</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Choose a supplier in the ranking first.</source>
      <translation>Bitte zuerst einen Lieferanten in der Rangfolge wählen.</translation>
    </message>
    <message>
      <source>Cancel tender</source>
      <translation>Ausschreibung aufheben</translation>
    </message>
    <message>
      <source>Why is the tender cancelled? (recorded)</source>
      <translation>Warum wird die Ausschreibung aufgehoben? (wird protokolliert)</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Als PDF speichern</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Geschrieben: %1</translation>
    </message>
    <message>
      <source>Save evaluation workbook</source>
      <translation>Auswertung als Excel-Mappe speichern</translation>
    </message>
    <message>
      <source>Evaluation-%1</source>
      <translation>Auswertung-%1</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-Mappen (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>TendersArea</name>
    <message>
      <source>New tender…</source>
      <translation>Neue Ausschreibung…</translation>
    </message>
    <message>
      <source>Suppliers…</source>
      <translation>Lieferanten…</translation>
    </message>
    <message>
      <source>%1: %2 expired %3 days ago</source>
      <translation>%1: %2 seit %3 Tagen abgelaufen</translation>
    </message>
    <message>
      <source>%1: %2 runs out in %3 days</source>
      <translation>%1: %2 läuft in %3 Tagen ab</translation>
    </message>
    <message>
      <source>Suppliers' certificates</source>
      <translation>Zertifikate der Lieferanten</translation>
    </message>
  </context>
  <context>
    <name>Units</name>
    <message>
      <source>pairs</source>
      <extracomment>unit → (dimension, how many base units one of it is) the unit as shown next to numbers, the same in German and English where it is a symbol</extracomment>
      <translation>Paar</translation>
    </message>
    <message>
      <source>pieces</source>
      <translation>Stück</translation>
    </message>
    <message>
      <source>shipments</source>
      <translation>Sendungen</translation>
    </message>
    <message>
      <source>contracts</source>
      <translation>Verträge</translation>
    </message>
  </context>
  <context>
    <name>WaitingListDialog</name>
    <message>
      <source>Waiting list</source>
      <translation>Warteliste</translation>
    </message>
    <message>
      <source>Nobody is waiting.</source>
      <translation>Niemand wartet.</translation>
    </message>
    <message>
      <source>Admit…</source>
      <translation>Aufnehmen…</translation>
    </message>
    <message>
      <source>Members: %1 / %2 · free seats: %3. Seats that come free go in turn: by the date the application was received, then by the time it joined the list.</source>
      <translation>Mitglieder: %1 / %2 · freie Plätze: %3. Frei werdende Plätze gehen der Reihe nach: nach dem Eingangsdatum der Bewerbung, dann nach dem Zeitpunkt der Aufnahme in die Liste.</translation>
    </message>
  </context>
  <context>
    <name>WaitingListModel</name>
    <message>
      <source>Position</source>
      <translation>Platz</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Applied on</source>
      <translation>Beworben am</translation>
    </message>
    <message>
      <source>Waiting since</source>
      <translation>Wartet seit</translation>
    </message>
  </context>
  <context>
    <name>WhoKnowsDialog</name>
    <message>
      <source>Who knows…?</source>
      <translation>Wer kennt sich aus…?</translation>
    </message>
    <message>
      <source>Topic, e.g. ISO 9001, energy, Zoll, CNC — expertise or function</source>
      <translation>Thema, z. B. ISO 9001, Energie, Zoll, CNC – Fachgebiet oder Funktion</translation>
    </message>
    <message>
      <source>Type a topic to find the people who know about it.</source>
      <translation>Geben Sie ein Thema ein, um Personen zu finden, die sich damit auskennen.</translation>
    </message>
    <message>
      <source>People found: %1</source>
      <translation>Gefundene Personen: %1</translation>
    </message>
    <message>
      <source>Nobody found for “%1”.</source>
      <translation>Niemand gefunden für „%1“.</translation>
    </message>
  </context>
  <context>
    <name>WorkbookActions</name>
    <message>
      <source>Write workbooks</source>
      <translation>Arbeitsmappen schreiben</translation>
    </message>
    <message>
      <source>Prepare e-mails</source>
      <translation>E-Mails vorbereiten</translation>
    </message>
    <message>
      <source>Prepare reminder e-mails</source>
      <translation>Erinnerungs-E-Mails vorbereiten</translation>
    </message>
    <message>
      <source>%1 workbook(s) written to %2.</source>
      <translation>%1 Arbeitsmappe(n) in %2 geschrieben.</translation>
    </message>
    <message>
      <source>%1 workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.</source>
      <translation>%1 Arbeitsmappe(n) und %2 E-Mail-Entwürfe in %3 geschrieben. Öffnen Sie jeden Entwurf (.eml) in Ihrem E-Mail-Programm, prüfen Sie ihn und senden Sie ihn ab; NIRO Desk sendet nichts.</translation>
    </message>
    <message>
      <source>No e-mail address for: %1. Send them their workbooks yourself.</source>
      <translation>Keine E-Mail-Adresse für: %1. Senden Sie diesen ihre Arbeitsmappen selbst.</translation>
    </message>
    <message>
      <source>Everybody has answered: no reminders needed.</source>
      <translation>Alle haben geantwortet: keine Erinnerungen nötig.</translation>
    </message>
    <message>
      <source>Folder for the workbooks</source>
      <translation>Ordner für die Arbeitsmappen</translation>
    </message>
  </context>
  <context>
    <name>WorkbookFilesModel</name>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Abgelehnt: %1</translation>
    </message>
    <message>
      <source>%1 problem(s): nothing will be saved</source>
      <translation>%1 Problem(e): nichts wird gespeichert</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Übersprungen: %1</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Ready: no volumes (needs nothing)</source>
      <translation>Bereit: keine Mengen (braucht nichts)</translation>
    </message>
    <message>
      <source>Ready to save</source>
      <translation>Bereit zum Speichern</translation>
    </message>
  </context>
  <context>
    <name>WorkbookImportDialog</name>
    <message>
      <source>Import returned workbooks: %1</source>
      <translation>Rücklauf importieren: %1</translation>
    </message>
    <message>
      <source>Add &amp;files…</source>
      <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
      <source>Add f&amp;older…</source>
      <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
      <source>Add the workbooks the participants sent back (or drop them here). NIRO Desk checks every file first; nothing is saved before you press Save, and nothing from a workbook with problems.</source>
      <translation>Fügen Sie die zurückgesandten Arbeitsmappen hinzu (oder ziehen Sie sie hierher). NIRO Desk prüft zuerst jede Datei; gespeichert wird erst, wenn Sie auf Speichern klicken, und aus einer Arbeitsmappe mit Problemen gar nichts.</translation>
    </message>
    <message>
      <source>Workbooks</source>
      <translation>Arbeitsmappen</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Returned workbooks</source>
      <translation>Zurückgesandte Arbeitsmappen</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <source>Folder with returned workbooks</source>
      <translation>Ordner mit zurückgesandten Arbeitsmappen</translation>
    </message>
    <message>
      <source>Checking the workbooks…</source>
      <translation>Arbeitsmappen werden geprüft…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was checked or saved.</source>
      <translation>Abgebrochen: nichts wurde geprüft oder gespeichert.</translation>
    </message>
    <message>
      <source>%1 workbook(s) ready to save, %2 with problems or refused, %3 skipped.</source>
      <translation>%1 Arbeitsmappe(n) bereit zum Speichern, %2 mit Problemen oder abgelehnt, %3 übersprungen.</translation>
    </message>
    <message>
      <source>No workbooks found there.</source>
      <translation>Dort wurden keine Arbeitsmappen gefunden.</translation>
    </message>
    <message>
      <source>&amp;Save %1 workbook(s)</source>
      <translation>%1 Arbeitsmappe(n) &amp;speichern</translation>
    </message>
    <message>
      <source>The workbooks could not be checked.</source>
      <translation>Die Arbeitsmappen konnten nicht geprüft werden.</translation>
    </message>
    <message>
      <source>Saving the workbooks…</source>
      <translation>Arbeitsmappen werden gespeichert…</translation>
    </message>
    <message>
      <source>%1 workbook(s) saved; the pooled demand is up to date.</source>
      <translation>%1 Arbeitsmappe(n) gespeichert; der gebündelte Bedarf ist aktuell.</translation>
    </message>
  </context>
</TS>
