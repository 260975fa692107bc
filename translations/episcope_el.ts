<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not a regular file; Episcope will not replace it</source>
        <translation>%1: δεν είναι κανονικό αρχείο· το Episcope δεν θα το αντικαταστήσει</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: δεν ήταν δυνατή η εγγραφή: %2</translation>
    </message>
    <message>
        <source>%1: its permissions could not be kept: %2</source>
        <translation>%1: δεν ήταν δυνατή η διατήρηση των δικαιωμάτων του: %2</translation>
    </message>
    <message>
        <source>%1: its owner or group could not be kept: %2</source>
        <translation>%1: δεν ήταν δυνατή η διατήρηση του κατόχου ή της ομάδας του: %2</translation>
    </message>
    <message>
        <source>%1: could not be written to disk: %2</source>
        <translation>%1: δεν ήταν δυνατή η εγγραφή στον δίσκο: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: δεν ήταν δυνατή η αποθήκευση: %2</translation>
    </message>
    <message>
        <source>%1: saved, but its folder could not be flushed to disk: %2</source>
        <translation>%1: αποθηκεύτηκε, αλλά δεν ήταν δυνατή η οριστική εγγραφή του φακέλου του στον δίσκο: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>άγνωστη εντολή «%1»</translation>
    </message>
    <message>
        <source>%1: has no .json, .nfo, .xml or .txt files in it</source>
        <translation>%1: δεν περιέχει αρχεία .json, .nfo, .xml ή .txt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>προειδοποίηση: %1</translation>
    </message>
    <message>
        <source>“%1” is not a language tag</source>
        <translation>το «%1» δεν είναι ετικέτα γλώσσας</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε μορφή JSON.</translation>
    </message>
    <message>
        <source>synopses: %1</source>
        <translation>περιλήψεις: %1</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>ετικέτα</translation>
    </message>
    <message>
        <source>language</source>
        <translation>γλώσσα</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>προέλευση</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>βεβ.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>λέξεις</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>χαρ.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <source>The language to show (BCP 47 tag).</source>
        <translation>Η γλώσσα που θα εμφανιστεί (ετικέτα BCP 47).</translation>
    </message>
    <message>
        <source>text, html or markdown.</source>
        <translation>text, html ή markdown.</translation>
    </message>
    <message>
        <source>show needs --lang TAG</source>
        <translation>η εντολή show απαιτεί --lang TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or markdown)</source>
        <translation>άγνωστη μορφή «%1» (text, html ή markdown)</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2” (there are: %3)</source>
        <translation>%1: δεν υπάρχει περίληψη σε «%2» (διαθέσιμες: %3)</translation>
    </message>
    <message>
        <source>%1: no %2 synopsis; showing the %3 one by your preferences</source>
        <translation>%1: δεν υπάρχει περίληψη σε %2· εμφανίζεται αυτή σε %3 σύμφωνα με τις προτιμήσεις σας</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed from the next one, and marked as borrowed.</source>
        <translation>Προτιμώμενες γλώσσες, με σειρά προτίμησης (pt-BR,pt-PT,en): ό,τι λείπει, τίτλος ή περίληψη, δανείζεται από την επόμενη και επισημαίνεται ως δανεισμένο.</translation>
    </message>
    <message>
        <source>Score the identifier on labelled texts (TAG&lt;TAB&gt;text lines), beside raw CLD2.</source>
        <translation>Αξιολόγηση της αναγνώρισης γλώσσας σε κείμενα με ετικέτα (γραμμές TAG&lt;TAB&gt;κείμενο), δίπλα στο σκέτο CLD2.</translation>
    </message>
    <message>
        <source>The language the text is said to be in (a hint, not an answer).</source>
        <translation>Η γλώσσα στην οποία δηλώνεται ότι είναι γραμμένο το κείμενο (ένδειξη, όχι απάντηση).</translation>
    </message>
    <message>
        <source>Languages the text is likely to be in, comma-separated (hints).</source>
        <translation>Γλώσσες στις οποίες πιθανότατα είναι γραμμένο το κείμενο, χωρισμένες με κόμμα (ενδείξεις).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>δεν είναι δυνατή η ανάγνωση της τυπικής εισόδου</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>η τυπική είσοδος δεν είναι έγκυρο UTF-8</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>αξιόπιστο</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>αναξιόπιστο</translation>
    </message>
    <message>
        <source>The language on the left (BCP 47 tag).</source>
        <translation>Η γλώσσα στα αριστερά (ετικέτα BCP 47).</translation>
    </message>
    <message>
        <source>The language on the right (BCP 47 tag).</source>
        <translation>Η γλώσσα στα δεξιά (ετικέτα BCP 47).</translation>
    </message>
    <message>
        <source>text, html or json.</source>
        <translation>text, html ή json.</translation>
    </message>
    <message>
        <source>compare needs --left TAG and --right TAG</source>
        <translation>η εντολή compare απαιτεί --left TAG και --right TAG</translation>
    </message>
    <message>
        <source>unknown format “%1” (text, html or json)</source>
        <translation>άγνωστη μορφή «%1» (text, html ή json)</translation>
    </message>
    <message>
        <source>“%1” or “%2” is not a language tag</source>
        <translation>το «%1» ή το «%2» δεν είναι ετικέτα γλώσσας</translation>
    </message>
    <message>
        <source>%1: no synopsis in “%2”</source>
        <translation>%1: δεν υπάρχει περίληψη σε «%2»</translation>
    </message>
    <message>
        <source>characters %1 / %2 (ratio %3), sentences %4 / %5</source>
        <translation>χαρακτήρες %1 / %2 (λόγος %3), προτάσεις %4 / %5</translation>
    </message>
    <message>
        <source>names in both: %1</source>
        <translation>ονόματα και στις δύο: %1</translation>
    </message>
    <message>
        <source>only left: %1</source>
        <translation>μόνο αριστερά: %1</translation>
    </message>
    <message>
        <source>only right: %1</source>
        <translation>μόνο δεξιά: %1</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(χωρίς αντιστοιχία)</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json ή html.</translation>
    </message>
    <message>
        <source>unknown format “%1” (json or html)</source>
        <translation>άγνωστη μορφή «%1» (json ή html)</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8 text</source>
        <translation>%1: δεν είναι έγκυρο κείμενο UTF-8</translation>
    </message>
    <message>
        <source>%1 labelled texts in %2 languages</source>
        <translation>%1 κείμενα με ετικέτα σε %2 γλώσσες</translation>
    </message>
    <message>
        <source>accuracy:  Episcope %1   raw CLD2 %2</source>
        <translation>ακρίβεια:  Episcope %1   σκέτο CLD2 %2</translation>
    </message>
    <message>
        <source>regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)</source>
        <translation>περιοχές:  Episcope %1   σκέτο CLD2 %2   (κείμενα με ετικέτα pt-PT, es-MX…, που απαντήθηκαν με ακριβώς αυτή την ετικέτα)</translation>
    </message>
    <message>
        <source>time:      Episcope %1 ms   raw CLD2 %2 ms</source>
        <translation>χρόνος:    Episcope %1 ms   σκέτο CLD2 %2 ms</translation>
    </message>
    <message>
        <source>recall per language    Episcope    CLD2</source>
        <translation>ανάκληση ανά γλώσσα    Episcope    CLD2</translation>
    </message>
    <message>
        <source>confusions, Episcope</source>
        <translation>συγχύσεις, Episcope</translation>
    </message>
    <message>
        <source>confusions, raw CLD2</source>
        <translation>συγχύσεις, σκέτο CLD2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>csv, json or nfo.</source>
        <translation>csv, json ή nfo.</translation>
    </message>
    <message>
        <source>The file to write (csv, json; standard output without it) or the folder (nfo).</source>
        <translation>Το αρχείο προς εγγραφή (csv, json· χωρίς αυτό, η τυπική έξοδος) ή ο φάκελος (nfo).</translation>
    </message>
    <message>
        <source>export needs --format csv, json or nfo</source>
        <translation>η εντολή export απαιτεί --format csv, json ή nfo</translation>
    </message>
    <message>
        <source>export --format nfo needs --out FOLDER</source>
        <translation>η εντολή export --format nfo απαιτεί --out FOLDER</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: δεν υπάρχει τέτοιος φάκελος</translation>
    </message>
    <message>
        <source>The language whose synopsis to fix (BCP 47 tag).</source>
        <translation>Η γλώσσα της περίληψης προς διόρθωση (ετικέτα BCP 47).</translation>
    </message>
    <message>
        <source>The word to replace (whole words only).</source>
        <translation>Η λέξη προς αντικατάσταση (μόνο ολόκληρες λέξεις).</translation>
    </message>
    <message>
        <source>What to put in its place.</source>
        <translation>Τι θα μπει στη θέση της.</translation>
    </message>
    <message>
        <source>fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE</source>
        <translation>η εντολή fix απαιτεί --lang TAG --replace WORD --with TEXT και ακριβώς ένα FILE</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>%1: no “%2” in the %3 synopsis; nothing saved</source>
        <translation>%1: δεν υπάρχει «%2» στην περίληψη σε %3· δεν αποθηκεύτηκε τίποτα</translation>
    </message>
    <message>
        <source>%1: replaced %2 × “%3” in %4</source>
        <translation>%1: αντικαταστάθηκε %2 × «%3» σε %4</translation>
    </message>
    <message>
        <source>Only translations in this language (BCP 47 tag).</source>
        <translation>Μόνο μεταφράσεις σε αυτή τη γλώσσα (ετικέτα BCP 47).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Μηχανή: %1</translation>
    </message>
    <message>
        <source>%1 misspelled of %2 words</source>
        <translation>%1 από τις %2 λέξεις έχουν ορθογραφικό λάθος</translation>
    </message>
    <message>
        <source> (mostly unknown words: is the language right?)</source>
        <translation> (κυρίως άγνωστες λέξεις: είναι σωστή η γλώσσα;)</translation>
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
        <translation>Χρήση: episcope-cli COMMAND [OPTIONS] [FILE...]

Εντολές:
  list   [--json] [--prefer TAGS] [PATH...]          επεισόδια, μεταφράσεις, γλώσσες και έλεγχοι ποιότητας
  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  μία περίληψη
  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  η γλώσσα ενός κειμένου, με κατάταξη (τυπική είσοδος με - ή χωρίς όρισμα)
  detect --eval FILE [--json]                        ακρίβεια σε γραμμές TAG&lt;TAB&gt;κείμενο, δίπλα στο σκέτο CLD2
  spellcheck [--json] [--lang TAG] [FILE...]         ορθογραφικά λάθη ανά μετάφραση, με προτάσεις
  fix    --lang TAG --replace WORD --with TEXT FILE   διόρθωση μιας λέξης σε μία περίληψη και αποθήκευση (ατομικά)
  compare --left TAG --right TAG [--format text|html|json] [FILE...]  δύο περιλήψεις στοιχισμένες πρόταση προς πρόταση
  overview [--format json|html] [FILE...]            ονόματα × γλώσσες και πόσο μοιάζει κάθε ζεύγος
  export --format csv|json [--out FILE] [PATH...]    κάθε περίληψη από όλα όσα δόθηκαν, σε ένα αρχείο
  export --format nfo --out FOLDER [PATH...]         ένα Kodi NFO ανά γλώσσα για κάθε επεισόδιο

Ένα PATH μπορεί να είναι φάκελος: τα αρχεία .json, .nfo, .xml και .txt του διαβάζονται αναδρομικά· ένα αρχείο
εκεί που δεν μπορεί να διαβαστεί αναφέρεται και τα υπόλοιπα μετρούν κανονικά (κατάσταση εξόδου 2 στο τέλος). Χωρίς PATH
χρησιμοποιείται το ενσωματωμένο δείγμα. Τα σφάλματα πηγαίνουν στην τυπική έξοδο σφαλμάτων με κατάσταση εξόδου 2.

Το --ui-language TAG, οπουδήποτε στη γραμμή εντολών, ορίζει τη γλώσσα των μηνυμάτων (%1)·
από προεπιλογή είναι η γλώσσα του συστήματος. Η έξοδος JSON, CSV και NFO δεν μεταφράζεται ποτέ.
</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>match</source>
        <translation>αντιστοιχία</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>χωρίς αντιστοιχία</translation>
    </message>
    <message>
        <source>Characters %1 / %2 (ratio %3) · sentences %4 / %5</source>
        <translation>Χαρακτήρες %1 / %2 (λόγος %3) · προτάσεις %4 / %5</translation>
    </message>
    <message>
        <source>Names in both: %1</source>
        <translation>Ονόματα και στις δύο: %1</translation>
    </message>
    <message>
        <source>Only left: %1</source>
        <translation>Μόνο αριστερά: %1</translation>
    </message>
    <message>
        <source>Only right: %1</source>
        <translation>Μόνο δεξιά: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 και %2</translation>
    </message>
</context>
<context>
    <name>IdentificationEvaluation</name>
    <message>
        <source>line %1: expected a language tag, a tab and a text</source>
        <translation>γραμμή %1: αναμενόταν ετικέτα γλώσσας, στηλοθέτης (tab) και κείμενο</translation>
    </message>
    <message>
        <source>has no labelled texts (lines of TAG, a tab and a text)</source>
        <translation>δεν περιέχει κείμενα με ετικέτα (γραμμές με TAG, στηλοθέτη και κείμενο)</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>holds no JSON value</source>
        <translation>δεν περιέχει τιμή JSON</translation>
    </message>
    <message>
        <source>has more after the end of the JSON value</source>
        <translation>έχει κι άλλο περιεχόμενο μετά το τέλος της τιμής JSON</translation>
    </message>
    <message>
        <source>has something that is not JSON here</source>
        <translation>έχει εδώ κάτι που δεν είναι JSON</translation>
    </message>
    <message>
        <source>ends before the JSON is complete</source>
        <translation>τελειώνει πριν ολοκληρωθεί το JSON</translation>
    </message>
    <message>
        <source>nests arrays and objects more than %1 levels deep</source>
        <translation>εμφωλεύει πίνακες και αντικείμενα σε βάθος μεγαλύτερο από %1 επίπεδα</translation>
    </message>
    <message>
        <source>expected a quoted key here</source>
        <translation>αναμενόταν εδώ κλειδί σε εισαγωγικά</translation>
    </message>
    <message>
        <source>repeats the key &quot;%1&quot;; the last one is used</source>
        <translation>επαναλαμβάνει το κλειδί &quot;%1&quot;· χρησιμοποιείται το τελευταίο</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key here</source>
        <translation>αναμενόταν εδώ &apos;:&apos; μετά από κλειδί</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here</source>
        <translation>αναμενόταν εδώ &apos;,&apos; ή &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here</source>
        <translation>αναμενόταν εδώ &apos;,&apos; ή &apos;]&apos;</translation>
    </message>
    <message>
        <source>has a control character inside a string (it must be escaped)</source>
        <translation>έχει χαρακτήρα ελέγχου μέσα σε συμβολοσειρά (πρέπει να γραφτεί με διαφυγή)</translation>
    </message>
    <message>
        <source>has a \u escape without four hexadecimal digits</source>
        <translation>έχει διαφυγή \u χωρίς τέσσερα δεκαεξαδικά ψηφία</translation>
    </message>
    <message>
        <source>has an unknown escape \%1 in a string</source>
        <translation>έχει άγνωστη διαφυγή \%1 σε συμβολοσειρά</translation>
    </message>
    <message>
        <source>ends inside a string (a closing quote is missing)</source>
        <translation>τελειώνει μέσα σε συμβολοσειρά (λείπουν τα εισαγωγικά κλεισίματος)</translation>
    </message>
    <message>
        <source>has a number with nothing after its decimal point</source>
        <translation>έχει αριθμό χωρίς τίποτα μετά την υποδιαστολή</translation>
    </message>
    <message>
        <source>has a number with an incomplete exponent</source>
        <translation>έχει αριθμό με ημιτελή εκθέτη</translation>
    </message>
</context>
<context>
    <name>LibraryWriter</name>
    <message>
        <source>%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit</source>
        <translation>%1: άνοιξε μόνο για ανάγνωση επειδή δεν είναι έγκυρο UTF-8· η αποθήκευση θα άλλαζε byte που δεν επεξεργαστήκατε</translation>
    </message>
    <message>
        <source>%1: the edited synopses no longer match the file</source>
        <translation>%1: οι επεξεργασμένες περιλήψεις δεν αντιστοιχούν πλέον στο αρχείο</translation>
    </message>
    <message>
        <source>%1: can no longer be read (%2)</source>
        <translation>%1: δεν είναι πλέον δυνατή η ανάγνωσή του (%2)</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); reload it and edit again</source>
        <translation>%1: άλλαξε στον δίσκο αφότου άνοιξε και το παλιό του κείμενο δεν διατηρήθηκε (άνοιξε μαζί με πολλά άλλα αρχεία)· επαναφορτώστε το και επεξεργαστείτε το ξανά</translation>
    </message>
    <message>
        <source>%1: changed on disk since it was opened</source>
        <translation>%1: άλλαξε στον δίσκο αφότου άνοιξε</translation>
    </message>
    <message>
        <source>%1: the text read from it is incomplete; not saved</source>
        <translation>%1: το κείμενο που διαβάστηκε από αυτό είναι ελλιπές· δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>%1: is no longer valid text; not saved</source>
        <translation>%1: δεν είναι πλέον έγκυρο κείμενο· δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>%1: the %2 synopsis is not stored in the file, so it cannot be saved there</source>
        <translation>%1: η περίληψη σε %2 δεν είναι αποθηκευμένη στο αρχείο, οπότε δεν μπορεί να αποθηκευτεί εκεί</translation>
    </message>
    <message>
        <source>%1: a synopsis is not where it was read from; not saved</source>
        <translation>%1: μια περίληψη δεν βρίσκεται πλέον εκεί από όπου διαβάστηκε· δεν αποθηκεύτηκε</translation>
    </message>
</context>
<context>
    <name>NfoReader</name>
    <message>
        <source>has text after the XML; it is ignored</source>
        <translation>έχει κείμενο μετά το XML· αγνοείται</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: there is no &lt;episodedetails&gt;, &lt;tvshow&gt; or &lt;movie&gt; in it</source>
        <translation>είναι XML, αλλά όχι Kodi NFO: δεν περιέχει &lt;episodedetails&gt;, &lt;tvshow&gt; ή &lt;movie&gt;</translation>
    </message>
    <message>
        <source>declares XML entities in a DOCTYPE; Episcope does not expand entities</source>
        <translation>δηλώνει οντότητες XML σε DOCTYPE· το Episcope δεν αναπτύσσει οντότητες</translation>
    </message>
    <message>
        <source>uses the undeclared entity &amp;%1;</source>
        <translation>χρησιμοποιεί την αδήλωτη οντότητα &amp;%1;</translation>
    </message>
    <message>
        <source>is XML, but not a Kodi NFO: its root element is &lt;%1&gt;</source>
        <translation>είναι XML, αλλά όχι Kodi NFO: το ριζικό του στοιχείο είναι &lt;%1&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: %1</source>
        <translation>δεν είναι καλοσχηματισμένο XML: %1</translation>
    </message>
    <message>
        <source>nests elements more than %1 levels deep</source>
        <translation>εμφωλεύει στοιχεία σε βάθος μεγαλύτερο από %1 επίπεδα</translation>
    </message>
</context>
<context>
    <name>OverviewExporter</name>
    <message>
        <source>mentioned</source>
        <translation>αναφέρεται</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>δεν αναφέρεται</translation>
    </message>
    <message>
        <source>Overview of the synopses</source>
        <translation>Επισκόπηση των περιλήψεων</translation>
    </message>
    <message>
        <source>Who is mentioned where</source>
        <translation>Ποιος αναφέρεται πού</translation>
    </message>
    <message>
        <source>How alike the synopses are</source>
        <translation>Πόσο μοιάζουν οι περιλήψεις</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>synopsis borrowed from %1 by your language preferences</source>
        <translation>περίληψη δανεισμένη από %1 βάσει των γλωσσικών σας προτιμήσεων</translation>
    </message>
    <message>
        <source>title borrowed from %1 by your language preferences</source>
        <translation>τίτλος δανεισμένος από %1 βάσει των γλωσσικών σας προτιμήσεων</translation>
    </message>
    <message>
        <source>no synopsis</source>
        <translation>χωρίς περίληψη</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real title</source>
        <translation>το «%1» είναι προσωρινός τίτλος, όχι πραγματικός</translation>
    </message>
    <message>
        <source>declared %1, reads as %2</source>
        <translation>δηλώθηκε ως %1, αλλά αναγνωρίζεται ως %2</translation>
    </message>
    <message>
        <source>written in %1, which %2 does not use</source>
        <translation>γραμμένο σε %1, που δεν χρησιμοποιεί η γλώσσα %2</translation>
    </message>
    <message>
        <source>%1 characters, far shorter than this episode&apos;s usual %2</source>
        <translation>%1 χαρακτήρες, πολύ λιγότεροι από τους συνήθεις %2 αυτού του επεισοδίου</translation>
    </message>
    <message>
        <source>the same text as the %1 row</source>
        <translation>ίδιο κείμενο με τη γραμμή %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>το %1 δίνεται περισσότερες από μία φορές</translation>
    </message>
</context>
<context>
    <name>RegularFileReader</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>είναι φάκελος, όχι αρχείο</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>είναι σωλήνωση (FIFO), όχι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>είναι συσκευή, όχι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>είναι υποδοχή (socket), όχι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>δεν είναι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>δεν δόθηκε όνομα αρχείου</translation>
    </message>
    <message>
        <source>is not an embedded resource</source>
        <translation>δεν είναι ενσωματωμένος πόρος</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>δεν υπάρχει τέτοιο αρχείο</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>δεν επιτρέπεται η πρόσβαση</translation>
    </message>
    <message>
        <source>is %1; Episcope opens files up to %2</source>
        <translation>έχει μέγεθος %1· το Episcope ανοίγει αρχεία έως %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>δεν ήταν δυνατή η ανάγνωση: %1</translation>
    </message>
    <message>
        <source>is larger than %1, the most Episcope opens</source>
        <translation>είναι μεγαλύτερο από %1, το μέγιστο που ανοίγει το Episcope</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no &quot;translations&quot; array and no &quot;data&quot; object</source>
        <translation>είναι JSON, αλλά όχι απόκριση μεταφράσεων από TMDB, TheTVDB ή Trakt: δεν έχει πίνακα &quot;translations&quot; ούτε αντικείμενο &quot;data&quot;</translation>
    </message>
    <message>
        <source>is an empty JSON array: there are no translations in it</source>
        <translation>είναι κενός πίνακας JSON: δεν περιέχει μεταφράσεις</translation>
    </message>
    <message>
        <source>is a JSON array, but not a Trakt translations list: its first item has no &quot;language&quot;</source>
        <translation>είναι πίνακας JSON, αλλά όχι λίστα μεταφράσεων του Trakt: το πρώτο του στοιχείο δεν έχει &quot;language&quot;</translation>
    </message>
    <message>
        <source>is JSON %1, not a translations response</source>
        <translation>είναι JSON (%1), όχι απόκριση μεταφράσεων</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>δεν είναι έγκυρο JSON: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>is not valid UTF-16 (a surrogate or a byte is missing)</source>
        <translation>δεν είναι έγκυρο UTF-16 (λείπει κάποιο surrogate ή κάποιο byte)</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not text</source>
        <translation>περιέχει χαρακτήρες NUL: είναι δυαδικό αρχείο, όχι κείμενο</translation>
    </message>
    <message>
        <source>looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>μοιάζει με UTF-16 χωρίς σήμανση σειράς byte (BOM)· αποθηκεύστε το ως UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: it is a binary file, not text</source>
        <translation>περιέχει byte NUL: είναι δυαδικό αρχείο, όχι κείμενο</translation>
    </message>
</context>
<context>
    <name>TmdbReader</name>
    <message>
        <source>is not a TMDB translations response: there is no &quot;translations&quot; array</source>
        <translation>δεν είναι απόκριση μεταφράσεων του TMDB: δεν υπάρχει πίνακας &quot;translations&quot;</translation>
    </message>
    <message>
        <source>is not a TMDB translations response: &quot;translations&quot; is %1, not an array</source>
        <translation>δεν είναι απόκριση μεταφράσεων του TMDB: το &quot;translations&quot; είναι %1, όχι πίνακας</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>μια μετάφραση είναι %1, όχι αντικείμενο· παραλείπεται</translation>
    </message>
    <message>
        <source>a translation has no &quot;iso_639_1&quot; language code; it is skipped</source>
        <translation>μια μετάφραση δεν έχει κωδικό γλώσσας &quot;iso_639_1&quot;· παραλείπεται</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; the row is kept as an unknown language</source>
        <translation>το &quot;%1&quot; δεν είναι κωδικός γλώσσας· η γραμμή διατηρείται ως άγνωστη γλώσσα</translation>
    </message>
    <message>
        <source>the %1 translation has no &quot;data&quot; object; it is shown empty</source>
        <translation>η μετάφραση %1 δεν έχει αντικείμενο &quot;data&quot;· εμφανίζεται κενή</translation>
    </message>
    <message>
        <source>is a TMDB response with no translations in it</source>
        <translation>είναι απόκριση του TMDB χωρίς μεταφράσεις</translation>
    </message>
</context>
<context>
    <name>TraktReader</name>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>μια μετάφραση δεν έχει αξιοποιήσιμο κωδικό &quot;language&quot;· παραλείπεται</translation>
    </message>
    <message>
        <source>is a Trakt translations list with no usable translation in it</source>
        <translation>είναι λίστα μεταφράσεων του Trakt χωρίς καμία αξιοποιήσιμη μετάφραση</translation>
    </message>
</context>
<context>
    <name>TvdbReader</name>
    <message>
        <source>is a TheTVDB translation in &quot;%1&quot;, which is not a language code</source>
        <translation>είναι μετάφραση του TheTVDB σε &quot;%1&quot;, που δεν είναι κωδικός γλώσσας</translation>
    </message>
    <message>
        <source>is not a TheTVDB translations response: &quot;data&quot; has neither &quot;language&quot; nor a &quot;translations&quot; object</source>
        <translation>δεν είναι απόκριση μεταφράσεων του TheTVDB: το &quot;data&quot; δεν έχει ούτε &quot;language&quot; ούτε αντικείμενο &quot;translations&quot;</translation>
    </message>
    <message>
        <source>a translation has no usable &quot;language&quot; code; it is skipped</source>
        <translation>μια μετάφραση δεν έχει αξιοποιήσιμο κωδικό &quot;language&quot;· παραλείπεται</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an array; it is ignored</source>
        <translation>το &quot;%1&quot; είναι %2, όχι πίνακας· αγνοείται</translation>
    </message>
    <message>
        <source>a translation is %1, not an object; it is skipped</source>
        <translation>μια μετάφραση είναι %1, όχι αντικείμενο· παραλείπεται</translation>
    </message>
    <message>
        <source>is a TheTVDB response with no translations in it</source>
        <translation>είναι απόκριση του TheTVDB χωρίς μεταφράσεις</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>%1 needs a language tag, for example de or pt</source>
        <translation>η επιλογή %1 απαιτεί ετικέτα γλώσσας, για παράδειγμα de ή pt</translation>
    </message>
</context>
<context>
    <name>episcope::AlignmentGutter</name>
    <message>
        <source>Alignment</source>
        <translation>Στοίχιση</translation>
    </message>
    <message>
        <source>Bands join each sentence on the left to its counterpart on the right</source>
        <translation>Οι λωρίδες συνδέουν κάθε πρόταση στα αριστερά με την αντίστοιχή της στα δεξιά</translation>
    </message>
</context>
<context>
    <name>episcope::CollectionLoadTask</name>
    <message>
        <source>has no .json, .nfo, .xml or .txt files in it</source>
        <translation>δεν περιέχει αρχεία .json, .nfo, .xml ή .txt</translation>
    </message>
</context>
<context>
    <name>episcope::CompareView</name>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Αντι&amp;μετάθεση πλευρών</translation>
    </message>
    <message>
        <source>Left synopsis</source>
        <translation>Αριστερή περίληψη</translation>
    </message>
    <message>
        <source>Right synopsis</source>
        <translation>Δεξιά περίληψη</translation>
    </message>
    <message>
        <source>Left language</source>
        <translation>Αριστερή γλώσσα</translation>
    </message>
    <message>
        <source>Right language</source>
        <translation>Δεξιά γλώσσα</translation>
    </message>
    <message>
        <source>Swap the two sides (F8)</source>
        <translation>Αντιμετάθεση των δύο πλευρών (F8)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Εξαγωγή &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Εξαγωγή &amp;PDF…</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Αντιγραφή ως &amp;πίνακα</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Σύνοψη σύγκρισης</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8</source>
        <translation>Χαρακτήρες %1 / %2 · λόγος %3 · προτάσεις %4 / %5 · ονόματα και στις δύο: %6 · μόνο αριστερά: %7 · μόνο δεξιά: %8</translation>
    </message>
    <message>
        <source>%1 — named on both sides</source>
        <translation>%1 — αναφέρεται και στις δύο πλευρές</translation>
    </message>
    <message>
        <source>The comparison was not exported: %1</source>
        <translation>Η σύγκριση δεν εξήχθη: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Εξήχθη: %1</translation>
    </message>
    <message>
        <source>The comparison was not exported to %1</source>
        <translation>Η σύγκριση δεν εξήχθη στο %1</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Εξαγωγή σύγκρισης ως PDF</translation>
    </message>
    <message>
        <source>Export Comparison as HTML</source>
        <translation>Εξαγωγή σύγκρισης ως HTML</translation>
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
        <translation>Η σύγκριση αντιγράφηκε ως πίνακας</translation>
    </message>
</context>
<context>
    <name>episcope::EpisodeSpelling</name>
    <message>
        <source>Not spell-checked: the language is not known</source>
        <translation>Χωρίς ορθογραφικό έλεγχο: η γλώσσα δεν είναι γνωστή</translation>
    </message>
    <message>
        <source>No %1 dictionary — install %2</source>
        <translation>Δεν υπάρχει λεξικό για τη γλώσσα %1 — εγκαταστήστε το %2</translation>
    </message>
    <message>
        <source>Not spell-checked: spell-checking is off in Settings</source>
        <translation>Χωρίς ορθογραφικό έλεγχο: ο ορθογραφικός έλεγχος είναι ανενεργός στις «Ρυθμίσεις»</translation>
    </message>
</context>
<context>
    <name>episcope::JsonField</name>
    <message>
        <source>&quot;%1&quot; is %2, not text; it is ignored</source>
        <translation>το &quot;%1&quot; είναι %2, όχι κείμενο· αγνοείται</translation>
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
        <translation>true ή false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>αριθμός</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>συμβολοσειρά</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>πίνακας</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>αντικείμενο</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageInfo</name>
    <message>
        <source>Unknown language</source>
        <translation>Άγνωστη γλώσσα</translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListModel</name>
    <message>
        <source>fallback</source>
        <extracomment>The row was made from other languages&apos; text by the user&apos;s language preferences</extracomment>
        <translation>δανεισμένη</translation>
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
        <translation>δηλωμένη</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>αναγνωρισμένη</translation>
    </message>
    <message>
        <source>identified (unsure)</source>
        <translation>αναγνωρισμένη (αβέβαιη)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <extracomment>The user set this row&apos;s language by hand</extracomment>
        <translation>επιλεγμένη από εσάς</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστη</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>γραφή %1</translation>
    </message>
    <message>
        <source>the file says “%1”</source>
        <translation>το αρχείο αναφέρει «%1»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>γραμμή %1</translation>
    </message>
    <message>
        <source>no spell-checking dictionary</source>
        <translation>χωρίς λεξικό ορθογραφικού ελέγχου</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column header: the language&apos;s own name for itself (Deutsch, Ελληνικά)</extracomment>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>English name</source>
        <extracomment>Column header: the language&apos;s name in the language of this translation (in the English UI: its English name)</extracomment>
        <translation>Αγγλική ονομασία</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header: the BCP 47 language tag (de, pt-BR)</extracomment>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: how the language is known (declared by the file or identified from the text)</extracomment>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Βεβαιότητα</translation>
    </message>
    <message>
        <source>Misspellings</source>
        <extracomment>Column header: how many words of the synopsis the spell checker does not know</extracomment>
        <translation>Ορθογραφικά λάθη</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Column header: problems found in the synopsis (empty, placeholder title, wrong language…)</extracomment>
        <translation>Έλεγχοι</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled words</source>
        <translation>
            <numerusform>%n ορθογραφικό λάθος</numerusform>
            <numerusform>%n ορθογραφικά λάθη</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::LanguageListView</name>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>The languages of the episode&apos;s synopses; the selected one is shown beside the list</source>
        <translation>Οι γλώσσες των περιλήψεων του επεισοδίου· η επιλεγμένη εμφανίζεται δίπλα στη λίστα</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>&amp;Σύγκριση με</translation>
    </message>
    <message>
        <source>Set &amp;Language…</source>
        <translation>Ορισμός &amp;γλώσσας…</translation>
    </message>
    <message>
        <source>Say which language this synopsis is in, over what the file or the identifier said</source>
        <translation>Δηλώστε σε ποια γλώσσα είναι αυτή η περίληψη, παρακάμπτοντας ό,τι ανέφερε το αρχείο ή η αναγνώριση γλώσσας</translation>
    </message>
</context>
<context>
    <name>episcope::LibraryLoader</name>
    <message>
        <source>%1 appears more than once; every row is kept</source>
        <translation>το %1 εμφανίζεται περισσότερες από μία φορές· διατηρούνται όλες οι γραμμές</translation>
    </message>
    <message>
        <source>is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is opened read-only so saving cannot damage it</source>
        <translation>δεν είναι έγκυρο UTF-8 σε αυτό το σημείο· τα εσφαλμένα byte εμφανίζονται ως χαρακτήρες αντικατάστασης και το αρχείο ανοίγει μόνο για ανάγνωση, ώστε η αποθήκευση να μην μπορεί να το καταστρέψει</translation>
    </message>
</context>
<context>
    <name>episcope::MainWindow</name>
    <message>
        <source>No file open</source>
        <translation>Κανένα ανοιχτό αρχείο</translation>
    </message>
    <message>
        <source>Open a file of synopses with File › Open… (%1), or drop one on this window.</source>
        <translation>Ανοίξτε ένα αρχείο περιλήψεων από το Αρχείο › Άνοιγμα… (%1) ή σύρετε ένα αρχείο σε αυτό το παράθυρο.</translation>
    </message>
    <message>
        <source>Series, seasons and episodes</source>
        <translation>Σειρές, σεζόν και επεισόδια</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>Α&amp;νάγνωση</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Σύγκριση</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Προβολές</translation>
    </message>
    <message>
        <source>Spell-checking engine and dictionary</source>
        <translation>Μηχανή και λεξικό ορθογραφικού ελέγχου</translation>
    </message>
    <message>
        <source>Files opened so far</source>
        <translation>Αρχεία που έχουν ανοίξει μέχρι στιγμής</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Stop opening files; what is open stays</source>
        <translation>Διακοπή ανοίγματος αρχείων· ό,τι έχει ήδη ανοίξει παραμένει</translation>
    </message>
    <message>
        <source>Problems with the files opened</source>
        <translation>Προβλήματα με τα αρχεία που ανοίχτηκαν</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του %1</translation>
    </message>
    <message>
        <source>No language selected</source>
        <translation>Δεν έχει επιλεγεί γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <source>Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO</source>
        <translation>Άνοιγμα αρχείων περιλήψεων: απλό κείμενο, JSON από TMDB, TheTVDB ή Trakt, Kodi NFO</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Άνοιγμα &amp;φακέλου…</translation>
    </message>
    <message>
        <source>Open every synopsis file in a folder and its subfolders, as a series tree</source>
        <translation>Άνοιγμα όλων των αρχείων περιλήψεων ενός φακέλου και των υποφακέλων του, ως δέντρο σειρών</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>&amp;Εξαγωγή όλων…</translation>
    </message>
    <message>
        <source>Write every synopsis of everything open to one CSV or JSON file</source>
        <translation>Εγγραφή κάθε περίληψης από όλα τα ανοιχτά αρχεία σε ένα αρχείο CSV ή JSON</translation>
    </message>
    <message>
        <source>Export Episode as &amp;NFO per Language…</source>
        <translation>Εξαγωγή επεισοδίου ως NFO ανά &amp;γλώσσα…</translation>
    </message>
    <message>
        <source>Write one Kodi NFO file for each language of the episode shown</source>
        <translation>Εγγραφή ενός αρχείου Kodi NFO για κάθε γλώσσα του επεισοδίου που εμφανίζεται</translation>
    </message>
    <message>
        <source>&amp;Find in All Synopses…</source>
        <translation>Εύ&amp;ρεση σε όλες τις περιλήψεις…</translation>
    </message>
    <message>
        <source>Search every title and synopsis of every language</source>
        <translation>Αναζήτηση σε κάθε τίτλο και περίληψη κάθε γλώσσας</translation>
    </message>
    <message>
        <source>Preferred &amp;Languages…</source>
        <translation>Προτιμώμενες &amp;γλώσσες…</translation>
    </message>
    <message>
        <source>The languages you want, in order: a missing title or synopsis is borrowed from the next one</source>
        <translation>Οι γλώσσες που θέλετε, με σειρά προτίμησης: ό,τι λείπει, τίτλος ή περίληψη, δανείζεται από την επόμενη</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>Save the edited synopses; only they change in the file</source>
        <translation>Αποθήκευση των επεξεργασμένων περιλήψεων· μόνο αυτές αλλάζουν στο αρχείο</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Edit Synopsis</source>
        <translation>Ε&amp;πεξεργασία περίληψης</translation>
    </message>
    <message>
        <source>Edit the synopsis shown (off: read only)</source>
        <translation>Επεξεργασία της περίληψης που εμφανίζεται (ανενεργό: μόνο ανάγνωση)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Copy &amp;Synopsis</source>
        <translation>Αντι&amp;γραφή περίληψης</translation>
    </message>
    <message>
        <source>Copy the whole synopsis, as plain text and as HTML that keeps its language</source>
        <translation>Αντιγραφή ολόκληρης της περίληψης, ως απλό κείμενο και ως HTML που διατηρεί τη γλώσσα της</translation>
    </message>
    <message>
        <source>&amp;Next Language</source>
        <translation>&amp;Επόμενη γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Previous Language</source>
        <translation>&amp;Προηγούμενη γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Σύγκριση πλάι πλάι</translation>
    </message>
    <message>
        <source>Compare the current language with another, sentence by sentence</source>
        <translation>Σύγκριση της τρέχουσας γλώσσας με άλλη, πρόταση προς πρόταση</translation>
    </message>
    <message>
        <source>&amp;Overview of All Languages</source>
        <translation>Επισ&amp;κόπηση όλων των γλωσσών</translation>
    </message>
    <message>
        <source>&amp;About Episcope</source>
        <translation>Σ&amp;χετικά με το Episcope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Άνοιγμα &amp;πρόσφατου</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Episcope</source>
        <translation>Όλες οι συντομεύσεις πληκτρολογίου του Episcope</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Κανένα πρόσφατο αρχείο</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Καθαρισμός λίστας</translation>
    </message>
    <message>
        <source>Open Synopses</source>
        <translation>Άνοιγμα περιλήψεων</translation>
    </message>
    <message>
        <source>Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)</source>
        <translation>Περιλήψεις και μεταδεδομένα (*.txt *.json *.nfo *.xml);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Open Folder of Synopses</source>
        <translation>Άνοιγμα φακέλου περιλήψεων</translation>
    </message>
    <message>
        <source>Select a language first</source>
        <translation>Επιλέξτε πρώτα μια γλώσσα</translation>
    </message>
    <message>
        <source>Copied the %1 synopsis</source>
        <translation>Αντιγράφηκε η περίληψη (%1)</translation>
    </message>
    <message>
        <source>About Episcope</source>
        <translation>Σχετικά με το Episcope</translation>
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
        <translation>Ανάγνωση, έλεγχος και σύγκριση περιλήψεων τηλεοπτικών επεισοδίων σε πολλές γλώσσες.

Αναγνώριση γλώσσας: CLD2.
Ορθογραφικός έλεγχος: %1.
Δημιουργήθηκε με Qt %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Άνοιγμα του %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files and folders…</source>
        <translation>
            <numerusform>Άνοιγμα %n αρχείου ή φακέλου…</numerusform>
            <numerusform>Άνοιγμα %n αρχείων και φακέλων…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening was cancelled before any synopsis loaded</source>
        <translation>Το άνοιγμα ακυρώθηκε πριν φορτωθεί οποιαδήποτε περίληψη</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1; the Problems panel says why</source>
        <translation>Δεν ήταν δυνατό να ανοίξει τίποτα από το %1· ο πίνακας «Προβλήματα» εξηγεί τον λόγο</translation>
    </message>
    <message>
        <source>Opened %1 files: %2 episodes, %3 synopses</source>
        <translation>Άνοιξαν %1 αρχεία: %2 επεισόδια, %3 περιλήψεις</translation>
    </message>
    <message>
        <source>not opened: %1 (see Problems)</source>
        <translation>δεν άνοιξαν: %1 (δείτε τα «Προβλήματα»)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>διακόπηκε πριν από το τέλος</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Δεν άνοιξε: %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Προβλήματα (%1)</translation>
    </message>
    <message>
        <source>Sample episode</source>
        <translation>Δείγμα επεισοδίου</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n πηγή)</numerusform>
            <numerusform>%1 (%n πηγές)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synopses: %1</source>
        <translation>Περιλήψεις: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>μόνο για ανάγνωση</translation>
    </message>
    <message numerus="yes">
        <source>This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.</source>
        <translation>
            <numerusform>Αυτό το επεισόδιο προέρχεται από %n πηγή, που εμφανίζεται εδώ για ανάγνωση και σύγκριση. Επιλέξτε μία πηγή στο δέντρο για να την επεξεργαστείτε.</numerusform>
            <numerusform>Αυτό το επεισόδιο προέρχεται από %n πηγές, που εμφανίζονται μαζί για ανάγνωση και σύγκριση. Επιλέξτε μία πηγή στο δέντρο για να την επεξεργαστείτε.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no synopsis</source>
        <translation>Αυτό το αρχείο δεν έχει περίληψη</translation>
    </message>
    <message>
        <source>CSV, one row per synopsis (*.csv)</source>
        <translation>CSV, μία γραμμή ανά περίληψη (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Εξαγωγή όλων</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Δεν εξήχθη: %1</translation>
    </message>
    <message>
        <source>Export NFO Files to Folder</source>
        <translation>Εξαγωγή αρχείων NFO σε φάκελο</translation>
    </message>
    <message>
        <source>NFO files written to %1: %2</source>
        <translation>Αρχεία NFO που γράφτηκαν στο %1: %2</translation>
    </message>
    <message>
        <source>Select one source of the episode to set a language</source>
        <translation>Επιλέξτε μία πηγή του επεισοδίου για να ορίσετε γλώσσα</translation>
    </message>
    <message>
        <source>This row is borrowed by your language preferences; set the language of the row it comes from</source>
        <translation>Αυτή η γραμμή είναι δανεισμένη βάσει των γλωσσικών σας προτιμήσεων· ορίστε τη γλώσσα της γραμμής από την οποία προέρχεται</translation>
    </message>
    <message>
        <source>(as the file says or the text reads)</source>
        <translation>(όπως δηλώνει το αρχείο ή αναγνωρίζεται από το κείμενο)</translation>
    </message>
    <message>
        <source>Set Language</source>
        <translation>Ορισμός γλώσσας</translation>
    </message>
    <message>
        <source>The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).
Episcope remembers it for this file and row.</source>
        <translation>Η γλώσσα αυτής της περίληψης, ως ετικέτα BCP 47 (για παράδειγμα hr, sr-Latn, pt-BR).
Το Episcope τη θυμάται για αυτό το αρχείο και αυτή τη γραμμή.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; the language is unchanged</source>
        <translation>Το «%1» δεν είναι ετικέτα γλώσσας· η γλώσσα δεν άλλαξε</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Το αρχείο άλλαξε στον δίσκο</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Αντικατάσταση</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>&amp;Επαναφόρτωση και απώλεια των αλλαγών μου</translation>
    </message>
    <message>
        <source>This synopsis is not stored in the file, so it cannot be edited here</source>
        <translation>Αυτή η περίληψη δεν είναι αποθηκευμένη στο αρχείο, οπότε δεν μπορεί να επεξεργαστεί εδώ</translation>
    </message>
    <message>
        <source>This synopsis is borrowed from %1; edit it there</source>
        <translation>Αυτή η περίληψη είναι δανεισμένη από %1· επεξεργαστείτε την εκεί</translation>
    </message>
    <message>
        <source>This synopsis is too long to edit here</source>
        <translation>Αυτή η περίληψη είναι πολύ μεγάλη για να επεξεργαστεί εδώ</translation>
    </message>
    <message>
        <source>The synopses of %1 have edits that are not saved.</source>
        <translation>Οι περιλήψεις του %1 έχουν αλλαγές που δεν έχουν αποθηκευτεί.</translation>
    </message>
    <message>
        <source>Kodi NFO (*.nfo *.xml)</source>
        <translation>Kodi NFO (*.nfo *.xml)</translation>
    </message>
    <message>
        <source>Synopses (*.txt)</source>
        <translation>Περιλήψεις (*.txt)</translation>
    </message>
    <message>
        <source>Save Synopses As</source>
        <translation>Αποθήκευση περιλήψεων ως</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Your edits are still here. What should Episcope do?</source>
        <translation>Οι αλλαγές σας είναι ακόμη εδώ. Τι πρέπει να κάνει το Episcope;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Επαναφόρτωση</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away; use Save As to keep these synopses.</source>
        <translation>Το %1 διαγράφηκε ή μετακινήθηκε· χρησιμοποιήστε την «Αποθήκευση ως» για να κρατήσετε αυτές τις περιλήψεις.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Your edits are kept; saving will ask before overwriting.</source>
        <translation>Το %1 άλλαξε στον δίσκο. Οι αλλαγές σας διατηρούνται· η αποθήκευση θα ζητήσει επιβεβαίωση πριν από την αντικατάσταση.</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>Το %1 άλλαξε στον δίσκο.</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Ορθογραφία: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” to the personal dictionary in %2</source>
        <translation>Δεν ήταν δυνατή η προσθήκη του «%1» στο προσωπικό λεξικό στο %2</translation>
    </message>
    <message>
        <source>Spelling: %1 · %2</source>
        <translation>Ορθογραφία: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Επισ&amp;κόπηση</translation>
    </message>
    <message>
        <source>&amp;Configure Episcope…</source>
        <translation>&amp;Διαμόρφωση του Episcope…</translation>
    </message>
    <message>
        <source>Interface language, preferred languages, spell-checking and fonts</source>
        <translation>Γλώσσα διεπαφής, προτιμώμενες γλώσσες, ορθογραφικός έλεγχος και γραμματοσειρές</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Με&amp;γέθυνση</translation>
    </message>
    <message>
        <source>Make the synopses larger</source>
        <translation>Μεγέθυνση του κειμένου των περιλήψεων</translation>
    </message>
    <message>
        <source>Make the synopses smaller</source>
        <translation>Σμίκρυνση του κειμένου των περιλήψεων</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ρυθμίσεις</translation>
    </message>
    <message>
        <source>The interface language changes the next time Episcope starts</source>
        <translation>Η γλώσσα διεπαφής θα αλλάξει την επόμενη φορά που θα ξεκινήσει το Episcope</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>The synopses&apos; text size relative to normal, after Ctrl+Plus or Ctrl+Minus</extracomment>
        <translation>Κανονικό μέγεθος κειμένου</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>Μέγεθος κειμένου %1 pt</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Σμίκ&amp;ρυνση</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Επανα&amp;φορά μεγέθυνσης</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <comment>loading progress</comment>
        <translation>
            <numerusform>%1 από %n αρχείο</numerusform>
            <numerusform>%1 από %n αρχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n synopses to %1</source>
        <translation>
            <numerusform>Εξήχθη %n περίληψη στο %1</numerusform>
            <numerusform>Εξήχθησαν %n περιλήψεις στο %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Κλείσιμο αυτού του μηνύματος</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Κλείσιμο μηνύματος</translation>
    </message>
</context>
<context>
    <name>episcope::NameGridChart</name>
    <message>
        <source>Names by language</source>
        <translation>Ονόματα ανά γλώσσα</translation>
    </message>
    <message>
        <source>Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not</source>
        <translation>Ποια περίληψη αναφέρει ποιο όνομα: γεμάτος δίσκος όπου το αναφέρει, αχνός κύκλος όπου δεν το αναφέρει</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>%1 is not mentioned in %2</source>
        <translation>Το όνομα %1 δεν αναφέρεται σε %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 σε %2: %3</translation>
    </message>
</context>
<context>
    <name>episcope::OverviewView</name>
    <message>
        <source>Who is mentioned where</source>
        <translation>Ποιος αναφέρεται πού</translation>
    </message>
    <message>
        <source>How alike the synopses are (click to compare)</source>
        <translation>Πόσο μοιάζουν οι περιλήψεις (κάντε κλικ για σύγκριση)</translation>
    </message>
</context>
<context>
    <name>episcope::PlainTextReader</name>
    <message>
        <source>is empty: there is no synopsis in it</source>
        <translation>είναι κενό: δεν περιέχει περίληψη</translation>
    </message>
</context>
<context>
    <name>episcope::ScriptFit</name>
    <message>
        <source>Latin</source>
        <translation>λατινική γραφή</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>κυριλλική γραφή</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ελληνική γραφή</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>αραβική γραφή</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>εβραϊκή γραφή</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>κινεζικά ιδεογράμματα</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>γραφή χανγκούλ</translation>
    </message>
    <message>
        <source>another script</source>
        <translation>άλλη γραφή</translation>
    </message>
</context>
<context>
    <name>episcope::SearchPanel</name>
    <message>
        <source>Find in every synopsis and title…</source>
        <translation>Εύρεση σε κάθε περίληψη και τίτλο…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Κείμενο αναζήτησης</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No synopsis contains “%1”</source>
        <translation>Καμία περίληψη δεν περιέχει «%1»</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Τα πρώτα %1 αποτελέσματα</translation>
    </message>
    <message>
        <source>Matching synopses: %1</source>
        <translation>Περιλήψεις που ταιριάζουν: %1</translation>
    </message>
</context>
<context>
    <name>episcope::SeriesTreeModel</name>
    <message>
        <source>Sample episode</source>
        <translation>Δείγμα επεισοδίου</translation>
    </message>
    <message>
        <source>%1 (film)</source>
        <translation>%1 (ταινία)</translation>
    </message>
    <message>
        <source>Other synopses</source>
        <translation>Άλλες περιλήψεις</translation>
    </message>
    <message>
        <source>Unnumbered</source>
        <translation>Χωρίς αρίθμηση</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Ειδικά επεισόδια</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Σεζόν %1</translation>
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
            <numerusform>%n πηγή: επιλέξτε την για επεξεργασία ή επιλέξτε το επεισόδιο για σύγκριση</numerusform>
            <numerusform>%n πηγές: επιλέξτε μία για επεξεργασία ή επιλέξτε το επεισόδιο για να τις συγκρίνετε</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>episcope::SettingsDialog</name>
    <message>
        <source>Configure Episcope</source>
        <translation>Διαμόρφωση του Episcope</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Γενικά</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Γ&amp;λώσσες</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>Ο&amp;ρθογραφία</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Σελίδες ρυθμίσεων</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <extracomment>In the list of interface languages: follow the desktop&apos;s language</extracomment>
        <translation>Η γλώσσα του συστήματος</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Γλώσσα διεπαφής</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Γλώσσα &amp;διεπαφής:</translation>
    </message>
    <message>
        <source>A new interface language is used the next time Episcope starts.</source>
        <translation>Η νέα γλώσσα διεπαφής χρησιμοποιείται από την επόμενη φορά που θα ξεκινήσει το Episcope.</translation>
    </message>
    <message>
        <source>Use the &amp;default font for synopses</source>
        <translation>Χρήση της &amp;προεπιλεγμένης γραμματοσειράς για τις περιλήψεις</translation>
    </message>
    <message>
        <source>Synopsis font</source>
        <translation>Γραμματοσειρά περιλήψεων</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, with its leading space</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Synopsis font size</source>
        <translation>Μέγεθος γραμματοσειράς περιλήψεων</translation>
    </message>
    <message>
        <source>Synopsis &amp;font:</source>
        <translation>Γραμματο&amp;σειρά περιλήψεων:</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them.</source>
        <translation>Τα Ctrl+Plus και Ctrl+Minus μεγεθύνουν ή σμικρύνουν τις περιλήψεις· το Ctrl+0 τις επαναφέρει στο κανονικό μέγεθος.</translation>
    </message>
    <message>
        <source>Your languages, most wanted first. They head the language list in this order, and a missing title or synopsis is borrowed from the first of them that has one (marked as borrowed).</source>
        <translation>Οι γλώσσες σας, με σειρά προτίμησης. Εμφανίζονται πρώτες στη λίστα γλωσσών με αυτή τη σειρά, και ό,τι λείπει, τίτλος ή περίληψη, δανείζεται από την πρώτη από αυτές που το διαθέτει (και επισημαίνεται ως δανεισμένο).</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>&amp;Προτιμώμενες γλώσσες:</translation>
    </message>
    <message>
        <source>Preferred languages, most wanted first</source>
        <translation>Προτιμώμενες γλώσσες, με σειρά προτίμησης</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Μετακίνηση &amp;επάνω</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Μετακίνηση &amp;κάτω</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>A language or a BCP 47 tag, e.g. pt-BR</source>
        <translation>Μια γλώσσα ή μια ετικέτα BCP 47, π.χ. pt-BR</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Γλώσσα προς προσθήκη</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Προσ&amp;θήκη</translation>
    </message>
    <message>
        <source>&amp;Check spelling</source>
        <translation>Έλεγχος &amp;ορθογραφίας</translation>
    </message>
    <message>
        <source>Underline misspelled words and count them in the language list</source>
        <translation>Υπογράμμιση των λέξεων με ορθογραφικό λάθος και καταμέτρησή τους στη λίστα γλωσσών</translation>
    </message>
    <message>
        <source>Dictionary for each language</source>
        <translation>Λεξικό για κάθε γλώσσα</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>The dictionary Episcope picks from the text&apos;s language and region</extracomment>
        <translation>Αυτόματο</translation>
    </message>
    <message>
        <source>Dictionary for %1</source>
        <translation>Λεξικό για τη γλώσσα %1</translation>
    </message>
    <message>
        <source>No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).</source>
        <translation>Δεν υπάρχουν εγκατεστημένα λεξικά. Εγκαταστήστε πακέτα hunspell-* (και το voikko-fi για τα φινλανδικά).</translation>
    </message>
    <message>
        <source>Add la&amp;nguage:</source>
        <translation>Προσθήκη γλώσ&amp;σας:</translation>
    </message>
</context>
<context>
    <name>episcope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>episcope::SimilarityHeatMap</name>
    <message>
        <source>Similarity of the synopses</source>
        <translation>Ομοιότητα των περιλήψεων</translation>
    </message>
    <message>
        <source>How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair</source>
        <translation>Πόσο μοιάζει κάθε ζεύγος περιλήψεων, από 0 έως 1· επιλέξτε ένα κελί για να συγκρίνετε αυτό το ζεύγος</translation>
    </message>
    <message>
        <source>%1 and %2: %3 alike — click to compare</source>
        <translation>%1 και %2: ομοιότητα %3 — κάντε κλικ για σύγκριση</translation>
    </message>
</context>
<context>
    <name>episcope::SpellHighlighter</name>
    <message>
        <source>Not in the %1 dictionary</source>
        <translation>Δεν υπάρχει στο λεξικό %1</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Καμία πρόταση</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Προσθήκη του «%1» στο λεξικό</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Αγνόηση του «%1»</translation>
    </message>
</context>
<context>
    <name>episcope::SynopsisPane</name>
    <message>
        <source>Synopsis</source>
        <translation>Περίληψη</translation>
    </message>
    <message>
        <source>Language of the synopsis</source>
        <translation>Γλώσσα της περίληψης</translation>
    </message>
    <message>
        <source>Word and character counts</source>
        <translation>Πλήθος λέξεων και χαρακτήρων</translation>
    </message>
    <message>
        <source>Spell-checking</source>
        <translation>Ορθογραφικός έλεγχος</translation>
    </message>
    <message>
        <source>Spell-checking dictionary</source>
        <translation>Λεξικό ορθογραφικού ελέγχου</translation>
    </message>
    <message>
        <source>The dictionary this synopsis is checked with</source>
        <translation>Το λεξικό με το οποίο ελέγχεται αυτή η περίληψη</translation>
    </message>
    <message>
        <source>declared by the file</source>
        <translation>δηλωμένη από το αρχείο</translation>
    </message>
    <message>
        <source>identified from the text, %1 % confident</source>
        <translation>αναγνωρίστηκε από το κείμενο, βεβαιότητα %1 %</translation>
    </message>
    <message>
        <source>identified from the text, unsure (%1 %)</source>
        <translation>αναγνωρίστηκε από το κείμενο, με αβεβαιότητα (%1 %)</translation>
    </message>
    <message>
        <source>runner-up %1 (%2 %)</source>
        <translation>δεύτερη πιθανή: %1 (%2 %)</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>επιλεγμένη από εσάς</translation>
    </message>
    <message>
        <source>chosen by you; the text reads as %1</source>
        <translation>επιλεγμένη από εσάς· το κείμενο αναγνωρίζεται ως %1</translation>
    </message>
    <message>
        <source>language not identified</source>
        <translation>η γλώσσα δεν αναγνωρίστηκε</translation>
    </message>
    <message>
        <source>language not identified (perhaps %1)</source>
        <translation>η γλώσσα δεν αναγνωρίστηκε (ίσως %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an episode title</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>γραφή %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>γραμμή %1</translation>
    </message>
    <message>
        <source>This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.</source>
        <translation>Αυτή η γραμμή δεν έχει δική της περίληψη: το παρακάτω κείμενο είναι δανεισμένο από %1 βάσει των γλωσσικών σας προτιμήσεων.</translation>
    </message>
    <message>
        <source>The title is borrowed from %1.</source>
        <translation>Ο τίτλος είναι δανεισμένος από %1.</translation>
    </message>
    <message>
        <source>This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.</source>
        <translation>Αυτή η περίληψη είναι πολύ μεγάλη: εμφανίζονται οι πρώτοι %1 από %2 χαρακτήρες, μόνο για ανάγνωση. Η «Αντιγραφή περίληψης» την αντιγράφει ολόκληρη.</translation>
    </message>
    <message>
        <source>Counting words and characters…</source>
        <translation>Καταμέτρηση λέξεων και χαρακτήρων…</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>Λέξεις: %1 · Χαρακτήρες: %2</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Αυτόματο (κανένα)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Αυτόματο (%1)</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Χωρίς έλεγχο</translation>
    </message>
    <message>
        <source>Spell-checking is off for this synopsis</source>
        <translation>Ο ορθογραφικός έλεγχος είναι ανενεργός για αυτή την περίληψη</translation>
    </message>
    <message>
        <source>Most words are not in the %1 dictionary: is the language right?</source>
        <translation>Οι περισσότερες λέξεις δεν υπάρχουν στο λεξικό %1: είναι σωστή η γλώσσα;</translation>
    </message>
    <message>
        <source>No misspellings</source>
        <translation>Κανένα ορθογραφικό λάθος</translation>
    </message>
    <message>
        <source>Misspelled words: %1</source>
        <translation>Λέξεις με ορθογραφικό λάθος: %1</translation>
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
        <translation>Ανάγνωση, έλεγχος και σύγκριση περιλήψεων τηλεοπτικών επεισοδίων σε πολλές γλώσσες.</translation>
    </message>
    <message>
        <source>Files or folders to open (the bundled sample when none is given): plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively.</source>
        <translation>Αρχεία ή φάκελοι για άνοιγμα (το ενσωματωμένο δείγμα, αν δεν δοθεί κανένα): απλό κείμενο, JSON από TMDB, TheTVDB ή Trakt, Kodi NFO· οι φάκελοι διαβάζονται αναδρομικά.</translation>
    </message>
    <message>
        <source>no translation for “%1”; messages stay in English</source>
        <translation>δεν υπάρχει μετάφραση για «%1»· τα μηνύματα παραμένουν στα αγγλικά</translation>
    </message>
    <message>
        <source>episcope: no translation for “%1”; the interface stays in English</source>
        <translation>episcope: δεν υπάρχει μετάφραση για «%1»· η διεπαφή παραμένει στα αγγλικά</translation>
    </message>
    <message>
        <source>The language of the interface (%1); by default the system&apos;s.</source>
        <translation>Η γλώσσα της διεπαφής (%1)· από προεπιλογή, η γλώσσα του συστήματος.</translation>
    </message>
</context>
</TS>
