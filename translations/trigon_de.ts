<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BlockingConnection</name>
    <message>
        <source>refused to run &quot;%1&quot;: it would end the transaction Trigon holds</source>
        <translation>Ausführung von &quot;%1&quot; verweigert: Es würde die Transaktion beenden, die Trigon hält</translation>
    </message>
    <message>
        <source>A test case, a status check and a deploy each run in one transaction that only Trigon ends; nothing was run.</source>
        <translation>Ein Testfall, eine Statusprüfung und eine Bereitstellung laufen jeweils in einer Transaktion, die nur Trigon beendet; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>the script ended the transaction Trigon holds</source>
        <translation>das Skript hat die Transaktion beendet, die Trigon hält</translation>
    </message>
    <message>
        <source>out of memory while connecting</source>
        <translation>nicht genügend Speicher beim Verbinden</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>CascadeGraph</name>
    <message>
        <source>it is part of a loop: %1; each trigger fires the next without end unless a condition stops it (add pg_trigger_depth() &lt; 2 to a WHEN to guard it)</source>
        <translation>ist Teil einer Schleife: %1; jeder Trigger löst den nächsten endlos aus, solange keine Bedingung das beendet (pg_trigger_depth() &lt; 2 in einem WHEN schützt davor)</translation>
    </message>
    <message>
        <source>it runs before %1 on %2 only because its name sorts first; both can change or stop the row, so renaming either changes the outcome</source>
        <translation>läuft auf %2 vor %1 nur, weil sein Name zuerst sortiert; beide können die Zeile ändern oder anhalten, also ändert eine Umbenennung das Ergebnis</translation>
    </message>
    <message>
        <source>it runs after %1 on %2 only because its name sorts later; both can change or stop the row, so renaming either changes the outcome</source>
        <translation>läuft auf %2 nach %1 nur, weil sein Name später sortiert; beide können die Zeile ändern oder anhalten, also ändert eine Umbenennung das Ergebnis</translation>
    </message>
</context>
<context>
    <name>ConditionParser</name>
    <message>
        <source>the server refuses the WHEN condition of %1 on %2: %3</source>
        <translation>der Server lehnt die WHEN-Bedingung von %1 für %2 ab: %3</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>bytes that are not UTF-8 (0x%1): design files are UTF-8</source>
        <translation>Bytes, die kein UTF-8 sind (0x%1): Entwurfsdateien sind UTF-8</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a design file may be</source>
        <translation>die Datei ist größer als %1 MiB, die Höchstgröße einer Entwurfsdatei</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (erwartet wird einer von %2)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>the list is empty: a design needs at least one table</source>
        <translation>die Liste ist leer: Ein Entwurf braucht mindestens eine Tabelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no field: write old__&lt;column&gt; or new__&lt;column&gt;</source>
        <translation>&quot;%1&quot; ist kein Feld: Schreiben Sie old__&lt;Spalte&gt; oder new__&lt;Spalte&gt;</translation>
    </message>
    <message>
        <source>a condition object</source>
        <translation>ein Bedingungsobjekt</translation>
    </message>
    <message>
        <source>a condition has exactly one key, its kind (one of %1)</source>
        <translation>eine Bedingung hat genau einen Schlüssel, ihre Art (eine von %1)</translation>
    </message>
    <message>
        <source>unknown condition kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Bedingungsart &quot;%1&quot; (erwartet wird eine von %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no q key: write old__&lt;column&gt;[__&lt;lookup&gt;] or new__&lt;column&gt;[__&lt;lookup&gt;]</source>
        <translation>&quot;%1&quot; ist kein q-Schlüssel: Schreiben Sie old__&lt;Spalte&gt;[__&lt;Lookup&gt;] oder new__&lt;Spalte&gt;[__&lt;Lookup&gt;]</translation>
    </message>
    <message>
        <source>an array of conditions</source>
        <translation>ein Array von Bedingungen</translation>
    </message>
    <message>
        <source>write {&quot;now&quot;: true}</source>
        <translation>schreiben Sie {&quot;now&quot;: true}</translation>
    </message>
    <message>
        <source>expected &quot;new&quot; or &quot;old&quot;</source>
        <translation>&quot;new&quot; oder &quot;old&quot; erwartet</translation>
    </message>
    <message>
        <source>unknown trigger variable &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Trigger-Variable &quot;%1&quot; (erwartet wird eine von %2)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>fehlender Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet wird einer von %2)</translation>
    </message>
    <message>
        <source>unknown DDL field &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekanntes DDL-Feld &quot;%1&quot; (erwartet wird eines von %2)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
</context>
<context>
    <name>EventTriggerChecks</name>
    <message>
        <source>a payload key is empty</source>
        <translation>ein Schlüssel der Nutzlast ist leer</translation>
    </message>
    <message>
        <source>a column name is empty</source>
        <translation>ein Spaltenname ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>an event trigger fires for a command, not for a row: use {&quot;ddl&quot;: ...} values</source>
        <translation>ein Ereignis-Trigger feuert für einen Befehl, nicht für eine Zeile: Verwenden Sie {&quot;ddl&quot;: ...}-Werte</translation>
    </message>
    <message>
        <source>%1 knows no objects yet: only event and command_tag have values there</source>
        <translation>%1 kennt noch keine Objekte: Dort haben nur event und command_tag Werte</translation>
    </message>
    <message>
        <source>sql_drop does not say whether an extension owned the object: in_extension is always null there</source>
        <translation>sql_drop gibt nicht an, ob das Objekt zu einer Erweiterung gehörte: in_extension ist dort immer null</translation>
    </message>
    <message>
        <source>the SQL expression is empty</source>
        <translation>der SQL-Ausdruck ist leer</translation>
    </message>
    <message>
        <source>the setting name is empty</source>
        <translation>der Name der Einstellung ist leer</translation>
    </message>
    <message>
        <source>login event triggers take no tags</source>
        <translation>Ereignis-Trigger für login nehmen keine Tags an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>write the command tag in capitals: &quot;%1&quot;</source>
        <translation>schreiben Sie das Befehls-Tag in Großbuchstaben: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no command tag an event trigger can fire for (commands on databases, roles, tablespaces and event triggers have none)</source>
        <translation>&quot;%1&quot; ist kein Befehls-Tag, für das ein Ereignis-Trigger feuern kann (Befehle für Datenbanken, Rollen, Tablespaces und Ereignis-Trigger haben keines)</translation>
    </message>
    <message>
        <source>%1 never fires for %2</source>
        <translation>%1 feuert nie für %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes, where PostgreSQL cuts names</source>
        <translation>der Name ist länger als %1 Bytes, ab denen PostgreSQL Namen abschneidet</translation>
    </message>
    <message>
        <source>%1 event triggers need PostgreSQL %2 or later</source>
        <translation>Ereignis-Trigger für %1 erfordern PostgreSQL %2 oder neuer</translation>
    </message>
    <message>
        <source>only a superuser can create event triggers; connect as one to deploy this</source>
        <translation>nur ein Superuser kann Ereignis-Trigger anlegen; verbinden Sie sich als Superuser, um dies bereitzustellen</translation>
    </message>
    <message>
        <source>the event trigger has no actions: it does nothing</source>
        <translation>der Ereignis-Trigger hat keine Aktionen: Er tut nichts</translation>
    </message>
    <message>
        <source>event trigger number %1 has the same name; one would replace the other</source>
        <translation>Ereignis-Trigger Nummer %1 hat denselben Namen; einer würde den anderen ersetzen</translation>
    </message>
    <message>
        <source>attach runs at ddl_command_end, when the new table exists</source>
        <translation>attach läuft bei ddl_command_end, wenn die neue Tabelle existiert</translation>
    </message>
    <message>
        <source>attach acts on CREATE TABLE, CREATE TABLE AS and SELECT INTO, which the tags leave out</source>
        <translation>attach wirkt auf CREATE TABLE, CREATE TABLE AS und SELECT INTO, die die Tags auslassen</translation>
    </message>
    <message>
        <source>name the design whose trigger to attach</source>
        <translation>geben Sie den Entwurf an, dessen Trigger zugeordnet werden soll</translation>
    </message>
    <message>
        <source>no trigger of this file is named &quot;%1&quot;</source>
        <translation>kein Trigger dieser Datei heißt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no selector: only a design over several tables with a selector knows which new tables it wants</source>
        <translation>&quot;%1&quot; hat keinen Selektor: Nur ein Entwurf über mehrere Tabellen mit Selektor weiß, welche neuen Tabellen er will</translation>
    </message>
    <message>
        <source>the table to insert into is not set</source>
        <translation>die Tabelle, in die eingefügt werden soll, ist nicht festgelegt</translation>
    </message>
    <message>
        <source>no columns to insert</source>
        <translation>keine Spalten zum Einfügen</translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation>der Kanal ist leer</translation>
    </message>
    <message>
        <source>refusing at login would lock every user out, the superusers included</source>
        <translation>eine Ablehnung bei der Anmeldung würde alle Benutzer aussperren, auch die Superuser</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Rumpf ist leer</translation>
    </message>
</context>
<context>
    <name>EventTriggerImport</name>
    <message>
        <source>Trigon does not know its event %1</source>
        <translation>Trigon kennt sein Ereignis %1 nicht</translation>
    </message>
    <message>
        <source>its function is not in the catalog snapshot</source>
        <translation>seine Funktion ist nicht im Katalog-Snapshot</translation>
    </message>
    <message>
        <source>its function %1.%2() is written in %3, not in PL/pgSQL</source>
        <translation>seine Funktion %1.%2() ist in %3 geschrieben, nicht in PL/pgSQL</translation>
    </message>
    <message>
        <source>the function body is kept as one nested block</source>
        <translation>der Funktionsrumpf bleibt als ein verschachtelter Block erhalten</translation>
    </message>
    <message>
        <source>its function was SECURITY DEFINER; the design&apos;s is not</source>
        <translation>seine Funktion war SECURITY DEFINER; die des Entwurfs ist es nicht</translation>
    </message>
</context>
<context>
    <name>PgTapScript</name>
    <message>
        <source>cannot create the designed trigger: </source>
        <translation>der entworfene Trigger lässt sich nicht anlegen: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>notifications sent: </source>
        <translation>gesendete Benachrichtigungen: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 has the trigger %2</source>
        <translation>%1 hat den Trigger %2</translation>
    </message>
    <message>
        <source>%1 %2 executes %3()</source>
        <translation>%1 %2 führt %3() aus</translation>
    </message>
    <message>
        <source>%1 %2 fires on %3</source>
        <translation>%1 %2 feuert bei %3</translation>
    </message>
    <message>
        <source>%1 %2 fires %3</source>
        <translation>%1 %2 feuert %3</translation>
    </message>
    <message>
        <source>%1 %2 fires FOR EACH %3</source>
        <translation>%1 %2 feuert FOR EACH %3</translation>
    </message>
    <message>
        <source>%1 %2 has the designed WHEN clause</source>
        <translation>%1 %2 hat die entworfene WHEN-Klausel</translation>
    </message>
    <message>
        <source>%1 %2 has the enabled state %3 (pg_trigger.tgenabled %4)</source>
        <translation>%1 %2 hat den Aktivierungszustand %3 (pg_trigger.tgenabled %4)</translation>
    </message>
    <message>
        <source>%1: the action succeeds</source>
        <translation>%1: die Aktion gelingt</translation>
    </message>
    <message>
        <source>%1: the action fails</source>
        <translation>%1: die Aktion schlägt fehl</translation>
    </message>
    <message>
        <source>%1: the action fails with SQLSTATE %2</source>
        <translation>%1: die Aktion schlägt mit SQLSTATE %2 fehl</translation>
    </message>
    <message>
        <source>%1: the action fails with a message containing &quot;%2&quot;</source>
        <translation>%1: die Aktion schlägt mit einer Meldung fehl, die „%2“ enthält</translation>
    </message>
    <message>
        <source>%1: the design triggers that fire, in order</source>
        <translation>%1: die Trigger des Entwurfs, die feuern, in Reihenfolge</translation>
    </message>
    <message>
        <source>%1: not checked: the triggers are tested as deployed, and deployed functions do not record their firing</source>
        <translation>%1: nicht geprüft: die Trigger werden so geprüft, wie sie installiert sind, und installierte Funktionen zeichnen ihr Feuern nicht auf</translation>
    </message>
    <message>
        <source>%1: not checked: an action that fails takes the record of its firings with it (trigon-cli test checks it)</source>
        <translation>%1: nicht geprüft: eine fehlschlagende Aktion nimmt die Aufzeichnung ihres Feuerns mit (trigon-cli test prüft es)</translation>
    </message>
    <message>
        <source>%1: the setup runs</source>
        <translation>%1: die Vorbereitung läuft</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>Testfall %1</translation>
    </message>
    <message>
        <source>%1: bypasses %2</source>
        <translation>%1: umgeht %2</translation>
    </message>
    <message>
        <source>%1: %2 returns the expected rows</source>
        <translation>%1: %2 liefert die erwarteten Zeilen</translation>
    </message>
    <message>
        <source>%1: the row count of %2 changes by %3</source>
        <translation>%1: die Zeilenzahl von %2 ändert sich um %3</translation>
    </message>
    <message>
        <source>%1: a notification on %2 with %3</source>
        <translation>%1: eine Benachrichtigung auf %2 mit %3</translation>
    </message>
    <message>
        <source>%1: the notice &quot;%2&quot; is not checked: notices go to the client, where SQL cannot see them (trigon-cli test checks them)</source>
        <translation>%1: der Hinweis „%2“ wird nicht geprüft: Hinweise gehen an den Client, wo SQL sie nicht sieht (trigon-cli test prüft sie)</translation>
    </message>
    <message>
        <source>What pgTAP checks, and what it lacks.</source>
        <translation>Was pgTAP prüft und was ihm fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>pgTAP tests of %n trigger(s), written by Trigon (trigon-cli test --pgtap).</source>
        <translation>
            <numerusform>pgTAP-Tests von %n Trigger, geschrieben von Trigon (trigon-cli test --pgtap).</numerusform>
            <numerusform>pgTAP-Tests von %n Triggern, geschrieben von Trigon (trigon-cli test --pgtap).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run with: pg_prove -d DATABASE FILE (or psql -X -f FILE). Everything happens in one transaction that is rolled back.</source>
        <translation>Ausführen mit: pg_prove -d DATABASE FILE (oder psql -X -f FILE). Alles geschieht in einer Transaktion, die zurückgerollt wird.</translation>
    </message>
    <message>
        <source>The designs are installed in that transaction first.</source>
        <translation>Die Entwürfe werden zuerst in dieser Transaktion installiert.</translation>
    </message>
    <message>
        <source>The triggers are tested as they are deployed.</source>
        <translation>Die Trigger werden so geprüft, wie sie installiert sind.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move Trigger</source>
        <translation>Trigger verschieben</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>trigon.outbox does not exist in this database: deploy a design with an outbox action first</source>
        <translation>trigon.outbox existiert in dieser Datenbank nicht: Stellen Sie zuerst einen Entwurf mit einer Outbox-Aktion bereit</translation>
    </message>
    <message>
        <source>the design files have no targets to deliver to</source>
        <translation>die Entwurfsdateien haben keine Ziele, an die zugestellt werden kann</translation>
    </message>
    <message>
        <source>the connection to the database was lost</source>
        <translation>die Verbindung zur Datenbank ging verloren</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3): dead after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1 %2 (%3): nach %n Versuch aufgegeben: %4</numerusform>
            <numerusform>%1 %2 (%3): nach %n Versuchen aufgegeben: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3): attempt %4 failed: %5</source>
        <translation>%1 %2 (%3): Versuch %4 fehlgeschlagen: %5</translation>
    </message>
</context>
<context>
    <name>SqlExpression</name>
    <message>
        <source>the SQL condition ends inside a /* comment</source>
        <translation>die SQL-Bedingung endet innerhalb eines /*-Kommentars</translation>
    </message>
    <message>
        <source>the SQL condition ends inside a quoted name</source>
        <translation>die SQL-Bedingung endet innerhalb eines Namens in Anführungszeichen</translation>
    </message>
    <message>
        <source>the SQL condition ends inside a string</source>
        <translation>die SQL-Bedingung endet innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>the SQL condition holds a -- comment, which would hide the rest of the clause; use /* ... */</source>
        <translation>die SQL-Bedingung enthält einen Kommentar mit --, der den Rest der Klausel verbergen würde; verwenden Sie /* ... */</translation>
    </message>
    <message>
        <source>the SQL condition closes a parenthesis it did not open (at character %1)</source>
        <translation>die SQL-Bedingung schließt eine Klammer, die sie nicht geöffnet hat (bei Zeichen %1)</translation>
    </message>
    <message>
        <source>the SQL condition holds a &quot;;&quot;: a condition is one expression, not statements</source>
        <translation>die SQL-Bedingung enthält ein &quot;;&quot;: Eine Bedingung ist ein einzelner Ausdruck, keine Anweisungen</translation>
    </message>
    <message>
        <source>the SQL condition holds the statement keyword %1: a condition is one expression</source>
        <translation>die SQL-Bedingung enthält das Anweisungsschlüsselwort %1: Eine Bedingung ist ein einzelner Ausdruck</translation>
    </message>
    <message numerus="yes">
        <source>the SQL condition leaves %n parenthesis(es) open</source>
        <translation>
            <numerusform>die SQL-Bedingung lässt %n Klammer offen</numerusform>
            <numerusform>die SQL-Bedingung lässt %n Klammern offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetChecks</name>
    <message>
        <source>a target needs a name</source>
        <translation>ein Ziel braucht einen Namen</translation>
    </message>
    <message>
        <source>an event needs at least one attempt</source>
        <translation>ein Ereignis braucht mindestens einen Versuch</translation>
    </message>
    <message>
        <source>the longest wait is shorter than the first</source>
        <translation>die längste Wartezeit ist kürzer als die erste</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <source>not an http:// or https:// URL: %1</source>
        <translation>keine http://- oder https://-URL: %1</translation>
    </message>
    <message>
        <source>the URL holds a user or password; give credentials in a header from the environment instead</source>
        <translation>die URL enthält einen Benutzer oder ein Passwort; geben Sie Zugangsdaten stattdessen in einem Header aus der Umgebung an</translation>
    </message>
    <message>
        <source>the method is POST, PUT or PATCH, not %1</source>
        <translation>die Methode ist POST, PUT oder PATCH, nicht %1</translation>
    </message>
    <message>
        <source>ce- headers are the relay&apos;s: they carry the event&apos;s CloudEvents attributes</source>
        <translation>ce-Header gehören dem Relay: Sie tragen die CloudEvents-Attribute des Ereignisses</translation>
    </message>
    <message>
        <source>a secret does not belong in the design file: write {&quot;env&quot;: &quot;NAME&quot;} and set NAME where the relay runs</source>
        <translation>ein Geheimnis gehört nicht in die Entwurfsdatei: Schreiben Sie {&quot;env&quot;: &quot;NAME&quot;} und setzen Sie NAME dort, wo das Relay läuft</translation>
    </message>
    <message>
        <source>expected redis://host:port/db or unix:///path/to/socket, not &quot;%1&quot;</source>
        <translation>redis://host:port/db oder unix:///path/to/socket erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the URL holds a password, which does not belong in the design file</source>
        <translation>die URL enthält ein Passwort, das nicht in die Entwurfsdatei gehört</translation>
    </message>
    <message>
        <source>give either &quot;channel&quot; (PUBLISH) or &quot;stream&quot; (XADD)</source>
        <translation>geben Sie entweder &quot;channel&quot; (PUBLISH) oder &quot;stream&quot; (XADD) an</translation>
    </message>
</context>
<context>
    <name>TestRunner</name>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>the action succeeds</source>
        <translation>die Aktion ist erfolgreich</translation>
    </message>
    <message>
        <source>the action failed: %1</source>
        <translation>die Aktion ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>message containing: %1</source>
        <translation>Meldung enthält: %1</translation>
    </message>
    <message>
        <source>the action fails</source>
        <translation>die Aktion schlägt fehl</translation>
    </message>
    <message>
        <source>expected an error, the action succeeded</source>
        <translation>Fehler erwartet, die Aktion war erfolgreich</translation>
    </message>
    <message>
        <source>expected an error containing &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>Fehler mit &quot;%1&quot; erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <source>change of the row count of %1</source>
        <translation>Änderung der Zeilenanzahl von %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>die Zeilen von %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>expected the rows of %1 to change by %2, got %3</source>
        <translation>erwartet wurde eine Änderung der Zeilen von %1 um %2, tatsächlich: %3</translation>
    </message>
    <message>
        <source>expected a notification on %1 with %2, got %3</source>
        <translation>erwartet wurde eine Benachrichtigung auf %1 mit %2, tatsächlich: %3</translation>
    </message>
    <message>
        <source>expected a notice containing &quot;%1&quot;</source>
        <translation>erwartet wurde ein Hinweis, der &quot;%1&quot; enthält</translation>
    </message>
    <message>
        <source>the design triggers that fire, in order</source>
        <translation>die ausgelösten Trigger des Entwurfs, in Reihenfolge</translation>
    </message>
    <message>
        <source>expected the triggers fired to be %1, got %2</source>
        <translation>erwartet wurden die ausgelösten Trigger %1, tatsächlich: %2</translation>
    </message>
    <message>
        <source>installing trigon.bypass()</source>
        <translation>trigon.bypass() wird installiert</translation>
    </message>
    <message>
        <source>bypassing %1</source>
        <translation>%1 wird umgangen</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>Testfall %1</translation>
    </message>
    <message>
        <source>the setup</source>
        <translation>die Vorbereitung</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which would end the transaction the test runs in; nothing was run</source>
        <translation>%1 enthält &quot;%2&quot;, was die Transaktion beenden würde, in der der Test läuft; es wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>preparing the capture</source>
        <translation>Aufzeichnung wird vorbereitet</translation>
    </message>
    <message>
        <source>deploying the design</source>
        <translation>Entwurf wird bereitgestellt</translation>
    </message>
    <message>
        <source>deploying the event trigger</source>
        <translation>Ereignis-Trigger wird bereitgestellt</translation>
    </message>
    <message>
        <source>event trigger</source>
        <translation>Ereignis-Trigger</translation>
    </message>
</context>
<context>
    <name>TriggerChecks</name>
    <message>
        <source>audit table name</source>
        <translation>Name der Audit-Tabelle</translation>
    </message>
    <message>
        <source>the audit table Trigon creates has an identity column, which needs PostgreSQL 10 or later</source>
        <translation>die von Trigon angelegte Audit-Tabelle hat eine Identitätsspalte, die PostgreSQL 10 oder neuer erfordert</translation>
    </message>
    <message>
        <source>changed_fields applies to row-level triggers; at statement level whole rows are stored</source>
        <translation>changed_fields gilt für zeilenweise Trigger; bei anweisungsweisen Triggern werden ganze Zeilen gespeichert</translation>
    </message>
    <message>
        <source>a state machine checks changes: the trigger needs the update event</source>
        <translation>ein Zustandsautomat prüft Änderungen: Der Trigger braucht das Ereignis update</translation>
    </message>
    <message>
        <source>state column</source>
        <translation>Zustandsspalte</translation>
    </message>
    <message>
        <source>list at least one allowed transition</source>
        <translation>geben Sie mindestens einen erlaubten Übergang an</translation>
    </message>
    <message>
        <source>target table name</source>
        <translation>Name der Zieltabelle</translation>
    </message>
    <message>
        <source>name at least one column and its value</source>
        <translation>geben Sie mindestens eine Spalte und ihren Wert an</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>a short {&quot;truncated&quot;: true, ...} payload is sent instead</source>
        <translation>wird stattdessen eine kurze Nutzlast {&quot;truncated&quot;: true, ...} gesendet</translation>
    </message>
    <message>
        <source>the notification is skipped with a warning</source>
        <translation>wird die Benachrichtigung mit einer Warnung übersprungen</translation>
    </message>
    <message>
        <source>the statement fails</source>
        <translation>schlägt die Anweisung fehl</translation>
    </message>
    <message>
        <source>the payload can exceed PostgreSQL&apos;s 8000-byte limit; then %1</source>
        <translation>die Nutzlast kann das 8000-Byte-Limit von PostgreSQL überschreiten; dann %1</translation>
    </message>
    <message>
        <source>a python action is the whole function, written in PL/Python; it cannot be combined with other actions, which are PL/pgSQL: give them a trigger of their own</source>
        <translation>eine python-Aktion ist die ganze Funktion, in PL/Python geschrieben; sie kann nicht mit anderen Aktionen kombiniert werden, die PL/pgSQL sind: Geben Sie ihnen einen eigenen Trigger</translation>
    </message>
    <message>
        <source>this statement-level condition reads rows and would be evaluated in generated PL/pgSQL; in a PL/Python function test it in the body instead</source>
        <translation>diese anweisungsweise Bedingung liest Zeilen und würde im erzeugten PL/pgSQL ausgewertet; in einer PL/Python-Funktion prüfen Sie sie stattdessen im Rumpf</translation>
    </message>
    <message>
        <source>the Python body is empty</source>
        <translation>der Python-Rumpf ist leer</translation>
    </message>
    <message>
        <source>while the new row can still be changed</source>
        <translation>solange die neue Zeile noch geändert werden kann</translation>
    </message>
    <message>
        <source>set_timestamp changes the new row: the trigger needs insert or update</source>
        <translation>set_timestamp ändert die neue Zeile: Der Trigger braucht insert oder update</translation>
    </message>
    <message>
        <source>name the timestamp column(s) to set</source>
        <translation>geben Sie die zu setzenden Zeitstempelspalten an</translation>
    </message>
    <message>
        <source>timestamp column</source>
        <translation>Zeitstempelspalte</translation>
    </message>
    <message>
        <source>so it can cancel the DELETE</source>
        <translation>damit das DELETE abgebrochen werden kann</translation>
    </message>
    <message>
        <source>soft_delete turns a DELETE into an UPDATE: the trigger needs the delete event</source>
        <translation>soft_delete macht aus einem DELETE ein UPDATE: Der Trigger braucht das Ereignis delete</translation>
    </message>
    <message>
        <source>flag column</source>
        <translation>Markierungsspalte</translation>
    </message>
    <message>
        <source>soft_delete needs the key columns that find the row</source>
        <translation>soft_delete braucht die Schlüsselspalten, über die die Zeile gefunden wird</translation>
    </message>
    <message>
        <source>key column</source>
        <translation>Schlüsselspalte</translation>
    </message>
    <message>
        <source>the custom code is empty</source>
        <translation>der eigene Code ist leer</translation>
    </message>
    <message>
        <source>at statement level a check reads rows only through REFERENCING OLD/NEW TABLE</source>
        <translation>auf Anweisungsebene liest eine Prüfung Zeilen nur über REFERENCING OLD/NEW TABLE</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>einen booleschen Wert</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>einen Wert</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>excluded field</source>
        <translation>ausgeschlossenes Feld</translation>
    </message>
    <message>
        <source>without fields, %1 needs the table&apos;s columns: list them in table_columns or name the fields</source>
        <translation>ohne Felder braucht %1 die Spalten der Tabelle: Führen Sie sie in table_columns auf oder nennen Sie die Felder</translation>
    </message>
    <message>
        <source>exclude needs the table&apos;s columns: list them in table_columns</source>
        <translation>exclude braucht die Spalten der Tabelle: Führen Sie sie in table_columns auf</translation>
    </message>
    <message>
        <source>exclude_auto needs the table&apos;s columns: list them in table_columns</source>
        <translation>exclude_auto braucht die Spalten der Tabelle: Führen Sie sie in table_columns auf</translation>
    </message>
    <message>
        <source>no field is left to compare after exclude%1</source>
        <translation>nach exclude%1 bleibt kein Feld zum Vergleichen übrig</translation>
    </message>
    <message>
        <source> and exclude_auto</source>
        <translation> und exclude_auto</translation>
    </message>
    <message>
        <source>an empty q is always true</source>
        <translation>ein leeres q ist immer wahr</translation>
    </message>
    <message>
        <source>an empty &quot;and&quot; is always true</source>
        <translation>ein leeres &quot;and&quot; ist immer wahr</translation>
    </message>
    <message>
        <source>an empty &quot;or&quot; is always false</source>
        <translation>ein leeres &quot;or&quot; ist immer falsch</translation>
    </message>
    <message>
        <source>&quot;not&quot; takes exactly one condition</source>
        <translation>&quot;not&quot; erwartet genau eine Bedingung</translation>
    </message>
    <message>
        <source>the SQL condition is empty</source>
        <translation>die SQL-Bedingung ist leer</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>name at least one column of %1 that must equal a column of the trigger&apos;s row; without one any row of that table would do</source>
        <translation>nennen Sie mindestens eine Spalte von %1, die gleich einer Spalte der Zeile des Triggers sein muss; ohne eine solche würde jede Zeile dieser Tabelle genügen</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>compares %1 with %2: PostgreSQL has no such operator</source>
        <translation>vergleicht %1 und %2: PostgreSQL hat keinen solchen Operator</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; holds %2; %3 is not one</source>
        <translation>Spalte &quot;%1&quot; enthält %2; %3 passt nicht dazu</translation>
    </message>
    <message>
        <source>the in lookup takes an array of values</source>
        <translation>der Lookup in erwartet ein Array von Werten</translation>
    </message>
    <message>
        <source>in an empty list is always false</source>
        <translation>in mit leerer Liste ist immer falsch</translation>
    </message>
    <message>
        <source>the isnull lookup takes true or false</source>
        <translation>der Lookup isnull erwartet true oder false</translation>
    </message>
    <message>
        <source>the %1 lookup takes a text value</source>
        <translation>der Lookup %1 erwartet einen Textwert</translation>
    </message>
    <message>
        <source>compare with a single value (use the in lookup for a list)</source>
        <translation>vergleichen Sie mit einem einzelnen Wert (für eine Liste den Lookup in verwenden)</translation>
    </message>
    <message>
        <source>compare with a single value</source>
        <translation>vergleichen Sie mit einem einzelnen Wert</translation>
    </message>
    <message>
        <source>comparing with null is never true (use isnull)</source>
        <translation>ein Vergleich mit null ist nie wahr (isnull verwenden)</translation>
    </message>
    <message>
        <source>%1 is listed twice (also as table %2)</source>
        <translation>%1 ist doppelt aufgeführt (auch als Tabelle Nr. %2)</translation>
    </message>
    <message>
        <source>the shared function would differ on %1 from the one on %2: what the function does may not depend on a table&apos;s own columns or name (here through a condition evaluated in the function, row keys, or an action on the trigger&apos;s own table)</source>
        <translation>die gemeinsame Funktion wäre für %1 anders als für %2: Was die Funktion tut, darf nicht von den eigenen Spalten oder dem Namen einer Tabelle abhängen (hier durch eine in der Funktion ausgewertete Bedingung, Zeilenschlüssel oder eine Aktion auf der eigenen Tabelle des Triggers)</translation>
    </message>
    <message>
        <source>trigger %1 (number %2) has the same name on %3; one would replace the other</source>
        <translation>Trigger %1 (Nummer %2) hat denselben Namen für %3; einer würde den anderen ersetzen</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>the %1 contains a NUL character, which PostgreSQL cannot store</source>
        <translation>%1 enthält ein NUL-Zeichen, das PostgreSQL nicht speichern kann</translation>
    </message>
    <message>
        <source>the %1 is %2 bytes long; PostgreSQL keeps only the first %3 bytes of a name, so the object would not be found again under this name</source>
        <translation>%1 ist %2 Bytes lang; PostgreSQL behält nur die ersten %3 Bytes eines Namens, daher würde das Objekt unter diesem Namen nicht wiedergefunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a column of %3 (known columns: %4)</source>
        <translation>%1 &quot;%2&quot; ist keine Spalte von %3 (bekannte Spalten: %4)</translation>
    </message>
    <message>
        <source>; a change condition compares OLD with NEW, which only an UPDATE has: give the other events a trigger of their own</source>
        <translation>; eine Änderungsbedingung vergleicht OLD mit NEW, was nur ein UPDATE hat: Geben Sie den anderen Ereignissen einen eigenen Trigger</translation>
    </message>
    <message>
        <source> (it is NULL there)</source>
        <translation> (dort ist es NULL)</translation>
    </message>
    <message>
        <source>reads OLD, but an INSERT has no old row</source>
        <translation>liest OLD, aber ein INSERT hat keine alte Zeile</translation>
    </message>
    <message>
        <source>reads NEW, but a DELETE has no new row</source>
        <translation>liest NEW, aber ein DELETE hat keine neue Zeile</translation>
    </message>
    <message>
        <source>comparing OLD and NEW rows of a statement pairs them by key: mark the key columns in table_columns (&quot;key&quot;: true)</source>
        <translation>der Vergleich von OLD- und NEW-Zeilen einer Anweisung ordnet sie über den Schlüssel zu: Markieren Sie die Schlüsselspalten in table_columns (&quot;key&quot;: true)</translation>
    </message>
    <message>
        <source>%1 works on single rows: the trigger must be FOR EACH ROW</source>
        <translation>%1 arbeitet mit einzelnen Zeilen: Der Trigger muss FOR EACH ROW sein</translation>
    </message>
    <message>
        <source>%1 must run BEFORE the change, %2</source>
        <translation>%1 muss vor der Änderung laufen (BEFORE), %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no SQLSTATE: five digits or capital letters, like P0001</source>
        <translation>&quot;%1&quot; ist kein SQLSTATE: fünf Ziffern oder Großbuchstaben, etwa P0001</translation>
    </message>
    <message>
        <source>SQLSTATE class 00 means success; an error needs another class</source>
        <translation>SQLSTATE-Klasse 00 bedeutet Erfolg; ein Fehler braucht eine andere Klasse</translation>
    </message>
    <message>
        <source>a payload key is empty</source>
        <translation>ein Schlüssel der Nutzlast ist leer</translation>
    </message>
    <message>
        <source>a column name is empty</source>
        <translation>ein Spaltenname ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the SQL expression is empty</source>
        <translation>der SQL-Ausdruck ist leer</translation>
    </message>
    <message>
        <source>the setting name is empty</source>
        <translation>der Name der Einstellung ist leer</translation>
    </message>
    <message>
        <source>a statement-level notification is sent once per statement and cannot read a row; use a row-level trigger</source>
        <translation>eine anweisungsweise Benachrichtigung wird einmal pro Anweisung gesendet und kann keine Zeile lesen; verwenden Sie einen zeilenweisen Trigger</translation>
    </message>
    <message>
        <source>reads %1 rows, which a statement trigger sees only through REFERENCING %1 TABLE</source>
        <translation>liest %1-Zeilen, die ein anweisungsweiser Trigger nur über REFERENCING %1 TABLE sieht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a function name (write it as name or schema.name, quoting a part in double quotes only where its case or characters need it)</source>
        <translation>&quot;%1&quot; ist kein Funktionsname (schreiben Sie ihn als name oder schema.name und setzen Sie einen Teil nur dann in doppelte Anführungszeichen, wenn seine Groß-/Kleinschreibung oder seine Zeichen es erfordern)</translation>
    </message>
    <message>
        <source>trigger %1 (number %2) has the same name and reports its bypasses another way; trigon.bypass() knows one way per name, the one installed last</source>
        <translation>Trigger %1 (Nummer %2) hat denselben Namen und meldet seine Umgehungen auf andere Weise; trigon.bypass() kennt nur eine Weise pro Name, die zuletzt installierte</translation>
    </message>
    <message>
        <source>{&quot;ddl&quot;: ...} values exist only in event triggers</source>
        <translation>{&quot;ddl&quot;: ...}-Werte gibt es nur in Ereignis-Triggern</translation>
    </message>
    <message>
        <source>name the target the events go to</source>
        <translation>geben Sie das Ziel an, an das die Ereignisse gehen</translation>
    </message>
    <message>
        <source>the outbox needs PostgreSQL 13 or later (gen_random_uuid() for its event ids)</source>
        <translation>die Outbox braucht PostgreSQL 13 oder neuer (gen_random_uuid() für ihre Ereignis-IDs)</translation>
    </message>
    <message>
        <source>without a key the events are delivered in no particular order; give the row&apos;s id</source>
        <translation>ohne Schlüssel werden die Ereignisse in keiner bestimmten Reihenfolge zugestellt; geben Sie die ID der Zeile an</translation>
    </message>
    <message>
        <source>no target &quot;%1&quot; in this file&apos;s targets: trigon-cli relay leaves its events to Debezium or another reader of trigon.outbox</source>
        <translation>kein Ziel &quot;%1&quot; unter den Zielen dieser Datei: trigon-cli relay überlässt seine Ereignisse Debezium oder einem anderen Leser von trigon.outbox</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, preview, deploy and test PostgreSQL triggers.</source>
        <translation>PostgreSQL-Trigger entwerfen, in der Vorschau ansehen, bereitstellen und testen.</translation>
    </message>
    <message>
        <source>Open the sandbox database at start-up.</source>
        <translation>Die Sandbox-Datenbank beim Start öffnen.</translation>
    </message>
    <message>
        <source>A design file to open.</source>
        <translation>Eine zu öffnende Entwurfsdatei.</translation>
    </message>
</context>
<context>
    <name>trigon::CatalogSnapshot</name>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>set by trigger %1</source>
        <translation>vom Trigger %1 gesetzt</translation>
    </message>
</context>
<context>
    <name>trigon::DeployPlan</name>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>not made by Trigon, left alone</source>
        <translation>nicht von Trigon angelegt, bleibt unverändert</translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation>bereits aktiviert</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>bereits deaktiviert</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
</context>
<context>
    <name>trigon::DocumentReader</name>
    <message>
        <source>an action object</source>
        <translation>ein Aktionsobjekt</translation>
    </message>
    <message>
        <source>unknown action kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Aktionsart &quot;%1&quot; (erwartet wird eine von %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array of arrays</source>
        <translation>ein Array von Arrays</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given beside &quot;tables&quot;: a trigger is on one &quot;table&quot; or on several &quot;tables&quot;</source>
        <translation>&quot;%1&quot; kann nicht neben &quot;tables&quot; angegeben werden: Ein Trigger liegt auf einer &quot;table&quot; oder auf mehreren &quot;tables&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of &quot;immediate&quot;, &quot;deferred&quot;)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet wird einer von &quot;immediate&quot;, &quot;deferred&quot;)</translation>
    </message>
    <message>
        <source>not a Trigon design file (expected &quot;format&quot;: &quot;trigon&quot;)</source>
        <translation>keine Trigon-Entwurfsdatei (erwartet wird &quot;format&quot;: &quot;trigon&quot;)</translation>
    </message>
    <message>
        <source>unsupported format version (this Trigon reads version %1)</source>
        <translation>nicht unterstützte Formatversion (dieses Trigon liest Version %1)</translation>
    </message>
    <message>
        <source>duplicate trigger id &quot;%1&quot;</source>
        <translation>doppelte Trigger-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected true, false or &quot;notice&quot;)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet: true, false oder &quot;notice&quot;)</translation>
    </message>
    <message>
        <source>true, false or &quot;notice&quot;</source>
        <translation>true, false oder &quot;notice&quot;</translation>
    </message>
    <message>
        <source>a target object</source>
        <translation>ein Zielobjekt</translation>
    </message>
    <message>
        <source>unknown target kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Zielart &quot;%1&quot; (erwartet: eine von %2)</translation>
    </message>
</context>
<context>
    <name>trigon::EventTriggerStatus</name>
    <message>
        <source>not made by Trigon (no marker in its comment)</source>
        <translation>nicht von Trigon angelegt (keine Markierung im Kommentar)</translation>
    </message>
    <message>
        <source>its function was changed by hand</source>
        <translation>seine Funktion wurde manuell geändert</translation>
    </message>
    <message>
        <source>the event trigger was changed by hand</source>
        <translation>der Ereignis-Trigger wurde manuell geändert</translation>
    </message>
    <message>
        <source>event trigger definition changed in the design</source>
        <translation>Ereignis-Trigger-Definition im Entwurf geändert</translation>
    </message>
    <message>
        <source>function changed in the design</source>
        <translation>Funktion im Entwurf geändert</translation>
    </message>
    <message>
        <source>enabled state is %1, the design says %2</source>
        <translation>Aktivierungsstatus ist %1, laut Entwurf %2</translation>
    </message>
    <message>
        <source>made by Trigon, in no given design</source>
        <translation>von Trigon angelegt, aber in keinem der angegebenen Entwürfe</translation>
    </message>
</context>
<context>
    <name>trigon::JsonParser</name>
    <message>
        <source>a NUL character (\u0000) in a string: PostgreSQL text cannot hold it</source>
        <translation>ein NUL-Zeichen (\u0000) in einer Zeichenkette: PostgreSQL-Text kann es nicht enthalten</translation>
    </message>
    <message>
        <source>a lone surrogate (\u%1) in a string: it is no character</source>
        <translation>ein einzelnes Surrogat (\u%1) in einer Zeichenkette: Es ist kein Zeichen</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>nesting is too deep</source>
        <translation>die Verschachtelung ist zu tief</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>JSON-Wert erwartet</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>Elementname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>doppeltes Element &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; nach dem Elementnamen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einem Array erwartet</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape)</source>
        <translation>Steuerzeichen in einer Zeichenkette (schreiben Sie es als Escape-Sequenz)</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>trigon::PayloadFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
</context>
<context>
    <name>trigon::TriggerDesign</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::TriggerImport</name>
    <message>
        <source>cloned from its partitioned table&apos;s trigger: import that one instead</source>
        <translation>vom Trigger seiner partitionierten Tabelle geklont: Importieren Sie stattdessen diesen</translation>
    </message>
    <message>
        <source>its function is not in the catalog snapshot</source>
        <translation>seine Funktion ist nicht im Katalog-Snapshot</translation>
    </message>
    <message>
        <source>its WHEN clause stays raw SQL</source>
        <translation>seine WHEN-Klausel bleibt freies SQL</translation>
    </message>
    <message>
        <source>its function %1.%2() is written in %3: the design executes it as it is</source>
        <translation>seine Funktion %1.%2() ist in %3 geschrieben: Der Entwurf führt sie unverändert aus</translation>
    </message>
    <message>
        <source>the function body is kept as one nested block</source>
        <translation>der Funktionsrumpf bleibt als ein verschachtelter Block erhalten</translation>
    </message>
    <message>
        <source>its function was SECURITY DEFINER; the design&apos;s is not</source>
        <translation>seine Funktion war SECURITY DEFINER; die des Entwurfs ist es nicht</translation>
    </message>
</context>
<context>
    <name>trigon::TriggerStatus</name>
    <message>
        <source>the table %1 does not exist</source>
        <translation>die Tabelle %1 existiert nicht</translation>
    </message>
    <message>
        <source>the function %1() does not exist</source>
        <translation>die Funktion %1() existiert nicht</translation>
    </message>
    <message>
        <source>deploying replaces the function %1(), which Trigon did not make</source>
        <translation>die Bereitstellung ersetzt die Funktion %1(), die nicht von Trigon angelegt wurde</translation>
    </message>
    <message>
        <source>not made by Trigon (no marker in its comment)</source>
        <translation>nicht von Trigon angelegt (keine Markierung im Kommentar)</translation>
    </message>
    <message>
        <source>its function was changed by hand</source>
        <translation>seine Funktion wurde manuell geändert</translation>
    </message>
    <message>
        <source>trigger definition changed in the design</source>
        <translation>Trigger-Definition im Entwurf geändert</translation>
    </message>
    <message>
        <source>comment changed in the design</source>
        <translation>Kommentar im Entwurf geändert</translation>
    </message>
    <message>
        <source>function changed in the design</source>
        <translation>Funktion im Entwurf geändert</translation>
    </message>
    <message>
        <source>trigger changed by hand: %1</source>
        <translation>Trigger manuell geändert: %1</translation>
    </message>
    <message>
        <source>enabled state is %1, the design says %2</source>
        <translation>Aktivierungsstatus ist %1, laut Entwurf %2</translation>
    </message>
    <message>
        <source>made by Trigon, in no given design</source>
        <translation>von Trigon angelegt, aber in keinem der angegebenen Entwürfe</translation>
    </message>
    <message>
        <source>the design&apos;s selector picks this table, which the design does not list: attach it (trigon-cli attach)</source>
        <translation>der Selektor des Entwurfs wählt diese Tabelle aus, die der Entwurf nicht aufführt: Fügen Sie sie hinzu (trigon-cli attach)</translation>
    </message>
    <message>
        <source>attached by an event trigger; a deploy gives it Trigon&apos;s marker</source>
        <translation>von einem Ereignis-Trigger zugeordnet; eine Bereitstellung gibt ihm die Trigon-Markierung</translation>
    </message>
</context>
<context>
    <name>trigon::TriggerValidator</name>
    <message>
        <source>trigger name</source>
        <translation>Triggername</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>schema name</source>
        <translation>Schemaname</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is listed twice</source>
        <translation>Spalte &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the pattern is empty, so the selector picks no table; &quot;*&quot; picks every table</source>
        <translation>das Muster ist leer, daher wählt der Selektor keine Tabelle aus; &quot;*&quot; wählt jede Tabelle aus</translation>
    </message>
    <message>
        <source>the argument contains a NUL character, which PostgreSQL cannot store</source>
        <translation>das Argument enthält ein NUL-Zeichen, das PostgreSQL nicht speichern kann</translation>
    </message>
    <message>
        <source>a trigger needs at least one event (insert, update, delete or truncate)</source>
        <translation>ein Trigger braucht mindestens ein Ereignis (insert, update, delete oder truncate)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>TRUNCATE triggers fire once per statement: set the level to statement</source>
        <translation>TRUNCATE-Trigger werden einmal pro Anweisung ausgelöst: Stellen Sie die Ebene auf anweisungsweise</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers must be FOR EACH ROW</source>
        <translation>INSTEAD-OF-Trigger müssen FOR EACH ROW sein</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers cannot have an UPDATE OF column list</source>
        <translation>INSTEAD-OF-Trigger können keine UPDATE-OF-Spaltenliste haben</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers cannot have a WHEN condition</source>
        <translation>INSTEAD-OF-Trigger können keine WHEN-Bedingung haben</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers live on views, and a view&apos;s triggers cannot be disabled or set to replica/always</source>
        <translation>INSTEAD-OF-Trigger liegen auf Sichten, und die Trigger einer Sicht können nicht deaktiviert oder auf replica/always gesetzt werden</translation>
    </message>
    <message>
        <source>UPDATE OF columns are ignored: the trigger has no update event</source>
        <translation>UPDATE-OF-Spalten werden ignoriert: Der Trigger hat kein Ereignis update</translation>
    </message>
    <message>
        <source>UPDATE OF column</source>
        <translation>UPDATE-OF-Spalte</translation>
    </message>
    <message>
        <source>transition tables need PostgreSQL 10 or later</source>
        <translation>Übergangstabellen erfordern PostgreSQL 10 oder neuer</translation>
    </message>
    <message>
        <source>transition tables (REFERENCING) are only possible on AFTER triggers</source>
        <translation>Übergangstabellen (REFERENCING) sind nur bei AFTER-Triggern möglich</translation>
    </message>
    <message>
        <source>constraint triggers cannot have transition tables</source>
        <translation>Constraint-Trigger können keine Übergangstabellen haben</translation>
    </message>
    <message>
        <source>transition tables cannot be combined with an UPDATE OF column list</source>
        <translation>Übergangstabellen können nicht mit einer UPDATE-OF-Spaltenliste kombiniert werden</translation>
    </message>
    <message>
        <source>transition tables need a trigger with a single event, not %1</source>
        <translation>Übergangstabellen erfordern einen Trigger mit einem einzigen Ereignis, nicht %1</translation>
    </message>
    <message>
        <source>OLD TABLE name</source>
        <translation>Name der OLD TABLE</translation>
    </message>
    <message>
        <source>OLD TABLE is only possible for UPDATE or DELETE triggers</source>
        <translation>OLD TABLE ist nur bei UPDATE- oder DELETE-Triggern möglich</translation>
    </message>
    <message>
        <source>NEW TABLE name</source>
        <translation>Name der NEW TABLE</translation>
    </message>
    <message>
        <source>NEW TABLE is only possible for INSERT or UPDATE triggers</source>
        <translation>NEW TABLE ist nur bei INSERT- oder UPDATE-Triggern möglich</translation>
    </message>
    <message>
        <source>the OLD TABLE and NEW TABLE names must differ</source>
        <translation>die Namen von OLD TABLE und NEW TABLE müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>constraint triggers must be AFTER triggers</source>
        <translation>Constraint-Trigger müssen AFTER-Trigger sein</translation>
    </message>
    <message>
        <source>constraint triggers must be FOR EACH ROW</source>
        <translation>Constraint-Trigger müssen FOR EACH ROW sein</translation>
    </message>
    <message>
        <source>INITIALLY DEFERRED needs DEFERRABLE</source>
        <translation>INITIALLY DEFERRED erfordert DEFERRABLE</translation>
    </message>
    <message>
        <source>referenced table name</source>
        <translation>Name der referenzierten Tabelle</translation>
    </message>
    <message>
        <source>a statement-level condition that reads OLD needs REFERENCING OLD TABLE (WHEN cannot see rows in statement triggers)</source>
        <translation>eine anweisungsweise Bedingung, die OLD liest, erfordert REFERENCING OLD TABLE (WHEN sieht in anweisungsweisen Triggern keine Zeilen)</translation>
    </message>
    <message>
        <source>a statement-level condition that reads NEW needs REFERENCING NEW TABLE (WHEN cannot see rows in statement triggers)</source>
        <translation>eine anweisungsweise Bedingung, die NEW liest, erfordert REFERENCING NEW TABLE (WHEN sieht in anweisungsweisen Triggern keine Zeilen)</translation>
    </message>
    <message>
        <source>a bypass is checked by the function Trigon generates; the trigger executes the existing function %1(), which does not</source>
        <translation>eine Umgehung wird von der Funktion geprüft, die Trigon erzeugt; der Trigger führt die vorhandene Funktion %1() aus, die das nicht tut</translation>
    </message>
    <message>
        <source>a bypass is checked by the PL/pgSQL Trigon generates, not by a PL/Python function</source>
        <translation>eine Umgehung wird von dem PL/pgSQL geprüft, das Trigon erzeugt, nicht von einer PL/Python-Funktion</translation>
    </message>
    <message>
        <source>function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>the trigger executes the existing function %1(), so it has no actions of its own: remove the actions, or remove &quot;function&quot; to have Trigon generate the function from them</source>
        <translation>der Trigger führt die vorhandene Funktion %1() aus und hat daher keine eigenen Aktionen: Entfernen Sie die Aktionen oder entfernen Sie &quot;function&quot;, damit Trigon die Funktion aus ihnen erzeugt</translation>
    </message>
    <message>
        <source>this statement-level condition reads rows, which only a function Trigon generates can do; the existing function %1() cannot evaluate it</source>
        <translation>diese anweisungsweise Bedingung liest Zeilen, was nur eine von Trigon erzeugte Funktion kann; die vorhandene Funktion %1() kann sie nicht auswerten</translation>
    </message>
    <message>
        <source>WHEN cannot call the aggregate function %1(); compute it in a subquery, which Trigon then tests in the function</source>
        <translation>WHEN kann die Aggregatfunktion %1() nicht aufrufen; berechnen Sie sie in einer Unterabfrage, die Trigon dann in der Funktion prüft</translation>
    </message>
    <message>
        <source>WHEN cannot call the window function %1() ... OVER</source>
        <translation>WHEN kann die Fensterfunktion %1() ... OVER nicht aufrufen</translation>
    </message>
    <message>
        <source>WHEN cannot call the set-returning function %1()</source>
        <translation>WHEN kann die mengenwertige Funktion %1() nicht aufrufen</translation>
    </message>
    <message>
        <source>WHEN can read only OLD and NEW, not %1: read another table in a subquery (EXISTS (SELECT ...)), which Trigon then tests in the function</source>
        <translation>WHEN kann nur OLD und NEW lesen, nicht %1: Lesen Sie eine andere Tabelle in einer Unterabfrage (EXISTS (SELECT ...)), die Trigon dann in der Funktion prüft</translation>
    </message>
    <message>
        <source>the part that reads other tables is tested in the function, as WHEN cannot hold a subquery: every row&apos;s AFTER event is queued and the function runs for each; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>der Teil, der andere Tabellen liest, wird in der Funktion geprüft, da WHEN keine Unterabfrage enthalten kann: Das AFTER-Ereignis jeder Zeile wird eingereiht und die Funktion läuft für jede; was keine andere Tabelle braucht, bleibt in WHEN, wenn es ein eigener AND-Teil ist</translation>
    </message>
    <message>
        <source>the part that reads other tables is tested in the function, as WHEN cannot hold a subquery: the function runs for every row; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>der Teil, der andere Tabellen liest, wird in der Funktion geprüft, da WHEN keine Unterabfrage enthalten kann: Die Funktion läuft für jede Zeile; was keine andere Tabelle braucht, bleibt in WHEN, wenn es ein eigener AND-Teil ist</translation>
    </message>
    <message>
        <source>WHEN cannot hold a subquery, and an INSTEAD OF trigger has no WHEN to move it from: test it in a custom action</source>
        <translation>WHEN kann keine Unterabfrage enthalten, und ein INSTEAD-OF-Trigger hat kein WHEN, aus dem sie verschoben werden könnte: Prüfen Sie sie in einer eigenen Aktion</translation>
    </message>
    <message>
        <source>WHEN cannot hold a subquery (it reads other tables); Trigon would test it in the function, but the trigger executes the existing function %1()</source>
        <translation>WHEN kann keine Unterabfrage enthalten (sie liest andere Tabellen); Trigon würde sie in der Funktion prüfen, aber der Trigger führt die vorhandene Funktion %1() aus</translation>
    </message>
    <message>
        <source>WHEN cannot hold a subquery (it reads other tables); Trigon tests such a part in its PL/pgSQL, not in PL/Python: test it in the body</source>
        <translation>WHEN kann keine Unterabfrage enthalten (sie liest andere Tabellen); Trigon prüft einen solchen Teil in seinem PL/pgSQL, nicht in PL/Python: Prüfen Sie ihn im Rumpf</translation>
    </message>
    <message>
        <source>the trigger has no actions: its function does nothing</source>
        <translation>der Trigger hat keine Aktionen: Seine Funktion tut nichts</translation>
    </message>
    <message>
        <source>this BEFORE trigger modifies and refuses nothing; as an AFTER trigger it would see the row as finally written (and not record changes that are later cancelled)</source>
        <translation>dieser BEFORE-Trigger ändert nichts und lehnt nichts ab; als AFTER-Trigger sähe er die Zeile so, wie sie endgültig geschrieben wird (und würde keine Änderungen aufzeichnen, die später abgebrochen werden)</translation>
    </message>
    <message>
        <source>%1() reads other tables (table_reading_functions), so Trigon tests it in the function, but an INSTEAD OF trigger has no WHEN to move it from: test it in a custom action</source>
        <translation>%1() liest andere Tabellen (table_reading_functions), daher prüft Trigon den Aufruf in der Funktion, aber ein INSTEAD-OF-Trigger hat kein WHEN, aus dem er verschoben werden könnte: Prüfen Sie ihn in einer eigenen Aktion</translation>
    </message>
    <message>
        <source>%1() reads other tables (table_reading_functions), so Trigon would test it in the function, but the trigger executes the existing function %2(): remove %1 from table_reading_functions to keep it in WHEN</source>
        <translation>%1() liest andere Tabellen (table_reading_functions), daher würde Trigon den Aufruf in der Funktion prüfen, aber der Trigger führt die vorhandene Funktion %2() aus: Entfernen Sie %1 aus table_reading_functions, um ihn in WHEN zu behalten</translation>
    </message>
    <message>
        <source>%1() reads other tables (table_reading_functions), so Trigon would test it in the function, but only in the PL/pgSQL it generates, not in PL/Python: test it in the body</source>
        <translation>%1() liest andere Tabellen (table_reading_functions), daher würde Trigon den Aufruf in der Funktion prüfen, aber nur in dem PL/pgSQL, das es erzeugt, nicht in PL/Python: Prüfen Sie ihn im Rumpf</translation>
    </message>
    <message>
        <source>the part that calls a function of table_reading_functions is tested in the function, as the design asks: every row&apos;s AFTER event is queued and the function runs for each; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>der Teil, der eine Funktion aus table_reading_functions aufruft, wird in der Funktion geprüft, wie es der Entwurf verlangt: Das AFTER-Ereignis jeder Zeile wird eingereiht und die Funktion läuft für jede; was keine andere Tabelle braucht, bleibt in WHEN, wenn es ein eigener AND-Teil ist</translation>
    </message>
    <message>
        <source>the part that calls a function of table_reading_functions is tested in the function, as the design asks: the function runs for every row; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>der Teil, der eine Funktion aus table_reading_functions aufruft, wird in der Funktion geprüft, wie es der Entwurf verlangt: Die Funktion läuft für jede Zeile; was keine andere Tabelle braucht, bleibt in WHEN, wenn es ein eigener AND-Teil ist</translation>
    </message>
</context>
<context>
    <name>trigon::cli</name>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>to standard output</source>
        <translation>in die Standardausgabe</translation>
    </message>
    <message>
        <source>--schema: no schema named %1</source>
        <translation>--schema: kein Schema namens %1</translation>
    </message>
    <message>
        <source>--table: no table named %1</source>
        <translation>--table: keine Tabelle namens %1</translation>
    </message>
    <message>
        <source>--table: no table named %1 in schema %2</source>
        <translation>--table: keine Tabelle namens %1 in Schema %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n trigger(s), skipped %1</source>
        <translation>
            <numerusform>%n Trigger importiert, %1 übersprungen</numerusform>
            <numerusform>%n Trigger importiert, %1 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no design in %2 has a selector</source>
        <translation>%1: kein Entwurf in %2 hat einen Selektor</translation>
    </message>
    <message>
        <source>%1: the selector of %2 picks no table in the database; %3 is unchanged</source>
        <translation>%1: der Selektor von %2 wählt keine Tabelle in der Datenbank aus; %3 bleibt unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n Tabelle</numerusform>
            <numerusform>%1: %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>; attached %1</source>
        <translation>; hinzugefügt: %1</translation>
    </message>
    <message>
        <source>; detached %1</source>
        <translation>; entfernt: %1</translation>
    </message>
    <message>
        <source>%1: --trigger: no trigger named %2 in the designs</source>
        <translation>%1: --trigger: kein Trigger namens %2 in den Entwürfen</translation>
    </message>
    <message>
        <source>%1: --case: no test case named %2 in trigger %3</source>
        <translation>%1: --case: kein Testfall namens %2 in Trigger %3</translation>
    </message>
    <message>
        <source>%1: --case: no test case named %2 in the designs</source>
        <translation>%1: --case: kein Testfall namens %2 in den Entwürfen</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s), %1 failed</source>
        <translation>
            <numerusform>%n Testfall, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Testfälle, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: --server-version: Trigon knows PostgreSQL 9.6 to %2, got &apos;%3&apos;</source>
        <translation>%1: --server-version: Trigon kennt PostgreSQL 9.6 bis %2, erhalten: &apos;%3&apos;</translation>
    </message>
    <message numerus="yes">
        <source>imported %n event trigger(s)</source>
        <translation>
            <numerusform>%n Ereignis-Trigger importiert</numerusform>
            <numerusform>%n Ereignis-Trigger importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::cli::CliCommand</name>
    <message>
        <source>The database: a key=value conninfo, a postgresql:// URI or a service=NAME; what it leaves out comes from PG* variables and ~/.pgpass. Give a password through ~/.pgpass or PGPASSWORD, not here: other users see command lines.</source>
        <translation>Die Datenbank: ein key=value-Conninfo, eine postgresql://-URI oder service=NAME; was fehlt, kommt aus den PG*-Variablen und ~/.pgpass. Geben Sie ein Passwort über ~/.pgpass oder PGPASSWORD an, nicht hier: Andere Benutzer sehen Befehlszeilen.</translation>
    </message>
</context>
<context>
    <name>trigon::cli::DbCommands</name>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>clone of the partitioned table&apos;s trigger</source>
        <translation>Klon des Triggers der partitionierten Tabelle</translation>
    </message>
    <message>
        <source>made by Trigon</source>
        <translation>von Trigon erstellt</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>database %1, user %2 (superuser)</source>
        <translation>Datenbank %1, Benutzer %2 (Superuser)</translation>
    </message>
    <message>
        <source>database %1, user %2</source>
        <translation>Datenbank %1, Benutzer %2</translation>
    </message>
    <message>
        <source>languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <source>available to install: %1</source>
        <translation>installierbar: %1</translation>
    </message>
    <message>
        <source>schema %1 (owner %2)</source>
        <translation>Schema %1 (Eigentümer %2)</translation>
    </message>
    <message>
        <source>schema %1 (owner %2, no CREATE privilege)</source>
        <translation>Schema %1 (Eigentümer %2, kein CREATE-Privileg)</translation>
    </message>
    <message>
        <source>(partition of %1)</source>
        <translation>(Partition von %1)</translation>
    </message>
    <message>
        <source>(no TRIGGER privilege)</source>
        <translation>(kein TRIGGER-Privileg)</translation>
    </message>
    <message>
        <source>trigger %1 [%2]</source>
        <translation>Trigger %1 [%2]</translation>
    </message>
    <message>
        <source>event triggers</source>
        <translation>Ereignis-Trigger</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Print JSON (see docs/catalog.md) instead of text.</source>
        <translation>JSON (siehe docs/catalog.md) statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Print a database&apos;s catalog: schemas, tables and views with their columns, triggers with every property, trigger functions, event triggers and what the connected role may do.</source>
        <translation>Den Katalog einer Datenbank ausgeben: Schemas, Tabellen und Sichten mit ihren Spalten, Trigger mit allen Eigenschaften, Triggerfunktionen, Ereignis-Trigger und was die verbundene Rolle darf.</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>--db CONNINFO ist erforderlich</translation>
    </message>
    <message>
        <source>Only triggers on tables of this schema.</source>
        <translation>Nur Trigger auf Tabellen dieses Schemas.</translation>
    </message>
    <message>
        <source>Only triggers on tables of this name.</source>
        <translation>Nur Trigger auf Tabellen dieses Namens.</translation>
    </message>
    <message>
        <source>The design file to write; - for stdout.</source>
        <translation>Die zu schreibende Entwurfsdatei; - für stdout.</translation>
    </message>
    <message>
        <source>--db CONNINFO and -o FILE are required</source>
        <translation>--db CONNINFO und -o FILE sind erforderlich</translation>
    </message>
    <message>
        <source>The design file, rewritten in place.</source>
        <translation>Die Entwurfsdatei, die an Ort und Stelle überschrieben wird.</translation>
    </message>
    <message>
        <source>Apply each design&apos;s selector to a database: its &quot;tables&quot; become the tables the selector picks there now, each with its columns. Designs without a selector stay as they are.</source>
        <translation>Den Selektor jedes Entwurfs auf eine Datenbank anwenden: Seine &quot;tables&quot; werden zu den Tabellen, die der Selektor dort jetzt auswählt, jeweils mit ihren Spalten. Entwürfe ohne Selektor bleiben unverändert.</translation>
    </message>
    <message>
        <source>one FILE and --db CONNINFO are required</source>
        <translation>ein FILE und --db CONNINFO sind erforderlich</translation>
    </message>
    <message>
        <source>Turn a database&apos;s triggers into a design file: every property is kept, each PL/pgSQL function becomes a custom action, WHEN clauses become conditions where the model can express them. Event triggers come too, unless --schema or --table is given.</source>
        <translation>Trigger einer Datenbank in eine Entwurfsdatei umwandeln: Jede Eigenschaft bleibt erhalten, jede PL/pgSQL-Funktion wird zu einer eigenen Aktion, WHEN-Klauseln werden zu Bedingungen, wo das Modell sie ausdrücken kann. Ereignis-Trigger werden ebenfalls übernommen, sofern nicht --schema oder --table angegeben ist.</translation>
    </message>
</context>
<context>
    <name>trigon::cli::DeployCommands</name>
    <message>
        <source>no design file given (see --help)</source>
        <translation>keine Entwurfsdatei angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>%1 on %2 is defined by another file too</source>
        <translation>%1 auf %2 ist auch in einer anderen Datei definiert</translation>
    </message>
    <message>
        <source>the designs have errors</source>
        <translation>die Entwürfe enthalten Fehler</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>--db CONNINFO ist erforderlich</translation>
    </message>
    <message>
        <source>Design files.</source>
        <translation>Entwurfsdateien.</translation>
    </message>
    <message>
        <source>Shows whether each designed trigger is missing, installed, outdated, drifted, orphaned or unattached (a table the design&apos;s selector picks, not yet in the design).
Exit status: 0 all installed, 3 something differs, 1 design errors, 2 usage or connection errors.</source>
        <translation>Zeigt, ob jeder entworfene Trigger fehlt (missing), installiert (installed), veraltet (outdated), abgewichen (drifted), verwaist (orphaned) oder nicht zugeordnet ist (unattached: eine Tabelle, die der Selektor des Entwurfs auswählt und die noch nicht im Entwurf steht).
Exit-Status: 0 alles installiert, 3 etwas weicht ab, 1 Entwurfsfehler, 2 Aufruf- oder Verbindungsfehler.</translation>
    </message>
    <message>
        <source>Print the plan and its script; change nothing.</source>
        <translation>Plan und Skript ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>Drop orphans: triggers (and their functions) Trigon made that no given design names.</source>
        <translation>Verwaiste löschen: von Trigon erstellte Trigger (und ihre Funktionen), die kein angegebener Entwurf nennt.</translation>
    </message>
    <message>
        <source>Confirm destructive steps (drops, replacing a trigger changed by hand).</source>
        <translation>Destruktive Schritte bestätigen (Löschungen, Ersetzen eines von Hand geänderten Triggers).</translation>
    </message>
    <message>
        <source>Instead of deploying, drop the designs&apos; installed triggers and their functions (only what Trigon made; destructive).</source>
        <translation>Statt bereitzustellen, die installierten Trigger der Entwürfe und ihre Funktionen löschen (nur, was Trigon erstellt hat; destruktiv).</translation>
    </message>
    <message>
        <source>Instead of deploying, switch the designs&apos; installed triggers on.</source>
        <translation>Statt bereitzustellen, die installierten Trigger der Entwürfe einschalten.</translation>
    </message>
    <message>
        <source>Instead of deploying, switch the designs&apos; installed triggers off.</source>
        <translation>Statt bereitzustellen, die installierten Trigger der Entwürfe ausschalten.</translation>
    </message>
    <message>
        <source>With --uninstall, --enable or --disable: only this trigger (repeatable).</source>
        <translation>Mit --uninstall, --enable oder --disable: nur dieser Trigger (wiederholbar).</translation>
    </message>
    <message>
        <source>Deploys the designs in one transaction, or uninstalls, enables or disables their triggers.
Exit status: 0 deployed (or nothing to do), 1 design errors or the deploy failed and was rolled back, 2 usage or connection errors or destructive steps without --yes, 3 --dry-run with changes to make, 4 the connection was lost during COMMIT (the message says whether the database shows it committed).</source>
        <translation>Stellt die Entwürfe in einer Transaktion bereit oder deinstalliert, aktiviert oder deaktiviert ihre Trigger.
Exit-Status: 0 bereitgestellt (oder nichts zu tun), 1 Entwurfsfehler oder die Bereitstellung schlug fehl und wurde zurückgerollt, 2 Aufruf- oder Verbindungsfehler oder destruktive Schritte ohne --yes, 3 --dry-run mit anstehenden Änderungen, 4 die Verbindung ging während COMMIT verloren (die Meldung sagt, ob die Datenbank die Transaktion als festgeschrieben zeigt).</translation>
    </message>
    <message>
        <source>use at most one of --uninstall, --enable and --disable, --prune only to deploy, and --trigger only with one of them</source>
        <translation>höchstens eine von --uninstall, --enable und --disable verwenden, --prune nur zum Bereitstellen und --trigger nur mit einer davon</translation>
    </message>
    <message>
        <source>no trigger named %1 in the designs</source>
        <translation>kein Trigger namens %1 in den Entwürfen</translation>
    </message>
    <message>
        <source>plpgsql_check found errors; nothing was deployed</source>
        <translation>plpgsql_check hat Fehler gefunden; nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <source>[destructive]</source>
        <translation>[destruktiv]</translation>
    </message>
    <message>
        <source>The script, run in one transaction:</source>
        <translation>Das Skript, in einer Transaktion ausgeführt:</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>refused: the plan has destructive steps; run again with --yes to confirm them</source>
        <translation>abgelehnt: Der Plan enthält destruktive Schritte; führen Sie den Befehl mit --yes erneut aus, um sie zu bestätigen</translation>
    </message>
    <message>
        <source>deploy failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML to FILE.</source>
        <translation>Die Ergebnisse zusätzlich als JUnit-XML nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Run only the cases of this trigger.</source>
        <translation>Nur die Fälle dieses Triggers ausführen.</translation>
    </message>
    <message>
        <source>Run only the cases of this name.</source>
        <translation>Nur die Fälle dieses Namens ausführen.</translation>
    </message>
    <message>
        <source>Run nothing: write the cases, and checks of each trigger&apos;s structure, as a pgTAP script for pg_prove or psql. Needs no database.</source>
        <translation>Nichts ausführen: die Fälle und Prüfungen der Struktur jedes Triggers als pgTAP-Skript für pg_prove oder psql schreiben. Braucht keine Datenbank.</translation>
    </message>
    <message>
        <source>With --pgtap: write the script to FILE instead of stdout (- is stdout).</source>
        <translation>Mit --pgtap: das Skript nach FILE statt auf die Standardausgabe schreiben (- ist die Standardausgabe).</translation>
    </message>
    <message>
        <source>With --pgtap: test the triggers as deployed in the database the script runs on, instead of installing the designs in its transaction first.</source>
        <translation>Mit --pgtap: die Trigger so prüfen, wie sie in der Datenbank installiert sind, in der das Skript läuft, statt die Entwürfe zuerst in seiner Transaktion zu installieren.</translation>
    </message>
    <message>
        <source>Runs the designs&apos; test cases, each in a transaction that is rolled back, and lists the design triggers each action fired, in order. With --pgtap, writes them as a pgTAP script instead (docs/deploy.md).
Exit status: 0 all passed (or the script written), 3 some failed, 1 design errors, 2 usage or connection errors.</source>
        <translation>Führt die Testfälle der Entwürfe aus, jeden in einer Transaktion, die zurückgerollt wird, und listet die Trigger des Entwurfs, die jede Aktion ausgelöst hat, in Reihenfolge. Mit --pgtap werden sie stattdessen als pgTAP-Skript geschrieben (docs/deploy.md).
Exit-Status: 0 alle bestanden (oder Skript geschrieben), 3 einige fehlgeschlagen, 1 Entwurfsfehler, 2 Aufruf- oder Verbindungsfehler.</translation>
    </message>
    <message>
        <source>--pgtap connects to no database and takes neither --db nor --junit; --output and --deployed need --pgtap</source>
        <translation>--pgtap verbindet sich mit keiner Datenbank und nimmt weder --db noch --junit; --output und --deployed brauchen --pgtap</translation>
    </message>
    <message>
        <source>the event trigger %1 is defined by another file too</source>
        <translation>der Ereignis-Trigger %1 ist auch in einer anderen Datei definiert</translation>
    </message>
    <message>
        <source>the event triggers&apos; cases are not part of the pgTAP script; run them with --db</source>
        <translation>die Testfälle der Ereignis-Trigger sind nicht Teil des pgTAP-Skripts; führen Sie sie mit --db aus</translation>
    </message>
</context>
<context>
    <name>trigon::cli::DesignCommands</name>
    <message>
        <source>Target PostgreSQL version, 9.6 to 17: a major version (15, 9.6) or server_version_num (150000). Default: 15.</source>
        <translation>PostgreSQL-Zielversion, 9.6 bis 17: eine Hauptversion (15, 9.6) oder server_version_num (150000). Standard: 15.</translation>
    </message>
    <message>
        <source>Design files.</source>
        <translation>Entwurfsdateien.</translation>
    </message>
    <message>
        <source>--server-version: expected a PostgreSQL version such as 15, 9.6 or 150000, got &apos;%1&apos;</source>
        <translation>--server-version: PostgreSQL-Version wie 15, 9.6 oder 150000 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no design file given (see --help)</source>
        <translation>keine Entwurfsdatei angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>%1 has a trigger of this name on the same table; one would replace the other</source>
        <translation>%1 hat einen Trigger dieses Namens auf derselben Tabelle; einer würde den anderen ersetzen</translation>
    </message>
    <message>
        <source>the designs have errors</source>
        <translation>die Entwürfe enthalten Fehler</translation>
    </message>
    <message>
        <source>Print the uninstall script instead.</source>
        <translation>Stattdessen das Deinstallationsskript ausgeben.</translation>
    </message>
    <message>
        <source>Write the script to OUT instead of stdout (- is stdout); OUT is replaced only once all of it is written.</source>
        <translation>Das Skript nach OUT statt nach stdout schreiben (- ist stdout); OUT wird erst ersetzt, wenn alles geschrieben ist.</translation>
    </message>
    <message>
        <source>Do not wrap the script in BEGIN/COMMIT.</source>
        <translation>Das Skript nicht in BEGIN/COMMIT einschließen.</translation>
    </message>
    <message>
        <source>Prints the install (or uninstall) script of the triggers of the design files.</source>
        <translation>Gibt das Installations- (oder Deinstallations-)Skript der Trigger der Entwurfsdateien aus.</translation>
    </message>
    <message>
        <source>not rendered</source>
        <translation>nicht erzeugt</translation>
    </message>
    <message>
        <source>Also check against this database, changing nothing: that the languages of the functions are there, that existing functions exist, that raw WHEN conditions parse.</source>
        <translation>Zusätzlich gegen diese Datenbank prüfen, ohne etwas zu ändern: dass die Sprachen der Funktionen vorhanden sind, dass referenzierte bestehende Funktionen existieren und dass rohe WHEN-Bedingungen sich parsen lassen.</translation>
    </message>
    <message>
        <source>Checks design files and prints their diagnostics. Exit status 1 when a design has errors.</source>
        <translation>Prüft Entwurfsdateien und gibt ihre Diagnosen aus. Exit-Status 1, wenn ein Entwurf Fehler enthält.</translation>
    </message>
    <message>
        <source>Directory to write the scripts to (created if missing).</source>
        <translation>Verzeichnis, in das die Skripte geschrieben werden (wird angelegt, falls es fehlt).</translation>
    </message>
    <message>
        <source>single: install.sql and uninstall.sql; per-trigger: NNN_&lt;name&gt;.sql and NNN_&lt;name&gt;.undo.sql; flyway: V&lt;n&gt;__&lt;name&gt;.sql and U&lt;n&gt;__&lt;name&gt;.sql.</source>
        <translation>single: install.sql und uninstall.sql; per-trigger: NNN_&lt;name&gt;.sql und NNN_&lt;name&gt;.undo.sql; flyway: V&lt;n&gt;__&lt;name&gt;.sql und U&lt;n&gt;__&lt;name&gt;.sql.</translation>
    </message>
    <message>
        <source>flyway: the version of the first script (default 1).</source>
        <translation>flyway: die Version des ersten Skripts (Standard 1).</translation>
    </message>
    <message>
        <source>Writes install and uninstall scripts of the design files.</source>
        <translation>Schreibt Installations- und Deinstallationsskripte der Entwurfsdateien.</translation>
    </message>
    <message>
        <source>--layout: expected single, per-trigger or flyway, got &apos;%1&apos;</source>
        <translation>--layout: single, per-trigger oder flyway erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--first-version: expected a positive number</source>
        <translation>--first-version: positive Zahl erwartet</translation>
    </message>
    <message>
        <source>--out-dir is required</source>
        <translation>--out-dir ist erforderlich</translation>
    </message>
    <message>
        <source>not exported</source>
        <translation>nicht exportiert</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Also draw the triggers installed in this database (designs replace the installed triggers of their names); unqualified tables resolve through its search_path.</source>
        <translation>Auch die in dieser Datenbank installierten Trigger zeichnen (Entwürfe ersetzen installierte Trigger gleichen Namens); Tabellen ohne Schema werden über ihren search_path aufgelöst.</translation>
    </message>
    <message>
        <source>dot (Graphviz, the default) or json.</source>
        <translation>dot (Graphviz, die Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>Nach OUT statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Prints the cascade graph: which tables each trigger writes and which triggers those writes fire. Loops are drawn red and reported on standard error.</source>
        <translation>Gibt den Kaskadengraphen aus: welche Tabellen jeder Trigger schreibt und welche Trigger diese Schreibzugriffe auslösen. Schleifen werden rot gezeichnet und auf der Standardfehlerausgabe gemeldet.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (dot or json)</source>
        <translation>unbekanntes Format „%1“ (dot oder json)</translation>
    </message>
    <message>
        <source>warning: plpgsql_check&apos;s dependency report failed, unqualified table names follow the search path: %1</source>
        <translation>Warnung: der Abhängigkeitsbericht von plpgsql_check schlug fehl, Tabellennamen ohne Schema folgen dem search_path: %1</translation>
    </message>
    <message>
        <source>%1 has an event trigger of this name; one would replace the other</source>
        <translation>%1 hat einen Ereignis-Trigger dieses Namens; einer würde den anderen ersetzen</translation>
    </message>
</context>
<context>
    <name>trigon::cli::ListenCommand</name>
    <message>
        <source>Stop after N notifications (gap lines do not count; 0: no limit).</source>
        <translation>Nach N Benachrichtigungen aufhören (&quot;gap&quot;-Zeilen zählen nicht; 0: unbegrenzt).</translation>
    </message>
    <message>
        <source>Stop after S seconds (fractions allowed; 0: no limit).</source>
        <translation>Nach S Sekunden aufhören (Bruchteile erlaubt; 0: unbegrenzt).</translation>
    </message>
    <message>
        <source>Channels to LISTEN on, names taken literally.</source>
        <translation>Kanäle für LISTEN; Namen werden wörtlich genommen.</translation>
    </message>
    <message>
        <source>Print notifications as JSON lines: {&quot;time&quot;, &quot;channel&quot;, &quot;pid&quot;, &quot;payload&quot;}. A lost connection is retried with backoff; notifications sent meanwhile are lost, and a line with &quot;gap&quot; and no &quot;payload&quot; says where. Status goes to stderr.</source>
        <translation>Benachrichtigungen als JSON-Zeilen ausgeben: {&quot;time&quot;, &quot;channel&quot;, &quot;pid&quot;, &quot;payload&quot;}. Eine verlorene Verbindung wird mit wachsenden Abständen erneut versucht; zwischenzeitlich gesendete Benachrichtigungen gehen verloren, und eine Zeile mit &quot;gap&quot; und ohne &quot;payload&quot; zeigt, wo. Statusmeldungen gehen nach stderr.</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>--db CONNINFO ist erforderlich</translation>
    </message>
    <message>
        <source>give at least one channel, none empty</source>
        <translation>mindestens einen Kanal angeben, keinen leeren</translation>
    </message>
    <message>
        <source>--count wants a whole number &gt;= 0</source>
        <translation>--count erwartet eine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds &gt;= 0</source>
        <translation>--timeout erwartet eine Anzahl Sekunden &gt;= 0</translation>
    </message>
    <message>
        <source>listening on %1 (backend pid %2)</source>
        <translation>warte auf Benachrichtigungen auf %1 (Backend-PID %2)</translation>
    </message>
    <message>
        <source>connection lost: %1; reconnecting</source>
        <translation>Verbindung verloren: %1; neuer Verbindungsaufbau</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot reconnect: %1; next attempt in %2 ms</source>
        <translation>erneute Verbindung nicht möglich: %1; nächster Versuch in %2 ms</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>LISTEN auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>trigon::cli::RelayCommand</name>
    <message>
        <source>target %1 is defined differently in another file</source>
        <translation>das Ziel %1 ist in einer anderen Datei anders definiert</translation>
    </message>
    <message>
        <source>Deliver the events that are due, then exit.</source>
        <translation>Die fälligen Ereignisse zustellen, dann beenden.</translation>
    </message>
    <message>
        <source>Exit after S seconds (fractions allowed; 0: no limit).</source>
        <translation>Nach S Sekunden beenden (Bruchteile erlaubt; 0: unbegrenzt).</translation>
    </message>
    <message>
        <source>Make the files&apos; targets&apos; dead events pending again, then exit (run the relay to deliver them).</source>
        <translation>Die aufgegebenen Ereignisse der Ziele der Dateien wieder auf ausstehend setzen, dann beenden (starten Sie das Relay, um sie zuzustellen).</translation>
    </message>
    <message>
        <source>Design files: their &quot;targets&quot; say where events go.</source>
        <translation>Entwurfsdateien: Ihre &quot;targets&quot; geben an, wohin die Ereignisse gehen.</translation>
    </message>
    <message>
        <source>Deliver the outbox&apos;s events to the files&apos; targets (HTTP, Redis), at least once, in order per key, retrying with backoff (docs/outbox.md). Several relays may run side by side. Secrets come from the environment.</source>
        <translation>Stellt die Ereignisse der Outbox an die Ziele der Dateien zu (HTTP, Redis), mindestens einmal, in Reihenfolge je Schlüssel, mit Wiederholungen in wachsenden Abständen (docs/outbox.md). Mehrere Relays können nebeneinander laufen. Geheimnisse kommen aus der Umgebung.</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>--db CONNINFO ist erforderlich</translation>
    </message>
    <message>
        <source>no design file given (see --help)</source>
        <translation>keine Entwurfsdatei angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds &gt;= 0</source>
        <translation>--timeout erwartet eine Anzahl Sekunden &gt;= 0</translation>
    </message>
    <message numerus="yes">
        <source>%n dead event(s) pending again</source>
        <translation>
            <numerusform>%n aufgegebenes Ereignis wieder ausstehend</numerusform>
            <numerusform>%n aufgegebene Ereignisse wieder ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) delivered</source>
        <translation>
            <numerusform>%n Ereignis zugestellt</numerusform>
            <numerusform>%n Ereignisse zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagener Versuch</numerusform>
            <numerusform>%n fehlgeschlagene Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n aufgegeben</numerusform>
            <numerusform>%n aufgegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::cli::SandboxCommand</name>
    <message>
        <source>the source</source>
        <translation>der Quelle</translation>
    </message>
    <message>
        <source>the sandbox database &apos;%1&apos; exists already; --replace replaces it (its tables, triggers and rows), --name chooses another</source>
        <translation>die Sandbox-Datenbank &apos;%1&apos; existiert bereits; --replace ersetzt sie (ihre Tabellen, Trigger und Zeilen), --name wählt eine andere</translation>
    </message>
    <message>
        <source>seeding the sandbox database &apos;%1&apos; from %2 failed while %3: %4</source>
        <translation>Befüllen der Sandbox-Datenbank &apos;%1&apos; aus %2 fehlgeschlagen (%3): %4</translation>
    </message>
    <message>
        <source>seed: the database whose schema (no rows) is copied: key=value conninfo, postgresql:// URI or service=NAME. A password in it reaches pg_dump through the environment, never a command line.</source>
        <translation>seed: die Datenbank, deren Schema (ohne Zeilen) kopiert wird: key=value-Conninfo, postgresql://-URI oder service=NAME. Ein darin enthaltenes Passwort erreicht pg_dump über die Umgebung, nie über eine Befehlszeile.</translation>
    </message>
    <message>
        <source>seed: the sandbox database to create (default: the source database&apos;s name).</source>
        <translation>seed: die anzulegende Sandbox-Datenbank (Standard: der Name der Quelldatenbank).</translation>
    </message>
    <message>
        <source>seed: replace a sandbox database of that name, dropping its tables, triggers and rows.</source>
        <translation>seed: eine Sandbox-Datenbank dieses Namens ersetzen und dabei ihre Tabellen, Trigger und Zeilen löschen.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data directory (default: %1).</source>
        <translation>Das Datenverzeichnis der Sandbox (Standard: %1).</translation>
    </message>
    <message>
        <source>start: start the sandbox, or use the running one, and print the demo database&apos;s conninfo. seed: copy a database&apos;s schema into a new sandbox database and print its conninfo. stop: stop the sandbox.</source>
        <translation>start: die Sandbox starten oder die laufende verwenden und das Conninfo der Demo-Datenbank ausgeben. seed: das Schema einer Datenbank in eine neue Sandbox-Datenbank kopieren und deren Conninfo ausgeben. stop: die Sandbox stoppen.</translation>
    </message>
    <message>
        <source>Run the sandbox, Trigon&apos;s private PostgreSQL server (on a unix socket only, its data kept across restarts), from scripts. start and seed leave it running for the commands that follow, and the GUI uses the same server. Conninfo strings go to stdout, progress to stderr.</source>
        <translation>Die Sandbox, den privaten PostgreSQL-Server von Trigon (nur über einen Unix-Socket, seine Daten bleiben über Neustarts erhalten), aus Skripten betreiben. start und seed lassen sie für die folgenden Befehle laufen, und die GUI verwendet denselben Server. Conninfo-Zeichenketten gehen nach stdout, Fortschrittsmeldungen nach stderr.</translation>
    </message>
    <message>
        <source>give one action: start, seed or stop</source>
        <translation>eine Aktion angeben: start, seed oder stop</translation>
    </message>
    <message>
        <source>--from, --name and --replace go with seed</source>
        <translation>--from, --name und --replace gehören zu seed</translation>
    </message>
    <message>
        <source>seed needs --from CONNINFO</source>
        <translation>seed benötigt --from CONNINFO</translation>
    </message>
    <message>
        <source>the sandbox is not running</source>
        <translation>die Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>cannot stop the sandbox: %1</source>
        <translation>die Sandbox kann nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <source>starting the sandbox in %1…</source>
        <translation>Sandbox wird in %1 gestartet…</translation>
    </message>
    <message>
        <source>cannot start the sandbox: %1</source>
        <translation>die Sandbox kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the sandbox keeps running; %1 stops it</source>
        <translation>die Sandbox läuft weiter; %1 stoppt sie</translation>
    </message>
</context>
<context>
    <name>trigon::cli::Usage</name>
    <message>
        <source>Print the install (or uninstall) script of designs</source>
        <translation>Installations- (oder Deinstallations-)Skript von Entwürfen ausgeben</translation>
    </message>
    <message>
        <source>Check designs and print diagnostics</source>
        <translation>Entwürfe prüfen und Diagnosen ausgeben</translation>
    </message>
    <message>
        <source>Write script files for designs</source>
        <translation>Skriptdateien für Entwürfe schreiben</translation>
    </message>
    <message>
        <source>Print a database&apos;s schemas, tables and triggers (--json)</source>
        <translation>Schemas, Tabellen und Trigger einer Datenbank ausgeben (--json)</translation>
    </message>
    <message>
        <source>Turn a database&apos;s triggers into a design file</source>
        <translation>Trigger einer Datenbank in eine Entwurfsdatei umwandeln</translation>
    </message>
    <message>
        <source>Set designs&apos; tables to what their selectors pick in a database</source>
        <translation>Tabellen der Entwürfe auf die Auswahl ihrer Selektoren in einer Datenbank setzen</translation>
    </message>
    <message>
        <source>Compare designs with a database (exit 3 when they differ)</source>
        <translation>Entwürfe mit einer Datenbank vergleichen (Exit-Status 3 bei Unterschieden)</translation>
    </message>
    <message>
        <source>Install designs in one transaction (--dry-run shows the plan)</source>
        <translation>Entwürfe in einer Transaktion installieren (--dry-run zeigt den Plan)</translation>
    </message>
    <message>
        <source>Run the designs&apos; test cases, leaving nothing behind</source>
        <translation>Testfälle der Entwürfe ausführen, ohne Spuren zu hinterlassen</translation>
    </message>
    <message>
        <source>Print NOTIFY events as JSON lines, reconnecting when dropped</source>
        <translation>NOTIFY-Ereignisse als JSON-Zeilen ausgeben, bei Verbindungsabbruch neu verbinden</translation>
    </message>
    <message>
        <source>Start or stop the sandbox; seed it with a database&apos;s schema</source>
        <translation>Sandbox starten oder stoppen; mit dem Schema einer Datenbank befüllen</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Design, check and deploy PostgreSQL triggers without a screen.</source>
        <translation>PostgreSQL-Trigger ohne Bildschirm entwerfen, prüfen und bereitstellen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>%1 describes a command&apos;s options.</source>
        <translation>%1 beschreibt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print the cascade graph of designs as DOT or JSON (loops)</source>
        <translation>Den Kaskadengraphen der Entwürfe als DOT oder JSON ausgeben (Schleifen)</translation>
    </message>
    <message>
        <source>Deliver outbox events to webhooks and Redis, at least once</source>
        <translation>Outbox-Ereignisse an Webhooks und Redis zustellen, mindestens einmal</translation>
    </message>
</context>
<context>
    <name>trigon::pg::CatalogLoader</name>
    <message numerus="yes">
        <source>the catalog queries returned %n results instead of %1</source>
        <translation>
            <numerusform>die Katalogabfragen lieferten %n Ergebnis statt %1</numerusform>
            <numerusform>die Katalogabfragen lieferten %n Ergebnisse statt %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::Connection</name>
    <message>
        <source>timeout expired while connecting to %1</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>out of memory while connecting</source>
        <translation>nicht genügend Speicher beim Verbinden</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>query cancelled before it was sent</source>
        <translation>Abfrage vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>could not send the query</source>
        <translation>die Abfrage konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
</context>
<context>
    <name>trigon::pg::ConnectionProfile</name>
    <message>
        <source>out of memory while reading the conninfo</source>
        <translation>nicht genügend Speicher beim Lesen der conninfo</translation>
    </message>
    <message>
        <source>default host</source>
        <translation>Standard-Host</translation>
    </message>
</context>
<context>
    <name>trigon::pg::Deploy</name>
    <message>
        <source>%1 is locked by %2; status waited %3 s for it to compare the installed trigger %4</source>
        <translation>%1 ist durch %2 gesperrt; die Statusprüfung hat %3 s gewartet, um den installierten Trigger %4 zu vergleichen</translation>
    </message>
    <message>
        <source>the session that deployed (pid %1) is still running its COMMIT</source>
        <translation>die Sitzung, die bereitgestellt hat (PID %1), führt noch ihr COMMIT aus</translation>
    </message>
    <message>
        <source>Refused: triggers or their functions changed in the database since the plan was made; nothing was run. Make the plan again.</source>
        <translation>Verweigert: Trigger oder ihre Funktionen wurden in der Datenbank geändert, seit der Plan erstellt wurde; es wurde nichts ausgeführt. Erstellen Sie den Plan neu.</translation>
    </message>
    <message>
        <source>The connection was lost during COMMIT, and whether the deploy was committed is unknown: %1. Check the status before deploying again.</source>
        <translation>Die Verbindung ist während COMMIT abgebrochen, und ob die Bereitstellung festgeschrieben wurde, ist unbekannt: %1. Prüfen Sie den Status, bevor Sie erneut bereitstellen.</translation>
    </message>
    <message>
        <source>The connection was lost during COMMIT. Connected again, the database shows the deploy committed.</source>
        <translation>Die Verbindung ist während COMMIT abgebrochen. Nach erneutem Verbinden zeigt die Datenbank die Bereitstellung als festgeschrieben.</translation>
    </message>
    <message>
        <source>The connection was lost during COMMIT. Connected again, the database shows nothing committed; it is as before.</source>
        <translation>Die Verbindung ist während COMMIT abgebrochen. Nach erneutem Verbinden zeigt die Datenbank nichts Festgeschriebenes; alles ist wie zuvor.</translation>
    </message>
    <message>
        <source>Failed, everything was rolled back.</source>
        <translation>Fehlgeschlagen, alles wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Step: %1 %2 %3</source>
        <translation>Schritt: %1 %2 %3</translation>
    </message>
    <message>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Stelle: %1</translation>
    </message>
    <message>
        <source>only a superuser can create event triggers, and %1 is not one; deploy them as a superuser</source>
        <translation>nur ein Superuser kann Ereignis-Trigger anlegen, und %1 ist keiner; stellen Sie sie als Superuser bereit</translation>
    </message>
</context>
<context>
    <name>trigon::pg::QueryResult</name>
    <message>
        <source>no result from the server (out of memory?)</source>
        <translation>kein Ergebnis vom Server (zu wenig Speicher?)</translation>
    </message>
</context>
<context>
    <name>trigon::pg::Sandbox</name>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the sandbox is starting in another process; waiting for it</source>
        <translation>die Sandbox wird in einem anderen Prozess gestartet; es wird darauf gewartet</translation>
    </message>
    <message numerus="yes">
        <source>the sandbox is starting in another process, which has not finished in %n minute(s)</source>
        <translation>
            <numerusform>die Sandbox wird in einem anderen Prozess gestartet, der in %n Minute nicht fertig geworden ist</numerusform>
            <numerusform>die Sandbox wird in einem anderen Prozess gestartet, der in %n Minuten nicht fertig geworden ist</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the sandbox database: %1</source>
        <translation>die Sandbox-Datenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot load the demo schema: %1</source>
        <translation>das Demo-Schema kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot add PL/Python to the sandbox: %1</source>
        <translation>PL/Python kann der Sandbox nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the sandbox is not running</source>
        <translation>die Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds the demo shop; choose another name</source>
        <translation>&apos;%1&apos; enthält den Demo-Shop; wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>trigon::pg::SchemaCopy</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n minutes</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n Minute fertig</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n Minuten fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 crashed. %2</source>
        <translation>%1 ist abgestürzt. %2</translation>
    </message>
    <message>
        <source>psql failed without saying why</source>
        <translation>psql ist ohne Angabe eines Grundes fehlgeschlagen</translation>
    </message>
    <message>
        <source>line %1 of the schema dump: %2</source>
        <translation>Zeile %1 des Schema-Dumps: %2</translation>
    </message>
    <message>
        <source>line %1 of the schema dump%2: %3

Statement:
%4</source>
        <translation>Zeile %1 des Schema-Dumps%2: %3

Anweisung:
%4</translation>
    </message>
    <message>
        <source>connecting to the source</source>
        <translation>Verbinden mit der Quelle</translation>
    </message>
    <message>
        <source>dumping the schema</source>
        <translation>Erstellen des Schema-Dumps</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>Anlegen der Datenbank</translation>
    </message>
    <message>
        <source>loading the schema</source>
        <translation>Laden des Schemas</translation>
    </message>
    <message>
        <source>putting the copy in place</source>
        <translation>Einsetzen der Kopie</translation>
    </message>
    <message>
        <source>the database name &apos;%1&apos; must have 1 to 63 bytes</source>
        <translation>der Datenbankname &apos;%1&apos; muss 1 bis 63 Bytes lang sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to the server; choose another name</source>
        <translation>&apos;%1&apos; gehört dem Server; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the source connection string is not valid: %1</source>
        <translation>die Verbindungszeichenfolge der Quelle ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1 was not found; it comes with the PostgreSQL client (on Debian or Ubuntu: apt-get install postgresql-client)</source>
        <translation>%1 wurde nicht gefunden; es gehört zum PostgreSQL-Client (unter Debian oder Ubuntu: apt-get install postgresql-client)</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2, newer than pg_dump %3 (%4), which cannot dump it. Install PostgreSQL %5 or newer and point TRIGON_PG_BINDIR at its bin directory.</source>
        <translation>%1 läuft mit PostgreSQL %2, neuer als pg_dump %3 (%4), das diese Version nicht sichern kann. Installieren Sie PostgreSQL %5 oder neuer und lassen Sie TRIGON_PG_BINDIR auf dessen bin-Verzeichnis zeigen.</translation>
    </message>
    <message>
        <source>cannot connect to the target cluster: %1</source>
        <translation>keine Verbindung zum Ziel-Cluster möglich: %1</translation>
    </message>
    <message>
        <source>a database named &apos;%1&apos; exists already</source>
        <translation>eine Datenbank namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>cannot create a temporary directory in %1: %2</source>
        <translation>in %1 kann kein temporäres Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed: %2</source>
        <translation>pg_dump von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>trigon::pg::ServerCheck</name>
    <message>
        <source>trigger %1 is written in %2, which the server does not have</source>
        <translation>Trigger %1 ist in %2 geschrieben, was auf dem Server nicht vorhanden ist</translation>
    </message>
    <message>
        <source>A superuser can add it to this database: CREATE EXTENSION %1;</source>
        <translation>Ein Superuser kann sie dieser Datenbank hinzufügen: CREATE EXTENSION %1;</translation>
    </message>
    <message>
        <source>The server cannot add it either: install the language&apos;s package on the server (on Debian postgresql-plpython3-15 for PostgreSQL 15), then CREATE EXTENSION %1;</source>
        <translation>Auch der Server kann sie nicht hinzufügen: Installieren Sie das Paket der Sprache auf dem Server (unter Debian postgresql-plpython3-15 für PostgreSQL 15), dann CREATE EXTENSION %1;</translation>
    </message>
    <message>
        <source>the function %1() does not exist in the database</source>
        <translation>die Funktion %1() existiert nicht in der Datenbank</translation>
    </message>
</context>
<context>
    <name>trigon::pg::TableLocks</name>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>pid %1: %2</source>
        <translation>PID %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>could not lock %1 in %n tries of %2 s: held by %3</source>
        <translation>
            <numerusform>%1 konnte in %n Versuch von %2 s nicht gesperrt werden: gehalten von %3</numerusform>
            <numerusform>%1 konnte in %n Versuchen von je %2 s nicht gesperrt werden: gehalten von %3</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a lock on %1 held by %2</source>
        <translation>Warten auf eine Sperre für %1, gehalten von %2</translation>
    </message>
</context>
<context>
    <name>trigon::pg::ThrowawayCluster</name>
    <message>
        <source>running as root needs the &apos;postgres&apos; system user to run the server (initdb refuses root); install the postgresql package</source>
        <translation>die Ausführung als root benötigt den Systembenutzer &apos;postgres&apos;, der den Server ausführt (initdb verweigert root); installieren Sie das Paket postgresql</translation>
    </message>
    <message>
        <source>cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n s</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n s fertig</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n s fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Looked in: %1. Install them (on Debian or Ubuntu: apt-get install postgresql) or point TRIGON_PG_BINDIR at their directory.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl, postgres) wurden nicht gefunden. Gesucht in: %1. Installieren Sie sie (unter Debian oder Ubuntu: apt-get install postgresql) oder lassen Sie TRIGON_PG_BINDIR auf ihr Verzeichnis zeigen.</translation>
    </message>
    <message>
        <source>nowhere (no pg_config, no /usr/lib/postgresql)</source>
        <translation>nirgends (kein pg_config, kein /usr/lib/postgresql)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>
Server log:
%1</source>
        <translation>
Serverprotokoll:
%1</translation>
    </message>
    <message>
        <source>cannot create a temporary directory in %1</source>
        <translation>in %1 kann kein temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a socket directory</source>
        <translation>es kann kein Socket-Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <source>no free port found</source>
        <translation>kein freier Port gefunden</translation>
    </message>
    <message>
        <source>pg_ctl stop failed: %1</source>
        <translation>pg_ctl stop ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>trigon::relay::Delivery</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>target %1: not an http:// or https:// URL: %2</source>
        <translation>Ziel %1: keine http://- oder https://-URL: %2</translation>
    </message>
    <message>
        <source>target %1: the method is POST, PUT or PATCH, not %2</source>
        <translation>Ziel %1: die Methode ist POST, PUT oder PATCH, nicht %2</translation>
    </message>
    <message>
        <source>target %1: the timeout must be positive, not %2 ms</source>
        <translation>Ziel %1: das Zeitlimit muss positiv sein, nicht %2 ms</translation>
    </message>
    <message>
        <source>target %1: &quot;%2&quot; is not a valid header name</source>
        <translation>Ziel %1: &quot;%2&quot; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>target %1: the environment variable %2 for the header %3 is not set</source>
        <translation>Ziel %1: die Umgebungsvariable %2 für den Header %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>target %1: the environment variable %2 for the header %3 is empty</source>
        <translation>Ziel %1: die Umgebungsvariable %2 für den Header %3 ist leer</translation>
    </message>
    <message>
        <source>target %1: the environment variable %2 for the header %3 holds a line break</source>
        <translation>Ziel %1: die Umgebungsvariable %2 für den Header %3 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>target %1: the header %2 holds a line break</source>
        <translation>Ziel %1: der Header %2 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>cannot connect to Redis at %1: %2</source>
        <translation>keine Verbindung zu Redis unter %1 möglich: %2</translation>
    </message>
    <message>
        <source>Redis answered %1 with an unexpected reply (type %2)</source>
        <translation>Redis hat auf %1 unerwartet geantwortet (Typ %2)</translation>
    </message>
    <message>
        <source>target %1: expected redis://host:port/db or unix:///path/to/socket, not &quot;%2&quot;</source>
        <translation>Ziel %1: redis://host:port/db oder unix:///path/to/socket erwartet, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>target %1: the Redis URL holds a password, which does not belong in the design file</source>
        <translation>Ziel %1: die Redis-URL enthält ein Passwort, das nicht in die Entwurfsdatei gehört</translation>
    </message>
    <message>
        <source>target %1: &quot;%2&quot; is not a Redis database number</source>
        <translation>Ziel %1: &quot;%2&quot; ist keine Redis-Datenbanknummer</translation>
    </message>
    <message>
        <source>target %1: give either a channel (PUBLISH) or a stream (XADD)</source>
        <translation>Ziel %1: geben Sie entweder einen Channel (PUBLISH) oder einen Stream (XADD) an</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ActionForm</name>
    <message>
        <source>Add an action, or pick a preset.</source>
        <translation>Fügen Sie eine Aktion hinzu oder wählen Sie eine Vorlage.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ActionPage</name>
    <message>
        <source>Edit Action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 Action (%2)</source>
        <translation>Aktion %1 bearbeiten (%2)</translation>
    </message>
    <message>
        <source>Edit Event Trigger Action (%1)</source>
        <translation>Aktion des Ereignis-Triggers bearbeiten (%1)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ActionsEditor</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>Aktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Sets the timing, events, condition and actions in one step</source>
        <translation>Legt Zeitpunkt, Ereignisse, Bedingung und Aktionen in einem Schritt fest</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Run this action earlier</source>
        <translation>Diese Aktion früher ausführen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run this action later</source>
        <translation>Diese Aktion später ausführen</translation>
    </message>
    <message>
        <source>Read-only (refuse updates that change fields)</source>
        <translation>Schreibgeschützt (UPDATEs ablehnen, die Felder ändern)</translation>
    </message>
    <message>
        <source>Protect deletes</source>
        <translation>Vor Löschen schützen</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Logisches Löschen</translation>
    </message>
    <message>
        <source>Audit all changes</source>
        <translation>Alle Änderungen protokollieren</translation>
    </message>
    <message>
        <source>Notify on change</source>
        <translation>Bei Änderung benachrichtigen</translation>
    </message>
    <message>
        <source>Add %1 Action</source>
        <translation>Aktion %1 hinzufügen</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source>Duplicate Action</source>
        <translation>Aktion duplizieren</translation>
    </message>
    <message>
        <source>Move Action</source>
        <translation>Aktion verschieben</translation>
    </message>
</context>
<context>
    <name>trigon::ui::AttachPage</name>
    <message>
        <source>Change Attached Design</source>
        <translation>Zugeordneten Entwurf ändern</translation>
    </message>
    <message>
        <source>When a CREATE TABLE (or CREATE TABLE AS, SELECT INTO) makes a table that the design&apos;s selector picks, give it the design&apos;s trigger, on the function the design shares.</source>
        <translation>Wenn ein CREATE TABLE (oder CREATE TABLE AS, SELECT INTO) eine Tabelle anlegt, die der Selektor des Entwurfs auswählt, erhält sie den Trigger des Entwurfs, mit der gemeinsamen Funktion des Entwurfs.</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>Entwurf:</translation>
    </message>
    <message>
        <source>Attach a design to new tables</source>
        <translation>Einen Entwurf neuen Tabellen zuordnen</translation>
    </message>
    <message>
        <source>Attach: no design chosen</source>
        <translation>Zuordnen: kein Entwurf gewählt</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to new tables</source>
        <translation>&quot;%1&quot; neuen Tabellen zuordnen</translation>
    </message>
    <message>
        <source>No design of this file is over several tables with a selector: make one with Tables… in a trigger&apos;s form.</source>
        <translation>Kein Entwurf dieser Datei erstreckt sich über mehrere Tabellen mit einem Selektor: Legen Sie einen mit „Tabellen…“ im Formular eines Triggers an.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::AuditPage</name>
    <message>
        <source>Create the audit table if it is missing</source>
        <translation>Audit-Tabelle anlegen, falls sie fehlt</translation>
    </message>
    <message>
        <source>Whole old and new rows</source>
        <translation>Vollständige alte und neue Zeilen</translation>
    </message>
    <message>
        <source>Only the changed fields</source>
        <translation>Nur die geänderten Felder</translation>
    </message>
    <message>
        <source>none: app_user is NULL</source>
        <translation>leer: app_user ist NULL</translation>
    </message>
    <message>
        <source>Write who changed what, and when, into an audit table.</source>
        <translation>Schreibt in eine Audit-Tabelle, wer wann was geändert hat.</translation>
    </message>
    <message>
        <source>Audit table:</source>
        <translation>Audit-Tabelle:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Aufzeichnen:</translation>
    </message>
    <message>
        <source>User setting:</source>
        <translation>Benutzer-Einstellung:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit into %1 (%2)</source>
        <translation>Audit in %1 (%2)</translation>
    </message>
    <message>
        <source>whole rows</source>
        <translation>ganze Zeilen</translation>
    </message>
    <message>
        <source>changed fields</source>
        <translation>geänderte Felder</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CascadePane</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Firing Order</source>
        <translation>Auslösereihenfolge</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen zeigen</translation>
    </message>
    <message>
        <source>Export DOT…</source>
        <translation>DOT exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as Graphviz DOT text</source>
        <translation>Den Graphen als Graphviz-DOT-Text speichern</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as an SVG drawing made by Graphviz</source>
        <translation>Den Graphen als von Graphviz gezeichnetes SVG speichern</translation>
    </message>
    <message>
        <source>Lay It Out Anyway</source>
        <translation>Trotzdem anordnen</translation>
    </message>
    <message>
        <source>Add Depth Guard</source>
        <translation>Tiefenschutz hinzufügen</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Solid boxes are triggers of this design, dashed ones are installed in the database. Each group runs in name order.</source>
        <translation>Durchgezogene Kästen sind Trigger dieses Entwurfs, gestrichelte sind in der Datenbank installiert. Jede Gruppe läuft in Namensreihenfolge.</translation>
    </message>
    <message numerus="yes">
        <source>This graph has %n triggers. Laying it out takes Graphviz a while, and each change of the design would start it again. Export it as DOT meanwhile, or:</source>
        <translation>
            <numerusform>Dieser Graph hat %n Trigger. Graphviz braucht eine Weile, um ihn anzuordnen, und jede Änderung des Entwurfs finge wieder von vorn an. Exportieren Sie ihn solange als DOT, oder:</numerusform>
            <numerusform>Dieser Graph hat %n Trigger. Graphviz braucht eine Weile, um ihn anzuordnen, und jede Änderung des Entwurfs finge wieder von vorn an. Exportieren Sie ihn solange als DOT, oder:</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph ließ sich nicht anordnen: %1</translation>
    </message>
    <message>
        <source>No triggers: the graph shows the design&apos;s triggers and, when connected, the database&apos;s.</source>
        <translation>Keine Trigger: der Graph zeigt die Trigger des Entwurfs und, wenn verbunden, die der Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Trigger</numerusform>
            <numerusform>%n Trigger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loop(s)</source>
        <translation>
            <numerusform>%n Schleife</numerusform>
            <numerusform>%n Schleifen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loops (%n)</source>
        <translation>
            <numerusform>Schleifen (%n)</numerusform>
            <numerusform>Schleifen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no trigger sets itself off again.</source>
        <translation>Keine: kein Trigger löst sich selbst wieder aus.</translation>
    </message>
    <message>
        <source>Select a trigger of a loop to guard it.</source>
        <translation>Wählen Sie einen Trigger einer Schleife, um ihn zu schützen.</translation>
    </message>
    <message>
        <source>%1 is not part of a loop.</source>
        <translation>%1 ist nicht Teil einer Schleife.</translation>
    </message>
    <message>
        <source>Select a trigger to see what a statement on its table sets off, stage by stage.</source>
        <translation>Wählen Sie einen Trigger, um Stufe für Stufe zu sehen, was eine Anweisung auf seiner Tabelle auslöst.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>%1 runs before %2 only because its name sorts first. Both can change or stop the row, so renaming either changes what happens.</source>
        <translation>%1 läuft vor %2 nur, weil sein Name zuerst sortiert. Beide können die Zeile ändern oder anhalten, also ändert eine Umbenennung, was geschieht.</translation>
    </message>
    <message>
        <source>%1 is installed in the database; it is not part of this design.</source>
        <translation>%1 ist in der Datenbank installiert; er gehört nicht zu diesem Entwurf.</translation>
    </message>
    <message>
        <source>Add Depth Guard to %1</source>
        <translation>Tiefenschutz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Graphviz could not draw the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht zeichnen: %1</translation>
    </message>
    <message>
        <source>The graph could not be saved to %1: %2</source>
        <translation>Der Graph ließ sich nicht unter %1 speichern: %2</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Graph as DOT</source>
        <translation>Graph als DOT exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;All files (*)</source>
        <translation>SVG-Bilder (*.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Graphviz DOT files (*.dot *.gv);;All files (*)</source>
        <translation>Graphviz-DOT-Dateien (*.dot *.gv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>%1 would fire again</source>
        <translation>%1 würde erneut feuern</translation>
    </message>
    <message>
        <source>Zoom in; Ctrl+wheel zooms too</source>
        <translation>Vergrößern; Strg+Mausrad zoomt auch</translation>
    </message>
    <message>
        <source>Zoom out; Ctrl+wheel zooms too</source>
        <translation>Verkleinern; Strg+Mausrad zoomt auch</translation>
    </message>
    <message>
        <source>Add pg_trigger_depth() &lt; 2 to the trigger&apos;s condition: it then fires only for statements at most one trigger deep, which ends the loop.</source>
        <translation>pg_trigger_depth() &lt; 2 zur Bedingung des Triggers hinzufügen: er feuert dann nur für Anweisungen höchstens einen Trigger tief, was die Schleife beendet.</translation>
    </message>
    <message>
        <source>%1 is part of a loop.</source>
        <translation>%1 ist Teil einer Schleife.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogController</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>Der Katalog konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot become a design:

%2</source>
        <translation>%1 kann nicht zu einem Entwurf werden:

%2</translation>
    </message>
    <message>
        <source>
-- %1.%2(), %3:
%4</source>
        <translation>
-- %1.%2(), %3:
%4</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>Not connected to a database.

Connect to one with Database ▸ Connect…, or try Trigon on a demo shop with Database ▸ Open Sandbox Database.</source>
        <translation>Nicht mit einer Datenbank verbunden.

Verbinden Sie sich über Datenbank ▸ Verbinden… mit einer Datenbank, oder probieren Sie Trigon mit einem Demo-Shop über Datenbank ▸ Sandbox-Datenbank öffnen aus.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogPane</name>
    <message>
        <source>Filter tables, columns, triggers…</source>
        <translation>Tabellen, Spalten, Trigger filtern…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the catalog again (F5)</source>
        <translation>Katalog neu laden (F5)</translation>
    </message>
    <message>
        <source>New Trigger on %1</source>
        <translation>Neuer Trigger für %1</translation>
    </message>
    <message>
        <source>The connected role lacks the TRIGGER privilege on it.</source>
        <translation>Der verbundenen Rolle fehlt dafür das TRIGGER-Privileg.</translation>
    </message>
    <message>
        <source>Import as Design</source>
        <translation>Als Entwurf importieren</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>SQL anzeigen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogTreeModel</name>
    <message>
        <source>%1  → %2() ×%3</source>
        <translation>%1  → %2() ×%3</translation>
    </message>
    <message>
        <source>Event triggers</source>
        <translation>Ereignis-Trigger</translation>
    </message>
    <message>
        <source> (partition)</source>
        <translation> (Partition)</translation>
    </message>
    <message>
        <source>
You may not create triggers on it.</source>
        <translation>
Sie dürfen dafür keine Trigger anlegen.</translation>
    </message>
    <message>
        <source>, not null</source>
        <translation>, NOT NULL</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>maintained automatically: %1</source>
        <translation>automatisch gepflegt: %1</translation>
    </message>
    <message>
        <source>
State: %1</source>
        <translation>
Zustand: %1</translation>
    </message>
    <message>
        <source>
Cloned from the partitioned table&apos;s trigger</source>
        <translation>
Vom Trigger der partitionierten Tabelle geklont</translation>
    </message>
    <message>
        <source>
Made by Trigon</source>
        <translation>
Von Trigon erstellt</translation>
    </message>
    <message>
        <source>%1 on %2.%3</source>
        <translation>%1 für %2.%3</translation>
    </message>
    <message numerus="yes">
        <source>
Its function is shared with %n other trigger(s): </source>
        <translation>
            <numerusform>
Die Funktion wird mit %n weiteren Trigger geteilt: </numerusform>
            <numerusform>
Die Funktion wird mit %n weiteren Triggern geteilt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>
Function %1.%2(), %3</source>
        <translation>
Funktion %1.%2(), %3</translation>
    </message>
    <message>
        <source>ON %1 %2</source>
        <translation>ON %1 %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ColumnChecklist</name>
    <message>
        <source>Another column…</source>
        <translation>Weitere Spalte…</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CommandTagPicker</name>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>The event does not fire for this command.</source>
        <translation>Das Ereignis wird für diesen Befehl nicht ausgelöst.</translation>
    </message>
    <message>
        <source>No tag checked: every command the event fires for.</source>
        <translation>Kein Tag ausgewählt: jeder Befehl, für den das Ereignis ausgelöst wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) checked: %1</source>
        <translation>
            <numerusform>%n Tag ausgewählt: %1</numerusform>
            <numerusform>%n Tags ausgewählt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConditionBuilder</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Comparison (old/new field)</source>
        <translation>Vergleich (altes/neues Feld)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Wrap In</source>
        <translation>&amp;Einbetten in</translation>
    </message>
    <message>
        <source>Wrap In</source>
        <translation>Einbetten in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the node up among its siblings</source>
        <translation>Knoten unter seinen Geschwistern nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the node down among its siblings</source>
        <translation>Knoten unter seinen Geschwistern nach unten verschieben</translation>
    </message>
    <message>
        <source>No condition: the trigger fires for every row and statement. Add one with Add, or type it as text below.</source>
        <translation>Keine Bedingung: Der Trigger wird für jede Zeile und Anweisung ausgelöst. Fügen Sie mit „Hinzufügen“ eine hinzu oder geben Sie sie unten als Text ein.</translation>
    </message>
    <message>
        <source>Select a node to edit it.</source>
        <translation>Wählen Sie einen Knoten aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Every comparison below must hold (they are and-ed).</source>
        <translation>Jeder der folgenden Vergleiche muss zutreffen (sie werden mit AND verknüpft).</translation>
    </message>
    <message>
        <source>Add Comparison</source>
        <translation>Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>All of them hold (AND)</source>
        <translation>Alle treffen zu (AND)</translation>
    </message>
    <message>
        <source>At least one holds (OR)</source>
        <translation>Mindestens einer trifft zu (OR)</translation>
    </message>
    <message>
        <source>Operands:</source>
        <translation>Operanden:</translation>
    </message>
    <message>
        <source>Holds when its operand does not.</source>
        <translation>Trifft zu, wenn sein Operand nicht zutrifft.</translation>
    </message>
    <message>
        <source>The fields compared; none checked means every column</source>
        <translation>Die verglichenen Felder; keines ausgewählt bedeutet alle Spalten</translation>
    </message>
    <message>
        <source>Leave out automatic columns (timestamps set by the database)</source>
        <translation>Automatische Spalten auslassen (von der Datenbank gesetzte Zeitstempel)</translation>
    </message>
    <message>
        <source>Fields (none: all):</source>
        <translation>Felder (keine: alle):</translation>
    </message>
    <message>
        <source>Except:</source>
        <translation>Außer:</translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation>Trifft zu, wenn:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Wahr/falsch</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>List / JSON</source>
        <translation>Liste / JSON</translation>
    </message>
    <message>
        <source>Another field (F)</source>
        <translation>Anderes Feld (F)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>A boolean SQL expression over OLD and NEW:</source>
        <translation>Ein boolescher SQL-Ausdruck über OLD und NEW:</translation>
    </message>
    <message>
        <source>As text (design file JSON):</source>
        <translation>Als Text (JSON der Entwurfsdatei):</translation>
    </message>
    <message>
        <source>Rows of the transition tables where: %1</source>
        <translation>Zeilen der Übergangstabellen, für die gilt: %1</translation>
    </message>
    <message>
        <source>Tested first in the function: %1</source>
        <translation>Zuerst in der Funktion geprüft: %1</translation>
    </message>
    <message>
        <source>Comparison in this group</source>
        <translation>Vergleich in dieser Gruppe</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3%4 — the design keeps its last valid condition.</source>
        <translation>Zeile %1, Spalte %2: %3%4 — der Entwurf behält seine letzte gültige Bedingung.</translation>
    </message>
    <message>
        <source>Edit Condition Text</source>
        <translation>Bedingungstext bearbeiten</translation>
    </message>
    <message>
        <source>Change Condition</source>
        <translation>Bedingung ändern</translation>
    </message>
    <message>
        <source>Change Comparison</source>
        <translation>Vergleich ändern</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Wrap in %1</source>
        <translation>In %1 einbetten</translation>
    </message>
    <message>
        <source>Delete Condition Node</source>
        <translation>Bedingungsknoten löschen</translation>
    </message>
    <message>
        <source>Move Condition Node</source>
        <translation>Bedingungsknoten verschieben</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConditionTreeModel</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 ist NULL</translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation>%1 ist nicht NULL</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source> (all columns)</source>
        <translation> (alle Spalten)</translation>
    </message>
    <message>
        <source>; except %1</source>
        <translation>; außer %1</translation>
    </message>
    <message>
        <source>; except automatic columns</source>
        <translation>; außer automatischen Spalten</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>is distinct from</source>
        <translation>ist verschieden von</translation>
    </message>
    <message>
        <source>is not distinct from</source>
        <translation>ist nicht verschieden von</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>ist in</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>ist NULL</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>enthält (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>passt zu Regex</translation>
    </message>
    <message>
        <source>Any field changes</source>
        <translation>Irgendein Feld ändert sich</translation>
    </message>
    <message>
        <source>Some field keeps its value</source>
        <translation>Ein Feld behält seinen Wert</translation>
    </message>
    <message>
        <source>Every field changes</source>
        <translation>Jedes Feld ändert sich</translation>
    </message>
    <message>
        <source>No field changes</source>
        <translation>Kein Feld ändert sich</translation>
    </message>
    <message>
        <source>All of these comparisons</source>
        <translation>Alle diese Vergleiche</translation>
    </message>
    <message>
        <source>All of (AND)</source>
        <translation>Alle davon (AND)</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>Einer davon (OR)</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>Raw SQL</source>
        <translation>Freies SQL</translation>
    </message>
    <message>
        <source>A row in another table</source>
        <translation>Eine Zeile in einer anderen Tabelle</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>host=db.example.com dbname=shop user=alice</source>
        <translation>host=db.example.com dbname=shop user=alice</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Protected (&amp;production)</source>
        <translation>Geschützt (&amp;Produktion)</translation>
    </message>
    <message>
        <source>&amp;Remember as the last connection</source>
        <translation>Als letzte Verbindung &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Sa&amp;ved connections:</source>
        <translation>&amp;Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <source>Save the fields under the name given, without the password</source>
        <translation>Die Felder unter dem angegebenen Namen speichern, ohne das Passwort</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>A host name, an IP address or a unix-socket directory</source>
        <translation>Ein Hostname, eine IP-Adresse oder ein Unix-Socket-Verzeichnis</translation>
    </message>
    <message>
        <source>same as the user</source>
        <translation>wie der Benutzer</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>asked for when the server wants one</source>
        <translation>wird abgefragt, wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Kept in memory until Trigon quits; never saved and never shown in the connection string. ~/.pgpass applies when empty.</source>
        <translation>Bleibt bis zum Beenden von Trigon im Speicher; wird nie gespeichert und nie in der Verbindungszeichenfolge angezeigt. Wenn leer, gilt ~/.pgpass.</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation>Nur verschlüsseln, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>Encrypt if the server can; libpq&apos;s default</source>
        <translation>Verschlüsseln, wenn der Server es kann; Standard von libpq</translation>
    </message>
    <message>
        <source>Always encrypt; do not check the server&apos;s certificate</source>
        <translation>Immer verschlüsseln; das Zertifikat des Servers nicht prüfen</translation>
    </message>
    <message>
        <source>Always encrypt and check that a trusted authority signed the server&apos;s certificate</source>
        <translation>Immer verschlüsseln und prüfen, ob eine vertrauenswürdige Stelle das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate and that it names the host</source>
        <translation>Immer verschlüsseln, das Zertifikat prüfen und ob es den Host nennt</translation>
    </message>
    <message>
        <source>For production databases: deploying, uninstalling, enabling or disabling triggers on this connection waits until you type the database&apos;s name in the plan dialog.</source>
        <translation>Für Produktionsdatenbanken: Bereitstellen, Deinstallieren, Aktivieren oder Deaktivieren von Triggern über diese Verbindung wartet, bis Sie den Namen der Datenbank im Plan-Dialog eingeben.</translation>
    </message>
    <message>
        <source>Offered again the next time, never with its password</source>
        <translation>Wird beim nächsten Mal wieder angeboten, nie mit dem Passwort</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-Mod&amp;us:</translation>
    </message>
    <message>
        <source>Connection s&amp;tring:</source>
        <translation>Verbindungs&amp;zeichenfolge:</translation>
    </message>
    <message>
        <source>Try the connection without leaving this dialog</source>
        <translation>Die Verbindung testen, ohne diesen Dialog zu verlassen</translation>
    </message>
    <message>
        <source>sslmode “%1” is not one of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1</source>
        <translation>Verbunden: PostgreSQL %1</translation>
    </message>
    <message>
        <source>The server wants a password: type it into the Password field and test again.</source>
        <translation>Der Server verlangt ein Passwort: Geben Sie es im Feld „Passwort“ ein und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Key=value pairs or a postgresql:// URI, kept in step with the fields. What is left empty comes from PG* environment variables, pg_service.conf (service=NAME) and ~/.pgpass, as in psql.</source>
        <translation>Schlüssel=Wert-Paare oder eine postgresql://-URI, mit den Feldern abgeglichen. Was leer bleibt, kommt aus den PG*-Umgebungsvariablen, pg_service.conf (service=NAME) und ~/.pgpass, wie bei psql.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConnectionController</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Sandbox created with the demo schema</source>
        <translation>Sandbox mit dem Demo-Schema angelegt</translation>
    </message>
    <message>
        <source>Sandbox started</source>
        <translation>Sandbox gestartet</translation>
    </message>
    <message>
        <source>Sandbox Unavailable</source>
        <translation>Sandbox nicht verfügbar</translation>
    </message>
    <message>
        <source>The sandbox database could not be started.

%1</source>
        <translation>Die Sandbox-Datenbank konnte nicht gestartet werden.

%1</translation>
    </message>
    <message>
        <source>Sandbox database &apos;%1&apos; holds the copied schema</source>
        <translation>Die Sandbox-Datenbank &apos;%1&apos; enthält das kopierte Schema</translation>
    </message>
    <message>
        <source>Seeding the Sandbox Failed</source>
        <translation>Befüllen der Sandbox fehlgeschlagen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 (kept until Trigon quits, never saved):</source>
        <translation>Passwort für %1 (bis zum Beenden von Trigon behalten, nie gespeichert):</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not connect to %1.

%2</source>
        <translation>Verbindung zu %1 nicht möglich.

%2</translation>
    </message>
    <message>
        <source>Reset Sandbox</source>
        <translation>Sandbox zurücksetzen</translation>
    </message>
    <message>
        <source>Delete everything in the sandbox database — your tables, triggers and rows — and start again with the demo schema?

Data folder: %1</source>
        <translation>Alles in der Sandbox-Datenbank löschen — Ihre Tabellen, Trigger und Zeilen — und mit dem Demo-Schema neu beginnen?

Datenordner: %1</translation>
    </message>
    <message>
        <source>Seed Sandbox from Connection</source>
        <translation>Sandbox aus Verbindung befüllen</translation>
    </message>
    <message>
        <source>Seed Sandbox</source>
        <translation>Sandbox befüllen</translation>
    </message>
    <message>
        <source>Copy the tables, views, types, functions and triggers of %1 — no rows — into the sandbox database:</source>
        <translation>Tabellen, Sichten, Typen, Funktionen und Trigger von %1 — ohne Zeilen — in die Sandbox-Datenbank kopieren:</translation>
    </message>
    <message>
        <source>Replace Sandbox Database</source>
        <translation>Sandbox-Datenbank ersetzen</translation>
    </message>
    <message>
        <source>The sandbox already has a database named &apos;%1&apos;. Replace it with a fresh copy of the schema? Its tables, triggers and rows are dropped.</source>
        <translation>Die Sandbox hat bereits eine Datenbank namens &apos;%1&apos;. Durch eine frische Kopie des Schemas ersetzen? Ihre Tabellen, Trigger und Zeilen werden gelöscht.</translation>
    </message>
    <message>
        <source>Stopping the sandbox…</source>
        <translation>Sandbox wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConnectionStatusWidget</name>
    <message>
        <source>Copy &amp;psql Command</source>
        <translation>&amp;psql-Befehl kopieren</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>Saved connection: %1</source>
        <translation>Gespeicherte Verbindung: %1</translation>
    </message>
    <message>
        <source>Protected: changes to triggers ask for the database&apos;s name first</source>
        <translation>Geschützt: Änderungen an Triggern verlangen zuerst den Namen der Datenbank</translation>
    </message>
    <message>
        <source>Click to copy a psql command for this database</source>
        <translation>Klicken, um einen psql-Befehl für diese Datenbank zu kopieren</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeliveriesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Read the outbox of the connected database again</source>
        <translation>Die Outbox der verbundenen Datenbank erneut lesen</translation>
    </message>
    <message>
        <source>Make the selected dead event pending again: the relay tries it from the start</source>
        <translation>Das ausgewählte aufgegebene Ereignis wieder auf ausstehend setzen: Das Relay versucht es von vorn</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Outbox wird gelesen…</translation>
    </message>
    <message>
        <source>Retrying the event…</source>
        <translation>Ereignis wird erneut versucht…</translation>
    </message>
    <message>
        <source>The event could not be retried: %1</source>
        <translation>Das Ereignis konnte nicht erneut versucht werden: %1</translation>
    </message>
    <message>
        <source>The event is not dead any more: the relay or someone else retried it already.</source>
        <translation>Das Ereignis ist nicht mehr aufgegeben: Das Relay oder jemand anderes hat es bereits erneut versucht.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Die Outbox konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The outbox table does not exist in this database: deploy a design with an outbox action.</source>
        <translation>Die Outbox-Tabelle existiert in dieser Datenbank nicht: Stellen Sie einen Entwurf mit einer Outbox-Aktion bereit.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Die Outbox ist leer.</translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>Gelesen um %1.</translation>
    </message>
    <message>
        <source>Select an event to see its last error and payload.</source>
        <translation>Wählen Sie ein Ereignis aus, um seinen letzten Fehler und seine Nutzlast zu sehen.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeployPane</name>
    <message>
        <source>Applied in one transaction.</source>
        <translation>In einer Transaktion angewendet.</translation>
    </message>
    <message>
        <source>Uninstall Triggers</source>
        <translation>Trigger deinstallieren</translation>
    </message>
    <message>
        <source>Enable Triggers</source>
        <translation>Trigger aktivieren</translation>
    </message>
    <message>
        <source>Disable Triggers</source>
        <translation>Trigger deaktivieren</translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation>&amp;Status prüfen</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Run &amp;All Tests</source>
        <translation>&amp;Alle Tests ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Selected Tests</source>
        <translation>Aus&amp;gewählte Tests ausführen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Uninstall…</source>
        <translation>Dei&amp;nstallieren…</translation>
    </message>
    <message>
        <source>Drop orphans</source>
        <translation>Verwaiste löschen</translation>
    </message>
    <message>
        <source>Compare the designs with what the database holds</source>
        <translation>Entwürfe mit dem Inhalt der Datenbank vergleichen</translation>
    </message>
    <message>
        <source>Show the plan that brings the database to the designs, then apply it in one transaction</source>
        <translation>Plan anzeigen, der die Datenbank auf den Stand der Entwürfe bringt, und ihn dann in einer Transaktion anwenden</translation>
    </message>
    <message>
        <source>Run every test case of the design; nothing stays behind</source>
        <translation>Alle Testfälle des Entwurfs ausführen; nichts bleibt zurück</translation>
    </message>
    <message>
        <source>Run the selected cases, or all cases of the selected triggers</source>
        <translation>Die ausgewählten Testfälle oder alle Testfälle der ausgewählten Trigger ausführen</translation>
    </message>
    <message>
        <source>Switch the selected triggers on in the database</source>
        <translation>Die ausgewählten Trigger in der Datenbank einschalten</translation>
    </message>
    <message>
        <source>Switch the selected triggers off in the database</source>
        <translation>Die ausgewählten Trigger in der Datenbank ausschalten</translation>
    </message>
    <message>
        <source>Drop the selected triggers, and their functions, from the database (only what Trigon made)</source>
        <translation>Die ausgewählten Trigger samt ihren Funktionen aus der Datenbank löschen (nur von Trigon erstellte)</translation>
    </message>
    <message>
        <source>Deploy also drops orphans: triggers Trigon made that no design of this file names</source>
        <translation>Die Bereitstellung löscht auch verwaiste Trigger: von Trigon erstellte Trigger, die kein Entwurf dieser Datei nennt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What deploys and operations did, with the server&apos;s errors.</source>
        <translation>Was Bereitstellungen und Operationen getan haben, mit den Fehlern des Servers.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Protected: destructive steps need the database name.</source>
        <translation>Geschützt: Destruktive Schritte erfordern den Datenbanknamen.</translation>
    </message>
    <message>
        <source>Checking the status…</source>
        <translation>Status wird geprüft…</translation>
    </message>
    <message>
        <source>Everything is installed as designed.</source>
        <translation>Alles ist wie entworfen installiert.</translation>
    </message>
    <message>
        <source>Some triggers differ from the design.</source>
        <translation>Einige Trigger weichen vom Entwurf ab.</translation>
    </message>
    <message>
        <source>The status could not be read.</source>
        <translation>Der Status konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Status failed: %1</source>
        <translation>Statusprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Making the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message>
        <source>No plan could be made.</source>
        <translation>Es konnte kein Plan erstellt werden.</translation>
    </message>
    <message>
        <source>%1: no plan could be made: %2</source>
        <translation>%1: Es konnte kein Plan erstellt werden: %2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>%1: nothing to do.</source>
        <translation>%1: nichts zu tun.</translation>
    </message>
    <message>
        <source>Waiting for the plan to be applied…</source>
        <translation>Warten auf die Anwendung des Plans…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was run.</source>
        <translation>Abgebrochen; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was run.</source>
        <translation>%1: abgebrochen, es wurde nichts ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: applying %n step(s)…</source>
        <translation>
            <numerusform>%1: %n Schritt wird angewendet…</numerusform>
            <numerusform>%1: %n Schritte werden angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the plan was applied; nothing was run.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Plan angewendet wurde; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>Plan wird angewendet…</translation>
    </message>
    <message>
        <source> [destructive]</source>
        <translation> [destruktiv]</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>Not applied; see the log.</source>
        <translation>Nicht angewendet; siehe Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>%n Testfall wird ausgeführt…</numerusform>
            <numerusform>%n Testfälle werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) passed, %1 failed</source>
        <translation>
            <numerusform>%n Testfall bestanden, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Testfälle bestanden, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(event trigger)</source>
        <translation>(Ereignis-Trigger)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeployPlanDialog</name>
    <message>
        <source>In one transaction: %1.</source>
        <translation>In einer Transaktion: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are destructive.</source>
        <translation>
            <numerusform>%n Schritt ist destruktiv.</numerusform>
            <numerusform>%n Schritte sind destruktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Destructive: needs confirmation</source>
        <translation>Destruktiv: Bestätigung erforderlich</translation>
    </message>
    <message>
        <source>plpgsql_check found errors; fix them first:</source>
        <translation>plpgsql_check hat Fehler gefunden; beheben Sie diese zuerst:</translation>
    </message>
    <message>
        <source>plpgsql_check&apos;s findings:</source>
        <translation>Befunde von plpgsql_check:</translation>
    </message>
    <message>
        <source>The script, between BEGIN and COMMIT:</source>
        <translation>Das Skript, zwischen BEGIN und COMMIT:</translation>
    </message>
    <message>
        <source>Apply the destructive steps (a dropped trigger, or a change made by hand, is lost)</source>
        <translation>Destruktive Schritte anwenden (ein gelöschter Trigger oder eine manuelle Änderung geht verloren)</translation>
    </message>
    <message>
        <source>This connection is protected. Type the database name, &lt;b&gt;%1&lt;/b&gt;, to apply the destructive steps:</source>
        <translation>Diese Verbindung ist geschützt. Geben Sie den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein, um die destruktiven Schritte anzuwenden:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>aktivieren</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>installed as designed</source>
        <translation>wie entworfen installiert</translation>
    </message>
    <message>
        <source>not installed yet</source>
        <translation>noch nicht installiert</translation>
    </message>
    <message>
        <source>installed differently</source>
        <translation>anders installiert</translation>
    </message>
    <message>
        <source>installed under another name</source>
        <translation>unter anderem Namen installiert</translation>
    </message>
    <message>
        <source>installed disabled</source>
        <translation>deaktiviert installiert</translation>
    </message>
    <message>
        <source>installed enabled</source>
        <translation>aktiviert installiert</translation>
    </message>
    <message>
        <source>uninstalled on request</source>
        <translation>auf Anforderung deinstalliert</translation>
    </message>
    <message>
        <source>(event trigger)</source>
        <translation>(Ereignis-Trigger)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignController</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Add Trigger %1</source>
        <translation>Trigger %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete Trigger %1</source>
        <translation>Trigger %1 löschen</translation>
    </message>
    <message>
        <source>Add Event Trigger %1</source>
        <translation>Ereignis-Trigger %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete Event Trigger %1</source>
        <translation>Ereignis-Trigger %1 löschen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignFileWatcher</name>
    <message>
        <source>%1 was removed or renamed on disk; Save writes it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht oder umbenannt; „Speichern“ schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read (%2); the open design is kept.</source>
        <translation>%1 wurde auf dem Datenträger geändert, kann aber nicht gelesen werden (%2); der geöffnete Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Design Changed on Disk</source>
        <translation>Entwurf auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving it then replaces the file&apos;s new contents)?</source>
        <translation>Neu laden und die ungespeicherten Änderungen verlieren, oder Ihre Version behalten (Speichern ersetzt dann den neuen Inhalt der Datei)?</translation>
    </message>
    <message>
        <source>The design could not be read again: %1</source>
        <translation>Der Entwurf konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 neu geladen: Die Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Kept your changes to %1; saving replaces the file&apos;s new contents.</source>
        <translation>Ihre Änderungen an %1 wurden behalten; Speichern ersetzt den neuen Inhalt der Datei.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 %2 on %3, for each %4</source>
        <translation>%1 %2 für %3, FOR EACH %4</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignListPane</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a trigger to the design (%1)</source>
        <translation>Dem Entwurf einen Trigger hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
        <source>New Event Trigger from &amp;Preset</source>
        <translation>Neuer Ereignis-Trigger aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Event triggers</source>
        <translation>Ereignis-Trigger</translation>
    </message>
    <message>
        <source>Add &amp;Event Trigger</source>
        <translation>&amp;Ereignis-Trigger hinzufügen</translation>
    </message>
    <message>
        <source>Add an event trigger, which fires on DDL commands</source>
        <translation>Einen Ereignis-Trigger hinzufügen, der bei DDL-Befehlen ausgelöst wird</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>DDL events (notify on trigon_ddl)</source>
        <translation>DDL-Ereignisse (Benachrichtigung auf trigon_ddl)</translation>
    </message>
    <message>
        <source>Forbid DROP SCHEMA</source>
        <translation>DROP SCHEMA verbieten</translation>
    </message>
    <message>
        <source>Log schema changes</source>
        <translation>Schemaänderungen protokollieren</translation>
    </message>
    <message>
        <source>Attach new tables</source>
        <translation>Neue Tabellen zuordnen</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DocumentFiles</name>
    <message>
        <source>Trigon designs (*.trigon.json *.json);;All files (*)</source>
        <translation>Trigon-Entwürfe (*.trigon.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The design could not be read:

%1</source>
        <translation>Der Entwurf konnte nicht gelesen werden:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be written:

%2</source>
        <translation>%1 konnte nicht geschrieben werden:

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>Export SQL Script</source>
        <translation>SQL-Skript exportieren</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>einem unbenannten Entwurf</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Trigon did not quit normally. Recover the unsaved changes to %1 from %2?</source>
        <translation>Trigon wurde nicht normal beendet. Die ungespeicherten Änderungen an %1 aus %2 wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DocumentationWindow</name>
    <message>
        <source>Trigon Documentation</source>
        <translation>Trigon-Dokumentation</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventActionForm</name>
    <message>
        <source>Add an action: what the event trigger does.</source>
        <translation>Fügen Sie eine Aktion hinzu: was der Ereignis-Trigger tut.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventActionsEditor</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>Aktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate Action</source>
        <translation>Aktion duplizieren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Run this action earlier</source>
        <translation>Diese Aktion früher ausführen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run this action later</source>
        <translation>Diese Aktion später ausführen</translation>
    </message>
    <message>
        <source>Add %1 Action</source>
        <translation>Aktion %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move Action</source>
        <translation>Aktion verschieben</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventModel</name>
    <message>
        <source>— gap —</source>
        <translation>— Lücke —</translation>
    </message>
    <message>
        <source>%1 s not listening since %2: notifications sent then are lost (%3)</source>
        <translation>%1 s ohne LISTEN seit %2: in dieser Zeit gesendete Benachrichtigungen sind verloren (%3)</translation>
    </message>
    <message>
        <source>(dropped: the buffer is full)</source>
        <translation>(verworfen: der Puffer ist voll)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventRateGraph</name>
    <message>
        <source>%L1/s</source>
        <translation>%L1/s</translation>
    </message>
    <message>
        <source>Events per second over the last minute: %1 over the last %2 seconds, at most %3</source>
        <translation>Ereignisse pro Sekunde in der letzten Minute: %1 in den letzten %2 Sekunden, höchstens %3</translation>
    </message>
    <message>
        <source>−%1 s</source>
        <translation>−%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventTriggerForm</name>
    <message>
        <source>forbid_drop_schema</source>
        <translation>forbid_drop_schema</translation>
    </message>
    <message>
        <source>Rename Event Trigger</source>
        <translation>Ereignis-Trigger umbenennen</translation>
    </message>
    <message>
        <source>Change Event</source>
        <translation>Ereignis ändern</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Tags ändern</translation>
    </message>
    <message>
        <source>Enabled (origin)</source>
        <translation>Aktiviert (Ursprung)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Replica only</source>
        <translation>Nur auf Replikaten</translation>
    </message>
    <message>
        <source>Always (also on replicas)</source>
        <translation>Immer (auch auf Replikaten)</translation>
    </message>
    <message>
        <source>Change Enabled State</source>
        <translation>Aktivierungsstatus ändern</translation>
    </message>
    <message>
        <source>Change Comment</source>
        <translation>Kommentar ändern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Enabled:</source>
        <translation>Akti&amp;viert:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventTriggerListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>On %1, for every command</source>
        <translation>Bei %1, für jeden Befehl</translation>
    </message>
    <message>
        <source>On %1, when the tag is %2</source>
        <translation>Bei %1, wenn das Tag %2 ist</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ExistsEditor</name>
    <message>
        <source>schema.table</source>
        <translation>schema.tabelle</translation>
    </message>
    <message>
        <source>Its column</source>
        <translation>Deren Spalte</translation>
    </message>
    <message>
        <source>equals this row&apos;s</source>
        <translation>gleich dieser Zeile</translation>
    </message>
    <message>
        <source>Add Match</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Match</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>other.frozen AND other.region = &apos;eu&apos;</source>
        <translation>other.frozen AND other.region = &apos;eu&apos;</translation>
    </message>
    <message>
        <source>Holds when the other table has a row (called &quot;other&quot;) whose columns equal these of the trigger&apos;s row. WHEN cannot read other tables: Trigon tests this in the function. Wrap it in Not for &quot;has no such row&quot;.</source>
        <translation>Trifft zu, wenn die andere Tabelle eine Zeile (namens &quot;other&quot;) hat, deren Spalten denen der Zeile des Triggers entsprechen. WHEN kann keine anderen Tabellen lesen: Trigon prüft dies in der Funktion. In Nicht einbetten für &quot;keine solche Zeile&quot;.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>Zuordnungen:</translation>
    </message>
    <message>
        <source>A&amp;lso:</source>
        <translation>&amp;Außerdem:</translation>
    </message>
</context>
<context>
    <name>trigon::ui::FiringTimeline</name>
    <message>
        <source>BEFORE statement</source>
        <translation>BEFORE pro Anweisung</translation>
    </message>
    <message>
        <source>BEFORE row</source>
        <translation>BEFORE pro Zeile</translation>
    </message>
    <message>
        <source>INSTEAD OF row</source>
        <translation>INSTEAD OF pro Zeile</translation>
    </message>
    <message>
        <source>Row change</source>
        <translation>Zeilenänderung</translation>
    </message>
    <message>
        <source>AFTER row</source>
        <translation>AFTER pro Zeile</translation>
    </message>
    <message>
        <source>AFTER statement</source>
        <translation>AFTER pro Anweisung</translation>
    </message>
    <message>
        <source>At commit</source>
        <translation>Beim Commit</translation>
    </message>
    <message>
        <source>The row is inserted</source>
        <translation>Die Zeile wird eingefügt</translation>
    </message>
    <message>
        <source>The row is updated</source>
        <translation>Die Zeile wird geändert</translation>
    </message>
    <message>
        <source>The row is deleted</source>
        <translation>Die Zeile wird gelöscht</translation>
    </message>
    <message>
        <source>The table is truncated</source>
        <translation>Die Tabelle wird geleert</translation>
    </message>
    <message>
        <source>designed</source>
        <translation>entworfen</translation>
    </message>
    <message>
        <source>installed in the database</source>
        <translation>in der Datenbank installiert</translation>
    </message>
    <message>
        <source>skipped when %1 stops the row</source>
        <translation>entfällt, wenn %1 die Zeile anhält</translation>
    </message>
    <message>
        <source>may stop the row: later BEFORE triggers are skipped</source>
        <translation>kann die Zeile anhalten: spätere BEFORE-Trigger entfallen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::FsmPage</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Add Transition</source>
        <translation>Übergang hinzufügen</translation>
    </message>
    <message>
        <source>Remove Transition</source>
        <translation>Übergang entfernen</translation>
    </message>
    <message>
        <source>a message naming the column and both states</source>
        <translation>eine Meldung, die die Spalte und beide Zustände nennt</translation>
    </message>
    <message>
        <source>An UPDATE that changes the column must follow a transition.</source>
        <translation>Ein UPDATE, das die Spalte ändert, muss einem Übergang folgen.</translation>
    </message>
    <message>
        <source>State column:</source>
        <translation>Zustandsspalte:</translation>
    </message>
    <message>
        <source>Transitions:</source>
        <translation>Übergänge:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>State machine</source>
        <translation>Zustandsautomat</translation>
    </message>
    <message numerus="yes">
        <source>State machine on %1 (%n transition(s))</source>
        <translation>
            <numerusform>Zustandsautomat für %1 (%n Übergang)</numerusform>
            <numerusform>Zustandsautomat für %1 (%n Übergänge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::FunctionPicker</name>
    <message>
        <source>Generated from the actions</source>
        <translation>Aus den Aktionen erzeugt</translation>
    </message>
    <message>
        <source>Trigon generates the trigger&apos;s function from its actions.</source>
        <translation>Trigon erzeugt die Funktion des Triggers aus seinen Aktionen.</translation>
    </message>
    <message>
        <source>%1() is not in the catalog: status and deploy check that it exists.</source>
        <translation>%1() ist nicht im Katalog: Status und Bereitstellung prüfen, ob sie existiert.</translation>
    </message>
    <message>
        <source>%1(), %2: executed with the trigger&apos;s arguments; Trigon neither creates nor drops it.</source>
        <translation>%1(), %2: wird mit den Argumenten des Triggers ausgeführt; Trigon legt sie weder an noch löscht sie sie.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From nothing to a tested trigger&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;A database.&lt;/b&gt; &lt;i&gt;Database ▸ Open Sandbox Database&lt;/i&gt; starts a private PostgreSQL with a small demo shop; &lt;i&gt;Database ▸ Connect…&lt;/i&gt; opens your own. The &lt;i&gt;Catalog&lt;/i&gt; pane lists its tables and triggers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A trigger.&lt;/b&gt; Right-click a table in the catalog, or &lt;i&gt;Edit ▸ Add&lt;/i&gt;. The form in the middle holds timing, events and level; options PostgreSQL would refuse are disabled, and their tooltip says why.&lt;/li&gt;&lt;li&gt;&lt;b&gt;When it fires.&lt;/b&gt; The &lt;i&gt;Condition&lt;/i&gt; pane builds the WHEN condition: a field changed, comparisons of OLD and NEW, a row in another table, or raw SQL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What it does.&lt;/b&gt; The &lt;i&gt;Actions&lt;/i&gt; pane: protect, soft delete, audit, notify, validate, custom PL/pgSQL and more, or a preset.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; The &lt;i&gt;SQL Preview&lt;/i&gt; shows the script as you type; the &lt;i&gt;Diagnostics&lt;/i&gt; pane lists what the server would refuse (double-click one to go to the field).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deploy and test.&lt;/b&gt; In &lt;i&gt;Deploy and Test&lt;/i&gt;, &lt;i&gt;Check Status&lt;/i&gt; compares the design with the database and &lt;i&gt;Deploy&lt;/i&gt; shows the plan first, then installs it in one transaction. Test cases, written in the editor beside the test bench, run with nothing left behind.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep it.&lt;/b&gt; &lt;i&gt;File ▸ Save&lt;/i&gt; writes the design as JSON for git; &lt;code&gt;trigon-cli&lt;/code&gt; lints, deploys and tests the same file in CI.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every edit can be undone; unsaved work is kept and offered back after a crash.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vom Nichts zum getesteten Trigger&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Eine Datenbank.&lt;/b&gt; &lt;i&gt;Datenbank ▸ Sandbox-Datenbank öffnen&lt;/i&gt; startet ein privates PostgreSQL mit einem kleinen Demo-Shop; &lt;i&gt;Datenbank ▸ Verbinden…&lt;/i&gt; öffnet Ihre eigene. Der Bereich &lt;i&gt;Katalog&lt;/i&gt; listet ihre Tabellen und Trigger.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ein Trigger.&lt;/b&gt; Klicken Sie im Katalog mit der rechten Maustaste auf eine Tabelle, oder &lt;i&gt;Bearbeiten ▸ Hinzufügen&lt;/i&gt;. Das Formular in der Mitte enthält Zeitpunkt, Ereignisse und Ebene; Optionen, die PostgreSQL ablehnen würde, sind deaktiviert, und ihr Tooltip sagt, warum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Wann er auslöst.&lt;/b&gt; Der Bereich &lt;i&gt;Bedingung&lt;/i&gt; baut die WHEN-Bedingung: ein geändertes Feld, Vergleiche von OLD und NEW, eine Zeile in einer anderen Tabelle oder reines SQL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Was er tut.&lt;/b&gt; Der Bereich &lt;i&gt;Aktionen&lt;/i&gt;: schützen, weiches Löschen, Audit, benachrichtigen, validieren, eigenes PL/pgSQL und mehr, oder eine Vorlage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prüfen.&lt;/b&gt; Die &lt;i&gt;SQL-Vorschau&lt;/i&gt; zeigt das Skript während der Eingabe; der Bereich &lt;i&gt;Diagnosen&lt;/i&gt; listet, was der Server ablehnen würde (ein Doppelklick führt zum Feld).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bereitstellen und testen.&lt;/b&gt; In &lt;i&gt;Bereitstellen und Testen&lt;/i&gt; vergleicht &lt;i&gt;Status prüfen&lt;/i&gt; den Entwurf mit der Datenbank, und &lt;i&gt;Bereitstellen&lt;/i&gt; zeigt zuerst den Plan und installiert ihn dann in einer Transaktion. Testfälle, geschrieben im Editor neben dem Prüfstand, laufen, ohne etwas zu hinterlassen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Behalten.&lt;/b&gt; &lt;i&gt;Datei ▸ Speichern&lt;/i&gt; schreibt den Entwurf als JSON für git; &lt;code&gt;trigon-cli&lt;/code&gt; prüft, stellt bereit und testet dieselbe Datei in der CI.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Jede Änderung lässt sich rückgängig machen; ungespeicherte Arbeit wird aufbewahrt und nach einem Absturz wieder angeboten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trigon::ui::GraphvizLayout</name>
    <message>
        <source>The DOT text could not be read.</source>
        <translation>Der DOT-Text ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
    <message>
        <source>Graphviz could not render the graph as SVG.</source>
        <translation>Graphviz konnte den Graphen nicht als SVG ausgeben.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::InsertPage</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Insert one row into another table each time.</source>
        <translation>Jedes Mal eine Zeile in eine andere Tabelle einfügen.</translation>
    </message>
    <message>
        <source>Into table:</source>
        <translation>In Tabelle:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Insert into a table</source>
        <translation>In eine Tabelle einfügen</translation>
    </message>
    <message>
        <source>Insert into %1</source>
        <translation>In %1 einfügen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::JsonTreeModel</name>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>boolesch</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>trigon::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Design</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>&amp;Open Design…</source>
        <translation>Entwurf ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export SQL Script…</source>
        <translation>SQL-Skript &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Preview the &amp;Whole File</source>
        <translation>&amp;Vorschau der ganzen Datei</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Trigon will use the new language when it starts again.</source>
        <translation>Trigon verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Da&amp;tenbank</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Sandbox Database</source>
        <translation>&amp;Sandbox-Datenbank öffnen</translation>
    </message>
    <message>
        <source>S&amp;eed Sandbox from Connection…</source>
        <translation>Sandbox aus Verbindung &amp;befüllen…</translation>
    </message>
    <message>
        <source>Re&amp;load Catalog</source>
        <translation>Katalog neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Reset Sandbox…</source>
        <translation>Sandbox &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Trigon</source>
        <translation>Ü&amp;ber Trigon</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Trigon</source>
        <translation>Über Trigon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trigon %1&lt;/h3&gt;&lt;p&gt;Design, preview, deploy and test PostgreSQL triggers.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;&lt;p&gt;Trigon is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trigon %1&lt;/h3&gt;&lt;p&gt;PostgreSQL-Trigger entwerfen, in der Vorschau ansehen, bereitstellen und testen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QScintilla %3.&lt;/p&gt;&lt;p&gt;Trigon ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
</context>
<context>
    <name>trigon::ui::MainWindow</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Deploy and Test</source>
        <translation>Bereitstellen und Testen</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Trigon</source>
        <translation>Trigon</translation>
    </message>
    <message>
        <source>%1[*] — Trigon</source>
        <translation>%1[*] — Trigon</translation>
    </message>
    <message>
        <source>This design has no triggers yet.
Add one with Edit ▸ Add, or right-click a table in the catalog.</source>
        <translation>Dieser Entwurf hat noch keine Trigger.
Fügen Sie einen über Bearbeiten ▸ Hinzufügen hinzu oder klicken Sie im Katalog mit der rechten Maustaste auf eine Tabelle.</translation>
    </message>
    <message>
        <source>Select a trigger in the Designs pane.</source>
        <translation>Wählen Sie im Bereich „Entwürfe“ einen Trigger aus.</translation>
    </message>
    <message>
        <source>Diagnostics (%1, %2)</source>
        <translation>Diagnosen (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Maximize Panel</source>
        <translation>Bereich &amp;maximieren</translation>
    </message>
    <message>
        <source>Click into a panel first, then maximize it.</source>
        <translation>Klicken Sie zuerst in einen Bereich und maximieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>The status of the designs could not be read.</source>
        <translation>Der Status der Entwürfe ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>Every trigger of the design is installed as designed.</source>
        <translation>Jeder Trigger des Entwurfs ist wie entworfen installiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) differ from the design: see Deploy and Test.</source>
        <translation>
            <numerusform>%n Trigger weicht vom Entwurf ab: siehe Bereitstellen und Testen.</numerusform>
            <numerusform>%n Trigger weichen vom Entwurf ab: siehe Bereitstellen und Testen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::MonitorPane</name>
    <message>
        <source>Connection lost, reconnecting: notifications sent meanwhile are lost</source>
        <translation>Verbindung verloren, neuer Verbindungsaufbau: zwischenzeitlich gesendete Benachrichtigungen gehen verloren</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot connect, retrying in %1 s: %2</source>
        <translation>Verbindung nicht möglich, neuer Versuch in %1 s: %2</translation>
    </message>
    <message>
        <source>Cannot listen on “%1”: %2</source>
        <translation>Abhören von „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>LISTEN-Verbindung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%L1 in buffer</source>
        <translation>%L1 im Puffer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop the table from moving; events keep arriving in the buffer (Ctrl+.)</source>
        <translation>Tabelle anhalten; Ereignisse kommen weiter im Puffer an (Strg+.)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Buffer as JSON Lines…</source>
        <translation>Puffer als JSON Lines…</translation>
    </message>
    <message>
        <source>Buffer as CSV…</source>
        <translation>Puffer als CSV…</translation>
    </message>
    <message>
        <source>Selection as JSON Lines…</source>
        <translation>Auswahl als JSON Lines…</translation>
    </message>
    <message>
        <source>Selection as CSV…</source>
        <translation>Auswahl als CSV…</translation>
    </message>
    <message>
        <source>DDL Events</source>
        <translation>DDL-Ereignisse</translation>
    </message>
    <message>
        <source>Show schema changes live, through an event trigger</source>
        <translation>Schemaänderungen live über einen Ereignis-Trigger anzeigen</translation>
    </message>
    <message>
        <source>Install Event Trigger…</source>
        <translation>Ereignis-Trigger installieren…</translation>
    </message>
    <message>
        <source>Remove Event Trigger…</source>
        <translation>Ereignis-Trigger entfernen…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>Names are taken literally: case, spaces and quotes count</source>
        <translation>Namen gelten wörtlich: Groß-/Kleinschreibung, Leerzeichen und Anführungszeichen zählen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Abhören</translation>
    </message>
    <message>
        <source>Stop Listening</source>
        <translation>Abhören beenden</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>JSON field = value, e.g. op=DELETE or new.id=42</source>
        <translation>JSON-Feld = Wert, z. B. op=DELETE oder new.id=42</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Server Messages</source>
        <translation>Servermeldungen</translation>
    </message>
    <message>
        <source>Select an event to see its payload</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Nutzlast zu sehen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Server Messages (%L1)</source>
        <translation>Servermeldungen (%L1)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%L1 waiting</source>
        <translation>%L1 wartend</translation>
    </message>
    <message>
        <source>%L1 dropped</source>
        <translation>%L1 verworfen</translation>
    </message>
    <message>
        <source>The buffer keeps the newest %L1 events; older ones are dropped</source>
        <translation>Der Puffer behält die neuesten %L1 Ereignisse; ältere werden verworfen</translation>
    </message>
    <message>
        <source>Write field=value, e.g. op=INSERT</source>
        <translation>Feld=Wert eingeben, z. B. op=INSERT</translation>
    </message>
    <message>
        <source>Dropped: the buffer is full</source>
        <translation>Verworfen: der Puffer ist voll</translation>
    </message>
    <message>
        <source>This event made room for newer ones:
the buffer keeps the newest %L1 events.

Its row leaves the table at the next update.</source>
        <translation>Dieses Ereignis hat Platz für neuere gemacht:
der Puffer behält die neuesten %L1 Ereignisse.

Seine Zeile verschwindet bei der nächsten Aktualisierung aus der Tabelle.</translation>
    </message>
    <message>
        <source>Gap: not listening from %1 to %2</source>
        <translation>Lücke: nicht abgehört von %1 bis %2</translation>
    </message>
    <message>
        <source>The listening session was lost: %1

Notifications committed while it was reconnecting were delivered to nobody and cannot be recovered.</source>
        <translation>Die Abhör-Sitzung ging verloren: %1

Benachrichtigungen, die während des Neuverbindens festgeschrieben wurden, wurden niemandem zugestellt und können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 · pid %2 · %3 · %4</source>
        <translation>%1 · PID %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Buffer Size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>Keep the newest events (older ones are dropped and counted).
Each takes about 50 bytes plus its payload.</source>
        <translation>Die neuesten Ereignisse behalten (ältere werden verworfen und gezählt).
Jedes belegt etwa 50 Bytes plus seine Nutzlast.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Events exported to %1: %L2</source>
        <translation>Ereignisse nach %1 exportiert: %L2</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson)</source>
        <translation>JSON-Lines-Dateien (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank.</translation>
    </message>
    <message>
        <source>DDL events</source>
        <translation>DDL-Ereignisse</translation>
    </message>
    <message>
        <source>Cannot check the DDL event trigger: %1</source>
        <translation>Der DDL-Ereignis-Trigger kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Only a superuser can create event triggers, and %1 is not one. Connect as a superuser to install DDL events in %2, or ask one to do it.</source>
        <translation>Nur ein Superuser kann Ereignis-Trigger anlegen, und %1 ist keiner. Verbinden Sie sich als Superuser, um DDL-Ereignisse in %2 zu installieren, oder bitten Sie einen Superuser darum.</translation>
    </message>
    <message>
        <source>The DDL event trigger is not installed in %1.</source>
        <translation>Der DDL-Ereignis-Trigger ist in %1 nicht installiert.</translation>
    </message>
    <message>
        <source>Remove the DDL event trigger and its function from database %1?</source>
        <translation>Den DDL-Ereignis-Trigger und seine Funktion aus der Datenbank %1 entfernen?</translation>
    </message>
    <message>
        <source>Cannot install the DDL event trigger: %1</source>
        <translation>Der DDL-Ereignis-Trigger kann nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the DDL event trigger: %1</source>
        <translation>Der DDL-Ereignis-Trigger kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>DDL events installed in %1: schema changes arrive on channel %2.</source>
        <translation>DDL-Ereignisse in %1 installiert: Schemaänderungen kommen auf Kanal %2 an.</translation>
    </message>
    <message>
        <source>DDL events removed from %1.</source>
        <translation>DDL-Ereignisse aus %1 entfernt.</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>Nutzlast kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON Lines</source>
        <translation>Als JSON Lines kopieren</translation>
    </message>
    <message>
        <source>Export Selection as JSON Lines…</source>
        <translation>Auswahl als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Buffer Size…</source>
        <translation>Puffergröße…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Connected, listening on no channel yet (backend pid %1)</source>
        <translation>Verbunden, noch kein Kanal abgehört (Backend-PID %1)</translation>
    </message>
    <message>
        <source>Listening on %1 (backend pid %2)</source>
        <translation>Abhören von %1 (Backend-PID %2)</translation>
    </message>
    <message>
        <source>The design notifies on:</source>
        <translation>Der Entwurf sendet Benachrichtigungen auf:</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Listen on “%1”, which the open design notifies on</source>
        <translation>„%1“ abhören, auf dem der geöffnete Entwurf Benachrichtigungen sendet</translation>
    </message>
    <message>
        <source>Install an event trigger in database %1?

It creates the event triggers trigon_ddl_command_end and trigon_sql_drop with their functions: the DDL events preset of the event-trigger designer. Every schema change in this database, by anyone, then sends a notification on channel %2.</source>
        <translation>Einen Ereignis-Trigger in der Datenbank %1 installieren?

Dies legt die Ereignis-Trigger trigon_ddl_command_end und trigon_sql_drop mit ihren Funktionen an: die Vorlage „DDL-Ereignisse“ des Ereignis-Trigger-Editors. Danach sendet jede Schemaänderung in dieser Datenbank, gleich von wem, eine Benachrichtigung auf Kanal %2.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::NotifyPage</name>
    <message>
        <source>Send a short notice instead (truncated)</source>
        <translation>Stattdessen einen kurzen Hinweis senden (gekürzt)</translation>
    </message>
    <message>
        <source>Skip the notification, with a warning</source>
        <translation>Benachrichtigung auslassen, mit Warnung</translation>
    </message>
    <message>
        <source>Fail the statement</source>
        <translation>Anweisung fehlschlagen lassen</translation>
    </message>
    <message>
        <source>pg_notify() with a JSON payload, sent when the transaction commits.</source>
        <translation>pg_notify() mit JSON-Nutzlast, gesendet beim Festschreiben der Transaktion.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzlast:</translation>
    </message>
    <message>
        <source>Over 8000 bytes:</source>
        <translation>Über 8000 Bytes:</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message numerus="yes">
        <source>Notify on &quot;%1&quot; (%n key(s))</source>
        <translation>
            <numerusform>Benachrichtigen auf &quot;%1&quot; (%n Schlüssel)</numerusform>
            <numerusform>Benachrichtigen auf &quot;%1&quot; (%n Schlüssel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxPage</name>
    <message>
        <source>No target of this file has this name: only Debezium or another reader of trigon.outbox will deliver these events.</source>
        <translation>Kein Ziel dieser Datei hat diesen Namen: Nur Debezium oder ein anderer Leser von trigon.outbox stellt diese Ereignisse zu.</translation>
    </message>
    <message>
        <source>&lt;table&gt;.&lt;insert|update|delete&gt;</source>
        <translation>&lt;table&gt;.&lt;insert|update|delete&gt;</translation>
    </message>
    <message>
        <source>Empty: the table&apos;s name and the operation, as in &quot;orders.update&quot;</source>
        <translation>Leer: der Name der Tabelle und die Operation, wie in &quot;orders.update&quot;</translation>
    </message>
    <message>
        <source>The events of one key are delivered in the order they were written</source>
        <translation>Die Ereignisse eines Schlüssels werden in der Reihenfolge zugestellt, in der sie geschrieben wurden</translation>
    </message>
    <message>
        <source>Writes an event into trigon.outbox in the same transaction; trigon-cli relay delivers it once the transaction has committed.</source>
        <translation>Schreibt ein Ereignis in derselben Transaktion in trigon.outbox; trigon-cli relay stellt es zu, sobald die Transaktion festgeschrieben ist.</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation>Ereignistyp:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzlast:</translation>
    </message>
    <message>
        <source>Outbox event</source>
        <translation>Outbox-Ereignis</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>Outbox → %1: &lt;table&gt;.&lt;operation&gt;</source>
        <translation>Outbox → %1: &lt;table&gt;.&lt;operation&gt;</translation>
    </message>
    <message>
        <source>Outbox → %1: %2</source>
        <translation>Outbox → %1: %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxProblemsModel</name>
    <message>
        <source>Dead</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Schlägt fehl</translation>
    </message>
    <message>
        <source>The relay gave up on this event: retry it once the target works again</source>
        <translation>Das Relay hat dieses Ereignis aufgegeben: Versuchen Sie es erneut, sobald das Ziel wieder funktioniert</translation>
    </message>
    <message>
        <source>The relay tries this event again</source>
        <translation>Das Relay versucht dieses Ereignis erneut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxTargetsModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Ältestes ausstehendes</translation>
    </message>
</context>
<context>
    <name>trigon::ui::PayloadEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wert aus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
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
        <source>NEW column</source>
        <translation>NEW-Spalte</translation>
    </message>
    <message>
        <source>OLD column</source>
        <translation>OLD-Spalte</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Ganze Zeile</translation>
    </message>
    <message>
        <source>TG_ variable</source>
        <translation>TG_-Variable</translation>
    </message>
    <message>
        <source>now()</source>
        <translation>now()</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>SQL expression</source>
        <translation>SQL-Ausdruck</translation>
    </message>
    <message>
        <source>JSON literal</source>
        <translation>JSON-Literal</translation>
    </message>
    <message>
        <source>DDL field</source>
        <translation>DDL-Feld</translation>
    </message>
</context>
<context>
    <name>trigon::ui::PostgresLexer</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Line comment</source>
        <translation>Zeilenkommentar</translation>
    </message>
    <message>
        <source>Block comment</source>
        <translation>Blockkommentar</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>Typname</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Dollar-quoted string</source>
        <translation>Zeichenkette in Dollar-Quoting</translation>
    </message>
    <message>
        <source>Function body delimiter</source>
        <translation>Begrenzer des Funktionsrumpfs</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Table or column</source>
        <translation>Tabelle oder Spalte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ProtectPage</name>
    <message>
        <source>&lt;operation&gt; on &lt;table&gt; is not allowed</source>
        <translation>&lt;Operation&gt; auf &lt;Tabelle&gt; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Raise an error: the statement and its transaction fail.</source>
        <translation>Einen Fehler auslösen: Die Anweisung und ihre Transaktion schlagen fehl.</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>SQLSTATE:</source>
        <translation>SQLSTATE:</translation>
    </message>
    <message>
        <source>Protect (raise an error)</source>
        <translation>Schützen (Fehler auslösen)</translation>
    </message>
    <message>
        <source>Protect: refuse the change</source>
        <translation>Schützen: Änderung ablehnen</translation>
    </message>
    <message>
        <source>Protect: &quot;%1&quot;</source>
        <translation>Schützen: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>trigon::ui::PythonPage</name>
    <message>
        <source>The whole trigger function in PL/Python (plpython3u): the row is TD[&quot;new&quot;] and TD[&quot;old&quot;], the database is plpy. Return &quot;MODIFY&quot; after changing TD[&quot;new&quot;], &quot;SKIP&quot; to skip the row, or nothing. It is the trigger&apos;s only action.</source>
        <translation>Die gesamte Triggerfunktion in PL/Python (plpython3u): Die Zeile ist TD[&quot;new&quot;] und TD[&quot;old&quot;], die Datenbank ist plpy. Geben Sie &quot;MODIFY&quot; zurück, nachdem Sie TD[&quot;new&quot;] geändert haben, &quot;SKIP&quot;, um die Zeile zu überspringen, oder nichts. Sie ist die einzige Aktion des Triggers.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Rumpf:</translation>
    </message>
    <message>
        <source>PL/Python function</source>
        <translation>PL/Python-Funktion</translation>
    </message>
    <message numerus="yes">
        <source>PL/Python (%n line(s))</source>
        <translation>
            <numerusform>PL/Python (%n Zeile)</numerusform>
            <numerusform>PL/Python (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::SandboxController</name>
    <message>
        <source>Starting the sandbox PostgreSQL server…</source>
        <translation>Sandbox-PostgreSQL-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation>Sandbox wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Seeding sandbox database &apos;%1&apos;: %2…</source>
        <translation>Sandbox-Datenbank &apos;%1&apos; wird befüllt: %2…</translation>
    </message>
    <message>
        <source>Seeding the sandbox database &apos;%1&apos; from %2 failed while %3.

%4</source>
        <translation>Das Befüllen der Sandbox-Datenbank &apos;%1&apos; aus %2 ist fehlgeschlagen (Schritt: %3).

%4</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>der Quelle</translation>
    </message>
</context>
<context>
    <name>trigon::ui::Session</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 %2@%3 — PostgreSQL %4.%5</source>
        <translation>%1 %2@%3 — PostgreSQL %4.%5</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Sandbox:</translation>
    </message>
    <message>
        <source>Connected:</source>
        <translation>Verbunden:</translation>
    </message>
</context>
<context>
    <name>trigon::ui::SetTimestampPage</name>
    <message>
        <source>NEW.column := now() for each checked column.</source>
        <translation>NEW.column := now() für jede ausgewählte Spalte.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Set timestamp</source>
        <translation>Zeitstempel setzen</translation>
    </message>
    <message>
        <source>Set timestamp: %1</source>
        <translation>Zeitstempel setzen: %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>trigon::ui::SoftDeletePage</name>
    <message>
        <source>A JSON value (true, 1, &quot;deleted&quot;) or plain text</source>
        <translation>Ein JSON-Wert (true, 1, &quot;deleted&quot;) oder einfacher Text</translation>
    </message>
    <message>
        <source>Turn a DELETE into an UPDATE that marks the row.</source>
        <translation>Ein DELETE in ein UPDATE umwandeln, das die Zeile markiert.</translation>
    </message>
    <message>
        <source>Flag column:</source>
        <translation>Markierungsspalte:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Setzen auf:</translation>
    </message>
    <message>
        <source>Key columns:</source>
        <translation>Schlüsselspalten:</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Logisches Löschen</translation>
    </message>
    <message>
        <source>Soft delete: set %1 instead of deleting</source>
        <translation>Logisches Löschen: %1 setzen statt löschen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::SqlPage</name>
    <message>
        <source>Custom PL/pgSQL, run as its own block.</source>
        <translation>Eigenes PL/pgSQL, als separater Block ausgeführt.</translation>
    </message>
    <message>
        <source>DECLARE:</source>
        <translation>DECLARE:</translation>
    </message>
    <message>
        <source>BEGIN … END:</source>
        <translation>BEGIN … END:</translation>
    </message>
    <message>
        <source>Custom PL/pgSQL</source>
        <translation>Eigenes PL/pgSQL</translation>
    </message>
    <message numerus="yes">
        <source>Custom PL/pgSQL (%n line(s))</source>
        <translation>
            <numerusform>Eigenes PL/pgSQL (%n Zeile)</numerusform>
            <numerusform>Eigenes PL/pgSQL (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::SqlPreview</name>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Show the script that installs the triggers</source>
        <translation>Skript anzeigen, das die Trigger installiert</translation>
    </message>
    <message>
        <source>&amp;Uninstall</source>
        <translation>&amp;Deinstallieren</translation>
    </message>
    <message>
        <source>Show the script that removes the triggers</source>
        <translation>Skript anzeigen, das die Trigger entfernt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection, or the whole script when nothing is selected</source>
        <translation>Auswahl kopieren, oder das ganze Skript, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the script to a file</source>
        <translation>Skript in eine Datei speichern</translation>
    </message>
    <message>
        <source>Save SQL Script</source>
        <translation>SQL-Skript speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>Das Skript konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TablesDialog</name>
    <message>
        <source>Pick by &amp;rule</source>
        <translation>Per &amp;Regel auswählen</translation>
    </message>
    <message>
        <source>Tables of %1</source>
        <translation>Tabellen von %1</translation>
    </message>
    <message>
        <source>The rule is saved with the design: trigon-cli attach applies it again, and status names the tables it picks that the design lacks (a table created later).</source>
        <translation>Die Regel wird mit dem Entwurf gespeichert: trigon-cli attach wendet sie erneut an, und status nennt die Tabellen, die sie auswählt, die dem Entwurf aber fehlen (eine später angelegte Tabelle).</translation>
    </message>
    <message>
        <source>A glob: * stands for any run of characters, ? for one.</source>
        <translation>Ein Glob: * steht für eine beliebige Zeichenfolge, ? für ein einzelnes Zeichen.</translation>
    </message>
    <message>
        <source>audit_log, schema_migrations</source>
        <translation>audit_log, schema_migrations</translation>
    </message>
    <message>
        <source>last_update</source>
        <translation>last_update</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation>Namens&amp;muster:</translation>
    </message>
    <message>
        <source>E&amp;xcept:</source>
        <translation>A&amp;ußer:</translation>
    </message>
    <message>
        <source>With &amp;column:</source>
        <translation>Mit S&amp;palte:</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Not connected: only the design&apos;s own tables are listed. Connect to pick others from the catalog.</source>
        <translation>Nicht verbunden: Nur die eigenen Tabellen des Entwurfs werden aufgelistet. Verbinden Sie sich, um weitere aus dem Katalog auszuwählen.</translation>
    </message>
    <message>
        <source>No table picked: the design needs at least one.</source>
        <translation>Keine Tabelle ausgewählt: Der Entwurf braucht mindestens eine.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) picked, one trigger on each, one shared function.</source>
        <translation>
            <numerusform>%n Tabelle ausgewählt, ein Trigger pro Tabelle, eine gemeinsame Funktion.</numerusform>
            <numerusform>%n Tabellen ausgewählt, ein Trigger pro Tabelle, eine gemeinsame Funktion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestBenchView</name>
    <message>
        <source>(nothing on either side)
</source>
        <translation>(auf keiner Seite etwas)
</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Expected and actual</source>
        <translation>Erwartet und tatsächlich</translation>
    </message>
    <message>
        <source>Lines marked - were expected and did not happen; lines marked + happened instead.</source>
        <translation>Mit - markierte Zeilen wurden erwartet und sind nicht eingetreten; mit + markierte Zeilen sind stattdessen eingetreten.</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Triggers fired, in order</source>
        <translation>Ausgelöste Trigger, in Reihenfolge</translation>
    </message>
    <message>
        <source>None of the design&apos;s triggers fired.</source>
        <translation>Keiner der Trigger des Entwurfs wurde ausgelöst.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Run a test case to see what it expected, what happened, and which triggers fired.</source>
        <translation>Führen Sie einen Testfall aus, um zu sehen, was er erwartet hat, was passiert ist und welche Trigger ausgelöst wurden.</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n test case(s). Double-click a trigger to run all of its cases, or a case to run it alone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Testfall. Doppelklicken Sie auf einen Trigger, um alle seine Testfälle auszuführen, oder auf einen Testfall, um nur diesen auszuführen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Testfälle. Doppelklicken Sie auf einen Trigger, um alle seine Testfälle auszuführen, oder auf einen Testfall, um nur diesen auszuführen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Not run yet. Double-click the case to run it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht ausgeführt. Doppelklicken Sie auf den Testfall, um ihn auszuführen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Zeilenzahl</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Triggers fired</source>
        <translation>Ausgelöste Trigger</translation>
    </message>
    <message>
        <source>&lt;p&gt;No trigger of this design has test cases yet. Choose a trigger and press Add in the test case editor to make one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch hat kein Trigger dieses Entwurfs Testfälle. Wählen Sie einen Trigger aus und klicken Sie im Testfall-Editor auf „Hinzufügen“, um einen anzulegen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestCaseEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Record from Run</source>
        <translation>Aus Ausführung aufzeichnen</translation>
    </message>
    <message>
        <source>Add a test case to this trigger (Ins in the list)</source>
        <translation>Einen Testfall zu diesem Trigger hinzufügen (Einfg in der Liste)</translation>
    </message>
    <message>
        <source>Add a copy of the selected case (Ctrl+D in the list)</source>
        <translation>Eine Kopie des ausgewählten Testfalls hinzufügen (Strg+D in der Liste)</translation>
    </message>
    <message>
        <source>Delete the selected case (Del in the list)</source>
        <translation>Den ausgewählten Testfall löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Run the selected case in the test bench; nothing stays behind</source>
        <translation>Den ausgewählten Testfall auf dem Prüfstand ausführen; nichts bleibt zurück</translation>
    </message>
    <message>
        <source>Make what the case&apos;s last run did its expectations: the rows its queries returned, the notifications sent and the triggers that fired</source>
        <translation>Das, was der letzte Lauf des Testfalls getan hat, zu seinen Erwartungen machen: die Zeilen, die seine Abfragen geliefert haben, die gesendeten Benachrichtigungen und die ausgelösten Trigger</translation>
    </message>
    <message>
        <source>Choose a trigger in Designs to edit its test cases.</source>
        <translation>Wählen Sie unter „Entwürfe“ einen Trigger aus, um seine Testfälle zu bearbeiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 has no test cases yet: Add makes one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 hat noch keine Testfälle: „Hinzufügen“ legt einen an.</translation>
    </message>
    <message>
        <source>Test cases of &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Testfälle von &lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>neuer Testfall</translation>
    </message>
    <message>
        <source>new case %1</source>
        <translation>neuer Testfall %1</translation>
    </message>
    <message>
        <source>Add Test Case %1</source>
        <translation>Testfall %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Duplicate Test Case %1</source>
        <translation>Testfall %1 duplizieren</translation>
    </message>
    <message>
        <source>Delete Test Case %1</source>
        <translation>Testfall %1 löschen</translation>
    </message>
    <message>
        <source>Record Test Case %1 from Run</source>
        <translation>Testfall %1 aus Ausführung aufzeichnen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestCaseForm</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>SQL run before the action, such as the rows it works on; row counts are taken after it</source>
        <translation>SQL, das vor der Aktion läuft, etwa die Zeilen, mit denen sie arbeitet; die Zeilenzahlen werden danach ermittelt</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>The SQL whose effects are checked: the triggers fire during it</source>
        <translation>Das SQL, dessen Wirkung geprüft wird: Die Trigger werden währenddessen ausgelöst</translation>
    </message>
    <message>
        <source>none; trigger names, separated by commas</source>
        <translation>keine; Triggernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Triggers the case skips through trigon.bypass() after the setup (their designs need Bypass switched on)</source>
        <translation>Trigger, die der Testfall nach der Vorbereitung über trigon.bypass() umgeht (in ihren Entwürfen muss die Umgehung eingeschaltet sein)</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>Umgehung</translation>
    </message>
    <message>
        <source>One text per line, found in some notice the action raises</source>
        <translation>Ein Text pro Zeile, der in einem Hinweis der Aktion vorkommen muss</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Check which design triggers fire, in this order:</source>
        <translation>Prüfen, welche Trigger des Entwurfs ausgelöst werden, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>One trigger name per line, once per firing; empty: none fires</source>
        <translation>Ein Triggername pro Zeile, einmal pro Auslösung; leer: keiner wird ausgelöst</translation>
    </message>
    <message>
        <source>triggers fired</source>
        <translation>ausgelöste Trigger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expectations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erwartungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Setup:</source>
        <translation>&amp;Vorbereitung:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Bypass:</source>
        <translation>&amp;Umgehung:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Query rows:</source>
        <translation>Abfragezeilen:</translation>
    </message>
    <message>
        <source>Row counts:</source>
        <translation>Zeilenzahlen:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>No&amp;tices:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>Fired:</source>
        <translation>Ausgelöst:</translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation>Muss erfolgreich sein</translation>
    </message>
    <message>
        <source>Must fail</source>
        <translation>Muss fehlschlagen</translation>
    </message>
    <message>
        <source>with a message containing (any)</source>
        <translation>Meldung enthält (beliebig)</translation>
    </message>
    <message>
        <source>SQLSTATE (any)</source>
        <translation>SQLSTATE (beliebig)</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>SQLSTATE</source>
        <translation>SQLSTATE</translation>
    </message>
    <message>
        <source>Add Query</source>
        <translation>Abfrage hinzufügen</translation>
    </message>
    <message>
        <source>Check the rows a query returns after the action</source>
        <translation>Die Zeilen prüfen, die eine Abfrage nach der Aktion liefert</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Remove Query</source>
        <translation>Abfrage entfernen</translation>
    </message>
    <message>
        <source>Stop checking this query</source>
        <translation>Diese Abfrage nicht mehr prüfen</translation>
    </message>
    <message>
        <source>SELECT id, status FROM orders ORDER BY id</source>
        <translation>SELECT id, status FROM orders ORDER BY id</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>The rows the query returns, in order, as PostgreSQL writes them (t and f for booleans)</source>
        <translation>Die Zeilen, die die Abfrage liefert, in Reihenfolge und so, wie PostgreSQL sie schreibt (t und f für boolesche Werte)</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Expect one more row</source>
        <translation>Eine weitere Zeile erwarten</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Expect one more column</source>
        <translation>Eine weitere Spalte erwarten</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>Die ausgewählte Spalte entfernen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>How the number of rows of a table changes: +1, 0, -2</source>
        <translation>Wie sich die Zeilenzahl einer Tabelle ändert: +1, 0, -2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Check how a table&apos;s row count changes</source>
        <translation>Prüfen, wie sich die Zeilenzahl einer Tabelle ändert</translation>
    </message>
    <message>
        <source>row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row count</source>
        <translation>Die ausgewählte Zeilenzahl entfernen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payload fields (JSON)</source>
        <translation>Nutzlastfelder (JSON)</translation>
    </message>
    <message>
        <source>A notification on the channel whose JSON payload holds these fields with these values; other fields may be there too</source>
        <translation>Eine Benachrichtigung auf dem Kanal, deren JSON-Nutzlast diese Felder mit diesen Werten enthält; weitere Felder dürfen vorkommen</translation>
    </message>
    <message>
        <source>Expect a notification</source>
        <translation>Eine Benachrichtigung erwarten</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Remove the selected notification</source>
        <translation>Die ausgewählte Benachrichtigung entfernen</translation>
    </message>
    <message>
        <source>The payload fields must be a JSON object, such as {&quot;op&quot;: &quot;INSERT&quot;}; &quot;%1&quot; was not kept.</source>
        <translation>Die Nutzlastfelder müssen ein JSON-Objekt sein, etwa {&quot;op&quot;: &quot;INSERT&quot;}; &quot;%1&quot; wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Edit Test Case %1 (%2)</source>
        <translation>Testfall %1 bearbeiten (%2)</translation>
    </message>
    <message>
        <source>query rows</source>
        <translation>Abfragezeilen</translation>
    </message>
    <message>
        <source>Query %1 (no SQL yet)</source>
        <translation>Abfrage %1 (noch kein SQL)</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Abfrage %1: %2</translation>
    </message>
    <message>
        <source>No query is checked</source>
        <translation>Keine Abfrage wird geprüft</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TriggerForm</name>
    <message>
        <source>orders_protect_paid</source>
        <translation>orders_protect_paid</translation>
    </message>
    <message>
        <source>Rename Trigger</source>
        <translation>Trigger umbenennen</translation>
    </message>
    <message>
        <source>Change Table</source>
        <translation>Tabelle ändern</translation>
    </message>
    <message>
        <source>&amp;Tables…</source>
        <translation>Tab&amp;ellen…</translation>
    </message>
    <message>
        <source>Put this trigger on several tables, sharing one function, or pick its tables by a rule.</source>
        <translation>Diesen Trigger auf mehrere Tabellen legen, mit einer gemeinsamen Funktion, oder seine Tabellen per Regel auswählen.</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;BEFORE</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;AFTER</translation>
    </message>
    <message>
        <source>&amp;Instead of</source>
        <translation>&amp;INSTEAD OF</translation>
    </message>
    <message>
        <source>Change Timing</source>
        <translation>Zeitpunkt ändern</translation>
    </message>
    <message>
        <source>I&amp;NSERT</source>
        <translation>I&amp;NSERT</translation>
    </message>
    <message>
        <source>&amp;UPDATE</source>
        <translation>&amp;UPDATE</translation>
    </message>
    <message>
        <source>&amp;DELETE</source>
        <translation>&amp;DELETE</translation>
    </message>
    <message>
        <source>&amp;TRUNCATE</source>
        <translation>&amp;TRUNCATE</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Change UPDATE OF Columns</source>
        <translation>UPDATE-OF-Spalten ändern</translation>
    </message>
    <message>
        <source>For each &amp;row</source>
        <translation>&amp;Zeilenweise</translation>
    </message>
    <message>
        <source>For each &amp;statement</source>
        <translation>An&amp;weisungsweise</translation>
    </message>
    <message>
        <source>Change Level</source>
        <translation>Ebene ändern</translation>
    </message>
    <message>
        <source>not referenced</source>
        <translation>nicht referenziert</translation>
    </message>
    <message>
        <source>Change OLD TABLE</source>
        <translation>OLD TABLE ändern</translation>
    </message>
    <message>
        <source>Change NEW TABLE</source>
        <translation>NEW TABLE ändern</translation>
    </message>
    <message>
        <source>OLD TABLE AS</source>
        <translation>OLD TABLE AS</translation>
    </message>
    <message>
        <source>NEW TABLE AS</source>
        <translation>NEW TABLE AS</translation>
    </message>
    <message>
        <source>C&amp;onstraint trigger</source>
        <translation>&amp;Constraint-Trigger</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>Aufschiebbar</translation>
    </message>
    <message>
        <source>Initially deferred</source>
        <translation>Anfänglich aufgeschoben</translation>
    </message>
    <message>
        <source>schema.referenced_table (optional)</source>
        <translation>schema.referenzierte_tabelle (optional)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>Make Constraint Trigger</source>
        <translation>In Constraint-Trigger umwandeln</translation>
    </message>
    <message>
        <source>Make Plain Trigger</source>
        <translation>In normalen Trigger umwandeln</translation>
    </message>
    <message>
        <source>Change Deferrable</source>
        <translation>„Aufschiebbar“ ändern</translation>
    </message>
    <message>
        <source>Change Initially Deferred</source>
        <translation>„Anfänglich aufgeschoben“ ändern</translation>
    </message>
    <message>
        <source>Change Referenced Table</source>
        <translation>Referenzierte Tabelle ändern</translation>
    </message>
    <message>
        <source>Enabled (origin)</source>
        <translation>Aktiviert (Ursprung)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Replica only</source>
        <translation>Nur auf Replikaten</translation>
    </message>
    <message>
        <source>Always (also on replicas)</source>
        <translation>Immer (auch auf Replikaten)</translation>
    </message>
    <message>
        <source>Change Enabled State</source>
        <translation>Aktivierungsstatus ändern</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Allowed, logged to trigon.bypass_log</source>
        <translation>Erlaubt, protokolliert in trigon.bypass_log</translation>
    </message>
    <message>
        <source>Allowed, reported as a NOTICE</source>
        <translation>Erlaubt, gemeldet als NOTICE</translation>
    </message>
    <message>
        <source>Change Bypass</source>
        <translation>Umgehung ändern</translation>
    </message>
    <message>
        <source>Change Function</source>
        <translation>Funktion ändern</translation>
    </message>
    <message>
        <source>Change Comment</source>
        <translation>Kommentar ändern</translation>
    </message>
    <message>
        <source>One argument per line (TG_ARGV)</source>
        <translation>Ein Argument pro Zeile (TG_ARGV)</translation>
    </message>
    <message>
        <source>Change Arguments</source>
        <translation>Argumente ändern</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The table&apos;s columns as the design knows them. Auto columns are maintained by the database (exclude_auto leaves them out of change conditions); key columns pair OLD and NEW rows of statement-level triggers.</source>
        <translation>Die Spalten der Tabelle, wie der Entwurf sie kennt. Automatische Spalten werden von der Datenbank gepflegt (exclude_auto lässt sie in Änderungsbedingungen aus); Schlüsselspalten ordnen bei anweisungsweisen Triggern OLD- und NEW-Zeilen einander zu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>From Catalog</source>
        <translation>Aus Katalog</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Zeitpunkt:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>UPDATE &amp;OF:</source>
        <translation>UPDATE &amp;OF:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Referencing:</source>
        <translation>Referenzierung:</translation>
    </message>
    <message>
        <source>&amp;Enabled:</source>
        <translation>Akti&amp;viert:</translation>
    </message>
    <message>
        <source>B&amp;ypass:</source>
        <translation>&amp;Umgehung:</translation>
    </message>
    <message>
        <source>E&amp;xecutes:</source>
        <translation>&amp;Führt aus:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>Table columns:</source>
        <translation>Tabellenspalten:</translation>
    </message>
    <message>
        <source>Change Tables</source>
        <translation>Tabellen ändern</translation>
    </message>
    <message>
        <source>Columns from Catalog</source>
        <translation>Spalten aus Katalog</translation>
    </message>
    <message>
        <source>Change Column</source>
        <translation>Spalte ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): </source>
        <translation>
            <numerusform>%n Tabelle: </numerusform>
            <numerusform>%n Tabellen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source> (by rule)</source>
        <translation> (per Regel)</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers are only for views; %1 is a table.</source>
        <translation>INSTEAD-OF-Trigger gibt es nur für Sichten; %1 ist eine Tabelle.</translation>
    </message>
    <message>
        <source>On a view, BEFORE and AFTER triggers must be FOR EACH STATEMENT.</source>
        <translation>Auf einer Sicht müssen BEFORE- und AFTER-Trigger FOR EACH STATEMENT sein.</translation>
    </message>
    <message>
        <source>Fire only when an UPDATE names one of these columns in its SET list.</source>
        <translation>Nur auslösen, wenn ein UPDATE eine dieser Spalten in seiner SET-Liste nennt.</translation>
    </message>
    <message>
        <source>A name for the rows before the statement (a transition table).</source>
        <translation>Ein Name für die Zeilen vor der Anweisung (eine Übergangstabelle).</translation>
    </message>
    <message>
        <source>A name for the rows after the statement (a transition table).</source>
        <translation>Ein Name für die Zeilen nach der Anweisung (eine Übergangstabelle).</translation>
    </message>
    <message>
        <source>AFTER ... FOR EACH ROW triggers that can be deferred to the end of the transaction.</source>
        <translation>Trigger mit AFTER ... FOR EACH ROW, die bis zum Ende der Transaktion aufgeschoben werden können.</translation>
    </message>
    <message>
        <source>Whether a transaction may skip this trigger on purpose with SELECT trigon.bypass(&apos;name&apos;, &apos;reason&apos;), until it ends; and whether each such skip is logged to the table trigon.bypass_log or reported to the client as a NOTICE.</source>
        <translation>Ob eine Transaktion diesen Trigger mit SELECT trigon.bypass(&apos;name&apos;, &apos;grund&apos;) absichtlich bis zu ihrem Ende überspringen darf und ob jedes solche Überspringen in der Tabelle trigon.bypass_log protokolliert oder dem Client als NOTICE gemeldet wird.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TriggerState</name>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>replica only</source>
        <translation>nur Replikat</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ValidatePage</name>
    <message>
        <source>SQL expression</source>
        <translation>SQL-Ausdruck</translation>
    </message>
    <message>
        <source>Condition (design-file JSON)</source>
        <translation>Bedingung (JSON der Entwurfsdatei)</translation>
    </message>
    <message>
        <source>The statement fails with the message when the check is false (NULL passes).</source>
        <translation>Die Anweisung schlägt mit der Meldung fehl, wenn die Prüfung falsch ergibt (NULL besteht).</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>SQLSTATE:</source>
        <translation>SQLSTATE:</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Validate: &quot;%1&quot;</source>
        <translation>Validieren: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>trigon::ui::WelcomePage</name>
    <message>
        <source>Open Sandbox Database</source>
        <translation>Sandbox-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Connect to a Database…</source>
        <translation>Mit einer Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Trigon</source>
        <translation>Trigon</translation>
    </message>
    <message>
        <source>Design PostgreSQL triggers, see their SQL as you build them, then deploy and test them against a real database.</source>
        <translation>PostgreSQL-Trigger entwerfen, ihr SQL schon beim Erstellen sehen und sie dann in einer echten Datenbank bereitstellen und testen.</translation>
    </message>
    <message>
        <source>No server of your own? The sandbox is a private PostgreSQL with a small demo shop (customers, products, orders, an audit table) that stays on this computer.</source>
        <translation>Kein eigener Server? Die Sandbox ist ein privates PostgreSQL mit einem kleinen Demo-Shop (Kunden, Produkte, Bestellungen, eine Audit-Tabelle), das auf diesem Computer bleibt.</translation>
    </message>
    <message>
        <source>Reconnect: %1</source>
        <translation>Erneut verbinden: %1</translation>
    </message>
    <message>
        <source>New to Trigon? The way from a database to a tested trigger (F1)</source>
        <translation>Neu bei Trigon? Der Weg von einer Datenbank zum getesteten Trigger (F1)</translation>
    </message>
    <message>
        <source>Recent designs</source>
        <translation>Zuletzt geöffnete Entwürfe</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 is not there any more</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
</context>
</TS>
