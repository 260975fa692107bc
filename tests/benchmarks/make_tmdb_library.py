#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a TMDB-style library for the library benchmark: one folder per season, one episode
details file (append_to_response=translations) per episode, 40 languages per episode.

    python3 tests/benchmarks/make_tmdb_library.py OUT_DIR [--megabytes 50]

The synopses are made of everyday words of each language (our own word lists) around names the
languages share, so the language identifier and the spell checkers meet realistic text. The
output is deterministic for a given size.
"""
import argparse
import json
import os
import random

NAMES = ["Marta Kovač", "Jonas Berg", "Aldo Ferrante", "Porthaven", "Seagull"]

# (TMDB iso_639_1, iso_3166_1, words). Everyday words only, written for this benchmark.
LANGUAGES = [
    ("en", "US", "the and of to in that is was he for it with as his on be at by had not are but from they you this which all she there her were one we their been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three"),
    ("de", "DE", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom können schon wenn habe seine ihre dann unter wir soll ich eines jahr zwei diese dieser wieder keine seiner worden will zwischen immer was sagte gibt alle diesem seit muss wurden denn ihr"),
    ("fr", "FR", "le de un être et à il avoir ne je son que se qui ce dans en du elle au pour pas que vous par sur faire plus dire me on mon lui nous comme mais pouvoir avec tout y aller voir en bien où sans tu ou leur homme si deux mari moi vouloir te femme venir quand grand celui notre devoir là jour prendre même votre rien petit encore aussi quelque dont tout mer trouver donner temps ça peu même falloir sous parler alors"),
    ("es", "ES", "de la que el en y a los se del las un por con no una su para es al lo como más o pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también fue había era muy años hasta desde está mi porque qué sólo han yo hay vez puede todos así nos ni parte tiene él uno donde bien tiempo mismo ese ahora cada e vida otro después te otros aunque esa eso hace otra gobierno tan durante siempre día tanto ella"),
    ("it", "IT", "di e il la che a per un in è non una sono le si da con del i mi ma lo come al ci della ha io anche se più questo nel cosa gli ti sei ho bene alla tutto era fatto dei quando qui mio suo molto loro noi così tu solo ne hai voglio sua essere dove sempre allora prima perché niente tutti adesso perchè cui fare oggi tempo casa vita detto proprio fuori dopo ancora giorno signore sta nella"),
    ("pt", "PT", "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas este"),
    ("pt", "BR", "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem seu sua ou ser quando muito nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu minha numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas este cara legal time ônibus trem"),
    ("nl", "NL", "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds"),
    ("sv", "SE", "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad få två vill ha många hur mer går sverige kronor detta nya procent skall hans utan sina något svenska allt första fick måste"),
    ("da", "DK", "og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan"),
    ("nb", "NO", "og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil bli ble blei blitt kunne inn når være kom noen noe ville dere som deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme"),
    ("fi", "FI", "ja on ei se että hän oli ovat mutta kun niin myös kuin sen tai jos hänen ole joka ne nyt vain vielä sitten mitä tämä oli minä sinä me te he olla koska kanssa mukaan jälkeen aina paljon ennen koko yksi kaksi sekä siellä täällä missä miksi miten kuka mikä tuo nämä nuo joku jokin kaikki muut toinen uusi vanha hyvä suuri pieni päivä vuosi aika ihminen mies nainen talo meri kaupunki satama laiva yö"),
    ("hu", "HU", "a az és hogy nem is egy meg de csak már van volt ez mint ki el még ha azt után mert most fel minden olyan vagy lesz majd itt ott nagyon sok kell lehet mondta amikor ahol aki ami pedig így úgy akkor azonban között alatt felett mellett miatt nélkül szerint óta két három első utolsó új régi jó rossz nagy kis ember férfi nő ház tenger város kikötő hajó éjszaka nap év idő"),
    ("pl", "PL", "i w nie na się z do to że jest a o jak po co tak za od ale już tylko jego jej by czy jeszcze przez dla może są był była było ich mnie mi go ten ta te tym tego tej który która które kiedy gdzie bardzo teraz potem nigdy zawsze wszystko nic coś ktoś dwa trzy pierwszy ostatni nowy stary dobry zły duży mały człowiek mężczyzna kobieta dom morze miasto port statek noc dzień rok czas"),
    ("cs", "CZ", "a se na je že v to jsem s z do o k ale jak jsou tak by si po pro co byl bylo jeho jen už jsme ještě když nebo jako má mě mi tam tady teď pak nikdy vždy všechno nic něco někdo dva tři první poslední nový starý dobrý špatný velký malý člověk muž žena dům moře město přístav loď noc den rok čas který která které proč kde také jejich tento tato toto"),
    ("sk", "SK", "a sa na je že v to som s z do o k ale ako sú tak by si po pre čo bol bolo jeho len už sme ešte keď alebo ako má ma mi tam tu teraz potom nikdy vždy všetko nič niečo niekto dva tri prvý posledný nový starý dobrý zlý veľký malý človek muž žena dom more mesto prístav loď noc deň rok čas ktorý ktorá ktoré prečo kde tiež ich tento táto toto"),
    ("sl", "SI", "in je v na se da so z za ki pa ne bi ga tudi kot iz po do le še ali če sem smo so bil bila bilo njegov njena zdaj potem nikoli vedno vse nič nekaj nekdo dva tri prvi zadnji nov star dober slab velik majhen človek moški ženska hiša morje mesto pristanišče ladja noč dan leto čas kateri katera katero zakaj kje tako zelo samo že ker"),
    ("hr", "HR", "i je u na se da su za od s to a ne koji što ali kao iz sam biti bio bila bilo njegov njezin sada poslije nikad uvijek sve ništa nešto netko dva tri prvi posljednji novi stari dobar loš velik malen čovjek muškarac žena kuća more grad luka brod noć dan godina vrijeme koja koje zašto gdje tako vrlo samo već jer tko kada kako također"),
    ("sr", "RS", "и је у на се да су за од с то а не који што али као из сам бити био била било његов њен сада после никад увек све ништа нешто неко два три први последњи нови стари добар лош велики мали човек мушкарац жена кућа море град лука брод ноћ дан година време која које зашто где тако веома само већ јер ко када како такође"),
    ("ru", "RU", "и в не на я он что с как это по но его все она так к у же вы за бы от мы было ты из меня еще нет о для да когда ли если уже или ни быть был была него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней человек мужчина женщина дом море город порт корабль ночь день год время который"),
    ("uk", "UA", "і в не на я він що з як це по але його все вона так до у ж ви за би від ми було ти із мене ще немає про для так коли чи якщо вже або ні бути був була нього тут там потім себе нічого їй може вони де є треба людина чоловік жінка будинок море місто порт корабель ніч день рік час який яка яке чому також"),
    ("bg", "BG", "и в не на аз той че с как това по но неговия всичко тя така към у вие за би от ние беше ти из мен още няма за когато ли ако вече или ни бъде бил била него там после себе си нищо може те тук където има трябва човек мъж жена къща море град пристанище кораб нощ ден година време който която което защо също"),
    ("el", "GR", "και το η ο να του την σε με που τα της από για δεν ένα μια στο στην οι είναι θα τη τον αλλά στα όταν ότι αυτό αυτή πως μετά πριν πάντα ποτέ τίποτα κάτι κάποιος δύο τρία πρώτος τελευταίος νέος παλιός καλός κακός μεγάλος μικρός άνθρωπος άντρας γυναίκα σπίτι θάλασσα πόλη λιμάνι πλοίο νύχτα μέρα χρόνος γιατί πού επίσης"),
    ("tr", "TR", "ve bir bu da de için ile o ne gibi daha çok en kadar sonra ama ki ben sen biz siz onlar var yok olarak olan oldu değil her şey zaman gün yıl iki üç ilk son yeni eski iyi kötü büyük küçük insan adam kadın ev deniz şehir liman gemi gece neden nerede nasıl hiç hep şimdi önce bile artık yine"),
    ("ro", "RO", "și în de la a nu se cu pe că o un este din mai care ce dar au fost pentru sau ca el ea noi voi ei sunt era după înainte mereu niciodată nimic ceva cineva doi trei primul ultimul nou vechi bun rău mare mic om bărbat femeie casă mare oraș port navă noapte zi an timp unde cum de ce acum atunci foarte doar deja"),
    ("ca", "ES", "de la i el que a en els les un per una amb no és del es al com més però seu seva o ser quan molt ja està jo també només fins això ella entre era després sense mateix tenir qui mai sempre res alguna cosa algú dos tres primer últim nou vell bo dolent gran petit home dona casa mar ciutat port vaixell nit dia any temps on per què ara"),
    ("lt", "LT", "ir kad ne yra į su iš bet tai jis ji jie mes jūs aš tu kaip kur kodėl kada buvo bus būti labai tik jau dar po prieš visada niekada niekas kažkas kažkoks du trys pirmas paskutinis naujas senas geras blogas didelis mažas žmogus vyras moteris namas jūra miestas uostas laivas naktis diena metai laikas kuris kuri taip pat dabar tada"),
    ("lv", "LV", "un ir ka ar uz no par bet tas tā viņš viņa viņi mēs jūs es tu kā kur kāpēc kad bija būs būt ļoti tikai jau vēl pēc pirms vienmēr nekad nekas kaut kas kāds divi trīs pirmais pēdējais jauns vecs labs slikts liels mazs cilvēks vīrietis sieviete māja jūra pilsēta osta kuģis nakts diena gads laiks kurš kura arī tagad tad"),
    ("et", "EE", "ja on ei see et ta oli aga kui nii ka kui selle või kui tema pole mis nüüd ainult veel siis mida see mina sina meie teie nemad olla sest koos pärast alati palju enne kogu üks kaks kolm seal siin kus miks kuidas kes mis kõik teised uus vana hea suur väike päev aasta aeg inimene mees naine maja meri linn sadam laev öö"),
    ("is", "IS", "og að í á er sem um það var ekki en við hann til með hún af fyrir þeir þau þessi þetta eru hafa hefur verður var voru líka núna þá alltaf aldrei ekkert eitthvað einhver tveir þrír fyrsti síðasti nýr gamall góður vondur stór lítill maður kona hús sjór borg höfn skip nótt dagur ár tími hvar hvers vegna hvernig"),
    ("ga", "IE", "agus an na is ar a le i go do ag bhí sé sí siad muid sibh mé tú ach nuair mar cá cén fáth conas cathain beidh bheith an-mhaith ach anois ansin i gcónaí riamh rud ar bith duine dhá trí an chéad deireanach nua sean maith olc mór beag fear bean teach farraige cathair cuan long oíche lá bliain am freisin"),
    ("id", "ID", "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke karena tersebut bisa ada mereka lebih kami sudah atau telah oleh seperti hanya kita harus banyak sangat setelah bahwa jika saat bagi masih sebagai dapat kata belum pernah selalu semua sesuatu seseorang dua tiga pertama terakhir baru lama baik buruk besar kecil orang pria wanita rumah laut kota pelabuhan kapal malam hari tahun waktu"),
    ("ms", "MY", "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke kerana tersebut boleh ada mereka lebih kami sudah atau telah oleh seperti hanya kita mesti banyak sangat selepas bahawa jika semasa bagi masih sebagai dapat kata belum pernah sentiasa semua sesuatu seseorang dua tiga pertama terakhir baharu lama baik buruk besar kecil orang lelaki wanita rumah laut bandar pelabuhan kapal malam hari tahun masa"),
    ("vi", "VN", "và của là có không một những được trong cho người này với các đã để khi anh chị em tôi chúng ta họ nó đó đây rất chỉ đã còn sau trước luôn không bao giờ gì cái gì ai hai ba đầu tiên cuối cùng mới cũ tốt xấu lớn nhỏ đàn ông phụ nữ nhà biển thành phố cảng tàu đêm ngày năm thời gian ở đâu tại sao như thế nào"),
    ("ja", "JP", "これは その 日本 私 彼 彼女 今日 明日 昨日 港 町 船 夜 海 家 人 男 女 時間 年 新しい 古い 良い 悪い 大きい 小さい 行く 来る 見る 言う 思う 知る する ある いる なる です ました ません から まで より ので けれど そして しかし また もう まだ いつも 決して 何も 誰か 二人 三人 最初 最後"),
    ("zh", "CN", "的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地 于 出 就 分 对 成 会 可 主 发 年 动 同 工 也 能 下 过 子 说 产 种 面 而 方 后 多 定 行 学 法 所 民 得 经 十 三 之 进 着 等 部 度 家 港口 城市 船 夜晚 海 房子 男人 女人 时间"),
    ("ko", "KR", "그 이 저 것 수 나 우리 그녀 그들 있다 없다 하다 되다 보다 말하다 생각하다 알다 오다 가다 그리고 하지만 그러나 또한 이미 아직 항상 절대 아무것도 누군가 두 세 처음 마지막 새로운 오래된 좋은 나쁜 큰 작은 사람 남자 여자 집 바다 도시 항구 배 밤 날 해 시간 어디 왜 어떻게 지금"),
    ("ar", "SA", "في من على إلى عن مع هذا هذه ذلك التي الذي كان كانت هو هي هم نحن أنا أنت لا لم لن قد ثم بعد قبل دائما أبدا لا شيء شيء ما أحد اثنان ثلاثة الأول الأخير جديد قديم جيد سيء كبير صغير رجل امرأة بيت بحر مدينة ميناء سفينة ليل يوم سنة وقت أين لماذا كيف الآن أيضا"),
    ("he", "IL", "של את על עם זה זאת הוא היא הם אנחנו אני אתה לא כן היה הייתה יהיה אבל גם כבר עוד אחרי לפני תמיד אף פעם שום דבר משהו מישהו שניים שלושה ראשון אחרון חדש ישן טוב רע גדול קטן אדם איש אישה בית ים עיר נמל ספינה לילה יום שנה זמן איפה למה איך עכשיו"),
    ("fa", "IR", "و در به از که این را با است برای آن یک خود تا کرد بر هم نیز شد او ما من تو آنها بود خواهد اما هنوز بعد قبل همیشه هرگز هیچ چیزی کسی دو سه اول آخر جدید قدیمی خوب بد بزرگ کوچک انسان مرد زن خانه دریا شهر بندر کشتی شب روز سال زمان کجا چرا چگونه اکنون"),
    ("hi", "IN", "और का के की है में से को एक यह वह पर भी नहीं था थी थे हैं हम आप मैं तुम वे लेकिन जब फिर बाद पहले हमेशा कभी नहीं कुछ कोई दो तीन पहला आखिरी नया पुराना अच्छा बुरा बड़ा छोटा आदमी औरत घर समुद्र शहर बंदरगाह जहाज रात दिन साल समय कहाँ क्यों कैसे अब"),
    ("th", "TH", "และ ที่ ของ ใน เป็น มี ได้ ไม่ จะ ให้ กับ ว่า นี้ คน เขา เธอ เรา ฉัน คุณ พวกเขา แต่ เมื่อ แล้ว หลังจาก ก่อน เสมอ ไม่เคย ไม่มีอะไร บางอย่าง ใครบางคน สอง สาม แรก สุดท้าย ใหม่ เก่า ดี เลว ใหญ่ เล็ก ผู้ชาย ผู้หญิง บ้าน ทะเล เมือง ท่าเรือ เรือ กลางคืน วัน ปี เวลา ที่ไหน ทำไม อย่างไร ตอนนี้"),
]
NO_SPACES = {"ja", "zh", "th"}


def synopsis(rng, words, language, target):
    parts, length = [], 0
    while length < target:
        sentence_words = [rng.choice(words) for _ in range(rng.randint(6, 12))]
        sentence_words.insert(rng.randint(0, len(sentence_words)), rng.choice(NAMES))
        joiner = "" if language in NO_SPACES else " "
        sentence = joiner.join(sentence_words)
        sentence = sentence[0].upper() + sentence[1:] + ("。" if language in {"ja", "zh"} else ".")
        parts.append(sentence)
        length += len(sentence.encode("utf-8")) + 1
    return ("" if language in NO_SPACES else " ").join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=50.0)
    args = parser.parse_args()
    rng = random.Random(20261126)
    vocabularies = [(language, region, words.split()) for language, region, words in LANGUAGES]
    target_bytes = int(args.megabytes * 1024 * 1024)
    per_synopsis = 215  # bytes of overview text; with the JSON around it, 50 MB holds about 100,000 rows
    written, episode_id, season, number = 0, 5000000, 1, 0
    while written < target_bytes:
        number += 1
        if number > 25:
            season, number = season + 1, 1
        folder = os.path.join(args.out, "Benchmark Bay", "Season %02d" % season)
        os.makedirs(folder, exist_ok=True)
        translations = []
        for language, region, words in vocabularies:
            translations.append({
                "iso_3166_1": region, "iso_639_1": language, "name": language, "english_name": language,
                "data": {"name": synopsis(rng, words, language, 20), "overview": synopsis(rng, words, language, per_synopsis)},
            })
        episode_id += 1
        document = {"air_date": "2025-01-01", "episode_number": number, "id": episode_id, "name": translations[0]["data"]["name"],
                    "overview": translations[0]["data"]["overview"], "season_number": season, "translations": {"translations": translations}}
        path = os.path.join(folder, "Benchmark Bay - S%02dE%02d.json" % (season, number))
        data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)
        written += len(data)
    print("wrote %.1f MB in %s" % (written / 1024 / 1024, args.out))


if __name__ == "__main__":
    main()
