<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: ist keine reguläre Datei; Episcope ersetzt sie nicht</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: die Zugriffsrechte konnten nicht beibehalten werden: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: Eigentümer oder Gruppe konnten nicht beibehalten werden: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: konnte nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: gespeichert, aber der Ordner konnte nicht mit dem Datenträger synchronisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: enthält keine .json-, .nfo-, .xml- oder .txt-Dateien</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>„%1“ ist keine Sprachkennung</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>Inhaltsangaben: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>Die anzuzeigende Sprache (Kennung nach BCP 47).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html oder markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>show benötigt --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>unbekanntes Format „%1“ (text, html oder markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: keine Inhaltsangabe in „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: keine Inhaltsangabe in %2; gemäß Ihren bevorzugten Sprachen wird die in %3 angezeigt</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Bevorzugte Sprachen, die wichtigste zuerst (pt-BR,pt-PT,en): Ein fehlender Titel oder eine fehlende Inhaltsangabe wird aus der nächsten übernommen und als übernommen gekennzeichnet.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Die Spracherkennung an annotierten Texten bewerten (Zeilen der Form TAG&lt;TAB&gt;text), neben reinem CLD2.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>Die angebliche Sprache des Textes (ein Hinweis, keine Vorgabe).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Sprachen, in denen der Text wahrscheinlich verfasst ist, durch Kommas getrennt (Hinweise).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>Standardeingabe ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>zuverlässig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>Die Sprache links (Kennung nach BCP 47).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>Die Sprache rechts (Kennung nach BCP 47).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html oder json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>compare benötigt --left TAG und --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>unbekanntes Format „%1“ (text, html oder json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>„%1“ oder „%2“ ist keine Sprachkennung</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: keine Inhaltsangabe in „%2“</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>Zeichen %1 / %2 (Verhältnis %3), Sätze %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>Namen in beiden: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>nur links: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>nur rechts: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(kein Gegenstück)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json oder html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>unbekanntes Format „%1“ (json oder html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 annotierte Texte in %2 Sprachen</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>Genauigkeit: Episcope %1   reines CLD2 %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>Regionen:    Episcope %1   reines CLD2 %2   (Texte, annotiert als pt-PT, es-MX…, genau mit dieser Kennung erkannt)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>Zeit:        Episcope %1 ms   reines CLD2 %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>Treffer je Sprache     Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>Verwechslungen, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>Verwechslungen, reines CLD2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json oder nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>Die zu schreibende Datei (csv, json; ohne Angabe die Standardausgabe) oder der Ordner (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>export benötigt --format csv, json oder nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>export --format nfo benötigt --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>Die Sprache der zu korrigierenden Inhaltsangabe (Kennung nach BCP 47).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>Das zu ersetzende Wort (nur ganze Wörter).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>Was stattdessen eingesetzt werden soll.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>fix benötigt --lang TAG --replace WORD --with TEXT und genau ein FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: „%2“ kommt in der Inhaltsangabe für %3 nicht vor; nichts gespeichert</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: %2 × „%3“ in %4 ersetzt</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Nur Übersetzungen in dieser Sprache (Kennung nach BCP 47).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>%1 Rechtschreibfehler bei %2 Wörtern</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (überwiegend unbekannte Wörter: Stimmt die Sprache?)</translation>
    </message>
    <message>
        <source>Usage: episcope-cli COMMAND [OPTIONS] [FILE...]

Commands:
  list   [--json] [--prefer TAGS] [PATH...]          episodes, translations, languages and quality checks
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  one synopsis
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  the language of a text, ranked (stdin with - or nothing)
  detect --eval FILE [--json]                        accuracy on TAG&lt;TAB&gt;text lines, beside raw CLD2
  spellcheck [--json] [--lang TAG] [FILE...]         misspellings per translation, with suggestions
  fix    --lang TAG --replace WORD --with TEXT FILE   fix a word in one synopsis and save (atomically)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  two synopses aligned sentence by sentence
  overview [--format json|html] [FILE...]            names × languages and how alike each pair is
  export --format csv|json [--out FILE] [PATH...]    every synopsis of everything given, in one file
  export --format nfo --out FOLDER [PATH...]         one Kodi NFO per language of each episode

A PATH may be a folder: its .json, .nfo, .xml and .txt files are read, recursively; a file there that
cannot be read is reported and the rest still count (exit status 2 at the end). Without PATH the
bundled sample is used. Errors go to standard error with exit status 2.

--ui-language TAG, anywhere on the line, sets the language of messages (%1);
by default it is the system&apos;s. JSON, CSV and NFO output is never translated.
</source>
        <translation>Aufruf: episcope-cli COMMAND [OPTIONS] [FILE...]

Befehle:
  list   [--json] [--prefer TAGS] [PATH...]          Folgen, Übersetzungen, Sprachen und Qualitätsprüfungen
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  eine Inhaltsangabe
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  die Sprache eines Textes, nach Rang geordnet (Standardeingabe bei - oder ohne Angabe)
  detect --eval FILE [--json]                        Genauigkeit bei Zeilen der Form TAG&lt;TAB&gt;text, neben reinem CLD2
  spellcheck [--json] [--lang TAG] [FILE...]         Rechtschreibfehler je Übersetzung, mit Vorschlägen
  fix    --lang TAG --replace WORD --with TEXT FILE   ein Wort in einer Inhaltsangabe korrigieren und (atomar) speichern
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  zwei Inhaltsangaben, Satz für Satz einander zugeordnet
  overview [--format json|html] [FILE...]            Namen × Sprachen und wie ähnlich sich die Paare jeweils sind
  export --format csv|json [--out FILE] [PATH...]    alle Inhaltsangaben aller Angaben in einer Datei
  export --format nfo --out FOLDER [PATH...]         eine Kodi-NFO je Sprache jeder Folge

Ein PATH kann ein Ordner sein: Seine .json-, .nfo-, .xml- und .txt-Dateien werden rekursiv gelesen; eine Datei darin,
die nicht gelesen werden kann, wird gemeldet, und der Rest zählt trotzdem (am Ende Exit-Status 2). Ohne PATH wird das
mitgelieferte Beispiel verwendet. Fehler werden mit Exit-Status 2 in die Standardfehlerausgabe geschrieben.

--ui-language TAG, an beliebiger Stelle der Zeile, legt die Sprache der Meldungen fest (%1);
standardmäßig ist es die des Systems. Ausgaben in JSON, CSV und NFO werden nie übersetzt.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>Entsprechung</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>kein Gegenstück</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Zeichen %1 / %2 (Verhältnis %3) · Sätze %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Namen in beiden: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Nur links: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Nur rechts: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>Zeile %1: Sprachkennung, Tabulator und Text erwartet</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>enthält keine annotierten Texte (Zeilen aus TAG, Tabulator und Text)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>enthält keinen JSON-Wert</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>enthält nach dem Ende des JSON-Werts weitere Daten</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>enthält hier etwas, das kein JSON ist</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>endet, bevor das JSON vollständig ist</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>verschachtelt Arrays und Objekte tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>hier wurde ein Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>wiederholt den Schlüssel &quot;%1&quot;; der letzte wird verwendet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>hier wurde &apos;:&apos; nach einem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>hier wurde &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>hier wurde &apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>enthält ein Steuerzeichen in einer Zeichenkette (es muss maskiert werden)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>enthält eine \u-Escape-Sequenz ohne vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>enthält eine unbekannte Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>endet innerhalb einer Zeichenkette (ein schließendes Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>enthält eine Zahl ohne Ziffern nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>enthält eine Zahl mit unvollständigem Exponenten</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: schreibgeschützt geöffnet, da kein gültiges UTF-8; beim Speichern würden sich Bytes ändern, die Sie nicht bearbeitet haben</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: die bearbeiteten Inhaltsangaben passen nicht mehr zur Datei</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: kann nicht mehr gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: wurde seit dem Öffnen auf dem Datenträger geändert, und der alte Text wurde nicht aufbewahrt (die Datei wurde zusammen mit vielen anderen geöffnet); laden Sie sie neu und bearbeiten Sie sie erneut</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: wurde seit dem Öffnen auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: der daraus gelesene Text ist unvollständig; nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: ist kein gültiger Text mehr; nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: die Inhaltsangabe für %2 ist nicht in der Datei gespeichert und kann daher dort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: eine Inhaltsangabe steht nicht mehr dort, wo sie gelesen wurde; nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>enthält Text nach dem XML; er wird ignoriert</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>ist XML, aber keine Kodi-NFO-Datei: kein &lt;episodedetails&gt;, &lt;tvshow&gt; oder &lt;movie&gt; vorhanden</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>deklariert XML-Entitäten in einem DOCTYPE; Episcope löst keine Entitäten auf</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>verwendet die nicht deklarierte Entität &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>ist XML, aber keine Kodi-NFO-Datei: das Wurzelelement ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>verschachtelt Elemente tiefer als %1 Ebenen</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>erwähnt</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>nicht erwähnt</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Übersicht der Inhaltsangaben</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Wer wo erwähnt wird</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Wie ähnlich sich die Inhaltsangaben sind</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>Inhaltsangabe gemäß Ihren bevorzugten Sprachen aus %1 übernommen</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>Titel gemäß Ihren bevorzugten Sprachen aus %1 übernommen</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>keine Inhaltsangabe</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>„%1“ ist ein Platzhalter, kein echter Titel</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>als %1 angegeben, aber als %2 erkannt</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>in %1 geschrieben; %2 verwendet diese Schrift nicht</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 Zeichen, weit kürzer als die für diese Folge üblichen %2</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>derselbe Text wie in der Zeile %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehrfach angegeben</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>ist eine Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>ist keine eingebettete Ressource</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>ist %1 groß; Episcope öffnet Dateien bis %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>ist größer als %1, das Maximum, das Episcope öffnet</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>ist JSON, aber keine Übersetzungsantwort von TMDB, TheTVDB oder Trakt: Es fehlen das Array &quot;translations&quot; und das Objekt &quot;data&quot;</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>ist ein leeres JSON-Array: keine Übersetzungen vorhanden</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>ist ein JSON-Array, aber keine Trakt-Übersetzungsliste: Dem ersten Eintrag fehlt &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>ist JSON, aber %1 statt einer Übersetzungsantwort</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>ist kein gültiges UTF-16 (ein Surrogat oder ein Byte fehlt)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>enthält NUL-Zeichen, ist also eine Binärdatei und kein Text</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>scheint UTF-16 ohne Byte-Order-Mark zu sein; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>enthält ein NUL-Byte, ist also eine Binärdatei und kein Text</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>ist keine TMDB-Übersetzungsantwort: Es gibt kein Array &quot;translations&quot;</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>ist keine TMDB-Übersetzungsantwort: &quot;translations&quot; ist %1, kein Array</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>eine Übersetzung ist %1, kein Objekt; sie wird übersprungen</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>eine Übersetzung hat keinen Sprachcode &quot;iso_639_1&quot;; sie wird übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>&quot;%1&quot; ist kein Sprachcode; die Zeile wird als unbekannte Sprache beibehalten</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>der Übersetzung %1 fehlt das Objekt &quot;data&quot;; sie wird leer angezeigt</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>ist eine TMDB-Antwort ohne Übersetzungen</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>eine Übersetzung hat keinen brauchbaren Code &quot;language&quot;; sie wird übersprungen</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>ist eine Trakt-Übersetzungsliste ohne brauchbare Übersetzung</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>ist eine TheTVDB-Übersetzung in &quot;%1&quot;, aber das ist kein Sprachcode</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>ist keine TheTVDB-Übersetzungsantwort: &quot;data&quot; enthält weder &quot;language&quot; noch ein Objekt &quot;translations&quot;</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>eine Übersetzung hat keinen brauchbaren Code &quot;language&quot;; sie wird übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>&quot;%1&quot; ist %2, kein Array; es wird ignoriert</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>eine Übersetzung ist %1, kein Objekt; sie wird übersprungen</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>ist eine TheTVDB-Antwort ohne Übersetzungen</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1 benötigt eine Sprachkennung, zum Beispiel de oder pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Bänder verbinden jeden Satz links mit seinem Gegenstück rechts</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>enthält keine .json-, .nfo-, .xml- oder .txt-Dateien</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Linke Inhaltsangabe</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Rechte Inhaltsangabe</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Linke Sprache</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Rechte Sprache</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Die beiden Seiten tauschen (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als HT&amp;ML exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Als Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Zeichen %1 / %2 · Verhältnis %3 · Sätze %4 / %5 · Namen in beiden: %6 · nur links: %7 · nur rechts: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — auf beiden Seiten genannt</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>Der Vergleich wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>Der Vergleich wurde nicht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Vergleich als HTML exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Copied the comparison as a table</source>
        <translation>Vergleich als Tabelle kopiert</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Keine Rechtschreibprüfung: Die Sprache ist unbekannt</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Kein Wörterbuch für %1 — installieren Sie %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Keine Rechtschreibprüfung: Die Rechtschreibprüfung ist in den Einstellungen ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>&quot;%1&quot; ist %2, kein Text; es wird ignoriert</translation>
    </message>
</context>
<context>
    <name>episcope::JsonValue</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
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
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Unbekannte Sprache</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>How a row&apos;s language is known, and from which source (&quot;declared · TMDB&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>erkannt (unsicher)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>Schrift: %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>laut Datei „%1“</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>kein Wörterbuch für die Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Deutscher Name</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Rechtschreibfehler</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n Rechtschreibfehler</numerusform>
            <numerusform>%n Rechtschreibfehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Die Sprachen der Inhaltsangaben dieser Folge; die ausgewählte wird neben der Liste angezeigt</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>&amp;Sprache festlegen …</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Die Sprache dieser Inhaltsangabe selbst festlegen, abweichend von der Angabe der Datei oder der Spracherkennung</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 kommt mehrfach vor; alle Zeilen werden beibehalten</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>ist hier kein gültiges UTF-8; die fehlerhaften Bytes werden als Ersatzzeichen angezeigt, und die Datei wird schreibgeschützt geöffnet, damit das Speichern sie nicht beschädigen kann</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Öffnen Sie eine Datei mit Inhaltsangaben über Datei › Öffnen … (%1) oder ziehen Sie eine auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Serien, Staffeln und Folgen</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Modul und Wörterbuch der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Bisher geöffnete Dateien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Das Öffnen der Dateien abbrechen; bereits Geöffnetes bleibt erhalten</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Probleme mit den geöffneten Dateien</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Keine Sprache ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Dateien mit Inhaltsangaben öffnen: reiner Text, JSON von TMDB, TheTVDB oder Trakt, Kodi-NFO</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Alle Dateien mit Inhaltsangaben in einem Ordner und seinen Unterordnern als Serienbaum öffnen</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>Alles &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Alle Inhaltsangaben aller geöffneten Dateien in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Folge als &amp;NFO je Sprache exportieren …</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Eine Kodi-NFO-Datei für jede Sprache der angezeigten Folge schreiben</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>In allen Inhaltsangaben &amp;suchen …</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Alle Titel und Inhaltsangaben in allen Sprachen durchsuchen</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Bevorzugte &amp;Sprachen …</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Ihre gewünschten Sprachen der Reihe nach: Ein fehlender Titel oder eine fehlende Inhaltsangabe wird aus der nächsten übernommen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Die bearbeiteten Inhaltsangaben speichern; nur sie werden in der Datei geändert</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>Inhaltsangabe &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Die angezeigte Inhaltsangabe bearbeiten (aus: nur lesen)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Inhaltsangabe &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Die ganze Inhaltsangabe kopieren, als reinen Text und als HTML mit Sprachangabe</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>&amp;Nächste Sprache</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>&amp;Vorherige Sprache</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>Nebeneinander ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Die aktuelle Sprache Satz für Satz mit einer anderen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>Ü&amp;bersicht aller Sprachen</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>Ü&amp;ber Episcope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Alle Tastenkürzel von Episcope</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Inhaltsangaben öffnen</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Inhaltsangaben und Metadaten (*.txt *.json *.nfo *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Ordner mit Inhaltsangaben öffnen</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Wählen Sie zuerst eine Sprache aus</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Inhaltsangabe (%1) kopiert</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Über Episcope</translation>
    </message>
    <message>
        <source>Episcope %1</source>
        <translation>Episcope %1</translation>
    </message>
    <message>
        <source>Read, check and compare TV episode synopses in many languages.

Language identification: CLD2.
Spell-checking: %1.
Built with Qt %2.</source>
        <translation>Inhaltsangaben von TV-Folgen in vielen Sprachen lesen, prüfen und vergleichen.

Spracherkennung: CLD2.
Rechtschreibprüfung: %1.
Erstellt mit Qt %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>%n Datei oder Ordner wird geöffnet …</numerusform>
            <numerusform>%n Dateien und Ordner werden geöffnet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>Das Öffnen wurde abgebrochen, bevor eine Inhaltsangabe geladen war</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Aus %1 konnte nichts geöffnet werden; die Gründe stehen im Bereich „Probleme“</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>%1 Dateien geöffnet: %2 Folgen, %3 Inhaltsangaben</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>nicht geöffnet: %1 (siehe „Probleme“)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Beispielfolge</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n Quelle)</numerusform>
            <numerusform>%1 (%n Quellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Inhaltsangaben: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Diese Folge stammt aus %n Quelle, hier zum Lesen und Vergleichen angezeigt. Wählen Sie eine Quelle im Baum aus, um sie zu bearbeiten.</numerusform>
            <numerusform>Diese Folge stammt aus %n Quellen, die zum Lesen und Vergleichen gemeinsam angezeigt werden. Wählen Sie eine Quelle im Baum aus, um sie zu bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Diese Datei enthält keine Inhaltsangabe</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, eine Zeile je Inhaltsangabe (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>NFO-Dateien in Ordner exportieren</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>NFO-Dateien nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Wählen Sie eine Quelle der Folge aus, um eine Sprache festzulegen</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Diese Zeile ist gemäß Ihren bevorzugten Sprachen übernommen; legen Sie die Sprache der Zeile fest, aus der sie stammt</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(wie in der Datei angegeben oder aus dem Text erkannt)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Sprache festlegen</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>Die Sprache dieser Inhaltsangabe als Kennung nach BCP 47 (zum Beispiel hr, sr-Latn, pt-BR).
Episcope merkt sie sich für diese Datei und Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>„%1“ ist keine Sprachkennung; die Sprache bleibt unverändert</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Neu laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Diese Inhaltsangabe ist nicht in der Datei gespeichert und kann daher hier nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Diese Inhaltsangabe ist aus %1 übernommen; bearbeiten Sie sie dort</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Diese Inhaltsangabe ist zu lang, um sie hier zu bearbeiten</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>Die Inhaltsangaben in %1 enthalten ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>Kodi-NFO (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Inhaltsangaben (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Inhaltsangaben speichern unter</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>Ihre Änderungen sind noch vorhanden. Was soll Episcope tun?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 wurde gelöscht oder verschoben; verwenden Sie „Speichern unter“, um diese Inhaltsangaben zu behalten.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 wurde auf dem Datenträger geändert. Ihre Änderungen bleiben erhalten; beim Speichern wird vor dem Überschreiben nachgefragt.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Rechtschreibung: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>„%1“ konnte nicht zum persönlichen Wörterbuch in %2 hinzugefügt werden</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Rechtschreibung: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>Episcope &amp;einrichten …</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Sprache der Benutzeroberfläche, bevorzugte Sprachen, Rechtschreibprüfung und Schriften</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>V&amp;ergrößern</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Die Inhaltsangaben vergrößern</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Die Inhaltsangaben verkleinern</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>Die Sprache der Benutzeroberfläche ändert sich beim nächsten Start von Episcope</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Normale Textgröße</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Textgröße %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n Inhaltsangabe nach %1 exportiert</numerusform>
            <numerusform>%n Inhaltsangaben nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Namen nach Sprache</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Welche Inhaltsangabe welchen Namen erwähnt: ein gefüllter Kreis, wo er erwähnt wird, ein blasser Ring, wo nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>%1 wird in %2 nicht erwähnt</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Wer wo erwähnt wird</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Wie ähnlich sich die Inhaltsangaben sind (zum Vergleichen klicken)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>ist leer: keine Inhaltsangabe vorhanden</translation>
    </message>
</context>
<context>
    <name>episcope::ScriptFit</name>
    <message>
        <source>Latin</source>
        <translation>lateinischer Schrift</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kyrillischer Schrift</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griechischer Schrift</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabischer Schrift</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebräischer Schrift</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>einer anderen Schrift</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>In allen Inhaltsangaben und Titeln suchen …</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Keine Inhaltsangabe enthält „%1“</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Die ersten %1 Treffer</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Passende Inhaltsangaben: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Beispielfolge</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (Film)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Weitere Inhaltsangaben</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Ohne Staffelnummer</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Specials</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Staffel %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sources: select one to edit it, or the episode to compare them</source>
        <translation>
            <numerusform>%n Quelle: zum Bearbeiten auswählen oder die Folge auswählen, um zu vergleichen</numerusform>
            <numerusform>%n Quellen: eine zum Bearbeiten auswählen oder die Folge, um sie zu vergleichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Episcope einrichten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Benutzeroberfläche:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>Eine neue Sprache der Benutzeroberfläche wird ab dem nächsten Start von Episcope verwendet.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Stan&amp;dardschrift für Inhaltsangaben verwenden</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Schrift der Inhaltsangaben</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Schriftgröße der Inhaltsangaben</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>Schrift der &amp;Inhaltsangaben:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Strg+Plus und Strg+Minus vergrößern bzw. verkleinern die Inhaltsangaben; Strg+0 stellt die normale Größe wieder her.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Ihre Sprachen, die wichtigste zuerst. Sie stehen in dieser Reihenfolge oben in der Sprachenliste, und ein fehlender Titel oder eine fehlende Inhaltsangabe wird aus der ersten dieser Sprachen übernommen, in der er bzw. sie vorhanden ist (als übernommen gekennzeichnet).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>&amp;Bevorzugte Sprachen:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Bevorzugte Sprachen, die wichtigste zuerst</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Nach oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Eine Sprache oder eine Kennung nach BCP 47, z. B. pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Hinzuzufügende Sprache</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>Rechtschreibung &amp;prüfen</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Falsch geschriebene Wörter unterstreichen und in der Sprachenliste zählen</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Wörterbuch je Sprache</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Wörterbuch für %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Es sind keine Wörterbücher installiert. Installieren Sie die Pakete hunspell-* (und voikko-fi für Finnisch).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Sprache hin&amp;zufügen:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Ähnlichkeit der Inhaltsangaben</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Wie ähnlich sich die Inhaltsangaben paarweise sind, von 0 bis 1; wählen Sie eine Zelle, um dieses Paar zu vergleichen</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 und %2: Ähnlichkeit %3 — zum Vergleichen klicken</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Nicht im Wörterbuch %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>„%1“ zum &amp;Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>„%1“ &amp;ignorieren</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Inhaltsangabe</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Sprache der Inhaltsangabe</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Anzahl der Wörter und Zeichen</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Wörterbuch für die Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>Das Wörterbuch, mit dem diese Inhaltsangabe geprüft wird</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>von der Datei angegeben</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>aus dem Text erkannt, zu %1 % sicher</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>aus dem Text erkannt, unsicher (%1 %)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>an zweiter Stelle %1 (%2 %)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>von Ihnen gewählt; der Text wird als %1 erkannt</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>Sprache nicht erkannt</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>Sprache nicht erkannt (vielleicht %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>Schrift: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Diese Zeile hat keine eigene Inhaltsangabe: Der Text unten ist gemäß Ihren bevorzugten Sprachen aus %1 übernommen.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>Der Titel ist aus %1 übernommen.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Diese Inhaltsangabe ist sehr lang: Angezeigt werden die ersten %1 von %2 Zeichen, schreibgeschützt. „Inhaltsangabe kopieren“ kopiert den gesamten Text.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Wörter und Zeichen werden gezählt …</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Wörter: %1 · Zeichen: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automatisch (keines)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Nicht prüfen</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>Die Rechtschreibprüfung ist für diese Inhaltsangabe ausgeschaltet</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>Die meisten Wörter stehen nicht im Wörterbuch %1: Stimmt die Sprache?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Keine Rechtschreibfehler</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Rechtschreibfehler: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>native language name — its name in the UI&apos;s language (English in the English UI)</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, check and compare TV episode synopses in many languages.</source>
        <translation>Inhaltsangaben von TV-Folgen in vielen Sprachen lesen, prüfen und vergleichen.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Zu öffnende Dateien oder Ordner (ohne Angabe das mitgelieferte Beispiel): reiner Text, JSON von TMDB, TheTVDB oder Trakt, Kodi-NFO; Ordner werden rekursiv gelesen.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>keine Übersetzung für „%1“; die Meldungen bleiben auf Englisch</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: keine Übersetzung für „%1“; die Benutzeroberfläche bleibt auf Englisch</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>Die Sprache der Benutzeroberfläche (%1); standardmäßig die des Systems.</translation>
    </message>
</context>
</TS>
