<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nem írható</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: nem szabályos fájl, ezért az Episcope nem cseréli le</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: nem sikerült írni: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: a jogosultságait nem sikerült megőrizni: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: a tulajdonosát vagy a csoportját nem sikerült megőrizni: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: nem sikerült lemezre írni: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: nem sikerült menteni: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: mentve, de a mappája változásait nem sikerült lemezre írni: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>nincs megadva parancs</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>ismeretlen parancs: „%1”</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: nincs benne .json, .nfo, .xml vagy .txt fájl</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>figyelmeztetés: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>„%1” nem nyelvi címke</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Kimenet JSON formátumban.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>összefoglalók: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>címke</translation>
    </message>
    <message>
        <source>language</source>
        <translation>nyelv</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>eredet</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>biz.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>szavak</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>kar.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>szöveg</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>A megjelenítendő nyelv (BCP 47 címke).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html vagy markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>a show parancshoz meg kell adni: --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>ismeretlen formátum: „%1” (text, html vagy markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: nincs „%2” nyelvű összefoglaló (elérhetők: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: nincs %2 nyelvű összefoglaló; az előnyben részesített nyelvek alapján helyette ez látható: %3</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Előnyben részesített nyelvek, a legfontosabbal kezdve (pt-BR,pt-PT,en): a hiányzó címet vagy összefoglalót a következő nyelvből veszi át, és átvettként jelöli meg.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>A nyelvfelismerő értékelése címkézett szövegeken (TAG&lt;TAB&gt;szöveg sorok), a nyers CLD2-vel összevetve.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>A szöveg megadott nyelve (csak támpont, nem végső válasz).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>A szöveg valószínű nyelvei, vesszővel elválasztva (támpontok).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>a szabványos bemenet nem olvasható</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>a szabványos bemenet nem érvényes UTF-8</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>megbízható</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>nem megbízható</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>A bal oldali nyelv (BCP 47 címke).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>A jobb oldali nyelv (BCP 47 címke).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html vagy json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>a compare parancshoz meg kell adni: --left TAG és --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>ismeretlen formátum: „%1” (text, html vagy json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>„%1” vagy „%2” nem nyelvi címke</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: nincs „%2” nyelvű összefoglaló</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>karakterek: %1 / %2 (arány: %3), mondatok: %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>mindkét oldalon szereplő nevek: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>csak a bal oldalon: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>csak a jobb oldalon: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(nincs megfelelője)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json vagy html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>ismeretlen formátum: „%1” (json vagy html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: nem érvényes UTF-8 szöveg</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 címkézett szöveg %2 nyelven</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>pontosság:  Episcope %1   nyers CLD2 %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>régiók:     Episcope %1   nyers CLD2 %2   (pt-PT, es-MX… címkéjű szövegek, pontosan ezzel a címkével felismerve)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>idő:        Episcope %1 ms   nyers CLD2 %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>felidézés nyelvenként  Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>tévesztések, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>tévesztések, nyers CLD2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json vagy nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>A kimeneti fájl (csv, json; nélküle a szabványos kimenet) vagy mappa (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>az export parancshoz meg kell adni: --format csv, json vagy nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>az export --format nfo parancshoz meg kell adni: --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: nincs ilyen mappa</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>A javítandó összefoglaló nyelve (BCP 47 címke).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>A cserélendő szó (csak teljes szavak).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>A helyére kerülő szöveg.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>a fix parancshoz meg kell adni: --lang TAG --replace WORD --with TEXT és pontosan egy FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nincs mentve: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: „%2” nem szerepel a(z) %3 nyelvű összefoglalóban; nem történt mentés</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: %2 × „%3” cserélve (%4)</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Csak az ilyen nyelvű fordítások (BCP 47 címke).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>%2 szóból %1 hibás</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (többnyire ismeretlen szavak: biztosan jó a nyelv?)</translation>
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
        <translation>Használat: episcope-cli COMMAND [OPTIONS] [FILE...]

Parancsok:
  list   [--json] [--prefer TAGS] [PATH...]          epizódok, fordítások, nyelvek és minőségi ellenőrzések
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  egy összefoglaló
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  egy szöveg nyelve, valószínűség szerint rangsorolva (a - vagy semmi: szabványos bemenet)
  detect --eval FILE [--json]                        pontosság TAG&lt;TAB&gt;szöveg sorokon, a nyers CLD2-vel összevetve
  spellcheck [--json] [--lang TAG] [FILE...]         helyesírási hibák fordításonként, javaslatokkal
  fix    --lang TAG --replace WORD --with TEXT FILE   egy szó javítása egy összefoglalóban, majd mentés (atomi művelettel)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  két összefoglaló mondatról mondatra megfeleltetve
  overview [--format json|html] [FILE...]            nevek × nyelvek, és az egyes párok hasonlósága
  export --format csv|json [--out FILE] [PATH...]    minden megadott elem összes összefoglalója egyetlen fájlban
  export --format nfo --out FOLDER [PATH...]         minden epizódhoz nyelvenként egy-egy Kodi NFO

A PATH mappa is lehet: ekkor a benne lévő .json, .nfo, .xml és .txt fájlok rekurzívan beolvasásra kerülnek; az ottani
olvashatatlan fájlokról hibaüzenet készül, a többi ettől még számít (a végén 2-es kilépési kód). PATH nélkül a
mellékelt minta kerül felhasználásra. A hibák a szabványos hibakimenetre kerülnek, 2-es kilépési kóddal.

--ui-language TAG: a sorban bárhol megadva az üzenetek nyelvét állítja be (%1);
alapértelmezés szerint a rendszer nyelvét használja. A JSON-, CSV- és NFO-kimenet sosem fordított.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>egyezés</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>nincs megfelelője</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Karakterek: %1 / %2 (arány: %3) · mondatok: %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Mindkét oldalon szereplő nevek: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Csak a bal oldalon: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Csak a jobb oldalon: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 és %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>%1. sor: nyelvi címke, tabulátor és szöveg szükséges</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>nincs benne címkézett szöveg (TAG, tabulátor és szöveg formájú sor)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>nem tartalmaz JSON-értéket</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>a JSON-érték vége után további tartalom áll</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>itt nem JSON tartalom áll</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>véget ér, mielőtt a JSON teljes lenne</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>a tömbök és objektumok több mint %1 szint mélyen vannak egymásba ágyazva</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>itt idézőjeles kulcsnak kellene állnia</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>ismétlődő kulcs: &quot;%1&quot;; az utolsó előfordulás érvényes</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>itt a kulcs után &apos;:&apos; karakternek kellene állnia</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>itt &apos;,&apos; vagy &apos;}&apos; karakternek kellene állnia</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>itt &apos;,&apos; vagy &apos;]&apos; karakternek kellene állnia</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>vezérlőkarakter áll egy karakterláncban (escape-szekvenciával kell megadni)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>egy \u escape-szekvenciából hiányzik a négy hexadecimális számjegy</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>ismeretlen escape-szekvencia (\%1) áll egy karakterláncban</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>egy karakterlánc belsejében ér véget (hiányzik a záró idézőjel)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>egy számban a tizedespont után nem áll semmi</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>egy szám kitevője hiányos</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: csak olvasásra van megnyitva, mert nem érvényes UTF-8; a mentés olyan bájtokat is megváltoztatna, amelyeket nem szerkesztett</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: a szerkesztett összefoglalók már nem egyeznek a fájllal</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: már nem olvasható (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: a megnyitása óta megváltozott a lemezen, és a korábbi szövege nem maradt meg (sok más fájllal együtt nyílt meg); töltse be újra, és szerkessze ismét</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: a megnyitása óta megváltozott a lemezen</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: a belőle beolvasott szöveg hiányos; nincs mentve</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: már nem érvényes szöveg; nincs mentve</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: a(z) %2 nyelvű összefoglaló nincs a fájlban tárolva, ezért oda nem menthető</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: egy összefoglaló már nem ott van, ahonnan beolvasásra került; nincs mentve</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>az XML után szöveg áll; ez figyelmen kívül marad</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>XML, de nem Kodi NFO: nincs benne &lt;episodedetails&gt;, &lt;tvshow&gt; vagy &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>XML-entitásokat deklarál egy DOCTYPE-ban; az Episcope nem fejti ki az entitásokat</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>nem deklarált entitást használ: &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>XML, de nem Kodi NFO: a gyökéreleme &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>nem jól formázott XML: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>az elemek több mint %1 szint mélyen vannak egymásba ágyazva</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>szerepel</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>nem szerepel</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Az összefoglalók áttekintése</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Ki hol szerepel</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Mennyire hasonlítanak egymásra az összefoglalók</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>az összefoglaló átvéve innen: %1 (az előnyben részesített nyelvek alapján)</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>a cím átvéve innen: %1 (az előnyben részesített nyelvek alapján)</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>nincs összefoglaló</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>„%1” helykitöltő, nem valódi cím</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>megadott nyelv: %1, a szöveg alapján: %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>írásrendszer: %1, amelyet a nyelv (%2) nem használ</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 karakter, jóval rövidebb az epizódnál szokásos %2 karakternél</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>ugyanaz a szöveg, mint ebben a sorban: %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 többször is szerepel</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>mappa, nem fájl</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>csővezeték (FIFO), nem szabályos fájl</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>eszköz, nem szabályos fájl</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>socket, nem szabályos fájl</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>nem szabályos fájl</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>nincs megadva fájlnév</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>nem beágyazott erőforrás</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nincs ilyen fájl</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>hozzáférés megtagadva</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>mérete %1; az Episcope legfeljebb %2 méretű fájlokat nyit meg</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>nem olvasható: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>nagyobb, mint %1, ennél nagyobb fájlt az Episcope nem nyit meg</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>JSON, de nem a TMDB, a TheTVDB vagy a Trakt fordítási válasza: nincs benne sem &quot;translations&quot; tömb, sem &quot;data&quot; objektum</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>üres JSON-tömb: nincs benne fordítás</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>JSON-tömb, de nem Trakt-fordításlista: az első elemében nincs &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>%1 (JSON), nem fordítási válasz</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>nem érvényes JSON: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>nem érvényes UTF-16 (hiányzik egy helyettesítő kódegység vagy egy bájt)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>NUL karaktereket tartalmaz: bináris fájl, nem szöveg</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>bájtsorrendjel nélküli UTF-16-nak tűnik; mentse UTF-8 kódolással</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>NUL bájtot tartalmaz: bináris fájl, nem szöveg</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>nem TMDB fordítási válasz: nincs benne &quot;translations&quot; tömb</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>nem TMDB fordítási válasz: a &quot;translations&quot; %1, nem tömb</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>egy fordítás %1, nem objektum; kihagyva</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>egy fordításnak nincs &quot;iso_639_1&quot; nyelvkódja; kihagyva</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>&quot;%1&quot; nem nyelvkód; a sor ismeretlen nyelvűként megmarad</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>a(z) %1 fordításnak nincs &quot;data&quot; objektuma; üresen jelenik meg</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>TMDB-válasz, de nincs benne fordítás</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>egy fordításnak nincs használható &quot;language&quot; kódja; kihagyva</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>Trakt-fordításlista, de nincs benne használható fordítás</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>TheTVDB-fordítás, de a nyelve (&quot;%1&quot;) nem nyelvkód</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>nem TheTVDB fordítási válasz: a &quot;data&quot; objektumban nincs sem &quot;language&quot;, sem &quot;translations&quot; objektum</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>egy fordításnak nincs használható &quot;language&quot; kódja; kihagyva</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>&quot;%1&quot;: %2, nem tömb; figyelmen kívül marad</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>egy fordítás %1, nem objektum; kihagyva</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>TheTVDB-válasz, de nincs benne fordítás</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1: nyelvi címkét kell megadni, például de vagy pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Megfeleltetés</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Sávok kötik össze a bal oldali mondatokat a jobb oldali megfelelőjükkel</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>nincs benne .json, .nfo, .xml vagy .txt fájl</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Oldalak &amp;cseréje</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Bal oldali összefoglaló</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Jobb oldali összefoglaló</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Bal oldali nyelv</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Jobb oldali nyelv</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>A két oldal felcserélése (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportálás &amp;HTML-be…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportálás &amp;PDF-be…</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Másolás tá&amp;blázatként</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Az összehasonlítás összegzése</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Karakterek: %1 / %2 · arány: %3 · mondatok: %4 / %5 · mindkét oldalon szereplő nevek: %6 · csak a bal oldalon: %7 · csak a jobb oldalon: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — mindkét oldalon szerepel</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>Az összehasonlítás exportálása nem sikerült: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportálva: %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>Az összehasonlítás exportálása nem sikerült ide: %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Összehasonlítás exportálása PDF-be</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Összehasonlítás exportálása HTML-be</translation>
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
        <translation>Az összehasonlítás táblázatként a vágólapra került</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Nincs helyesírás-ellenőrzés: a nyelv ismeretlen</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Nincs szótár ehhez a nyelvhez: %1 — telepítse: %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Nincs helyesírás-ellenőrzés: a beállításokban ki van kapcsolva</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>&quot;%1&quot;: %2, nem szöveg; figyelmen kívül marad</translation>
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
        <translation>logikai érték</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>szám</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>karakterlánc</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>tömb</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objektum</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Ismeretlen nyelv</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>átvett</translation>
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
        <translation>megadott</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>felismert</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>felismert (bizonytalan)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>kézzel beállított</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>írásrendszer: %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>a fájl szerint: „%1”</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1. sor</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>nincs helyesírási szótár</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Magyar név</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Címke</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Forrás</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizonyosság</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Helyesírási hibák</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Ellenőrzések</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n helyesírási hiba</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Az epizód összefoglalóinak nyelvei; a kijelölt a lista mellett jelenik meg</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>Össze&amp;hasonlítás ezzel</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>&amp;Nyelv beállítása…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Az összefoglaló nyelvének megadása, felülírva azt, amit a fájl vagy a nyelvfelismerő állít</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 többször is előfordul; minden sor megmarad</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>itt nem érvényes UTF-8; a hibás bájtok helyettesítő karakterként jelennek meg, és a fájl csak olvasásra nyílik meg, hogy a mentés ne tehesse tönkre</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Nincs megnyitott fájl</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Nyisson meg egy összefoglalókat tartalmazó fájlt a Fájl › Megnyitás… menüponttal (%1), vagy húzza rá erre az ablakra.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Sorozatok, évadok és epizódok</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Olvasás</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Összehason&amp;lítás</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Nézetek</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Helyesírás-ellenőrző motor és szótár</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Eddig megnyitott fájlok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>A fájlok megnyitásának leállítása; ami már megnyílt, az megmarad</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>A megnyitott fájlok problémái</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Nem sikerült megnyitni: %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Nincs kijelölt nyelv</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Megnyitás…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Összefoglalókat tartalmazó fájlok megnyitása: egyszerű szöveg, TMDB, TheTVDB vagy Trakt JSON, Kodi NFO</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ma&amp;ppa megnyitása…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Egy mappa és almappái összes összefoglalófájljának megnyitása sorozatfaként</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>Minden &amp;exportálása…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Minden megnyitott elem összes összefoglalójának kiírása egyetlen CSV- vagy JSON-fájlba</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Epizód exportálása nyelvenként &amp;NFO-fájlba…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>A megjelenített epizód minden nyelvéhez egy-egy Kodi NFO-fájl kiírása</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>&amp;Keresés az összes összefoglalóban…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Keresés minden nyelv összes címében és összefoglalójában</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Előnyben részesített &amp;nyelvek…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>A kívánt nyelvek sorrendben: a hiányzó címet vagy összefoglalót az Episcope a következő nyelvből veszi át</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Men&amp;tés</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>A szerkesztett összefoglalók mentése; a fájlban csak ezek változnak</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Mentés má&amp;sként…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>Összefoglaló &amp;szerkesztése</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>A megjelenített összefoglaló szerkesztése (kikapcsolva: csak olvasható)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Összefoglaló &amp;másolása</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>A teljes összefoglaló másolása egyszerű szövegként és a nyelvét megőrző HTML-ként</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>&amp;Következő nyelv</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>&amp;Előző nyelv</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>Össze&amp;hasonlítás egymás mellett</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Az aktuális nyelv összehasonlítása egy másikkal, mondatról mondatra</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>Az összes nyelv á&amp;ttekintése</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>Az Episcope &amp;névjegye</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Legutóbbi megnyitása</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Gyorsbillentyűk</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Az Episcope összes gyorsbillentyűje</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nincsenek legutóbbi fájlok</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lista &amp;törlése</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Összefoglalók megnyitása</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Összefoglalók és metaadatok (*.txt *.json *.nfo *.xml);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Összefoglalókat tartalmazó mappa megnyitása</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Előbb jelöljön ki egy nyelvet</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Összefoglaló a vágólapra másolva: %1</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Az Episcope névjegye</translation>
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
        <translation>Tévéepizódok összefoglalóinak olvasása, ellenőrzése és összehasonlítása számos nyelven.

Nyelvfelismerés: CLD2.
Helyesírás-ellenőrzés: %1.
Készült a Qt %2 felhasználásával.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 megnyitása…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>%n fájl és mappa megnyitása…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>A megnyitás megszakadt, mielőtt bármely összefoglaló betöltődött volna</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Semmit sem sikerült megnyitni innen: %1; az okot a Problémák panel mutatja</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>%1 fájl megnyitva: %2 epizód, %3 összefoglaló</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>nem nyílt meg: %1 (lásd: Problémák)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>a befejezés előtt leállítva</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nem nyílt meg: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problémák (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Mintaepizód</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n forrás)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Összefoglalók: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>csak olvasható</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Ez az epizód %n forrásból származik, ezek együtt láthatók olvasásra és összehasonlításra. A szerkesztéshez jelöljön ki egy forrást a fában.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Ebben a fájlban nincs összefoglaló</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, összefoglalónként egy sor (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Minden exportálása</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nem sikerült exportálni: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>NFO-fájlok exportálása mappába</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>%2 NFO-fájl kiírva ide: %1</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>A nyelv beállításához jelölje ki az epizód egyik forrását</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Ez a sor tartalma az előnyben részesített nyelvek alapján átvett; annak a sornak a nyelvét állítsa be, amelyből származik</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(a fájl vagy a szöveg alapján)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Nyelv beállítása</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>Az összefoglaló nyelve BCP 47 címkeként (például hr, sr-Latn, pt-BR).
Az Episcope megjegyzi ehhez a fájlhoz és sorhoz.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>„%1” nem nyelvi címke; a nyelv nem változott</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Nem mentett módosítások</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>A fájl megváltozott a lemezen</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Felülírás</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>Újra&amp;töltés a módosítások elvetésével</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Ez az összefoglaló nincs a fájlban tárolva, ezért itt nem szerkeszthető</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Ez az összefoglaló innen van átvéve: %1; ott szerkessze</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Ez az összefoglaló túl hosszú ahhoz, hogy itt szerkeszteni lehessen</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>%1 összefoglalóiban nem mentett módosítások vannak.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>Kodi NFO (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Összefoglalók (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Összefoglalók mentése másként</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>A módosítások megmaradtak. Mit tegyen az Episcope?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nem sikerült menteni: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Újra&amp;töltés</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 törlődött vagy máshová került; az összefoglalók megtartásához használja a Mentés másként… parancsot.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 megváltozott a lemezen. A módosítások megmaradnak; mentéskor az Episcope a felülírás előtt rákérdez.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 megváltozott a lemezen.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Helyesírás: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>Nem sikerült felvenni ezt a szót a személyes szótárba (%2): „%1”</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Helyesírás: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Áttekintés</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>Az Episcope &amp;beállítása…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>A felület nyelve, az előnyben részesített nyelvek, a helyesírás-ellenőrzés és a betűtípusok</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Nagyítás</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Az összefoglalók nagyítása</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Az összefoglalók kicsinyítése</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Beállítások</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>A felület nyelve az Episcope következő indításakor változik meg</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Normál szövegméret</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Szövegméret: %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>K&amp;icsinyítés</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Nagyítás &amp;visszaállítása</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 / %n fájl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n összefoglaló exportálva ide: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Üzenet</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Az üzenet bezárása</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Üzenet bezárása</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Nevek nyelvenként</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Melyik összefoglaló melyik nevet említi: teli korong, ahol igen, halvány kör, ahol nem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>%1 nem szerepel a(z) %2 nyelvű összefoglalóban</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Ki hol szerepel</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Mennyire hasonlítanak egymásra az összefoglalók (kattintson az összehasonlításhoz)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>üres: nincs benne összefoglaló</translation>
    </message>
</context>
<context>
    <name>episcope::ScriptFit</name>
    <message>
        <source>Latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirill</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>görög</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arab</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>héber</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>kínai írásjegyek</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>egyéb írás</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Keresés minden összefoglalóban és címben…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Keresendő szöveg</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Keresési találatok</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Egyik összefoglaló sem tartalmazza: „%1”</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Az első %1 találat</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Találatot tartalmazó összefoglalók: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Mintaepizód</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (film)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Egyéb összefoglalók</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Számozatlan</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Különleges epizódok</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>%1. évad</translation>
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
            <numerusform>%n forrás: a szerkesztéshez jelöljön ki egyet, az összehasonlításhoz pedig az epizódot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Az Episcope beállítása</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Általános</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Nyelvek</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Helyesírás</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Beállítási lapok</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>A rendszer nyelve</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>A felület nyelve</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>A &amp;felület nyelve:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>Az új felületi nyelv az Episcope következő indításakor lép érvénybe.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Alapértelmezett &amp;betűtípus használata az összefoglalókhoz</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Az összefoglalók betűtípusa</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Az összefoglalók betűmérete</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>Az összefoglalók betű&amp;típusa:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>A Ctrl+Plus és a Ctrl+Minus nagyítja, illetve kicsinyíti az összefoglalókat; a Ctrl+0 visszaállítja az eredeti méretet.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Az Ön nyelvei, a legfontosabbal kezdve. Ebben a sorrendben állnak a nyelvlista élén, és a hiányzó címet vagy összefoglalót az Episcope az első olyan nyelvből veszi át, amelyben megvan (átvettként megjelölve).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>Előnyben &amp;részesített nyelvek:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Előnyben részesített nyelvek, a legfontosabbal kezdve</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Feljebb</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Lejjebb</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Nyelv vagy BCP 47 címke, pl. pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Hozzáadandó nyelv</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hozzá&amp;adás</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>Helyesírás &amp;ellenőrzése</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>A hibásan írt szavak aláhúzása és megszámlálása a nyelvlistában</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Szótár nyelvenként</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automatikus</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Szótár ehhez a nyelvhez: %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Nincs telepített szótár. Telepítse a hunspell-* csomagokat (a finnhez a voikko-fi csomagot is).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Nyelv hozzáadá&amp;sa:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Gyorsbillentyűk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Billentyűk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Gyorsbillentyűk</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Az összefoglalók hasonlósága</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Az összefoglalópárok hasonlósága 0 és 1 között; egy cellát kiválasztva összehasonlíthatja az adott párt</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 és %2: hasonlóság %3 — kattintson az összehasonlításhoz</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Nem szerepel a szótárban (%1)</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Nincs javaslat</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>„%1” &amp;hozzáadása a szótárhoz</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>„%1” &amp;figyelmen kívül hagyása</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Az összefoglaló nyelve</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Szavak és karakterek száma</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Helyesírás-ellenőrzés</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Helyesírási szótár</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>Az összefoglaló ellenőrzéséhez használt szótár</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>a fájlban megadva</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>a szövegből felismerve, %1%-os bizonyossággal</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>a szövegből felismerve, bizonytalanul (%1%)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>második legvalószínűbb: %1 (%2%)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>kézzel beállítva</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>kézzel beállítva; a szöveg alapján: %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>a nyelv nem ismerhető fel</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>a nyelv nem ismerhető fel (talán %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>írásrendszer: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1. sor</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Ennek a sornak nincs saját összefoglalója: az alábbi szöveg az előnyben részesített nyelvek alapján innen van átvéve: %1.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>A cím innen van átvéve: %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Ez az összefoglaló nagyon hosszú: %2 karakterből az első %1 látható, csak olvasható módon. Az Összefoglaló másolása az egészet másolja.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Szavak és karakterek számolása…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Szavak: %1 · Karakterek: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automatikus (nincs)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatikus (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Nincs ellenőrzés</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>A helyesírás-ellenőrzés ki van kapcsolva ennél az összefoglalónál</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>A legtöbb szó nem szerepel a szótárban (%1): biztosan jó a nyelv?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Nincs helyesírási hiba</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Hibásan írt szavak: %1</translation>
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
        <translation>Tévéepizódok összefoglalóinak olvasása, ellenőrzése és összehasonlítása számos nyelven.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Megnyitandó fájlok vagy mappák (ha nincs megadva, a mellékelt minta): egyszerű szöveg, TMDB, TheTVDB vagy Trakt JSON, Kodi NFO; a mappák beolvasása rekurzív.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>nincs fordítás ehhez: „%1”; az üzenetek angolul jelennek meg</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: nincs fordítás ehhez: „%1”; a felület angol nyelvű marad</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>A felület nyelve (%1); alapértelmezés szerint a rendszer nyelve.</translation>
    </message>
</context>
</TS>
