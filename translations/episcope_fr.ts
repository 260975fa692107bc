<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1&#xa0;: ne peut pas être écrit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1&#xa0;: n’est pas un fichier ordinaire&#x202f;; Episcope ne le remplacera pas</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1&#xa0;: n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1&#xa0;: ses permissions n’ont pas pu être conservées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1&#xa0;: son propriétaire ou son groupe n’a pas pu être conservé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1&#xa0;: n’a pas pu être écrit sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1&#xa0;: n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1&#xa0;: enregistré, mais son dossier n’a pas pu être synchronisé sur le disque&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1&#xa0;: ne contient aucun fichier .json, .nfo, .xml ou .txt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étiquette de langue</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Produire une sortie JSON.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>synopsis&#xa0;: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiq.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>conf.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>car.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>La langue à afficher (étiquette BCP 47).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html ou markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>show nécessite --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (text, html ou markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1&#xa0;: aucun synopsis en «&#xa0;%2&#xa0;» (disponibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1&#xa0;: aucun synopsis %2&#x202f;; affichage du synopsis %3 selon vos préférences</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Langues préférées, par ordre de préférence (pt-BR,pt-PT,en)&#xa0;: un titre ou un synopsis manquant est emprunté à la langue suivante, et marqué comme emprunté.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Évaluer l’identification de la langue sur des textes étiquetés (lignes TAG&lt;TAB&gt;texte), à côté de CLD2 brut.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>La langue annoncée du texte (une indication, pas une réponse).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Les langues probables du texte, séparées par des virgules (indications).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>l’entrée standard n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>peu fiable</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>La langue de gauche (étiquette BCP 47).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>La langue de droite (étiquette BCP 47).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html ou json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>compare nécessite --left TAG et --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (text, html ou json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>«&#xa0;%1&#xa0;» ou «&#xa0;%2&#xa0;» n’est pas une étiquette de langue</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1&#xa0;: aucun synopsis en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>caractères %1 / %2 (rapport %3), phrases %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>noms des deux côtés&#xa0;: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>seulement à gauche&#xa0;: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>seulement à droite&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(aucun équivalent)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json ou html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (json ou html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1&#xa0;: n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>textes étiquetés&#xa0;: %1, langues&#xa0;: %2</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>précision&#xa0;: Episcope %1   CLD2 brut %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>régions&#xa0;:   Episcope %1   CLD2 brut %2   (textes étiquetés pt-PT, es-MX…, identifiés avec exactement cette étiquette)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>durée&#xa0;:     Episcope %1 ms   CLD2 brut %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>rappel par langue      Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>confusions, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>confusions, CLD2 brut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json ou nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>Le fichier à écrire (csv, json&#x202f;; sortie standard s’il est omis) ou le dossier (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>export nécessite --format csv, json ou nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>export --format nfo nécessite --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>La langue du synopsis à corriger (étiquette BCP 47).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>Le mot à remplacer (mots entiers uniquement).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>Le texte à mettre à sa place.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>fix nécessite --lang TAG --replace WORD --with TEXT et exactement un FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1&#xa0;: aucun «&#xa0;%2&#xa0;» dans le synopsis %3&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1&#xa0;: «&#xa0;%3&#xa0;» remplacé %2 × dans le synopsis %4</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Uniquement les traductions dans cette langue (étiquette BCP 47).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>mots mal orthographiés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (mots inconnus pour la plupart&#xa0;: la langue est-elle la bonne&#x202f;?)</translation>
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
        <translation>Utilisation&#xa0;: episcope-cli COMMAND [OPTIONS] [FILE...]

Commandes&#xa0;:
  list   [--json] [--prefer TAGS] [PATH...]          épisodes, traductions, langues et contrôles de qualité
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  un synopsis
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  la langue d’un texte, par ordre de probabilité (entrée standard avec - ou sans TEXT)
  detect --eval FILE [--json]                        précision sur des lignes TAG&lt;TAB&gt;texte, à côté de CLD2 brut
  spellcheck [--json] [--lang TAG] [FILE...]         fautes d’orthographe par traduction, avec suggestions
  fix    --lang TAG --replace WORD --with TEXT FILE   corriger un mot dans un synopsis et enregistrer (de façon atomique)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  deux synopsis alignés phrase par phrase
  overview [--format json|html] [FILE...]            noms × langues et degré de ressemblance de chaque paire
  export --format csv|json [--out FILE] [PATH...]    tous les synopsis de tout ce qui est indiqué, dans un seul fichier
  export --format nfo --out FOLDER [PATH...]         un NFO Kodi par langue de chaque épisode

Un PATH peut être un dossier&#xa0;: ses fichiers .json, .nfo, .xml et .txt sont lus récursivement&#x202f;; un fichier
illisible est signalé et les autres comptent quand même (code de sortie 2 à la fin). Sans PATH,
l’exemple fourni est utilisé. Les erreurs sont écrites sur la sortie d’erreur standard avec le code de sortie 2.

--ui-language TAG, n’importe où sur la ligne de commande, définit la langue des messages (%1)&#x202f;;
par défaut, c’est celle du système. Les sorties JSON, CSV et NFO ne sont jamais traduites.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>aucun équivalent</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Caractères&#xa0;: %1 / %2 (rapport&#xa0;: %3) · phrases&#xa0;: %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Noms des deux côtés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Seulement à gauche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Seulement à droite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>ligne %1&#xa0;: une étiquette de langue, une tabulation et un texte sont attendus</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>ne contient aucun texte étiqueté (lignes formées d’un TAG, d’une tabulation et d’un texte)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>ne contient aucune valeur JSON</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>contient encore des données après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>contient ici quelque chose qui n’est pas du JSON</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>se termine avant la fin du JSON</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>imbrique des tableaux et des objets sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>une clé entre guillemets est attendue ici</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>répète la clé «&#xa0;%1&#xa0;»&#x202f;; la dernière occurrence est utilisée</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>&apos;:&apos; attendu ici après une clé</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu ici</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu ici</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>contient un caractère de contrôle dans une chaîne (il doit être échappé)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>contient un échappement \u sans quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>contient un échappement inconnu \%1 dans une chaîne</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>se termine à l’intérieur d’une chaîne (il manque un guillemet fermant)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>contient un nombre sans chiffre après le point décimal</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>contient un nombre dont l’exposant est incomplet</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1&#xa0;: ouvert en lecture seule, car ce n’est pas de l’UTF-8 valide&#x202f;; l’enregistrer modifierait des octets que vous n’avez pas modifiés</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1&#xa0;: les synopsis modifiés ne correspondent plus au fichier</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1&#xa0;: ne peut plus être lu (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1&#xa0;: modifié sur le disque depuis son ouverture, et son ancien texte n’a pas été conservé (il a été ouvert avec de nombreux autres fichiers)&#x202f;; rechargez-le et refaites vos modifications</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1&#xa0;: modifié sur le disque depuis son ouverture</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1&#xa0;: le texte lu est incomplet&#x202f;; non enregistré</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1&#xa0;: n’est plus du texte valide&#x202f;; non enregistré</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1&#xa0;: le synopsis %2 n’est pas stocké dans le fichier&#x202f;; il ne peut donc pas y être enregistré</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1&#xa0;: un synopsis n’est plus à l’endroit où il a été lu&#x202f;; non enregistré</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>contient du texte après le XML&#x202f;; il est ignoré</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>est du XML, mais pas un NFO Kodi&#xa0;: il ne contient ni &lt;episodedetails&gt;, ni &lt;tvshow&gt;, ni &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>déclare des entités XML dans un DOCTYPE&#x202f;; Episcope ne développe pas les entités</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>utilise l’entité non déclarée &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>est du XML, mais pas un NFO Kodi&#xa0;: son élément racine est &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>n’est pas du XML bien formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>imbrique des éléments sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>mentionné</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>non mentionné</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Vue d’ensemble des synopsis</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Qui est mentionné où</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Degré de ressemblance des synopsis</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>synopsis emprunté à %1 selon vos préférences de langue</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>titre emprunté à %1 selon vos préférences de langue</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>aucun synopsis</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>«&#xa0;%1&#xa0;» est un titre provisoire, pas un vrai titre</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>langue déclarée&#xa0;: %1, détectée&#xa0;: %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>%2 n’utilise pas cette écriture (%1)</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 caractères, bien moins que les %2 habituels pour cet épisode</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>même texte que la ligne %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 figure plus d’une fois</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>est un tube (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>est un socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>n’est pas une ressource intégrée</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>fait %1&#x202f;; Episcope ouvre les fichiers jusqu’à %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>dépasse %1, la taille maximale qu’Episcope peut ouvrir</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>est du JSON, mais pas une réponse de traductions de TMDB, TheTVDB ou Trakt&#xa0;: il n’a ni tableau &quot;translations&quot; ni objet &quot;data&quot;</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>est un tableau JSON vide&#xa0;: il ne contient aucune traduction</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>est un tableau JSON, mais pas une liste de traductions Trakt&#xa0;: son premier élément n’a pas de &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>est du JSON (%1), pas une réponse de traductions</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>n’est pas de l’UTF-16 valide (il manque un demi-mot d’une paire de substitution ou un octet)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>contient des caractères NUL&#xa0;: c’est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>semble être de l’UTF-16 sans indicateur d’ordre des octets (BOM)&#x202f;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>contient un octet NUL&#xa0;: c’est un fichier binaire, pas du texte</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>n’est pas une réponse de traductions TMDB&#xa0;: il n’y a pas de tableau &quot;translations&quot;</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>n’est pas une réponse de traductions TMDB&#xa0;: &quot;translations&quot; est %1, et non un tableau</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>une traduction est %1, et non un objet&#x202f;; elle est ignorée</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>une traduction n’a pas de code de langue &quot;iso_639_1&quot;&#x202f;; elle est ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue&#x202f;; la ligne est conservée comme langue inconnue</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>la traduction %1 n’a pas d’objet &quot;data&quot;&#x202f;; elle est affichée vide</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>est une réponse TMDB qui ne contient aucune traduction</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>une traduction n’a pas de code &quot;language&quot; utilisable&#x202f;; elle est ignorée</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>est une liste de traductions Trakt sans aucune traduction utilisable</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>est une traduction TheTVDB en «&#xa0;%1&#xa0;», qui n’est pas un code de langue</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>n’est pas une réponse de traductions TheTVDB&#xa0;: &quot;data&quot; n’a ni &quot;language&quot; ni objet &quot;translations&quot;</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>une traduction n’a pas de code &quot;language&quot; utilisable&#x202f;; elle est ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>«&#xa0;%1&#xa0;» est %2, et non un tableau&#x202f;; il est ignoré</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>une traduction est %1, et non un objet&#x202f;; elle est ignorée</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>est une réponse TheTVDB qui ne contient aucune traduction</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1 nécessite une étiquette de langue, par exemple de ou pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Des bandes relient chaque phrase de gauche à son équivalent de droite</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>ne contient aucun fichier .json, .nfo, .xml ou .txt</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Synopsis de gauche</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Synopsis de droite</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Langue de gauche</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Langue de droite</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Inverser les deux côtés (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Copier sous forme de &amp;tableau</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Résumé de la comparaison</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Caractères&#xa0;: %1 / %2 · rapport&#xa0;: %3 · phrases&#xa0;: %4 / %5 · noms des deux côtés&#xa0;: %6 · seulement à gauche&#xa0;: %7 · seulement à droite&#xa0;: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — nommé des deux côtés</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>La comparaison n’a pas été exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>La comparaison n’a pas été exportée vers %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Exporter la comparaison en PDF</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Exporter la comparaison en HTML</translation>
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
        <translation>Comparaison copiée sous forme de tableau</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Orthographe non vérifiée&#xa0;: la langue est inconnue</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Aucun dictionnaire pour %1 — installez %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Orthographe non vérifiée&#xa0;: la vérification orthographique est désactivée dans la configuration</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>«&#xa0;%1&#xa0;» est %2, et non du texte&#x202f;; il est ignoré</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Langue inconnue</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>repli</translation>
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
        <translation>déclarée</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifiée</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>identifiée (incertaine)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>le fichier indique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>aucun dictionnaire de vérification orthographique</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Fautes d’orthographe</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Contrôles</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n faute d&apos;orthographe</numerusform>
            <numerusform>%n fautes d&apos;orthographe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Les langues des synopsis de l’épisode&#x202f;; celle qui est sélectionnée est affichée à côté de la liste</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Comparer avec</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>Définir la &amp;langue…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Indiquer la langue de ce synopsis, à la place de celle indiquée par le fichier ou par l’identification automatique</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 apparaît plusieurs fois&#x202f;; toutes les lignes sont conservées</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>n’est pas de l’UTF-8 valide à cet endroit&#x202f;; les octets invalides sont affichés comme caractères de remplacement et le fichier est ouvert en lecture seule pour qu’un enregistrement ne puisse pas l’endommager</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Ouvrez un fichier de synopsis avec Fichier › Ouvrir… (%1), ou déposez-en un sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Séries, saisons et épisodes</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Moteur et dictionnaire de vérification orthographique</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Fichiers ouverts jusqu’à présent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Arrêter l’ouverture des fichiers&#x202f;; ce qui est déjà ouvert le reste</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Problèmes rencontrés dans les fichiers ouverts</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Aucune langue sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Ouvrir des fichiers de synopsis&#xa0;: texte brut, JSON TMDB, TheTVDB ou Trakt, NFO Kodi</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Ouvrir tous les fichiers de synopsis d’un dossier et de ses sous-dossiers, sous forme d’arborescence de séries</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Écrire tous les synopsis de tout ce qui est ouvert dans un seul fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Exporter l’épisode en &amp;NFO par langue…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Écrire un fichier NFO Kodi pour chaque langue de l’épisode affiché</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>Rec&amp;hercher dans tous les synopsis…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Rechercher dans tous les titres et synopsis de toutes les langues</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Langues pré&amp;férées…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Les langues souhaitées, dans l’ordre&#xa0;: un titre ou un synopsis manquant est emprunté à la langue suivante</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Enregistrer les synopsis modifiés&#x202f;; seuls ceux-ci changent dans le fichier</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>&amp;Modifier le synopsis</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Modifier le synopsis affiché (désactivé&#xa0;: lecture seule)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>&amp;Copier le synopsis</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Copier tout le synopsis, en texte brut et en HTML qui conserve sa langue</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>Langue &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>Langue &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparer côte à côte</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Comparer la langue actuelle avec une autre, phrase par phrase</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>&amp;Vue d’ensemble de toutes les langues</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>À &amp;propos d’Episcope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Tous les raccourcis clavier d’Episcope</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Ouvrir des synopsis</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Synopsis et métadonnées (*.txt *.json *.nfo *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Ouvrir un dossier de synopsis</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Sélectionnez d’abord une langue</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Synopsis copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>À propos d’Episcope</translation>
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
        <translation>Lire, vérifier et comparer des synopsis d’épisodes de séries télévisées dans de nombreuses langues.

Identification de la langue&#xa0;: CLD2.
Vérification orthographique&#xa0;: %1.
Compilé avec Qt %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>Ouverture de %n fichier ou dossier…</numerusform>
            <numerusform>Ouverture de %n fichiers et dossiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>L’ouverture a été annulée avant le chargement du moindre synopsis</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Rien n’a pu être ouvert depuis %1&#x202f;; le panneau Problèmes en indique la raison</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>Fichiers ouverts&#xa0;: %1&#x202f;; épisodes&#xa0;: %2&#x202f;; synopsis&#xa0;: %3</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>non ouverts&#xa0;: %1 (voir Problèmes)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Épisode d’exemple</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n source)</numerusform>
            <numerusform>%1 (%n sources)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Synopsis&#xa0;: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Cet épisode provient de %n source, affichée ici pour la lecture et la comparaison. Sélectionnez une source dans l’arborescence pour la modifier.</numerusform>
            <numerusform>Cet épisode provient de %n sources, affichées ensemble pour les lire et les comparer. Sélectionnez une source dans l’arborescence pour la modifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Ce fichier ne contient aucun synopsis</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, une ligne par synopsis (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>Exporter les fichiers NFO dans un dossier</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>Fichiers NFO écrits dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Sélectionnez une source de l’épisode pour définir une langue</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Cette ligne est empruntée selon vos préférences de langue&#x202f;; définissez la langue de la ligne dont elle provient</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(selon le fichier ou d’après le texte)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Définir la langue</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>La langue de ce synopsis, sous forme d’étiquette BCP 47 (par exemple hr, sr-Latn, pt-BR).
Episcope la mémorise pour ce fichier et cette ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étiquette de langue&#x202f;; la langue reste inchangée</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Recharger et perdre mes modifications</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Ce synopsis n’est pas stocké dans le fichier&#x202f;; il ne peut donc pas être modifié ici</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Ce synopsis est emprunté à %1&#x202f;; modifiez-le à cet endroit</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Ce synopsis est trop long pour être modifié ici</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>Les synopsis de %1 comportent des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>NFO Kodi (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Synopsis (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Enregistrer les synopsis sous</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>Vos modifications sont toujours là. Que doit faire Episcope&#x202f;?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 a été supprimé ou déplacé&#x202f;; utilisez Enregistrer sous pour conserver ces synopsis.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 a été modifié sur le disque. Vos modifications sont conservées&#x202f;; l’enregistrement demandera confirmation avant d’écraser le fichier.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Orthographe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» au dictionnaire personnel dans %2</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Orthographe&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>&amp;Configurer Episcope…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Langue de l’interface, langues préférées, vérification orthographique et polices</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Agrandir le texte des synopsis</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Réduire le texte des synopsis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguration</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>La langue de l’interface changera au prochain démarrage d’Episcope</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Taille du texte&#xa0;: %1&#xa0;pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 sur %n fichier</numerusform>
            <numerusform>%1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n synopsis exporté vers %1</numerusform>
            <numerusform>%n synopsis exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Noms par langue</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Quel synopsis mentionne quel nom&#xa0;: un disque plein s’il le mentionne, un cercle pâle sinon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>%1 n’est pas mentionné dans %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Qui est mentionné où</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Degré de ressemblance des synopsis (cliquez pour comparer)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>est vide&#xa0;: il ne contient aucun synopsis</translation>
    </message>
</context>
<context>
    <name>episcope::ScriptFit</name>
    <message>
        <source>Latin</source>
        <translation>alphabet latin</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>alphabet cyrillique</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>alphabet grec</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>alphabet arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>alphabet hébreu</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>caractères chinois</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangeul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>autre écriture</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Rechercher dans tous les synopsis et titres…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Aucun synopsis ne contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Les %1 premiers résultats</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Synopsis correspondants&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Épisode d’exemple</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (film)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Autres synopsis</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Sans numéro</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Épisodes spéciaux</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Saison %1</translation>
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
            <numerusform>%n source&#xa0;: sélectionnez-la pour la modifier, ou sélectionnez l’épisode pour comparer les sources</numerusform>
            <numerusform>%n sources&#xa0;: sélectionnez-en une pour la modifier, ou sélectionnez l’épisode pour les comparer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Configurer Episcope</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de configuration</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>La nouvelle langue de l’interface sera utilisée au prochain démarrage d’Episcope.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Utiliser la police par &amp;défaut pour les synopsis</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Police des synopsis</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Taille de la police des synopsis</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>&amp;Police des synopsis&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Ctrl+Plus et Ctrl+Moins agrandissent ou réduisent le texte des synopsis&#x202f;; Ctrl+0 rétablit la taille normale.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Vos langues, par ordre de préférence. Elles figurent dans cet ordre en tête de la liste des langues, et un titre ou un synopsis manquant est emprunté à la première d’entre elles qui en a un (et marqué comme emprunté).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>Langues &amp;préférées&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Langues préférées, par ordre de préférence</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Une langue ou une étiquette BCP 47, par exemple pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>&amp;Vérifier l’orthographe</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Souligner les mots mal orthographiés et les compter dans la liste des langues</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Dictionnaire pour chaque langue</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Dictionnaire pour %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Aucun dictionnaire n’est installé. Installez les paquets hunspell-* (et voikko-fi pour le finnois).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Ajouter une la&amp;ngue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Similarité des synopsis</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Degré de ressemblance de chaque paire de synopsis, de 0 à 1&#x202f;; choisissez une cellule pour comparer cette paire</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 et %2&#xa0;: similarité de %3 — cliquez pour comparer</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Absent du dictionnaire %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>A&amp;jouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Langue du synopsis</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Nombre de mots et de caractères</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Vérification orthographique</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Dictionnaire de vérification orthographique</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>Le dictionnaire utilisé pour vérifier ce synopsis</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>déclarée par le fichier</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>identifiée d’après le texte, confiance de %1&#x202f;%</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>identifiée d’après le texte, incertaine (%1&#x202f;%)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>deuxième choix&#xa0;: %1 (%2&#x202f;%)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>choisie par vous&#x202f;; langue détectée dans le texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>langue non identifiée</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>langue non identifiée (peut-être %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Cette ligne n’a pas de synopsis propre&#xa0;: le texte ci-dessous est emprunté à %1 selon vos préférences de langue.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>Le titre est emprunté à %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Ce synopsis est très long&#xa0;: affichage des %1 premiers caractères sur %2, en lecture seule. Copier le synopsis le copie en entier.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Comptage des mots et des caractères…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Mots&#xa0;: %1 · Caractères&#xa0;: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automatique (aucun)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Ne pas vérifier</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>La vérification orthographique est désactivée pour ce synopsis</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>La plupart des mots sont absents du dictionnaire %1&#xa0;: la langue est-elle la bonne&#x202f;?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Aucune faute d’orthographe</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Mots mal orthographiés&#xa0;: %1</translation>
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
        <translation>Lire, vérifier et comparer des synopsis d’épisodes de séries télévisées dans de nombreuses langues.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Fichiers ou dossiers à ouvrir (l’exemple fourni si aucun n’est indiqué)&#xa0;: texte brut, JSON TMDB, TheTVDB ou Trakt, NFO Kodi&#x202f;; les dossiers sont lus récursivement.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>aucune traduction pour «&#xa0;%1&#xa0;»&#x202f;; les messages restent en anglais</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope&#xa0;: aucune traduction pour «&#xa0;%1&#xa0;»&#x202f;; l’interface reste en anglais</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>La langue de l’interface (%1)&#x202f;; par défaut, celle du système.</translation>
    </message>
</context>
</TS>
