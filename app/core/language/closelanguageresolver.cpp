// SPDX-License-Identifier: GPL-3.0-or-later
#include "closelanguageresolver.h"

#include "language/languagetag.h"
#include "spelling/hunspellchecker.h"
#include "spelling/wordtokenizer.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace episcope
{

namespace
{

/// Weight of one marker word against the dictionary share (0..1): a single word only one
/// variety uses outweighs a few points of dictionary coverage.
constexpr double MarkerWeight = 0.25;
/// A lead of this many marker words settles it without the dictionaries.
constexpr int DecisiveMarkers = 2;

/// The Hunspell dictionary of each variety, as Debian installs it.
QString dictionaryOf(const QString &tag)
{
    static const QHash<QString, QString> dictionaries = {
        { QStringLiteral("hr"), QStringLiteral("hr_HR") },           { QStringLiteral("bs"), QStringLiteral("bs_BA") },
        { QStringLiteral("sr-Latn"), QStringLiteral("sr_Latn_RS") }, { QStringLiteral("sr-Cyrl"), QStringLiteral("sr_RS") },
        { QStringLiteral("id"), QStringLiteral("id_ID") },           { QStringLiteral("nb"), QStringLiteral("nb_NO") },
        { QStringLiteral("nn"), QStringLiteral("nn_NO") },           { QStringLiteral("da"), QStringLiteral("da_DK") },
        { QStringLiteral("pt-PT"), QStringLiteral("pt_PT") },        { QStringLiteral("pt-BR"), QStringLiteral("pt_BR") },
    };
    return dictionaries.value(tag);
}

/// Words (lower case) only one variety of its group uses. Written for Episcope from the
/// varieties' well-known differences; a word shared by two varieties of a group is not listed.
const QHash<QString, QSet<QString>> &markers()
{
    static const QHash<QString, QSet<QString>> lists = [] {
        const auto set = [](std::initializer_list<const char16_t *> words) {
            QSet<QString> result;
            for (const char16_t *word : words)
                result.insert(QString::fromUtf16(word));
            return result;
        };
        QHash<QString, QSet<QString>> m;
        m.insert(QStringLiteral("hr"),
                 set({ u"tisuća",     u"tisuću",    u"tisuće",    u"kruh",     u"kruha",       u"tjedan",      u"tjedna",   u"tjedno",    u"zrakoplov",
                       u"zrakoplova", u"glazba",    u"glazbe",    u"glazbu",   u"sveučilište", u"sveučilišta", u"tvornica", u"tvornici",  u"tvornicu",
                       u"kazalište",  u"kazališta", u"obitelj",   u"obitelji", u"povijest",    u"povijesti",   u"točno",    u"vlak",      u"vlaka",
                       u"vlakom",     u"zračna",    u"zračnoj",   u"siječanj", u"veljača",     u"ožujak",      u"travanj",  u"svibanj",   u"lipanj",
                       u"srpanj",     u"kolovoz",   u"rujan",     u"listopad", u"studeni",     u"prosinac",    u"što",      u"tko",       u"nitko",
                       u"netko",      u"itko",      u"općina",    u"općine",   u"izvješće",    u"izvješća",    u"liječnik", u"liječnika", u"liječnica",
                       u"vojnik",     u"sretan",    u"sretna",    u"sretno",   u"tijekom",     u"zadaća",      u"ured",     u"ravnatelj", u"ravnateljica",
                       u"nogomet",    u"mirovina",  u"policajac", u"časnik",   u"dvorac",      u"kupnja",      u"računalo", u"računala",  u"zrakoplovom" }));
        m.insert(
            QStringLiteral("bs"),
            set({ u"hiljadu", u"hiljada", u"hiljade",   u"hljeb",   u"hljeba",  u"sedmica",  u"sedmice",  u"sedmicu", u"historija", u"historije", u"historiju",
                  u"kahva",   u"kahvu",   u"kahve",     u"lahko",   u"lahka",   u"sahat",    u"sahata",   u"avlija",  u"avliji",    u"avliju",    u"komšija",
                  u"komšije", u"komšiju", u"komšinica", u"ćuprija", u"ćupriju", u"merhaba",  u"inšallah", u"sevdah",  u"čaršija",   u"čaršiji",   u"čaršiju",
                  u"dućan",   u"dućanu",  u"mahala",    u"mahali",  u"hadžija", u"džamija",  u"džamiji",  u"akšam",   u"sabah",     u"jacija",    u"bajram",
                  u"burek",   u"ćevapi",  u"rahat",     u"halal",   u"dženaza", u"dunjaluk", u"sokak",    u"šeher",   u"amidža",    u"hanuma",    u"sehara",
                  u"mehana",  u"jahija",  u"hrana",     u"mrvu",    u"hefta",   u"ahbab",    u"vala",     u"bogami",  u"hajde",     u"ćilim" }));
        m.insert(QStringLiteral("sr-Latn"),
                 set({ u"mleko",   u"vreme",   u"vremena",  u"dete",     u"deteta",   u"deca",  u"dece",    u"lep",     u"lepa",     u"lepo",      u"reka",
                       u"reke",    u"reku",    u"pesma",    u"pesme",    u"pesmu",    u"mesto", u"mesta",   u"mestu",   u"hleb",     u"hleba",     u"nedelja",
                       u"nedelje", u"nedelju", u"istorija", u"istorije", u"istoriju", u"voz",   u"voza",    u"vozom",   u"aerodrom", u"aerodromu", u"tačno",
                       u"srećan",  u"srećna",  u"uvek",     u"sveta",    u"svet",     u"svetu", u"devojka", u"devojke", u"devojku",  u"posle",     u"pre",
                       u"reč",     u"reči",    u"bežati",   u"beži",     u"leto",     u"leta",  u"telo",    u"tela",    u"verovati", u"veruje",    u"uveren",
                       u"belo",    u"beli",    u"bela",     u"zvezda",   u"zvezde",   u"lekar", u"lekara",  u"lekarka", u"primetio", u"primeti",   u"primetila",
                       u"video",   u"videla",  u"pevač",    u"pevačica", u"deda" }));
        m.insert(QStringLiteral("sr-Cyrl"),
                 set({ u"млеко",    u"време", u"времена", u"дете",     u"детета", u"деца",   u"деце",   u"леп",  u"лепа",  u"лепо",   u"река",   u"реке",
                       u"реку",     u"песма", u"песме",   u"песму",    u"место",  u"места",  u"месту",  u"хлеб", u"хлеба", u"недеља", u"недеље", u"историја",
                       u"историје", u"воз",   u"возом",   u"аеродром", u"тачно",  u"срећан", u"срећна", u"увек", u"света", u"свет",   u"свету",  u"девојка",
                       u"девојке",  u"после", u"пре",     u"реч",      u"речи",   u"лето",   u"лета",   u"тело", u"тела",  u"верује", u"лекар",  u"лекара",
                       u"приметио", u"видео", u"видела",  u"деда",     u"хиљаду", u"хиљада", u"шта",    u"да",   u"је" }));
        m.insert(QStringLiteral("id"),
                 set({ u"karena",     u"bisa",       u"saja",     u"uang",       u"mobil",        u"polisi",    u"kantor",       u"ketemu",   u"bertemu",
                       u"gimana",     u"bilang",     u"cewek",    u"cowok",      u"sepeda",       u"kamar",     u"apotek",       u"kualitas", u"universitas",
                       u"pemerintah", u"mahasiswa",  u"senin",    u"selasa",     u"kamis",        u"jumat",     u"sabtu",        u"minggu",   u"taksi",
                       u"telepon",    u"ponsel",     u"dokter",   u"rumah",      u"sakit",        u"nggak",     u"enggak",       u"kayak",    u"banget",
                       u"aja",        u"udah",       u"sudah",    u"kenapa",     u"gratis",       u"baru-baru", u"belakangan",   u"karyawan", u"pacar",
                       u"kalian",     u"pesawat",    u"stasiun",  u"tersangka",  u"penyelidikan", u"rahasia",   u"merahasiakan", u"tetangga", u"toko",
                       u"mata-mata",  u"bertanggal", u"mars",     u"insinyur",   u"pernikahan",   u"menikah",   u"daring",       u"libur",    u"jalan tol",
                       u"pengacara",  u"pengadilan", u"penyidik", u"kecelakaan", u"warung",       u"desa",      u"bapak",        u"ibu",      u"wc",
                       u"kereta api", u"kendaraan",  u"lho",      u"dong",       u"sih",          u"kok",       u"gue",          u"lu",       u"ngobrol" }));
        m.insert(QStringLiteral("ms"), set({ u"kerana",   u"boleh",         u"sahaja",     u"wang",        u"kereta",         u"bas",          u"polis",
                                             u"pejabat",  u"berjumpa",      u"beritahu",   u"tak",         u"teksi",          u"bilik",        u"beliau",
                                             u"kerajaan", u"universiti",    u"kualiti",    u"farmasi",     u"pelajar",        u"isnin",        u"selasa",
                                             u"khamis",   u"jumaat",        u"sabtu",      u"ahad",        u"amat",           u"cik",          u"encik",
                                             u"percuma",  u"telefon",       u"bimbit",     u"hospital",    u"doktor",         u"bagaimanapun", u"kenapakah",
                                             u"mengapa",  u"sebab",         u"sekiranya",  u"walaupun",    u"kawan",          u"teman",        u"pekerja",
                                             u"kekasih",  u"kamu",          u"awak",       u"saudara",     u"stesen",         u"bandar",       u"suspek",
                                             u"siasatan", u"pegawai",       u"rahsia",     u"merahsiakan", u"merahsiakannya", u"baharu",       u"baharunya",
                                             u"makcik",   u"pakcik",        u"jiran",      u"jirannya",    u"kedai",          u"perisik",      u"bertarikh",
                                             u"marikh",   u"angkasa lepas", u"anak kapal", u"kakitangan",  u"jurutera",       u"perkahwinan",  u"berkahwin",
                                             u"talian",   u"cuti",          u"lebuh raya", u"peguam",      u"mahkamah",       u"penyiasat",    u"kemalangan",
                                             u"gerai",    u"kampung",       u"ayah",       u"bonda",       u"tandas",         u"kereta api",   u"kenderaan" }));
        m.insert(QStringLiteral("nb"),
                 set({ u"jeg",   u"ikke",   u"hva",  u"hvordan", u"hvem",    u"hvor",  u"hvorfor", u"bare",  u"hjem",   u"hjemme", u"mye",
                       u"noe",   u"noen",   u"fra",  u"sammen",  u"gjennom", u"være",  u"vært",    u"hun",   u"de",     u"dem",    u"selv",
                       u"etter", u"mellom", u"mens", u"også",    u"kommer",  u"kunne", u"skulle",  u"ville", u"hennes", u"hans",   u"deres",
                       u"sin",   u"meg",    u"deg",  u"seg",     u"oss",     u"dere",  u"mange",   u"ingen" }));
        m.insert(QStringLiteral("nn"),
                 set({ u"eg",    u"ikkje", u"kva",    u"korleis", u"kven",    u"kvar",    u"kvifor", u"berre",  u"heim",   u"heime",  u"mykje",
                       u"noko",  u"nokon", u"nokre",  u"frå",     u"saman",   u"gjennom", u"vere",   u"vore",   u"ho",     u"dei",    u"deira",
                       u"sjølv", u"etter", u"mellom", u"medan",   u"òg",      u"kjem",    u"kunne",  u"skulle", u"ville",  u"hennar", u"hans",
                       u"sin",   u"meg",   u"deg",    u"seg",     u"oss",     u"dykk",    u"mange",  u"ingen",  u"korkje", u"endå",   u"fekk",
                       u"vart",  u"blir",  u"høyrer", u"spør",    u"einaste", u"eigen",   u"eigne",  u"sjå",    u"såg" }));
        m.insert(QStringLiteral("da"),
                 set({ u"hvad",  u"ikke",      u"jeg",       u"efter",      u"også", u"nogle",    u"noget",   u"købe",    u"spørge", u"gade",
                       u"mad",   u"halvtreds", u"tres",      u"halvfjerds", u"firs", u"halvfems", u"hvordan", u"hvorfor", u"bliver", u"blev",
                       u"hende", u"hendes",    u"deres",     u"mig",        u"dig",  u"sig",      u"jer",     u"meget",   u"pige",   u"pigen",
                       u"dreng", u"drengen",   u"kærlighed", u"søster",     u"kone", u"hjem",     u"huset" }));
        m.insert(
            QStringLiteral("pt-PT"),
            set({ u"autocarro",      u"comboio",       u"telemóvel",   u"equipa",      u"rapariga",     u"raparigas", u"rapaz",         u"facto",   u"receção",
                  u"pequeno-almoço", u"casa de banho", u"ecrã",        u"frigorífico", u"sumo",         u"talho",     u"montra",        u"bilhete", u"miúdo",
                  u"miúda",          u"miúdos",        u"gajo",        u"fixe",        u"planear",      u"contacto",  u"contactar",     u"direção", u"ação",
                  u"ótimo",          u"económico",     u"electrónico", u"registo",     u"guarda-redes", u"golo",      u"casa-de-banho", u"polícia", u"cá",
                  u"connosco",       u"vós",           u"tu",          u"estás",       u"fazes",        u"tens",      u"sabes" }));
        m.insert(QStringLiteral("pt-BR"),
                 set({ u"ônibus",  u"trem",      u"celular",       u"time",    u"banheiro",  u"moça",         u"garota",         u"garotas", u"cara",
                       u"fato",    u"recepção",  u"café da manhã", u"tela",    u"geladeira", u"suco",         u"açougue",        u"vitrine", u"ingresso",
                       u"moleque", u"legal",     u"planejar",      u"contato", u"contatar",  u"você",         u"vocês",          u"gente",   u"registro",
                       u"goleiro", u"gol",       u"polícia",       u"aqui",    u"conosco",   u"está fazendo", u"estava fazendo", u"tá",      u"né",
                       u"ótimo",   u"econômico", u"eletrônico",    u"carioca", u"paulista",  u"bairro",       u"favela",         u"delegado" }));
        m.insert(QStringLiteral("es-ES"),
                 set({ u"vosotros", u"vosotras", u"os",          u"vuestro", u"vuestra",   u"vuestros", u"ordenador", u"coche",      u"coches",
                       u"móvil",    u"piso",     u"conducir",    u"conduce", u"zumo",      u"gafas",    u"vale",      u"tío",        u"tía",
                       u"chaval",   u"chavales", u"guay",        u"mola",    u"coger",     u"cogió",    u"habéis",    u"tenéis",     u"sois",
                       u"estáis",   u"queréis",  u"podéis",      u"váis",    u"vais",      u"billete",  u"aparcar",   u"gilipollas", u"madrileño",
                       u"patata",   u"patatas",  u"ordenadores", u"piso",    u"instituto", u"enfadado", u"enfadada" }));
        m.insert(QStringLiteral("es-MX"),
                 set({ u"computadora", u"carro",    u"carros",  u"celular", u"departamento", u"manejar",  u"maneja",    u"jugo",    u"lentes",
                       u"platicar",    u"platican", u"platica", u"ahorita", u"chamaco",      u"chamacos", u"padrísimo", u"cuadra",  u"cuadras",
                       u"güey",        u"wey",      u"órale",   u"chido",   u"neta",         u"lana",     u"camión",    u"boleto",  u"estacionar",
                       u"papa",        u"papas",    u"prepa",   u"enojado", u"enojada",      u"mexicano", u"mexicana",  u"colonia", u"alberca",
                       u"cuate",       u"cuates",   u"chamba",  u"mande",   u"apapachar" }));
        return m;
    }();
    return lists;
}

/// Word beginnings of the ijekavian pronunciation (Croatian and Bosnian "dijete", "mlijeko")
/// and of the ekavian one (Serbian "dete", "mleko"): the most telling difference of the three.
int yatMarkers(const QString &word, bool ijekavian)
{
    static const QStringList ijekavianStems = { QStringLiteral("dijet"),   QStringLiteral("djec"),   QStringLiteral("lijep"),  QStringLiteral("vrijem"),
                                                QStringLiteral("mlijek"),  QStringLiteral("rijek"),  QStringLiteral("pjesm"),  QStringLiteral("pjev"),
                                                QStringLiteral("mjest"),   QStringLiteral("mjesec"), QStringLiteral("vjer"),   QStringLiteral("bjež"),
                                                QStringLiteral("svijet"),  QStringLiteral("svjet"),  QStringLiteral("prije"),  QStringLiteral("poslije"),
                                                QStringLiteral("gdje"),    QStringLiteral("ovdje"),  QStringLiteral("sjeti"),  QStringLiteral("ljekar"),
                                                QStringLiteral("lijek"),   QStringLiteral("hljeb"),  QStringLiteral("cvijet"), QStringLiteral("snijeg"),
                                                QStringLiteral("bijel"),   QStringLiteral("vijest"), QStringLiteral("djevoj"), QStringLiteral("cijel"),
                                                QStringLiteral("cijen"),   QStringLiteral("dvije"),  QStringLiteral("tijel"),  QStringLiteral("tijek"),
                                                QStringLiteral("zvijezd"), QStringLiteral("zapjev"), QStringLiteral("uvjer"),  QStringLiteral("sjen"),
                                                QStringLiteral("vjetar"),  QStringLiteral("mjeseč"), QStringLiteral("nevjer"), QStringLiteral("susjed") };
    static const QStringList ekavianStems = {
        QStringLiteral("dete"),  QStringLiteral("deteta"), QStringLiteral("dece"),  QStringLiteral("vrem"),   QStringLiteral("mlek"),  QStringLiteral("pesm"),
        QStringLiteral("peva"),  QStringLiteral("mest"),   QStringLiteral("mesec"), QStringLiteral("meseč"),  QStringLiteral("devoj"), QStringLiteral("zvezd"),
        QStringLiteral("lekar"), QStringLiteral("sneg"),   QStringLiteral("cvet"),  QStringLiteral("uveren"), QStringLiteral("telo"),  QStringLiteral("tela"),
        QStringLiteral("posle"), QStringLiteral("gde"),    QStringLiteral("ovde"),  QStringLiteral("dve"),    QStringLiteral("beo"),   QStringLiteral("bela"),
        QStringLiteral("belo"),  QStringLiteral("vest"),   QStringLiteral("vesti"), QStringLiteral("sused"),  QStringLiteral("seti"),  QStringLiteral("seća"),
        QStringLiteral("reč"),   QStringLiteral("reka"),   QStringLiteral("lepo"),  QStringLiteral("lepa"),   QStringLiteral("lep"),   QStringLiteral("hleb"),
        QStringLiteral("svet"),  QStringLiteral("sveta"),  QStringLiteral("veru"),  QStringLiteral("veruj"),  QStringLiteral("beža"),  QStringLiteral("beži")
    };
    const QStringList &stems = ijekavian ? ijekavianStems : ekavianStems;
    for (const QString &stem : stems) {
        // Short stems must be the whole word ("gde"), longer ones may begin it ("devojka").
        if (stem.size() <= 4 ? word == stem || (word.startsWith(stem) && word.size() <= stem.size() + 2) : word.startsWith(stem))
            return 1;
    }
    return 0;
}

} // namespace

CloseLanguageResolver::CloseLanguageResolver(QStringList dictionaryFolders)
    : m_folders(std::move(dictionaryFolders))
{
}

CloseLanguageResolver::~CloseLanguageResolver() = default;

QStringList CloseLanguageResolver::groupOf(const QString &tag)
{
    // Looked up for every synopsis identified: a table by tag, built once.
    static const QHash<QString, QStringList> byTag = [] {
        const QList<QStringList> groups = {
            { QStringLiteral("hr"), QStringLiteral("bs"), QStringLiteral("sr-Latn") },
            { QStringLiteral("id"), QStringLiteral("ms") },
            { QStringLiteral("nb"), QStringLiteral("nn") }, // CLD2 tells Danish apart well; it calls all Norwegian Bokmål
            { QStringLiteral("pt-PT"), QStringLiteral("pt-BR") },
            { QStringLiteral("es-ES"), QStringLiteral("es-MX") },
        };
        QHash<QString, QStringList> table;
        for (const QStringList &group : groups) {
            for (const QString &member : group) {
                table.insert(member, group);
                if (member != u"sr-Latn") // "sr" alone is not Latin Serbian: Cyrillic is its default script
                    table.insert(LanguageTag::primaryLanguage(member), group);
            }
        }
        table.insert(QStringLiteral("no"), table.value(QStringLiteral("nb")));
        return table;
    }();
    return byTag.value(tag);
}

HunspellChecker *CloseLanguageResolver::checker(const QString &tag)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_checkers.constFind(tag);
    if (found != m_checkers.cend())
        return found->get();
    std::shared_ptr<HunspellChecker> opened;
    const QString dictionary = dictionaryOf(tag);
    for (const QString &folder : std::as_const(m_folders)) {
        const QString base = folder + u'/' + dictionary;
        if (!dictionary.isEmpty() && QFileInfo::exists(base + QStringLiteral(".aff")) && QFileInfo::exists(base + QStringLiteral(".dic"))) {
            opened = HunspellChecker::open(dictionary, base + QStringLiteral(".aff"), base + QStringLiteral(".dic"));
            break;
        }
    }
    m_checkers.insert(tag, opened);
    return opened.get();
}

QList<CloseLanguageResolver::Score> CloseLanguageResolver::rank(const QString &text, const QStringList &group)
{
    // Words in lower case; capitalised words inside a sentence are mostly names, which every
    // variety shares, so they are left out (the first word of a sentence is kept).
    QStringList words;
    const QString lowered = text.toLower();
    bool sentenceStart = true;
    qsizetype previousEnd = 0;
    for (const WordSpan &span : WordTokenizer::words(text)) {
        for (qsizetype i = previousEnd; i < span.start; ++i) {
            const QChar c = text.at(i);
            if (c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u':')
                sentenceStart = true;
        }
        previousEnd = span.start + span.length;
        const QStringView word = QStringView(text).sliced(span.start, span.length);
        const bool capitalised = word.front().isUpper();
        if (word.size() >= 2 && word.size() <= 40 && (!capitalised || sentenceStart))
            words.append(word.toString().toLower());
        sentenceStart = false;
        if (words.size() >= 200)
            break;
    }
    if (words.isEmpty())
        return {};

    QList<Score> scores;
    bool anyDictionary = false;
    for (const QString &tag : group) {
        Score score { tag, 0.0, 0, -1.0 };
        const QSet<QString> &own = markers().value(tag);
        for (const QString &word : std::as_const(words))
            score.markers += own.contains(word) ? 1 : 0;
        for (const QString &phrase : own) { // a few markers are two words ("casa de banho")
            if (phrase.contains(u' ') && lowered.contains(phrase))
                ++score.markers;
        }
        if (tag == u"hr" || tag == u"bs" || tag == u"sr-Latn") {
            for (const QString &word : std::as_const(words))
                score.markers += yatMarkers(word, tag != u"sr-Latn");
        }
        scores.append(score);
    }
    // Words only one variety uses decide when they clearly do; the dictionaries (slower, and
    // loaded on first use) are asked only when they do not.
    std::stable_sort(scores.begin(), scores.end(), [](const Score &a, const Score &b) {
        return a.markers > b.markers;
    });
    if (scores.size() > 1 && scores.at(0).markers >= scores.at(1).markers + DecisiveMarkers) {
        for (Score &score : scores)
            score.score = MarkerWeight * score.markers;
        return scores;
    }
    for (Score &score : scores) {
        if (HunspellChecker *dictionary = checker(score.tag)) {
            int known = 0;
            for (const QString &word : std::as_const(words))
                known += dictionary->isCorrect(word) ? 1 : 0;
            score.known = double(known) / double(words.size());
            anyDictionary = true;
        }
    }
    // A variety without a dictionary is scored on its words alone; dictionaries only decide
    // between varieties that both have one.
    for (Score &score : scores) {
        const double dictionaryPart = anyDictionary ? (score.known >= 0 ? score.known : 0.0) : 0.0;
        score.score = MarkerWeight * score.markers + dictionaryPart;
    }
    const bool anyMissing = std::any_of(scores.cbegin(), scores.cend(), [](const Score &s) {
        return s.known < 0;
    });
    if (anyMissing) {
        // A variety without a dictionary (Malay) can only be told apart by its words: when they
        // do not decide, nothing here does, and CLD2's answer stands.
        for (Score &score : scores)
            score.score = MarkerWeight * score.markers;
    }
    std::stable_sort(scores.begin(), scores.end(), [](const Score &a, const Score &b) {
        return a.score > b.score;
    });
    if (scores.size() > 1 && qFuzzyCompare(1.0 + scores.at(0).score, 1.0 + scores.at(1).score))
        return {}; // nothing tells them apart
    return scores;
}

} // namespace episcope
