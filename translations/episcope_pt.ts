<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: não pode ser escrito</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: não é um ficheiro normal; o Episcope não o substituirá</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: não foi possível escrever: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: não foi possível manter as permissões: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: não foi possível manter o dono ou o grupo: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: não foi possível escrever no disco: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: não foi possível guardar: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: guardado, mas não foi possível sincronizar a pasta com o disco: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>nenhum comando indicado</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>comando desconhecido «%1»</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: não contém ficheiros .json, .nfo, .xml ou .txt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>«%1» não é uma etiqueta de idioma</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Produzir JSON.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>sinopses: %1</translation>
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
        <translation>origem</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>conf.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palav.</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>carat.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>O idioma a mostrar (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html ou markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>show precisa de --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>formato desconhecido «%1» (text, html ou markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: não há sinopse em «%2» (existem: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: não há sinopse em %2; a mostrar a de %3, segundo as suas preferências</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Idiomas preferidos, o mais desejado primeiro (pt-BR,pt-PT,en): um título ou sinopse em falta é emprestado do seguinte e marcado como emprestado.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Avaliar o identificador em textos etiquetados (linhas TAG&lt;TAB&gt;texto), ao lado do CLD2 puro.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>O idioma em que o texto supostamente está (uma pista, não uma resposta).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Idiomas em que o texto provavelmente está, separados por vírgulas (pistas).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>não é possível ler a entrada padrão</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>a entrada padrão não é UTF-8 válido</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiável</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>pouco fiável</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>O idioma à esquerda (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>O idioma à direita (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html ou json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>compare precisa de --left TAG e --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>formato desconhecido «%1» (text, html ou json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>«%1» ou «%2» não é uma etiqueta de idioma</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: não há sinopse em «%2»</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>caracteres %1 / %2 (proporção %3), frases %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>nomes em ambos os lados: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>só à esquerda: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>só à direita: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(sem correspondente)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json ou html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>formato desconhecido «%1» (json ou html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: não é texto UTF-8 válido</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 textos etiquetados em %2 idiomas</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>exatidão:  Episcope %1   CLD2 puro %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>regiões:   Episcope %1   CLD2 puro %2   (textos etiquetados pt-PT, es-MX…, respondidos com exatamente essa etiqueta)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>tempo:     Episcope %1 ms   CLD2 puro %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>revocação por idioma   Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>confusões, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>confusões, CLD2 puro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json ou nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>O ficheiro a escrever (csv, json; sem ele, a saída padrão) ou a pasta (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>export precisa de --format csv, json ou nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>export --format nfo precisa de --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: a pasta não existe</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>O idioma cuja sinopse se quer corrigir (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>A palavra a substituir (só palavras inteiras).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>O que pôr no seu lugar.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>fix precisa de --lang TAG --replace WORD --with TEXT e exatamente um FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>não guardado: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: não há «%2» na sinopse em %3; nada foi guardado</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: substituído %2 × «%3» em %4</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Só traduções neste idioma (etiqueta BCP 47).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>%1 de %2 palavras com erros ortográficos</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (sobretudo palavras desconhecidas: o idioma está certo?)</translation>
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
        <translation>Utilização: episcope-cli COMMAND [OPTIONS] [FILE...]

Comandos:
  list   [--json] [--prefer TAGS] [PATH...]          episódios, traduções, idiomas e verificações de qualidade
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  uma sinopse
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  o idioma de um texto, com as hipóteses por ordem (entrada padrão com - ou sem nada)
  detect --eval FILE [--json]                        exatidão em linhas TAG&lt;TAB&gt;texto, ao lado do CLD2 puro
  spellcheck [--json] [--lang TAG] [FILE...]         erros ortográficos por tradução, com sugestões
  fix    --lang TAG --replace WORD --with TEXT FILE   corrigir uma palavra numa sinopse e guardar (de forma atómica)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  duas sinopses alinhadas frase a frase
  overview [--format json|html] [FILE...]            nomes × idiomas e quão semelhante é cada par
  export --format csv|json [--out FILE] [PATH...]    todas as sinopses de tudo o que for indicado, num único ficheiro
  export --format nfo --out FOLDER [PATH...]         um NFO do Kodi por idioma de cada episódio

Um PATH pode ser uma pasta: os seus ficheiros .json, .nfo, .xml e .txt são lidos recursivamente; um ficheiro que
não possa ser lido é comunicado e os restantes contam na mesma (estado de saída 2 no fim). Sem PATH, é usado
o exemplo incluído. Os erros vão para a saída de erro padrão, com estado de saída 2.

--ui-language TAG, em qualquer ponto da linha, define o idioma das mensagens (%1);
por omissão, é o do sistema. A saída JSON, CSV e NFO nunca é traduzida.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>correspondência</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>sem correspondente</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Caracteres %1 / %2 (proporção %3) · frases %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Nomes em ambos os lados: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Só à esquerda: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Só à direita: %1</translation>
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
        <translation>linha %1: esperava-se uma etiqueta de idioma, uma tabulação e um texto</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>não tem textos etiquetados (linhas com TAG, uma tabulação e um texto)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>não contém nenhum valor JSON</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>tem mais conteúdo após o fim do valor JSON</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>tem aqui algo que não é JSON</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>termina antes de o JSON estar completo</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>aninha listas e objetos a mais de %1 níveis de profundidade</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>esperava-se aqui uma chave entre aspas</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>repete a chave &quot;%1&quot;; é usada a última</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>esperava-se aqui &apos;:&apos; após uma chave</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>esperava-se aqui &apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>esperava-se aqui &apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>tem um carácter de controlo dentro de uma cadeia de texto (tem de ser escapado)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>tem um escape \u sem quatro dígitos hexadecimais</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>tem um escape desconhecido \%1 numa cadeia de texto</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>termina dentro de uma cadeia de texto (falta uma aspa de fecho)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>tem um número sem nada depois do ponto decimal</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>tem um número com um expoente incompleto</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: aberto só para leitura por não ser UTF-8 válido; guardar alteraria bytes que não editou</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: as sinopses editadas já não correspondem ao ficheiro</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: já não pode ser lido (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: foi alterado no disco desde que foi aberto e o texto antigo não foi conservado (foi aberto com muitos outros ficheiros); recarregue-o e edite de novo</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: foi alterado no disco desde que foi aberto</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: o texto lido está incompleto; não foi guardado</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: já não é texto válido; não foi guardado</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: a sinopse em %2 não está armazenada no ficheiro, pelo que não pode ser guardada nele</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: uma sinopse já não está onde foi lida; não foi guardado</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>tem texto depois do XML; é ignorado</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>é XML, mas não um NFO do Kodi: não contém &lt;episodedetails&gt;, &lt;tvshow&gt; nem &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>declara entidades XML num DOCTYPE; o Episcope não expande entidades</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>usa a entidade não declarada &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>é XML, mas não um NFO do Kodi: o elemento raiz é &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>não é XML bem formado: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>aninha elementos a mais de %1 níveis de profundidade</translation>
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
        <translation>não mencionado</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Visão geral das sinopses</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Quem é mencionado onde</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Quão semelhantes são as sinopses</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>sinopse emprestada de %1 pelas suas preferências de idioma</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>título emprestado de %1 pelas suas preferências de idioma</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>sem sinopse</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>«%1» é um marcador de posição, não um título verdadeiro</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>declarado como %1, mas parece %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>escrito em %1, uma escrita que não se usa em %2</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 caracteres, muito menos do que os %2 habituais deste episódio</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>o mesmo texto que a linha %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 aparece mais do que uma vez</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>é um pipe (FIFO), não um ficheiro normal</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>é um dispositivo, não um ficheiro normal</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>é um socket, não um ficheiro normal</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>não é um ficheiro normal</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>nenhum nome de ficheiro indicado</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>não é um recurso incorporado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>o ficheiro não existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>tem %1; o Episcope abre ficheiros até %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>não foi possível ler: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>é maior do que %1, o máximo que o Episcope abre</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>é JSON, mas não uma resposta de traduções do TMDB, TheTVDB ou Trakt: não tem a lista &quot;translations&quot; nem o objeto &quot;data&quot;</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>é uma lista JSON vazia: não contém traduções</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>é uma lista JSON, mas não uma lista de traduções do Trakt: o primeiro item não tem &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>é %1 em JSON, não uma resposta de traduções</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>não é JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>não é UTF-16 válido (falta um substituto ou um byte)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>contém caracteres NUL: é um ficheiro binário, não texto</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>parece UTF-16 sem marca de ordem de bytes; guarde-o como UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>contém um byte NUL: é um ficheiro binário, não texto</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>não é uma resposta de traduções do TMDB: não há nenhuma lista &quot;translations&quot;</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>não é uma resposta de traduções do TMDB: &quot;translations&quot; é %1, não uma lista</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>uma tradução é %1, não um objeto; foi omitida</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>uma tradução não tem o código de idioma &quot;iso_639_1&quot;; foi omitida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>&quot;%1&quot; não é um código de idioma; a linha é mantida como idioma desconhecido</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>a tradução %1 não tem o objeto &quot;data&quot;; é mostrada vazia</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>é uma resposta do TMDB sem traduções</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>uma tradução não tem um código &quot;language&quot; utilizável; foi omitida</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>é uma lista de traduções do Trakt sem nenhuma tradução utilizável</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>é uma tradução do TheTVDB em &quot;%1&quot;, que não é um código de idioma</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>não é uma resposta de traduções do TheTVDB: &quot;data&quot; não tem &quot;language&quot; nem um objeto &quot;translations&quot;</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>uma tradução não tem um código &quot;language&quot; utilizável; foi omitida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>&quot;%1&quot; é %2, não uma lista; é ignorado</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>uma tradução é %1, não um objeto; foi omitida</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>é uma resposta do TheTVDB sem traduções</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>%1 precisa de uma etiqueta de idioma, por exemplo de ou pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Alinhamento</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>As faixas ligam cada frase da esquerda à correspondente da direita</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>não contém ficheiros .json, .nfo, .xml ou .txt</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>T&amp;rocar lados</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Sinopse da esquerda</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Sinopse da direita</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Idioma da esquerda</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Idioma da direita</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Trocar os dois lados (F8)</translation>
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
        <translation>Copiar como &amp;tabela</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Resumo da comparação</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Caracteres %1 / %2 · proporção %3 · frases %4 / %5 · nomes em ambos os lados: %6 · só à esquerda: %7 · só à direita: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — nomeado em ambos os lados</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>A comparação não foi exportada: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>A comparação não foi exportada para %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Exportar comparação como PDF</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Exportar comparação como HTML</translation>
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
        <translation>A comparação foi copiada como tabela</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Sem verificação ortográfica: o idioma é desconhecido</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Não há dicionário de %1 — instale %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Sem verificação ortográfica: a verificação ortográfica está desligada na Configuração</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>&quot;%1&quot; é %2, não texto; é ignorado</translation>
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
        <translation>verdadeiro ou falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma cadeia de texto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Idioma desconhecido</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>substituto</translation>
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
        <translation>identificado (incerto)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>escolhido por si</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>escrita: %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>o ficheiro indica «%1»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>sem dicionário de verificação ortográfica</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Nome em inglês</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Erros ortográficos</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Verificações</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n erro ortográfico</numerusform>
            <numerusform>%n erros ortográficos</numerusform>
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
        <translation>Os idiomas das sinopses do episódio; o selecionado é mostrado ao lado da lista</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Comparar com</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>Definir &amp;idioma…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Indicar em que idioma está esta sinopse, sobrepondo-se ao que disseram o ficheiro ou o identificador</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>%1 aparece mais do que uma vez; todas as linhas são mantidas</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>não é UTF-8 válido aqui; os bytes inválidos são mostrados como caracteres de substituição e o ficheiro é aberto só para leitura, para que guardar não o possa danificar</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Nenhum ficheiro aberto</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Abra um ficheiro de sinopses com Ficheiro › Abrir… (%1) ou largue um nesta janela.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Séries, temporadas e episódios</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Ler</translation>
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
        <translation>Motor e dicionário de verificação ortográfica</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Ficheiros abertos até agora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Parar de abrir ficheiros; o que já está aberto mantém-se</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Problemas com os ficheiros abertos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Nenhum idioma selecionado</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Abrir ficheiros de sinopses: texto simples, JSON do TMDB, TheTVDB ou Trakt, NFO do Kodi</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;pasta…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Abrir todos os ficheiros de sinopses de uma pasta e das suas subpastas, como uma árvore de séries</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>&amp;Exportar tudo…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Escrever todas as sinopses de tudo o que está aberto num único ficheiro CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Exportar episódio como &amp;NFO por idioma…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Escrever um ficheiro NFO do Kodi para cada idioma do episódio mostrado</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>&amp;Procurar em todas as sinopses…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Pesquisar todos os títulos e sinopses de todos os idiomas</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>&amp;Idiomas preferidos…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Os idiomas que pretende, por ordem: um título ou sinopse em falta é emprestado do seguinte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Guardar as sinopses editadas; só elas mudam no ficheiro</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>&amp;Editar sinopse</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Editar a sinopse mostrada (desligado: só leitura)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Copiar &amp;sinopse</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Copiar a sinopse inteira, como texto simples e como HTML que mantém o idioma</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>Idioma &amp;seguinte</translation>
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
        <translation>Comparar o idioma atual com outro, frase a frase</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>Visão &amp;geral de todos os idiomas</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>&amp;Acerca do Episcope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
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
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Todos os atalhos de teclado do Episcope</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum ficheiro recente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Abrir sinopses</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Sinopses e metadados (*.txt *.json *.nfo *.xml);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Abrir pasta de sinopses</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Selecione primeiro um idioma</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Sinopse em %1 copiada</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Acerca do Episcope</translation>
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
        <translation>Ler, verificar e comparar sinopses de episódios de televisão em vários idiomas.

Identificação do idioma: CLD2.
Verificação ortográfica: %1.
Compilado com Qt %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>A abrir %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>A abrir %n ficheiro ou pasta…</numerusform>
            <numerusform>A abrir %n ficheiros e pastas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>A abertura foi cancelada antes de se carregar qualquer sinopse</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Não foi possível abrir nada de %1; o painel Problemas indica porquê</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>Ficheiros abertos: %1; episódios: %2; sinopses: %3</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>não abertos: %1 (ver Problemas)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>interrompido antes do fim</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Não aberto: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Episódio de exemplo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n fonte)</numerusform>
            <numerusform>%1 (%n fontes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Sinopses: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>só leitura</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Este episódio vem de %n fonte, mostrada para ler e comparar. Selecione a fonte na árvore para a editar.</numerusform>
            <numerusform>Este episódio vem de %n fontes, mostradas em conjunto para ler e comparar. Selecione uma fonte na árvore para a editar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Este ficheiro não tem nenhuma sinopse</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, uma linha por sinopse (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Exportar tudo</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Não exportado: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>Exportar ficheiros NFO para uma pasta</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>Ficheiros NFO escritos em %1: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Selecione uma fonte do episódio para definir um idioma</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Esta linha é emprestada pelas suas preferências de idioma; defina o idioma da linha de onde provém</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(conforme o ficheiro ou o texto)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Definir idioma</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>O idioma desta sinopse, como etiqueta BCP 47 (por exemplo hr, sr-Latn, pt-BR).
O Episcope memoriza-o para este ficheiro e esta linha.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>«%1» não é uma etiqueta de idioma; o idioma não foi alterado</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Ficheiro alterado no disco</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrepor</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Recarregar e perder as minhas alterações</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Esta sinopse não está armazenada no ficheiro, pelo que não pode ser editada aqui</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Esta sinopse é emprestada de %1; edite-a lá</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Esta sinopse é demasiado longa para ser editada aqui</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>As sinopses de %1 têm alterações não guardadas.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>NFO do Kodi (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Sinopses (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Guardar sinopses como</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>As suas alterações continuam aqui. O que deve o Episcope fazer?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não guardado: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>%1 foi eliminado ou movido; use «Guardar como» para manter estas sinopses.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>%1 foi alterado no disco. As suas alterações são mantidas; ao guardar, será pedida confirmação antes de sobrepor.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 foi alterado no disco.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Ortografia: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>Não foi possível adicionar «%1» ao dicionário pessoal em %2</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Ortografia: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Visão &amp;geral</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>&amp;Configurar o Episcope…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Idioma da interface, idiomas preferidos, verificação ortográfica e tipos de letra</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ampl&amp;iar</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Aumentar o texto das sinopses</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Diminuir o texto das sinopses</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguração</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>O idioma da interface muda da próxima vez que o Episcope for iniciado</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Tamanho normal do texto</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Tamanho do texto: %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Repor o &amp;tamanho</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 de %n ficheiro</numerusform>
            <numerusform>%1 de %n ficheiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>%n sinopse exportada para %1</numerusform>
            <numerusform>%n sinopses exportadas para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Nomes por idioma</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Que sinopse menciona que nome: um disco cheio onde menciona, um anel ténue onde não menciona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>%1 não é mencionado em %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Quem é mencionado onde</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Quão semelhantes são as sinopses (clique para comparar)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>está vazio: não contém nenhuma sinopse</translation>
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
        <translation>alfabeto grego</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>alfabeto árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>alfabeto hebraico</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>caracteres chineses</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangul</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>outra escrita</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Procurar em todas as sinopses e títulos…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto a pesquisar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Nenhuma sinopse contém «%1»</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>As primeiras %1 correspondências</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Sinopses correspondentes: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Episódio de exemplo</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (filme)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Outras sinopses</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Sem número</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Especiais</translation>
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
            <numerusform>%n fonte: selecione-a para a editar, ou o episódio para a comparar</numerusform>
            <numerusform>%n fontes: selecione uma para a editar, ou o episódio para as comparar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Configurar o Episcope</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>Or&amp;tografia</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuração</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma da i&amp;nterface:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>Um novo idioma da interface só é usado da próxima vez que o Episcope for iniciado.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Usar o tipo de letra &amp;predefinido nas sinopses</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Tipo de letra das sinopses</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Tamanho da letra das sinopses</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>Tipo de &amp;letra das sinopses:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Ctrl+Mais e Ctrl+Menos aumentam ou diminuem o texto das sinopses; Ctrl+0 repõe o tamanho normal.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Os seus idiomas, o mais desejado primeiro. Encabeçam a lista de idiomas por esta ordem, e um título ou sinopse em falta é emprestado do primeiro deles que o tenha (e marcado como emprestado).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>Idiomas &amp;preferidos:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Idiomas preferidos, o mais desejado primeiro</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Um idioma ou uma etiqueta BCP 47, p. ex. pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Idioma a adicionar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>&amp;Verificar a ortografia</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Sublinhar as palavras com erros ortográficos e contá-las na lista de idiomas</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Dicionário para cada idioma</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Dicionário de %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Não há dicionários instalados. Instale os pacotes hunspell-* (e voikko-fi para finlandês).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Adicionar idio&amp;ma:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Semelhança das sinopses</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Quão semelhante é cada par de sinopses, de 0 a 1; escolha uma célula para comparar esse par</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 e %2: semelhança de %3 — clique para comparar</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Não consta do dicionário %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Sem sugestões</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Adicionar «%1» ao dicionário</translation>
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
        <translation>Sinopse</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Idioma da sinopse</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Contagem de palavras e caracteres</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Verificação ortográfica</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Dicionário de verificação ortográfica</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>O dicionário com que esta sinopse é verificada</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>declarado pelo ficheiro</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>identificado a partir do texto, com %1 % de confiança</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>identificado a partir do texto, incerto (%1 %)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>segunda hipótese: %1 (%2 %)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>escolhido por si</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>escolhido por si; o texto parece %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>idioma não identificado</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>idioma não identificado (talvez %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>escrita: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Esta linha não tem sinopse própria: o texto abaixo é emprestado de %1 pelas suas preferências de idioma.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>O título é emprestado de %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Esta sinopse é muito longa: a mostrar os primeiros %1 de %2 caracteres, só para leitura. «Copiar sinopse» copia-a toda.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>A contar palavras e caracteres…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Palavras: %1 · Caracteres: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automático (nenhum)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Não verificar</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>A verificação ortográfica está desligada para esta sinopse</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>A maioria das palavras não consta do dicionário %1: o idioma está certo?</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Sem erros ortográficos</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Palavras com erros ortográficos: %1</translation>
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
        <translation>Ler, verificar e comparar sinopses de episódios de televisão em vários idiomas.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Ficheiros ou pastas a abrir (o exemplo incluído, se nenhum for indicado): texto simples, JSON do TMDB, TheTVDB ou Trakt, NFO do Kodi; as pastas são lidas recursivamente.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>não há tradução para «%1»; as mensagens ficam em inglês</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: não há tradução para «%1»; a interface fica em inglês</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>O idioma da interface (%1); por omissão, o do sistema.</translation>
    </message>
</context>
</TS>
