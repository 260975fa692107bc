<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: non può essere scritto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: non è un file normale; Episcope non lo sostituirà</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: scrittura non riuscita: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: non è stato possibile mantenerne i permessi: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: non è stato possibile mantenerne il proprietario o il gruppo: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: scrittura su disco non riuscita: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: salvataggio non riuscito: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: salvato, ma non è stato possibile sincronizzare su disco la sua cartella: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>nessun comando indicato</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>comando “%1” sconosciuto</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: non contiene file .json, .nfo, .xml o .txt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>“%1” non è un tag di lingua</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa in formato JSON.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>sinossi: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>affid.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>parole</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>car.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>La lingua da mostrare (tag BCP 47).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html o markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>show richiede --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>formato “%1” sconosciuto (text, html o markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: nessuna sinossi in “%2” (disponibili: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: nessuna sinossi in %2; viene mostrata quella in %3 secondo le tue preferenze</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Lingue preferite, dalla più desiderata (pt-BR,pt-PT,en): un titolo o una sinossi mancante viene preso in prestito dalla lingua successiva e segnato come preso in prestito.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Valuta l&apos;identificatore su testi etichettati (righe TAG&lt;TAB&gt;testo), a confronto con CLD2 puro.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>La lingua in cui il testo sarebbe scritto (un indizio, non una risposta).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Lingue in cui il testo è probabilmente scritto, separate da virgole (indizi).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossibile leggere lo standard input</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>lo standard input non è UTF-8 valido</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>affidabile</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non affidabile</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>La lingua a sinistra (tag BCP 47).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>La lingua a destra (tag BCP 47).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html o json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>compare richiede --left TAG e --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>formato “%1” sconosciuto (text, html o json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>“%1” o “%2” non è un tag di lingua</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: nessuna sinossi in “%2”</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>caratteri %1 / %2 (rapporto %3), frasi %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>nomi in entrambe: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>solo a sinistra: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>solo a destra: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(nessuna corrispondenza)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json o html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>formato “%1” sconosciuto (json o html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: non è testo UTF-8 valido</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 testi etichettati in %2 lingue</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>accuratezza: Episcope %1   CLD2 puro %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>regioni:     Episcope %1   CLD2 puro %2   (testi etichettati pt-PT, es-MX…, riconosciuti esattamente con quel tag)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>tempo:       Episcope %1 ms   CLD2 puro %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>richiamo per lingua    Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>confusioni, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>confusioni, CLD2 puro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json o nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>Il file da scrivere (csv, json; se omesso, lo standard output) o la cartella (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>export richiede --format csv, json o nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>export --format nfo richiede --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: cartella inesistente</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>La lingua della sinossi da correggere (tag BCP 47).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>La parola da sostituire (solo parole intere).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>Cosa mettere al suo posto.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>fix richiede --lang TAG --replace WORD --with TEXT ed esattamente un FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>salvataggio non riuscito: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: nessun “%2” nella sinossi in %3; non è stato salvato nulla</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: sostituito %2 × “%3” in %4</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Solo le traduzioni in questa lingua (tag BCP 47).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motore: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>%1 parole errate su %2</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (parole per lo più sconosciute: la lingua è giusta?)</translation>
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
        <translation>Uso: episcope-cli COMMAND [OPTIONS] [FILE...]

Comandi:
  list   [--json] [--prefer TAGS] [PATH...]          episodi, traduzioni, lingue e controlli di qualità
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  una sinossi
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  la lingua di un testo, in ordine di probabilità (stdin con - o se omesso)
  detect --eval FILE [--json]                        accuratezza su righe TAG&lt;TAB&gt;testo, a confronto con CLD2 puro
  spellcheck [--json] [--lang TAG] [FILE...]         errori ortografici per traduzione, con suggerimenti
  fix    --lang TAG --replace WORD --with TEXT FILE   corregge una parola in una sinossi e salva (in modo atomico)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  due sinossi allineate frase per frase
  overview [--format json|html] [FILE...]            nomi × lingue e quanto si somiglia ogni coppia
  export --format csv|json [--out FILE] [PATH...]    tutte le sinossi di quanto indicato, in un unico file
  export --format nfo --out FOLDER [PATH...]         un NFO di Kodi per lingua di ogni episodio

Un PATH può essere una cartella: i suoi file .json, .nfo, .xml e .txt vengono letti ricorsivamente;
un file illeggibile al suo interno viene segnalato e gli altri contano comunque (stato di uscita 2 alla
fine). Senza PATH si usa l&apos;esempio incluso. Gli errori vanno sullo standard error con stato di uscita 2.

--ui-language TAG, in qualsiasi punto della riga, imposta la lingua dei messaggi (%1);
per impostazione predefinita è quella del sistema. L&apos;output JSON, CSV e NFO non viene mai tradotto.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>corrispondenza</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>nessuna corrispondenza</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Caratteri %1 / %2 (rapporto %3) · frasi %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Nomi in entrambe: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Solo a sinistra: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Solo a destra: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>riga %1: attesi un tag di lingua, una tabulazione e un testo</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>non contiene testi etichettati (righe con TAG, una tabulazione e un testo)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>non contiene alcun valore JSON</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>contiene altro dopo la fine del valore JSON</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>contiene qui qualcosa che non è JSON</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>termina prima che il JSON sia completo</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>annida array e oggetti per più di %1 livelli</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>qui era attesa una chiave tra virgolette</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>ripete la chiave &quot;%1&quot;; viene usata l&apos;ultima</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>qui era atteso &apos;:&apos; dopo una chiave</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>qui era atteso &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>qui era atteso &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>contiene un carattere di controllo in una stringa (va scritto con una sequenza di escape)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>contiene un escape \u senza quattro cifre esadecimali</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>contiene un escape sconosciuto \%1 in una stringa</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>termina all&apos;interno di una stringa (manca la virgoletta di chiusura)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>contiene un numero senza cifre dopo il punto decimale</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>contiene un numero con un esponente incompleto</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: aperto in sola lettura perché non è UTF-8 valido; salvandolo cambierebbero byte che non hai modificato</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: le sinossi modificate non corrispondono più al file</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: non è più leggibile (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: è cambiato sul disco da quando è stato aperto e il suo testo precedente non è stato conservato (è stato aperto insieme a molti altri file); ricaricalo e ripeti le modifiche</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: è cambiato sul disco da quando è stato aperto</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: il testo letto è incompleto; non salvato</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: non è più testo valido; non salvato</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: la sinossi in %2 non è memorizzata nel file, quindi non può esservi salvata</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: una sinossi non si trova più dove è stata letta; non salvato</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>contiene testo dopo l&apos;XML; viene ignorato</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>è XML, ma non un NFO di Kodi: non contiene &lt;episodedetails&gt;, &lt;tvshow&gt; o &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>dichiara entità XML in un DOCTYPE; Episcope non espande le entità</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>usa l&apos;entità non dichiarata &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>è XML, ma non un NFO di Kodi: il suo elemento radice è &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>non è XML ben formato: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>annida elementi per più di %1 livelli</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>citato</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>non citato</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Panoramica delle sinossi</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Chi è citato e dove</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Quanto si somigliano le sinossi</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>sinossi presa in prestito da %1 secondo le tue preferenze di lingua</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>titolo preso in prestito da %1 secondo le tue preferenze di lingua</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>nessuna sinossi</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>“%1” è un segnaposto, non un vero titolo</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>dichiarata: %1, ma il testo sembra in %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>scritto in %1, che non si usa per %2</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 caratteri, molti meno dei soliti %2 di questo episodio</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>stesso testo della riga %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 è presente più di una volta</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>è una pipe (FIFO), non un file normale</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>è un dispositivo, non un file normale</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>è un socket, non un file normale</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>nessun nome di file indicato</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>non è una risorsa incorporata</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>è di %1; Episcope apre file fino a %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>impossibile leggerlo: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>supera %1, il massimo che Episcope apre</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>è JSON, ma non una risposta di traduzioni di TMDB, TheTVDB o Trakt: non ha né un array &quot;translations&quot; né un oggetto &quot;data&quot;</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>è un array JSON vuoto: non contiene traduzioni</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>è un array JSON, ma non un elenco di traduzioni di Trakt: il suo primo elemento non ha &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>è JSON (%1), non una risposta di traduzioni</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>non è JSON valido: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>non è UTF-16 valido (manca un surrogato o un byte)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>contiene caratteri NUL: è un file binario, non testo</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>sembra UTF-16 senza indicatore dell&apos;ordine dei byte (BOM); salvalo in UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>contiene un byte NUL: è un file binario, non testo</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>non è una risposta di traduzioni di TMDB: manca l&apos;array &quot;translations&quot;</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>non è una risposta di traduzioni di TMDB: &quot;translations&quot; è %1, non un array</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>una traduzione è %1, non un oggetto; viene saltata</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>una traduzione non ha il codice di lingua &quot;iso_639_1&quot;; viene saltata</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>&quot;%1&quot; non è un codice di lingua; la riga viene mantenuta come lingua sconosciuta</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>la traduzione %1 non ha l&apos;oggetto &quot;data&quot;; viene mostrata vuota</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>è una risposta di TMDB senza traduzioni</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>una traduzione non ha un codice &quot;language&quot; utilizzabile; viene saltata</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>è un elenco di traduzioni di Trakt senza alcuna traduzione utilizzabile</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>è una traduzione di TheTVDB in &quot;%1&quot;, che non è un codice di lingua</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>non è una risposta di traduzioni di TheTVDB: &quot;data&quot; non ha né &quot;language&quot; né un oggetto &quot;translations&quot;</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>una traduzione non ha un codice &quot;language&quot; utilizzabile; viene saltata</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>&quot;%1&quot; è %2, non un array; viene ignorato</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>una traduzione è %1, non un oggetto; viene saltata</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>è una risposta di TheTVDB senza traduzioni</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1 richiede un tag di lingua, per esempio de o pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Allineamento</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Le fasce collegano ogni frase a sinistra alla frase corrispondente a destra</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>non contiene file .json, .nfo, .xml o .txt</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Scam&amp;bia i lati</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Sinossi a sinistra</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Sinossi a destra</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Lingua a sinistra</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Lingua a destra</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Scambia i due lati (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Esporta &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Copia come &amp;tabella</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Riepilogo del confronto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Caratteri %1 / %2 · rapporto %3 · frasi %4 / %5 · nomi in entrambe: %6 · solo a sinistra: %7 · solo a destra: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — nominato su entrambi i lati</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>Il confronto non è stato esportato: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Esportato: %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>Il confronto non è stato esportato in %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Esporta confronto come PDF</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Esporta confronto come HTML</translation>
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
        <translation>Confronto copiato come tabella</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Nessun controllo ortografico: la lingua non è nota</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Nessun dizionario per %1 — installa %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Nessun controllo ortografico: è disattivato nelle Impostazioni</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>&quot;%1&quot; è %2, non testo; viene ignorato</translation>
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
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Lingua sconosciuta</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>in prestito</translation>
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
        <translation>dichiarata</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificata</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>identificata (incerta)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>scelta da te</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>scrittura %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>il file indica “%1”</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>nessun dizionario per il controllo ortografico</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Nome in italiano</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Errori ortografici</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Controlli</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n errore ortografico</numerusform>
            <numerusform>%n errori ortografici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Le lingue delle sinossi dell&apos;episodio; quella selezionata è mostrata accanto all&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Confronta con</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>Imposta &amp;lingua…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Indica in quale lingua è scritta questa sinossi, al posto di quanto dicono il file o l&apos;identificatore</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 compare più di una volta; tutte le righe vengono mantenute</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>qui non è UTF-8 valido; i byte errati sono mostrati come caratteri sostitutivi e il file è aperto in sola lettura, così il salvataggio non può danneggiarlo</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Nessun file aperto</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Apri un file di sinossi con File › Apri… (%1) o trascinalo in questa finestra.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Serie, stagioni ed episodi</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lettura</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronto</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Motore e dizionario del controllo ortografico</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>File aperti finora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Interrompi l&apos;apertura dei file; quanto già aperto resta</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Problemi con i file aperti</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossibile aprire %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Nessuna lingua selezionata</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Apri file di sinossi: testo semplice, JSON di TMDB, TheTVDB o Trakt, NFO di Kodi</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Apri &amp;cartella…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Apri tutti i file di sinossi di una cartella e delle sue sottocartelle, come albero delle serie</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>Esporta &amp;tutto…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Scrivi tutte le sinossi di tutto ciò che è aperto in un unico file CSV o JSON</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Esporta episodio come &amp;NFO per lingua…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Scrivi un file NFO di Kodi per ogni lingua dell&apos;episodio mostrato</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>&amp;Trova in tutte le sinossi…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Cerca in tutti i titoli e in tutte le sinossi di ogni lingua</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Lingue pre&amp;ferite…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Le lingue che vuoi, in ordine: un titolo o una sinossi mancante viene preso in prestito dalla lingua successiva</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Salva le sinossi modificate; nel file cambiano solo quelle</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva co&amp;me…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>&amp;Modifica sinossi</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Modifica la sinossi mostrata (disattivato: sola lettura)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Copia &amp;sinossi</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Copia l&apos;intera sinossi, come testo semplice e come HTML che ne conserva la lingua</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>Lingua &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>Lingua p&amp;recedente</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Confronto affiancato</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Confronta la lingua attuale con un&apos;altra, frase per frase</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>&amp;Panoramica di tutte le lingue</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>&amp;Informazioni su Episcope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Tutte le scorciatoie da tastiera di Episcope</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nessun file recente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Pulisci elenco</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Apri sinossi</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Sinossi e metadati (*.txt *.json *.nfo *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Apri cartella di sinossi</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Seleziona prima una lingua</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Copiata la sinossi in %1</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Informazioni su Episcope</translation>
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
        <translation>Leggi, controlla e confronta le sinossi degli episodi TV in molte lingue.

Identificazione della lingua: CLD2.
Controllo ortografico: %1.
Compilato con Qt %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>Apertura di %n file o cartella…</numerusform>
            <numerusform>Apertura di %n file e cartelle…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>Apertura annullata prima che venisse caricata alcuna sinossi</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Non è stato possibile aprire nulla da %1; il pannello Problemi ne indica il motivo</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>Aperti %1 file: %2 episodi, %3 sinossi</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>non aperti: %1 (vedi Problemi)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>interrotto prima della fine</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non aperto: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Episodio di esempio</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n fonte)</numerusform>
            <numerusform>%1 (%n fonti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Sinossi: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>sola lettura</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Questo episodio proviene da %n fonte, mostrata qui per leggerla e confrontarla. Seleziona una fonte nell&apos;albero per modificarla.</numerusform>
            <numerusform>Questo episodio proviene da %n fonti, mostrate insieme per leggerle e confrontarle. Seleziona una fonte nell&apos;albero per modificarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Questo file non contiene sinossi</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, una riga per sinossi (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Esporta tutto</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Esportazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>Esporta file NFO in una cartella</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>File NFO scritti in %1: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Seleziona una fonte dell&apos;episodio per impostarne la lingua</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Questa riga è presa in prestito secondo le tue preferenze di lingua; imposta la lingua della riga da cui proviene</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(come indica il file o come risulta dal testo)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Imposta lingua</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>La lingua di questa sinossi, come tag BCP 47 (per esempio hr, sr-Latn, pt-BR).
Episcope la ricorda per questo file e questa riga.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>“%1” non è un tag di lingua; la lingua resta invariata</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>File modificato sul disco</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sovrascrivi</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Ricarica e perdi le modifiche</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Questa sinossi non è memorizzata nel file, quindi non può essere modificata qui</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Questa sinossi è presa in prestito da %1; modificala lì</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Questa sinossi è troppo lunga per essere modificata qui</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>Le sinossi di %1 hanno modifiche non salvate.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>NFO di Kodi (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Sinossi (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Salva sinossi come</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>Le tue modifiche sono ancora qui. Cosa deve fare Episcope?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Salvataggio non riuscito: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 è stato eliminato o spostato; usa Salva come per conservare queste sinossi.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 è cambiato sul disco. Le tue modifiche sono conservate; al salvataggio verrà chiesta conferma prima di sovrascrivere.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 è cambiato sul disco.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Ortografia: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>Impossibile aggiungere “%1” al dizionario personale in %2</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Ortografia: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>&amp;Configura Episcope…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Lingua dell&apos;interfaccia, lingue preferite, controllo ortografico e caratteri</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Ingrandisci il testo delle sinossi</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Rimpicciolisci il testo delle sinossi</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>La lingua dell&apos;interfaccia cambierà al prossimo avvio di Episcope</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Dimensione normale del testo</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Dimensione del testo %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Ri&amp;mpicciolisci</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Ripristina &amp;zoom</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 di %n file</numerusform>
            <numerusform>%1 di %n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n sinossi esportata in %1</numerusform>
            <numerusform>%n sinossi esportate in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Chiudi messaggio</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Nomi per lingua</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Quale sinossi cita quale nome: un disco pieno dove lo cita, un anello tenue dove non lo cita</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>%1 non è citato in %2</translation>
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
        <translation>Chi è citato e dove</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Quanto si somigliano le sinossi (fai clic per confrontarle)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>è vuoto: non contiene alcuna sinossi</translation>
    </message>
</context>
<context>
    <name>episcope::ScriptFit</name>
    <message>
        <source>Latin</source>
        <translation>alfabeto latino</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>alfabeto cirillico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>alfabeto greco</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>alfabeto arabo</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>alfabeto ebraico</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>caratteri cinesi</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>un altro sistema di scrittura</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Trova in tutte le sinossi e in tutti i titoli…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Testo da cercare</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Nessuna sinossi contiene “%1”</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Le prime %1 corrispondenze</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Sinossi corrispondenti: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Episodio di esempio</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (film)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Altre sinossi</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Senza numero</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Speciali</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Stagione %1</translation>
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
            <numerusform>%n fonte: selezionala per modificarla, o seleziona l&apos;episodio per confrontare le fonti</numerusform>
            <numerusform>%n fonti: selezionane una per modificarla, o seleziona l&apos;episodio per confrontarle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Configura Episcope</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Lingue</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Ortografia</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>La lingua del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Lingua dell&apos;&amp;interfaccia:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>Una nuova lingua dell&apos;interfaccia viene usata dal prossimo avvio di Episcope.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Usa il carattere pre&amp;definito per le sinossi</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Carattere delle sinossi</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Dimensione del carattere delle sinossi</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>&amp;Carattere delle sinossi:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Ctrl+Più e Ctrl+Meno ingrandiscono o rimpiccioliscono le sinossi; Ctrl+0 le riporta alla dimensione normale.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Le tue lingue, dalla più desiderata. Sono in cima all&apos;elenco delle lingue in questo ordine e un titolo o una sinossi mancante viene preso in prestito dalla prima di esse che lo contiene (e segnato come preso in prestito).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>Lingue &amp;preferite:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Lingue preferite, dalla più desiderata</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sposta in al&amp;to</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Una lingua o un tag BCP 47, per esempio pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Lingua da aggiungere</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>&amp;Controlla l&apos;ortografia</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Sottolinea le parole errate e contale nell&apos;elenco delle lingue</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Dizionario per ogni lingua</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Dizionario per %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Non è installato alcun dizionario. Installa i pacchetti hunspell-* (e voikko-fi per il finlandese).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Aggiungi li&amp;ngua:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Somiglianza delle sinossi</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Quanto si somiglia ogni coppia di sinossi, da 0 a 1; scegli una cella per confrontare quella coppia</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 e %2: somiglianza %3 — fai clic per confrontarle</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Non presente nel dizionario %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Nessun suggerimento</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Aggiungi “%1” al dizionario</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Ignora “%1”</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Sinossi</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Lingua della sinossi</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Conteggio di parole e caratteri</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Controllo ortografico</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Dizionario del controllo ortografico</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>Il dizionario con cui viene controllata questa sinossi</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>dichiarata dal file</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>identificata dal testo, affidabilità %1 %</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>identificata dal testo, incerta (%1 %)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>seconda ipotesi %1 (%2 %)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>scelta da te</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>scelta da te; il testo sembra in %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>lingua non identificata</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>lingua non identificata (forse %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>scrittura %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Questa riga non ha una sinossi propria: il testo seguente è preso in prestito da %1 secondo le tue preferenze di lingua.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>Il titolo è preso in prestito da %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Questa sinossi è molto lunga: sono mostrati i primi %1 di %2 caratteri, in sola lettura. Copia sinossi la copia per intero.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Conteggio di parole e caratteri…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Parole: %1 · Caratteri: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automatico (nessuno)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatico (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Non controllare</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>Il controllo ortografico è disattivato per questa sinossi</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>La maggior parte delle parole non è nel dizionario %1: la lingua è giusta?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Nessun errore ortografico</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Parole errate: %1</translation>
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
        <translation>Leggi, controlla e confronta le sinossi degli episodi TV in molte lingue.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>File o cartelle da aprire (l&apos;esempio incluso se non ne viene indicato nessuno): testo semplice, JSON di TMDB, TheTVDB o Trakt, NFO di Kodi; le cartelle vengono lette ricorsivamente.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>nessuna traduzione per “%1”; i messaggi restano in inglese</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: nessuna traduzione per “%1”; l&apos;interfaccia resta in inglese</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>La lingua dell&apos;interfaccia (%1); per impostazione predefinita quella del sistema.</translation>
    </message>
</context>
</TS>
