<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: ei ole tavallinen tiedosto; Episcope ei korvaa sitä</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: kirjoittaminen epäonnistui: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: käyttöoikeuksia ei voitu säilyttää: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: omistajaa tai ryhmää ei voitu säilyttää: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: levylle kirjoittaminen epäonnistui: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: tallentaminen epäonnistui: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: tallennettu, mutta sen kansion muutoksia ei voitu kirjoittaa levylle: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>komentoa ei annettu</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>tuntematon komento ”%1”</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: siinä ei ole .json-, .nfo-, .xml- tai .txt-tiedostoja</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varoitus: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>”%1” ei ole kielitunniste</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Tulosta JSON-muodossa.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>juonikuvauksia: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tunn.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>alkuperä</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>varm.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>sanat</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>merkit</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>Näytettävä kieli (BCP 47 -tunniste).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html tai markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>show vaatii valitsimen --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>tuntematon muoto ”%1” (text, html tai markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: ei juonikuvausta kielellä ”%2” (saatavilla: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: ei juonikuvausta kielellä %2; näytetään asetustesi mukaan kieliversio %3</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Ensisijaiset kielet tärkeysjärjestyksessä (pt-BR,pt-PT,en): puuttuva otsikko tai juonikuvaus lainataan seuraavasta kielestä ja merkitään lainatuksi.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Arvioi tunnistinta merkityillä teksteillä (TAG&lt;TAB&gt;teksti -rivit) pelkän CLD2:n rinnalla.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>Kieli, jolla tekstin ilmoitetaan olevan (vihje, ei vastaus).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Kielet, joilla teksti todennäköisesti on, pilkuin eroteltuina (vihjeitä).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>vakiosyötettä ei voi lukea</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>vakiosyöte ei ole kelvollista UTF-8:aa</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>luotettava</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>epäluotettava</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>Vasemman puolen kieli (BCP 47 -tunniste).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>Oikean puolen kieli (BCP 47 -tunniste).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html tai json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>compare vaatii valitsimet --left TAG ja --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>tuntematon muoto ”%1” (text, html tai json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>”%1” tai ”%2” ei ole kielitunniste</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: ei juonikuvausta kielellä ”%2”</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>merkit %1 / %2 (suhde %3), lauseet %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>nimet molemmissa: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>vain vasemmalla: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>vain oikealla: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(ei vastinetta)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json tai html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>tuntematon muoto ”%1” (json tai html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: ei ole kelvollista UTF-8-tekstiä</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 merkittyä tekstiä, %2 kieltä</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>tarkkuus:  Episcope %1   pelkkä CLD2 %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>alueet:    Episcope %1   pelkkä CLD2 %2   (tekstit, joiden merkintä on pt-PT, es-MX… ja vastaus täsmälleen sama tunniste)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>aika:      Episcope %1 ms   pelkkä CLD2 %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>saanti kielittäin      Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>sekaannukset, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>sekaannukset, pelkkä CLD2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json tai nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>Kirjoitettava tiedosto (csv, json; ilman tätä vakiotuloste) tai kansio (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>export vaatii valitsimen --format csv, json tai nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>export --format nfo vaatii valitsimen --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kansiota ei ole</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>Kieli, jonka juonikuvaus korjataan (BCP 47 -tunniste).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>Korvattava sana (vain kokonaiset sanat).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>Mitä sen tilalle laitetaan.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>fix vaatii valitsimet --lang TAG --replace WORD --with TEXT ja täsmälleen yhden tiedoston (FILE)</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>ei tallennettu: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: kielen %3 juonikuvauksessa ei ole sanaa ”%2”; mitään ei tallennettu</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: korvattu %2 × ”%3” kielen %4 juonikuvauksessa</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Vain tämän kielen käännökset (BCP 47 -tunniste).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Oikolukumoottori: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>väärin kirjoitettuja sanoja %1/%2</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (enimmäkseen tuntemattomia sanoja: onko kieli oikea?)</translation>
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
        <translation>Käyttö: episcope-cli COMMAND [OPTIONS] [FILE...]

Komennot:
  list   [--json] [--prefer TAGS] [PATH...]          jaksot, käännökset, kielet ja laatutarkistukset
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  yksi juonikuvaus
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  tekstin kieli, todennäköisyysjärjestyksessä (vakiosyöte, kun - tai ei mitään)
  detect --eval FILE [--json]                        tarkkuus TAG&lt;TAB&gt;teksti -riveillä pelkän CLD2:n rinnalla
  spellcheck [--json] [--lang TAG] [FILE...]         kirjoitusvirheet käännöksittäin korjausehdotuksineen
  fix    --lang TAG --replace WORD --with TEXT FILE   korjaa sana yhdestä juonikuvauksesta ja tallenna (atomisesti)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  kaksi juonikuvausta rinnakkain lause lauseelta
  overview [--format json|html] [FILE...]            nimet × kielet ja kunkin parin samankaltaisuus
  export --format csv|json [--out FILE] [PATH...]    kaikkien annettujen kohteiden kaikki juonikuvaukset yhteen tiedostoon
  export --format nfo --out FOLDER [PATH...]         jokaisen jakson jokaiselle kielelle oma Kodi NFO

PATH voi olla kansio: sen .json-, .nfo-, .xml- ja .txt-tiedostot luetaan rekursiivisesti; siellä oleva
lukukelvoton tiedosto ilmoitetaan ja muut luetaan silti (lopuksi poistumiskoodi 2). Jos PATH puuttuu,
käytetään mukana tulevaa esimerkkiä. Virheet tulostetaan vakiovirheeseen poistumiskoodilla 2.

--ui-language TAG komentorivin missä tahansa kohdassa asettaa viestien kielen (%1);
oletuksena se on järjestelmän kieli. JSON-, CSV- ja NFO-tulostetta ei koskaan käännetä.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>vastaavuus</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>ei vastinetta</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Merkit %1 / %2 (suhde %3) · lauseet %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Nimet molemmissa: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Vain vasemmalla: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Vain oikealla: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>rivi %1: odotettiin kielitunnistetta, sarkainta ja tekstiä</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>siinä ei ole merkittyjä tekstejä (rivejä, joissa on TAG, sarkain ja teksti)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>ei sisällä JSON-arvoa</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>JSON-arvon lopun jälkeen on vielä jotain</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>tässä kohdassa on jotain, mikä ei ole JSONia</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>päättyy ennen kuin JSON on valmis</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>taulukoita ja olioita on sisäkkäin yli %1 tasoa</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>tässä odotettiin lainausmerkeissä olevaa avainta</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>avain &quot;%1&quot; toistuu; viimeistä käytetään</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>tässä odotettiin avaimen jälkeen merkkiä &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>tässä odotettiin merkkiä &apos;,&apos; tai &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>tässä odotettiin merkkiä &apos;,&apos; tai &apos;]&apos;</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>merkkijonon sisällä on ohjausmerkki (se on suojattava escape-merkinnällä)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>siinä on \u-escape-merkintä ilman neljää heksadesimaalinumeroa</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>merkkijonossa on tuntematon escape-merkintä \%1</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>päättyy kesken merkkijonon (loppulainausmerkki puuttuu)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>siinä on luku, jonka desimaalipisteen jälkeen ei ole mitään</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>siinä on luku, jonka eksponentti on vaillinainen</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: avattu vain luku -tilassa, koska se ei ole kelvollista UTF-8:aa; tallentaminen muuttaisi tavuja, joita et muokannut</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: muokatut juonikuvaukset eivät enää vastaa tiedostoa</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: ei ole enää luettavissa (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: muuttunut levyllä avaamisen jälkeen, eikä sen vanhaa tekstiä säilytetty (se avattiin monen muun tiedoston kanssa); lataa se uudelleen ja muokkaa uudestaan</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: muuttunut levyllä avaamisen jälkeen</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: siitä luettu teksti on vaillinainen; ei tallennettu</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: ei ole enää kelvollista tekstiä; ei tallennettu</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: kielen %2 juonikuvausta ei ole tallennettu tiedostoon, joten sitä ei voi tallentaa sinne</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: juonikuvaus ei ole siellä, mistä se luettiin; ei tallennettu</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>XML:n jälkeen on tekstiä; se ohitetaan</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>on XML:ää, mutta ei Kodi NFO: siinä ei ole elementtiä &lt;episodedetails&gt;, &lt;tvshow&gt; tai &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>määrittelee XML-entiteettejä DOCTYPE-esittelyssä; Episcope ei laajenna entiteettejä</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>käyttää määrittelemätöntä entiteettiä &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>on XML:ää, mutta ei Kodi NFO: sen juurielementti on &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>ei ole hyvin muodostettua XML:ää: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>elementtejä on sisäkkäin yli %1 tasoa</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>mainitaan</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>ei mainita</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Juonikuvausten yleiskuva</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Kuka mainitaan missäkin</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Kuinka samankaltaisia juonikuvaukset ovat</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>juonikuvaus lainattu kieliversiosta %1 kieliasetustesi mukaan</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>otsikko lainattu kieliversiosta %1 kieliasetustesi mukaan</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>ei juonikuvausta</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>”%1” on paikkamerkki eikä oikea otsikko</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>ilmoitettu kieli: %1, tekstin kieli: %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>kieli %2 ei käytä tekstin kirjoitusjärjestelmää (%1)</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 merkkiä, paljon lyhyempi kuin tämän jakson tavanomainen %2</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>sama teksti kuin rivillä %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 on annettu useammin kuin kerran</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>on kansio eikä tiedosto</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>on putki (FIFO) eikä tavallinen tiedosto</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>on laite eikä tavallinen tiedosto</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>on pistoke eikä tavallinen tiedosto</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ei ole tavallinen tiedosto</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>tiedostonimeä ei annettu</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>ei ole upotettu resurssi</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>käyttöoikeus evätty</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>koko on %1; Episcope avaa tiedostoja %2 asti</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>on suurempi kuin %1, joka on suurin Episcopen avaama koko</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>on JSONia, mutta ei TMDB-, TheTVDB- tai Trakt-käännösvastaus: siinä ei ole &quot;translations&quot;-taulukkoa eikä &quot;data&quot;-oliota</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>on tyhjä JSON-taulukko: siinä ei ole käännöksiä</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>on JSON-taulukko, mutta ei Trakt-käännösluettelo: sen ensimmäisellä alkiolla ei ole kenttää &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>on JSONia (%1) eikä käännösvastaus</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ei ole kelvollista JSONia: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>ei ole kelvollista UTF-16:ta (surrogaattimerkki tai tavu puuttuu)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>sisältää NUL-merkkejä: se on binääritiedosto eikä tekstiä</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>näyttää UTF-16:lta ilman tavujärjestysmerkkiä; tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>sisältää NUL-tavun: se on binääritiedosto eikä tekstiä</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>ei ole TMDB-käännösvastaus: siinä ei ole &quot;translations&quot;-taulukkoa</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>ei ole TMDB-käännösvastaus: &quot;translations&quot; on %1 eikä taulukko</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>käännös on %1 eikä olio; se ohitetaan</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>käännöksellä ei ole kielikoodia &quot;iso_639_1&quot;; se ohitetaan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>&quot;%1&quot; ei ole kielikoodi; rivi säilytetään tuntemattomana kielenä</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>käännöksellä %1 ei ole &quot;data&quot;-oliota; se näytetään tyhjänä</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>on TMDB-vastaus, jossa ei ole käännöksiä</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>käännöksellä ei ole käyttökelpoista &quot;language&quot;-koodia; se ohitetaan</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>on Trakt-käännösluettelo, jossa ei ole yhtään käyttökelpoista käännöstä</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>on TheTVDB-käännös kielellä &quot;%1&quot;, joka ei ole kielikoodi</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>ei ole TheTVDB-käännösvastaus: &quot;data&quot;-oliossa ei ole kenttää &quot;language&quot; eikä &quot;translations&quot;-oliota</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>käännöksellä ei ole käyttökelpoista &quot;language&quot;-koodia; se ohitetaan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>&quot;%1&quot; on %2 eikä taulukko; se ohitetaan</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>käännös on %1 eikä olio; se ohitetaan</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>on TheTVDB-vastaus, jossa ei ole käännöksiä</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1 vaatii kielitunnisteen, esimerkiksi de tai pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Kohdistus</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Nauhat yhdistävät kunkin vasemman puolen lauseen sen vastineeseen oikealla</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>siinä ei ole .json-, .nfo-, .xml- tai .txt-tiedostoja</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Vaihda p&amp;uolet</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Vasen juonikuvaus</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Oikea juonikuvaus</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Vasen kieli</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Oikea kieli</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Vaihda puolet keskenään (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Vie &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Kopioi &amp;taulukkona</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Vertailun yhteenveto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Merkit %1 / %2 · suhde %3 · lauseet %4 / %5 · nimet molemmissa: %6 · vain vasemmalla: %7 · vain oikealla: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — mainitaan molemmilla puolilla</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>Vertailua ei viety: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Viety: %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>Vertailua ei viety kohteeseen %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Vie vertailu PDF-muodossa</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Vie vertailu HTML-muodossa</translation>
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
        <translation>Vertailu kopioitiin taulukkona</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Ei oikoluettu: kieltä ei tunneta</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Ei sanakirjaa kielelle %1 — asenna %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Ei oikoluettu: oikoluku on poissa käytöstä asetuksissa</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>&quot;%1&quot; on %2 eikä tekstiä; se ohitetaan</translation>
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
        <translation>totuusarvo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>olio</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Tuntematon kieli</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>lainattu</translation>
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
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>tunnistettu</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>tunnistettu (epävarma)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>itse valittu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>kirjoitusjärjestelmä: %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>tiedostossa lukee ”%1”</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>ei oikolukusanakirjaa</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Englanninkielinen nimi</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Varmuus</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Kirjoitusvirheet</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Tarkistukset</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n kirjoitusvirhe</numerusform>
            <numerusform>%n kirjoitusvirhettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Jakson juonikuvausten kielet; valitun kielen juonikuvaus näytetään luettelon vieressä</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Vertaa kieleen</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>Aseta &amp;kieli…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Kerro, millä kielellä tämä juonikuvaus on, tiedoston tai tunnistimen ilmoittaman kielen sijaan</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 esiintyy useammin kuin kerran; kaikki rivit säilytetään</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>ei ole tässä kohdassa kelvollista UTF-8:aa; virheelliset tavut näytetään korvausmerkkeinä ja tiedosto avataan vain luku -tilassa, jotta tallentaminen ei voi vahingoittaa sitä</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Ei avointa tiedostoa</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Avaa juonikuvaustiedosto valikosta Tiedosto › Avaa… (%1) tai pudota tiedosto tähän ikkunaan.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Sarjat, kaudet ja jaksot</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lue</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vertaa</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Näkymät</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Oikolukumoottori ja sanakirja</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Tähän mennessä avatut tiedostot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Lopeta tiedostojen avaaminen; jo avatut säilyvät</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Ongelmat avatuissa tiedostoissa</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Avaaminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Kieltä ei ole valittu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Avaa juonikuvaustiedostoja: tavallinen teksti, TMDB-, TheTVDB- tai Trakt-JSON, Kodi NFO</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Avaa &amp;kansio…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Avaa kaikki kansion ja sen alikansioiden juonikuvaustiedostot sarjapuuna</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>Vi&amp;e kaikki…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Kirjoita kaikkien avattujen kohteiden kaikki juonikuvaukset yhteen CSV- tai JSON-tiedostoon</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Vie &amp;jakso NFO-tiedostoina kielittäin…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Kirjoita näytettävän jakson jokaisesta kielestä oma Kodi NFO -tiedosto</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>&amp;Etsi kaikista juonikuvauksista…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Etsi kaikkien kielten kaikista otsikoista ja juonikuvauksista</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Ensisijaiset &amp;kielet…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Haluamasi kielet järjestyksessä: puuttuva otsikko tai juonikuvaus lainataan seuraavasta kielestä</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Tallenna muokatut juonikuvaukset; tiedostossa muuttuvat vain ne</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>&amp;Muokkaa juonikuvausta</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Muokkaa näytettävää juonikuvausta (pois päältä: vain luku)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Kopioi &amp;juonikuvaus</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Kopioi koko juonikuvaus tavallisena tekstinä ja HTML:nä, joka säilyttää sen kielen</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>&amp;Seuraava kieli</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>&amp;Edellinen kieli</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Vertaa rinnakkain</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Vertaa nykyistä kieltä toiseen lause lauseelta</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>Kaikkien kielten &amp;yleiskuva</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>&amp;Tietoja Episcopesta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Kaikki Episcopen pikanäppäimet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ei viimeaikaisia tiedostoja</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Avaa juonikuvauksia</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Juonikuvaukset ja metatiedot (*.txt *.json *.nfo *.xml);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Avaa juonikuvauskansio</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Valitse ensin kieli</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Juonikuvaus kopioitiin: %1</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Tietoja Episcopesta</translation>
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
        <translation>Lue, tarkista ja vertaa TV-jaksojen juonikuvauksia monilla kielillä.

Kielen tunnistus: CLD2.
Oikoluku: %1.
Tehty Qt %2 -kirjastolla.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Avataan %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>Avataan %n tiedosto tai kansio…</numerusform>
            <numerusform>Avataan %n tiedostoa ja kansiota…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>Avaaminen peruttiin ennen kuin yhtään juonikuvausta ladattiin</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Kohteesta %1 ei voitu avata mitään; syy näkyy Ongelmat-paneelissa</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>Avattuja tiedostoja %1: jaksoja %2, juonikuvauksia %3</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>avaamatta: %1 (katso Ongelmat)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>keskeytettiin ennen loppua</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Avaamatta: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Ongelmat (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Esimerkkijakso</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n lähde)</numerusform>
            <numerusform>%1 (%n lähdettä)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Juonikuvauksia: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>vain luku</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Tämä jakso on peräisin %n lähteestä, joka näytetään lukemista ja vertailua varten. Valitse lähde puusta muokataksesi sitä.</numerusform>
            <numerusform>Tämä jakso on peräisin %n lähteestä, jotka näytetään yhdessä lukemista ja vertailua varten. Valitse puusta yksi lähde muokataksesi sitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Tiedostossa ei ole juonikuvausta</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, yksi rivi juonikuvausta kohden (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Vie kaikki</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Vienti epäonnistui: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>Vie NFO-tiedostot kansioon</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>NFO-tiedostoja kirjoitettu kansioon %1: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Valitse jakson yksi lähde asettaaksesi kielen</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Tämä rivi on lainattu kieliasetustesi mukaan; aseta kieli riville, josta se on peräisin</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(tiedoston ilmoittama tai tekstistä tunnistettu)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Aseta kieli</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>Tämän juonikuvauksen kieli BCP 47 -tunnisteena (esimerkiksi hr, sr-Latn, pt-BR).
Episcope muistaa sen tälle tiedostolle ja riville.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>”%1” ei ole kielitunniste; kieltä ei muutettu</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Tallentamattomia muokkauksia</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Tiedosto muuttunut levyllä</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Korvaa</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Lataa uudelleen ja hylkää muokkaukseni</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Tätä juonikuvausta ei ole tallennettu tiedostoon, joten sitä ei voi muokata tässä</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Tämä juonikuvaus on lainattu kieliversiosta %1; muokkaa sitä siellä</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Tämä juonikuvaus on liian pitkä muokattavaksi tässä</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>Tiedoston %1 juonikuvauksissa on tallentamattomia muokkauksia.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>Kodi NFO (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Juonikuvaukset (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Tallenna juonikuvaukset nimellä</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>Muokkauksesi ovat yhä tallessa. Mitä Episcopen pitäisi tehdä?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tallennus epäonnistui: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 on poistettu tai siirretty; säilytä nämä juonikuvaukset komennolla Tallenna nimellä.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 muuttui levyllä. Muokkauksesi säilyvät; ennen korvaamista tallennus kysyy vahvistuksen.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 muuttui levyllä.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Oikoluku: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>Sanaa ”%1” ei voitu lisätä henkilökohtaiseen sanakirjaan kansiossa %2</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Oikoluku: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskuva</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>Episcopen &amp;asetukset…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Käyttöliittymän kieli, ensisijaiset kielet, oikoluku ja fontit</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Lä&amp;hennä</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Suurenna juonikuvausten tekstiä</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Pienennä juonikuvausten tekstiä</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>Käyttöliittymän kieli vaihtuu, kun Episcope käynnistetään seuraavan kerran</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Normaali tekstikoko</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Tekstikoko %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Palauta normaali koko</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1/%n tiedosto</numerusform>
            <numerusform>%1/%n tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n juonikuvaus viety tiedostoon %1</numerusform>
            <numerusform>%n juonikuvausta viety tiedostoon %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Sulje tämä viesti</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Sulje viesti</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Nimet kielittäin</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Mikä juonikuvaus mainitsee minkäkin nimen: täytetty pallo, jos mainitsee, haalea rengas, jos ei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>Nimeä %1 ei mainita kieliversiossa %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 kieliversiossa %2: %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Kuka mainitaan missäkin</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Kuinka samankaltaisia juonikuvaukset ovat (vertaa napsauttamalla)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>on tyhjä: siinä ei ole juonikuvausta</translation>
    </message>
</context>
<context>
    <name>episcope::ScriptFit</name>
    <message>
        <source>Latin</source>
        <translation>latinalaiset aakkoset</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kyrilliset aakkoset</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>kreikkalaiset aakkoset</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabialainen kirjoitus</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>heprealainen kirjoitus</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>kiinalaiset merkit</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>muu kirjoitusjärjestelmä</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Etsi kaikista juonikuvauksista ja otsikoista…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Hakuteksti</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Mikään juonikuvaus ei sisällä tekstiä ”%1”</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Ensimmäiset %1 osumaa</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Osuvia juonikuvauksia: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Esimerkkijakso</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (elokuva)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Muut juonikuvaukset</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Numeroimattomat</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Erikoisjaksot</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Kausi %1</translation>
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
            <numerusform>%n lähde: valitse se muokataksesi sitä tai valitse jakso vertailua varten</numerusform>
            <numerusform>%n lähdettä: valitse yksi muokataksesi sitä tai valitse jakso vertaillaksesi niitä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Episcopen asetukset</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Ylei&amp;set</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Kielet</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Oikoluku</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Asetussivut</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Käyttöliittymän k&amp;ieli:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>Uusi käyttöliittymän kieli otetaan käyttöön, kun Episcope käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Käytä juonikuvauksissa o&amp;letusfonttia</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Juonikuvausten fontti</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Juonikuvausten fonttikoko</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>Juonikuvausten &amp;fontti:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Ctrl+Plus ja Ctrl+Miinus suurentavat tai pienentävät juonikuvauksia; Ctrl+0 palauttaa normaalin koon.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Omat kielesi tärkeysjärjestyksessä. Ne näytetään tässä järjestyksessä kieliluettelon alussa, ja puuttuva otsikko tai juonikuvaus lainataan ensimmäisestä niistä kielistä, joilla se on (ja merkitään lainatuksi).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>&amp;Ensisijaiset kielet:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Ensisijaiset kielet tärkeysjärjestyksessä</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Kieli tai BCP 47 -tunniste, esim. pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Lisättävä kieli</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>&amp;Tarkista oikeinkirjoitus</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Alleviivaa väärin kirjoitetut sanat ja näytä niiden määrä kieliluettelossa</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Sanakirja kullekin kielelle</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Sanakirja kielelle %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Sanakirjoja ei ole asennettu. Asenna hunspell-*-paketteja (ja suomea varten voikko-fi).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Lisättävä k&amp;ieli:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Juonikuvausten samankaltaisuus</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Kuinka samankaltainen kukin juonikuvauspari on asteikolla 0–1; valitse solu vertaillaksesi paria</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 ja %2: samankaltaisuus %3 — vertaa napsauttamalla</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Ei sanakirjassa %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Ei ehdotuksia</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Lisää ”%1” sanakirjaan</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Ohita ”%1”</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Juonikuvaus</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Juonikuvauksen kieli</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Sanojen ja merkkien määrä</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Oikoluku</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Oikolukusanakirja</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>Sanakirja, jolla tämä juonikuvaus tarkistetaan</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>tiedoston ilmoittama</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>tunnistettu tekstistä, varmuus %1 %</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>tunnistettu tekstistä, epävarma (%1 %)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>toiseksi todennäköisin %1 (%2 %)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>itse valittu</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>itse valittu; tekstistä tunnistettu kieli: %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>kieltä ei tunnistettu</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>kieltä ei tunnistettu (ehkä %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>kirjoitusjärjestelmä: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Tällä rivillä ei ole omaa juonikuvausta: alla oleva teksti on lainattu kieliversiosta %1 kieliasetustesi mukaan.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>Otsikko on lainattu kieliversiosta %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Tämä juonikuvaus on hyvin pitkä: näytetään %2 merkistä ensimmäiset %1, vain luku. Kopioi juonikuvaus kopioi sen kokonaan.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Lasketaan sanoja ja merkkejä…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Sanoja: %1 · Merkkejä: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automaattinen (ei mitään)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automaattinen (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Älä tarkista</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>Oikoluku on poissa käytöstä tälle juonikuvaukselle</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>Useimmat sanat puuttuvat sanakirjasta %1: onko kieli oikea?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Ei kirjoitusvirheitä</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Väärin kirjoitettuja sanoja: %1</translation>
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
        <translation>Lue, tarkista ja vertaa TV-jaksojen juonikuvauksia monilla kielillä.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Avattavat tiedostot tai kansiot (mukana tuleva esimerkki, jos mitään ei anneta): tavallinen teksti, TMDB-, TheTVDB- tai Trakt-JSON, Kodi NFO; kansiot luetaan rekursiivisesti.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>kielelle ”%1” ei ole käännöstä; viestit näytetään englanniksi</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: kielelle ”%1” ei ole käännöstä; käyttöliittymä näytetään englanniksi</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>Käyttöliittymän kieli (%1); oletuksena järjestelmän kieli.</translation>
    </message>
</context>
</TS>
