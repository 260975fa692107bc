<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: no se puede escribir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: no es un archivo normal; Episcope no lo reemplazará</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se ha podido escribir: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: no se han podido conservar sus permisos: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: no se ha podido conservar su propietario o grupo: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: no se ha podido escribir en el disco: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: no se ha podido guardar: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: se ha guardado, pero no se ha podido volcar su carpeta al disco: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ninguna orden</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: no contiene archivos .json, .nfo, .xml ni .txt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>«%1» no es una etiqueta de idioma</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra el resultado en JSON.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>sinopsis: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiq.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>conf.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>pal.</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>car.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>El idioma que se muestra (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html o markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>show necesita --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>formato desconocido «%1» (text, html o markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: no hay sinopsis en «%2» (las hay en: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: no hay sinopsis en %2; se muestra la de %3 según sus preferencias</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Idiomas preferidos, el más deseado primero (pt-BR,pt-PT,en): un título o una sinopsis que falten se toman prestados del siguiente y se marcan como prestados.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Evalúa el identificador de idioma con textos etiquetados (líneas TAG&lt;TAB&gt;texto), junto a CLD2 en bruto.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>El idioma en que se dice que está el texto (una pista, no una respuesta).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Idiomas en los que probablemente esté el texto, separados por comas (pistas).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>la entrada estándar no es UTF-8 válido</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>poco fiable</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>El idioma de la izquierda (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>El idioma de la derecha (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html o json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>compare necesita --left TAG y --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>formato desconocido «%1» (text, html o json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>«%1» o «%2» no es una etiqueta de idioma</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: no hay sinopsis en «%2»</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>caracteres %1 / %2 (proporción %3), frases %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>nombres en ambas: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>solo a la izquierda: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>solo a la derecha: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(sin equivalente)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json o html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>formato desconocido «%1» (json o html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 textos etiquetados en %2 idiomas</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>exactitud: Episcope %1   CLD2 en bruto %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>regiones:  Episcope %1   CLD2 en bruto %2   (textos etiquetados pt-PT, es-MX…, respondidos con esa misma etiqueta)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>tiempo:    Episcope %1 ms   CLD2 en bruto %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>aciertos por idioma    Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>confusiones, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>confusiones, CLD2 en bruto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json o nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>El archivo que se escribe (csv, json; sin ella, la salida estándar) o la carpeta (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>export necesita --format csv, json o nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>export --format nfo necesita --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: no existe la carpeta</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>El idioma cuya sinopsis se corrige (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>La palabra que se reemplaza (solo palabras completas).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>Lo que se pone en su lugar.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>fix necesita --lang TAG --replace WORD --with TEXT y exactamente un FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>no se ha guardado: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: no hay ningún «%2» en la sinopsis en %3; no se ha guardado nada</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: se ha reemplazado %2 × «%3» en %4</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Solo las traducciones en este idioma (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>%1 de %2 palabras mal escritas</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (palabras desconocidas en su mayoría: ¿es correcto el idioma?)</translation>
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

Órdenes:
  list   [--json] [--prefer TAGS] [PATH...]          episodios, traducciones, idiomas y comprobaciones de calidad
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  una sinopsis
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  el idioma de un texto, con los candidatos por orden (entrada estándar con - o sin nada)
  detect --eval FILE [--json]                        exactitud con líneas TAG&lt;TAB&gt;texto, junto a CLD2 en bruto
  spellcheck [--json] [--lang TAG] [FILE...]         errores ortográficos por traducción, con sugerencias
  fix    --lang TAG --replace WORD --with TEXT FILE   corrige una palabra de una sinopsis y la guarda (de forma atómica)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  dos sinopsis alineadas frase a frase
  overview [--format json|html] [FILE...]            nombres × idiomas y cuánto se parece cada par
  export --format csv|json [--out FILE] [PATH...]    todas las sinopsis de todo lo indicado, en un solo archivo
  export --format nfo --out FOLDER [PATH...]         un NFO de Kodi por idioma de cada episodio

Un PATH puede ser una carpeta: se leen sus archivos .json, .nfo, .xml y .txt de forma recursiva; si alguno
no se puede leer, se informa de ello y los demás siguen contando (estado de salida 2 al final). Sin PATH
se usa el ejemplo incluido. Los errores van a la salida de error estándar con estado de salida 2.

--ui-language TAG, en cualquier lugar de la línea, establece el idioma de los mensajes (%1);
de forma predeterminada es el del sistema. La salida JSON, CSV y NFO nunca se traduce.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>correspondencia</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>sin equivalente</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Caracteres %1 / %2 (proporción %3) · frases %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Nombres en ambas: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Solo a la izquierda: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Solo a la derecha: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>línea %1: se esperaba una etiqueta de idioma, un tabulador y un texto</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>no contiene textos etiquetados (líneas con TAG, un tabulador y un texto)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>no contiene ningún valor JSON</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>contiene algo más tras el final del valor JSON</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>contiene aquí algo que no es JSON</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>termina antes de que el JSON esté completo</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>anida arrays y objetos a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>aquí se esperaba una clave entre comillas</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>repite la clave &quot;%1&quot;; se usa la última</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>aquí se esperaba &apos;:&apos; tras una clave</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>aquí se esperaba &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>aquí se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>contiene un carácter de control dentro de una cadena (debe escaparse)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>contiene un escape \u sin cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>contiene un escape desconocido \%1 en una cadena</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>termina dentro de una cadena (falta una comilla de cierre)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>contiene un número sin nada tras su punto decimal</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>contiene un número con un exponente incompleto</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: se abrió en modo de solo lectura porque no es UTF-8 válido; al guardar cambiarían bytes que usted no ha editado</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: las sinopsis editadas ya no coinciden con el archivo</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: ya no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: ha cambiado en el disco desde que se abrió y no se conservó su texto anterior (se abrió junto con muchos otros archivos); vuelva a cargarlo y edítelo de nuevo</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: ha cambiado en el disco desde que se abrió</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: el texto leído es incompleto; no se ha guardado</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: ya no es texto válido; no se ha guardado</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: la sinopsis en %2 no está almacenada en el archivo, por lo que no se puede guardar en él</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: una sinopsis ya no está donde se leyó; no se ha guardado</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>contiene texto después del XML; se ignora</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>es XML, pero no un NFO de Kodi: no contiene &lt;episodedetails&gt;, &lt;tvshow&gt; ni &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>declara entidades XML en un DOCTYPE; Episcope no expande entidades</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>usa la entidad no declarada &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>es XML, pero no un NFO de Kodi: su elemento raíz es &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>no es XML bien formado: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>anida elementos a más de %1 niveles de profundidad</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>mencionado</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>no mencionado</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Vista general de las sinopsis</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Quién aparece mencionado y dónde</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Cuánto se parecen las sinopsis</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>sinopsis tomada prestada de %1 según sus preferencias de idioma</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>título tomado prestado de %1 según sus preferencias de idioma</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>sin sinopsis</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>«%1» es un marcador de posición, no un título real</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>declarado como %1, pero parece %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>escrito en %1, que no se usa en %2</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 caracteres, muchos menos que los %2 habituales en este episodio</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>el mismo texto que la fila %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 aparece más de una vez</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>es una tubería (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se ha indicado ningún nombre de archivo</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>no es un recurso incrustado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>ocupa %1; Episcope abre archivos de hasta %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>no se ha podido leer: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>ocupa más de %1, el máximo que abre Episcope</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>es JSON, pero no una respuesta de traducciones de TMDB, TheTVDB ni Trakt: no contiene ningún array &quot;translations&quot; ni ningún objeto &quot;data&quot;</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>es un array JSON vacío: no contiene traducciones</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>es un array JSON, pero no una lista de traducciones de Trakt: su primer elemento no tiene &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>es %1 en JSON, no una respuesta de traducciones</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>no es UTF-16 válido (falta un sustituto o un byte)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>contiene caracteres NUL: es un archivo binario, no texto</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>parece UTF-16 sin marca de orden de bytes; guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>contiene un byte NUL: es un archivo binario, no texto</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>no es una respuesta de traducciones de TMDB: no hay ningún array &quot;translations&quot;</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>no es una respuesta de traducciones de TMDB: &quot;translations&quot; es %1, no un array</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>una traducción es %1, no un objeto; se omite</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>una traducción no tiene código de idioma &quot;iso_639_1&quot;; se omite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>&quot;%1&quot; no es un código de idioma; la fila se conserva como idioma desconocido</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>la traducción en %1 no tiene objeto &quot;data&quot;; se muestra vacía</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>es una respuesta de TMDB sin traducciones</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>una traducción no tiene un código &quot;language&quot; utilizable; se omite</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>es una lista de traducciones de Trakt sin ninguna traducción utilizable</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>es una traducción de TheTVDB en &quot;%1&quot;, que no es un código de idioma</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>no es una respuesta de traducciones de TheTVDB: &quot;data&quot; no tiene ni &quot;language&quot; ni un objeto &quot;translations&quot;</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>una traducción no tiene un código &quot;language&quot; utilizable; se omite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>&quot;%1&quot; es %2, no un array; se ignora</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>una traducción es %1, no un objeto; se omite</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>es una respuesta de TheTVDB sin traducciones</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1 necesita una etiqueta de idioma, por ejemplo de o pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Las bandas unen cada frase de la izquierda con su equivalente de la derecha</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>no contiene archivos .json, .nfo, .xml ni .txt</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Intercambiar lados</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Sinopsis de la izquierda</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Sinopsis de la derecha</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Idioma de la izquierda</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Idioma de la derecha</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Intercambiar los dos lados (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Copiar como &amp;tabla</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Resumen de la comparación</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Caracteres %1 / %2 · proporción %3 · frases %4 / %5 · nombres en ambas: %6 · solo a la izquierda: %7 · solo a la derecha: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — mencionado en ambos lados</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>No se ha exportado la comparación: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se ha exportado %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>No se ha exportado la comparación a %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Exportar comparación como PDF</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Exportar comparación como HTML</translation>
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
        <translation>Se ha copiado la comparación como tabla</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Sin corrección ortográfica: se desconoce el idioma</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>No hay diccionario de %1 — instale %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Sin corrección ortográfica: está desactivada en Preferencias</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>&quot;%1&quot; es %2, no texto; se ignora</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Idioma desconocido</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>prestado</translation>
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
        <translation>declarado</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>identificado (dudoso)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>escritura: %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>el archivo indica «%1»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>sin diccionario de corrección ortográfica</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Errores ortográficos</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Comprobaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n error ortográfico</numerusform>
            <numerusform>%n errores ortográficos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Los idiomas de las sinopsis del episodio; el seleccionado se muestra junto a la lista</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Comparar con</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>Establecer &amp;idioma…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Indicar en qué idioma está esta sinopsis, por encima de lo que digan el archivo o el identificador</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 aparece más de una vez; se conservan todas las filas</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>no es UTF-8 válido aquí; los bytes erróneos se muestran como caracteres de sustitución y el archivo se abre en modo de solo lectura para que guardar no pueda dañarlo</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>No hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Abra un archivo de sinopsis con Archivo › Abrir… (%1) o suéltelo en esta ventana.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Series, temporadas y episodios</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Motor y diccionario de corrección ortográfica</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Archivos abiertos hasta ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Dejar de abrir archivos; lo ya abierto se mantiene</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Problemas con los archivos abiertos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se ha podido abrir %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>No hay ningún idioma seleccionado</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Abrir archivos de sinopsis: texto sin formato, JSON de TMDB, TheTVDB o Trakt, NFO de Kodi</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir car&amp;peta…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Abrir todos los archivos de sinopsis de una carpeta y sus subcarpetas, como árbol de series</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Escribir todas las sinopsis de todo lo abierto en un solo archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Exportar episodio como &amp;NFO por idioma…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Escribir un archivo NFO de Kodi por cada idioma del episodio mostrado</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>&amp;Buscar en todas las sinopsis…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Buscar en todos los títulos y sinopsis de todos los idiomas</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Idiomas &amp;preferidos…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Los idiomas que desea, por orden: un título o una sinopsis que falten se toman prestados del siguiente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Guardar las sinopsis editadas; en el archivo no cambia nada más</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>&amp;Editar sinopsis</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Editar la sinopsis mostrada (desactivado: solo lectura)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Copiar &amp;sinopsis</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Copiar la sinopsis completa, como texto sin formato y como HTML que conserva su idioma</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>Idioma &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>Idioma &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparar lado a lado</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Comparar el idioma actual con otro, frase a frase</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>Vista &amp;general de todos los idiomas</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>&amp;Acerca de Episcope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Todos los atajos de teclado de Episcope</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpiar lista</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Abrir sinopsis</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Sinopsis y metadatos (*.txt *.json *.nfo *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Abrir carpeta de sinopsis</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Seleccione primero un idioma</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Se ha copiado la sinopsis en %1</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Acerca de Episcope</translation>
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
        <translation>Leer, revisar y comparar sinopsis de episodios de televisión en muchos idiomas.

Identificación de idioma: CLD2.
Corrección ortográfica: %1.
Compilado con Qt %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>Abriendo %n archivo o carpeta…</numerusform>
            <numerusform>Abriendo %n archivos y carpetas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>Se ha cancelado la apertura antes de cargar ninguna sinopsis</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>No se ha podido abrir nada de %1; el panel Problemas indica el motivo</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>Archivos abiertos: %1 (episodios: %2, sinopsis: %3)</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>sin abrir: %1 (vea Problemas)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>detenido antes del final</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Sin abrir: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Episodio de ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n fuente)</numerusform>
            <numerusform>%1 (%n fuentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Sinopsis: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Este episodio procede de %n fuente, que se muestra para leer y comparar. Seleccione la fuente en el árbol para editarla.</numerusform>
            <numerusform>Este episodio procede de %n fuentes, que se muestran juntas para leer y comparar. Seleccione una fuente en el árbol para editarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Este archivo no contiene ninguna sinopsis</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, una fila por sinopsis (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se ha exportado: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>Exportar archivos NFO a una carpeta</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>Archivos NFO escritos en %1: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Seleccione una fuente del episodio para establecer un idioma</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Esta fila está tomada prestada según sus preferencias de idioma; establezca el idioma de la fila de la que procede</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(según el archivo o el propio texto)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Establecer idioma</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>El idioma de esta sinopsis, como etiqueta BCP 47 (por ejemplo hr, sr-Latn, pt-BR).
Episcope lo recordará para este archivo y esta fila.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>«%1» no es una etiqueta de idioma; el idioma no se ha modificado</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>El archivo ha cambiado en el disco</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Recargar y perder mis cambios</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Esta sinopsis no está almacenada en el archivo, por lo que no se puede editar aquí</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Esta sinopsis está tomada prestada de %1; edítela allí</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Esta sinopsis es demasiado larga para editarla aquí</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>Las sinopsis de %1 tienen cambios sin guardar.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>NFO de Kodi (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Sinopsis (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Guardar sinopsis como</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>Sus cambios siguen aquí. ¿Qué debe hacer Episcope?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 se ha eliminado o movido; use Guardar como para conservar estas sinopsis.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 ha cambiado en el disco. Sus cambios se conservan; al guardar se le preguntará antes de sobrescribir.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 ha cambiado en el disco.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Ortografía: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>No se ha podido añadir «%1» al diccionario personal en %2</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Ortografía: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>&amp;Configurar Episcope…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Idioma de la interfaz, idiomas preferidos, corrección ortográfica y tipos de letra</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Mostrar las sinopsis con letra más grande</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Mostrar las sinopsis con letra más pequeña</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>El idioma de la interfaz cambiará la próxima vez que se inicie Episcope</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Tamaño de texto: %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Restablecer el &amp;zoom</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 de %n archivo</numerusform>
            <numerusform>%1 de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n sinopsis exportada a %1</numerusform>
            <numerusform>%n sinopsis exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Nombres por idioma</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Qué sinopsis menciona qué nombre: un círculo relleno donde lo hace y un anillo tenue donde no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>%1 no se menciona en %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Quién aparece mencionado y dónde</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Cuánto se parecen las sinopsis (pulse para comparar)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>está vacío: no contiene ninguna sinopsis</translation>
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
        <translation>alfabeto cirílico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>alfabeto griego</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>alfabeto árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>alfabeto hebreo</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>caracteres chinos</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>otra escritura</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Buscar en todas las sinopsis y títulos…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Ninguna sinopsis contiene «%1»</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Las primeras %1 coincidencias</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Sinopsis coincidentes: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Episodio de ejemplo</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (película)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Otras sinopsis</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Sin numerar</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Especiales</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
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
            <numerusform>%n fuente: selecciónela para editarla, o seleccione el episodio para compararla</numerusform>
            <numerusform>%n fuentes: seleccione una para editarla, o el episodio para compararlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Configurar Episcope</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Ortografía</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la in&amp;terfaz:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>El nuevo idioma de la interfaz se usará la próxima vez que se inicie Episcope.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Usar el tipo de letra pre&amp;determinado para las sinopsis</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Tipo de letra de las sinopsis</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Tamaño de letra de las sinopsis</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>Tipo de &amp;letra de las sinopsis:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Ctrl+Más y Ctrl+Menos agrandan o reducen el texto de las sinopsis; Ctrl+0 lo restablece.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Sus idiomas, el más deseado primero. Encabezan la lista de idiomas en este orden, y un título o una sinopsis que falten se toman prestados del primero de ellos que los tenga (y se marcan como prestados).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>Idiomas &amp;preferidos:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Idiomas preferidos, el más deseado primero</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Un idioma o una etiqueta BCP 47, por ejemplo pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Idioma que añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>&amp;Revisar la ortografía</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Subrayar las palabras mal escritas y contarlas en la lista de idiomas</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Diccionario de cada idioma</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Diccionario de %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>No hay ningún diccionario instalado. Instale paquetes hunspell-* (y voikko-fi para el finés).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Añadir idio&amp;ma:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Similitud de las sinopsis</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Cuánto se parece cada par de sinopsis, de 0 a 1; elija una celda para comparar ese par</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 y %2: similitud %3 — pulse para comparar</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>No está en el diccionario %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Sinopsis</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Idioma de la sinopsis</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Recuento de palabras y caracteres</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Corrección ortográfica</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Diccionario de corrección ortográfica</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>El diccionario con el que se revisa esta sinopsis</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>declarado por el archivo</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>identificado a partir del texto, con un %1 % de confianza</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>identificado a partir del texto, dudoso (%1 %)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>segundo candidato: %1 (%2 %)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>elegido por usted; el texto parece %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>idioma no identificado</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>idioma no identificado (quizá %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>escritura: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Esta fila no tiene sinopsis propia: el texto de abajo está tomado prestado de %1 según sus preferencias de idioma.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>El título está tomado prestado de %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Esta sinopsis es muy larga: se muestran los primeros %1 de %2 caracteres, en modo de solo lectura. Copiar sinopsis la copia entera.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Contando palabras y caracteres…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Palabras: %1 · Caracteres: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automático (ninguno)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>No revisar</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>La corrección ortográfica está desactivada para esta sinopsis</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>La mayoría de las palabras no están en el diccionario %1: ¿es correcto el idioma?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Sin errores ortográficos</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Palabras mal escritas: %1</translation>
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
        <translation>Leer, revisar y comparar sinopsis de episodios de televisión en muchos idiomas.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Archivos o carpetas que abrir (el ejemplo incluido si no se indica ninguno): texto sin formato, JSON de TMDB, TheTVDB o Trakt, NFO de Kodi; las carpetas se leen de forma recursiva.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>no hay traducción para «%1»; los mensajes se mantienen en inglés</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: no hay traducción para «%1»; la interfaz se mantiene en inglés</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>El idioma de la interfaz (%1); de forma predeterminada, el del sistema.</translation>
    </message>
</context>
</TS>
