// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "export/libraryjson.h"
#include "export/synopsisexporter.h"
#include "io/collectionloader.h"
#include "io/libraryloader.h"
#include "language/languageidentifier.h"
#include "language/languageinfo.h"
#include "language/languagetag.h"
#include "model/languagefallback.h"
#include "quality/qualitychecker.h"
#include "settings/uilanguage.h"
#include "text/textstatistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cstdio>

namespace episcope
{

namespace
{

/// Parses @p arguments (the command name first) with @p parser; on failure writes the reason.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QString &problem)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        problem = parser.errorText();
        return false;
    }
    return true;
}

QString padded(const QString &text, qsizetype width)
{
    return text.size() >= width ? text + u' ' : text.leftJustified(width);
}

} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{
}

int CommandLine::fail(const QString &message)
{
    m_err << "episcope-cli: " << message << Qt::endl;
    return ExitError;
}

int CommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << "episcope-cli: " << problem << "\n\n";
    m_err << CommandLine::tr("Usage: episcope-cli COMMAND [OPTIONS] [FILE...]\n"
                             "\n"
                             "Commands:\n"
                             "  list   [--json] [--prefer TAGS] [PATH...]          episodes, translations, languages and quality checks\n"
                             "  show   --lang TAG [--format text|html|markdown] [--prefer TAGS] [PATH...]  one synopsis\n"
                             "  detect [--json] [--declared TAG] [--context TAGS] [TEXT | -]  the language of a text, ranked (stdin with - or nothing)\n"
                             "  detect --eval FILE [--json]                        accuracy on TAG<TAB>text lines, beside raw CLD2\n"
                             "  spellcheck [--json] [--lang TAG] [FILE...]         misspellings per translation, with suggestions\n"
                             "  fix    --lang TAG --replace WORD --with TEXT FILE   fix a word in one synopsis and save (atomically)\n"
                             "  compare --left TAG --right TAG [--format text|html|json] [FILE...]  two synopses aligned sentence by sentence\n"
                             "  overview [--format json|html] [FILE...]            names × languages and how alike each pair is\n"
                             "  export --format csv|json [--out FILE] [PATH...]    every synopsis of everything given, in one file\n"
                             "  export --format nfo --out FOLDER [PATH...]         one Kodi NFO per language of each episode\n"
                             "\n"
                             "A PATH may be a folder: its .json, .nfo, .xml and .txt files are read, recursively; a file there that\n"
                             "cannot be read is reported and the rest still count (exit status 2 at the end). Without PATH the\n"
                             "bundled sample is used. Errors go to standard error with exit status 2.\n"
                             "\n"
                             "--ui-language TAG, anywhere on the line, sets the language of messages (%1);\n"
                             "by default it is the system's. JSON, CSV and NFO output is never translated.\n")
                 .arg(UiLanguage::available().join(QStringLiteral(", ")))
          << Qt::flush;
    return problem.isEmpty() ? 0 : ExitError;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(CommandLine::tr("no command given"));
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage({});
    if (command == u"--version" || command == u"-v") {
        m_out << "episcope-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"list")
        return list(rest);
    if (command == u"show")
        return show(rest);
    if (command == u"detect")
        return detect(rest);
    if (command == u"spellcheck")
        return spellcheck(rest);
    if (command == u"fix")
        return fix(rest);
    if (command == u"compare")
        return compare(rest);
    if (command == u"overview")
        return overview(rest);
    if (command == u"export")
        return exportAll(rest);
    return usage(CommandLine::tr("unknown command “%1”").arg(command));
}

bool CommandLine::loadAll(const QStringList &files, QList<Library> &libraries)
{
    const QStringList paths = files.isEmpty() ? QStringList { LibraryLoader::samplePath() } : files;
    LibraryLoader loader;
    loader.setPreferredLanguages(m_preferences);
    for (const QString &path : paths) {
        const bool folder = !path.startsWith(u':') && QFileInfo(path).isDir();
        const QStringList found = folder ? CollectionLoader::expand({ path }) : QStringList { path };
        if (folder && found.isEmpty()) {
            fail(CommandLine::tr("%1: has no .json, .nfo, .xml or .txt files in it").arg(path));
            return false;
        }
        for (const QString &file : found) {
            std::optional<Library> library = loader.load(file);
            if (!library && !folder) {
                fail(loader.error().toString());
                return false;
            }
            if (!library) { // in a folder, a bad file is reported and the rest still count
                fail(loader.error().toString());
                m_incomplete = true;
                continue;
            }
            if (library->readOnly) { // lossy decoding: never hand "repaired" text to a script
                fail(library->warnings.join(u'\n'));
                return false;
            }
            for (const QString &warning : std::as_const(library->warnings))
                m_err << "episcope-cli: " << CommandLine::tr("warning: %1").arg(warning) << Qt::endl;
            if (!m_preferences.isEmpty()) {
                for (Episode &episode : library->episodes)
                    episode = LanguageFallback::apply(episode, m_preferences);
            }
            libraries.append(std::move(*library));
        }
    }
    return true;
}

int CommandLine::finish()
{
    m_out.flush();
    return m_incomplete ? ExitError : 0;
}

bool CommandLine::readPreferences(const QString &value)
{
    m_preferences.clear();
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = LanguageTag::normalized(part.trimmed());
        if (tag.isEmpty()) {
            fail(CommandLine::tr("“%1” is not a language tag").arg(part.trimmed()));
            return false;
        }
        m_preferences.append(tag);
    }
    return true;
}

int CommandLine::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption prefer = preferOption();
    parser.addOption(json);
    parser.addOption(prefer);
    QString problem;
    if (!parse(parser, arguments, problem))
        return usage(problem);
    if (parser.isSet(prefer) && !readPreferences(parser.value(prefer)))
        return ExitError;

    QList<Library> libraries;
    if (!loadAll(parser.positionalArguments(), libraries))
        return ExitError;

    if (parser.isSet(json)) {
        QJsonArray episodes;
        for (const Library &library : std::as_const(libraries)) {
            for (const Episode &episode : library.episodes) {
                QJsonObject object = LibraryJson::toJson(episode);
                object.insert(QStringLiteral("file"), library.sourcePath);
                episodes.append(object);
            }
        }
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("episodes"), episodes } }).toJson(QJsonDocument::Indented));
        return finish();
    }

    for (const Library &library : std::as_const(libraries)) {
        for (const Episode &episode : library.episodes) {
            QString heading = episode.title;
            if (episode.season >= 0 && episode.number >= 0)
                heading.prepend(QStringLiteral("S%1E%2 ").arg(episode.season, 2, 10, QLatin1Char('0')).arg(episode.number, 2, 10, QLatin1Char('0')));
            if (!episode.series.isEmpty() && episode.kind != Episode::Kind::Series)
                heading.prepend(episode.series + u' ');
            m_out << heading << " — " << episode.provider << " — " << CommandLine::tr("synopses: %1").arg(episode.translations.size()) << '\n';
            m_out << padded(CommandLine::tr("tag"), 8) << padded(CommandLine::tr("language"), 22) << padded(CommandLine::tr("origin"), 12)
                  << padded(CommandLine::tr("conf."), 7) << padded(CommandLine::tr("words"), 7) << padded(CommandLine::tr("chars"), 7)
                  << CommandLine::tr("text") << '\n';
            const QList<QualityReport> reports = QualityChecker::check(episode);
            for (qsizetype row = 0; row < episode.translations.size(); ++row) {
                const Translation &translation = episode.translations.at(row);
                const LanguageInfo info = LanguageInfo::forTag(translation.languageTag);
                const TextStatistics statistics = TextStatistics::of(translation.text);
                QString excerpt = translation.text.left(48).simplified();
                if (translation.text.size() > 48)
                    excerpt += u'…';
                m_out << padded(translation.languageTag, 8) << padded(info.englishName, 22) << padded(originKey(translation.origin), 12)
                      << padded(QString::number(qRound(translation.confidence * 100)) + u'%', 7) << padded(QString::number(statistics.words), 7)
                      << padded(QString::number(statistics.characters), 7) << excerpt << '\n';
                for (const QString &message : reports.at(row).messages)
                    m_out << "        ! " << message << '\n';
            }
        }
    }
    return finish();
}

int CommandLine::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), CommandLine::tr("The language to show (BCP 47 tag)."), QStringLiteral("TAG"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("text, html or markdown."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption prefer = preferOption();
    parser.addOption(lang);
    parser.addOption(format);
    parser.addOption(prefer);
    QString problem;
    if (!parse(parser, arguments, problem))
        return usage(problem);
    if (!parser.isSet(lang))
        return usage(CommandLine::tr("show needs --lang TAG"));
    if (parser.isSet(prefer) && !readPreferences(parser.value(prefer)))
        return ExitError;
    const QString wanted = LanguageTag::normalized(parser.value(lang));
    if (wanted.isEmpty())
        return fail(CommandLine::tr("“%1” is not a language tag").arg(parser.value(lang)));
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"html" && formatName != u"markdown")
        return usage(CommandLine::tr("unknown format “%1” (text, html or markdown)").arg(formatName));

    QList<Library> libraries;
    if (!loadAll(parser.positionalArguments(), libraries))
        return ExitError;

    for (const Library &library : std::as_const(libraries)) {
        for (const Episode &episode : library.episodes) {
            const qsizetype index = episode.findLanguage(wanted);
            if (index < 0) {
                QStringList available;
                for (const Translation &translation : episode.translations)
                    available.append(translation.languageTag);
                return fail(CommandLine::tr("%1: no synopsis in “%2” (there are: %3)").arg(library.sourcePath, wanted, available.join(QStringLiteral(", "))));
            }
            const Translation &translation = episode.translations.at(index);
            if (!translation.textFallback.isEmpty())
                m_err << "episcope-cli: "
                      << CommandLine::tr("%1: no %2 synopsis; showing the %3 one by your preferences").arg(library.sourcePath, wanted, translation.textFallback)
                      << Qt::endl;
            const SynopsisExporter exporter(translation);
            if (formatName == u"html")
                m_out << exporter.htmlPage();
            else if (formatName == u"markdown")
                m_out << exporter.markdown();
            else
                m_out << exporter.plainText() << '\n';
        }
    }
    return finish();
}

QCommandLineOption CommandLine::preferOption()
{
    return QCommandLineOption(QStringLiteral("prefer"),
                              CommandLine::tr("Preferred languages, most wanted first (pt-BR,pt-PT,en): a missing title or synopsis is borrowed "
                                              "from the next one, and marked as borrowed."),
                              QStringLiteral("TAGS"));
}

int CommandLine::detect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption eval(QStringLiteral("eval"), CommandLine::tr("Score the identifier on labelled texts (TAG<TAB>text lines), beside raw CLD2."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption declared(QStringLiteral("declared"), CommandLine::tr("The language the text is said to be in (a hint, not an answer)."),
                                      QStringLiteral("TAG"));
    const QCommandLineOption context(QStringLiteral("context"), CommandLine::tr("Languages the text is likely to be in, comma-separated (hints)."),
                                     QStringLiteral("TAGS"));
    parser.addOption(json);
    parser.addOption(eval);
    parser.addOption(declared);
    parser.addOption(context);
    QString problem;
    if (!parse(parser, arguments, problem))
        return usage(problem);
    if (parser.isSet(eval))
        return evaluate(parser.value(eval), parser.isSet(json));

    QString text;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words == QStringList { QStringLiteral("-") }) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(CommandLine::tr("cannot read standard input"));
        // The identifier looks at the start of a text only: read at most 1 MiB, then cut back to
        // a whole UTF-8 sequence so the cut itself is not reported as invalid input.
        constexpr qsizetype cap = 1024 * 1024;
        QByteArray bytes;
        for (QByteArray chunk = input.read(64 * 1024); !chunk.isEmpty() && bytes.size() < cap; chunk = input.read(64 * 1024))
            bytes += chunk;
        if (bytes.size() > cap) {
            bytes.truncate(cap);
            while (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.back()) & 0xC0) == 0x80)
                bytes.chop(1);
            if (!bytes.isEmpty() && static_cast<unsigned char>(bytes.back()) >= 0xC0)
                bytes.chop(1);
        }
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError())
            return fail(CommandLine::tr("standard input is not valid UTF-8"));
    } else {
        text = words.join(u' ');
    }

    LanguageHints hints;
    hints.declared = LanguageTag::normalized(parser.value(declared));
    for (const QString &tag : parser.value(context).split(u',', Qt::SkipEmptyParts))
        hints.context.append(LanguageTag::normalized(tag.trimmed()));
    const LanguageGuess guess = LanguageIdentifier().identify(text, hints);
    const LanguageInfo info = LanguageInfo::forTag(guess.tag);
    if (parser.isSet(json)) {
        QJsonArray candidates;
        for (const LanguageCandidate &candidate : guess.candidates)
            candidates.append(QJsonObject { { QStringLiteral("language"), candidate.tag },
                                            { QStringLiteral("englishName"), LanguageInfo::forTag(candidate.tag).englishName },
                                            { QStringLiteral("score"), qRound(candidate.score * 100) / 100.0 } });
        QJsonObject object { { QStringLiteral("language"), guess.tag },         { QStringLiteral("englishName"), info.englishName },
                             { QStringLiteral("nativeName"), info.nativeName }, { QStringLiteral("confidence"), qRound(guess.confidence * 100) / 100.0 },
                             { QStringLiteral("reliable"), guess.reliable },    { QStringLiteral("candidates"), candidates } };
        if (!guess.method.isEmpty())
            object.insert(QStringLiteral("method"), guess.method);
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        m_out << guess.tag << '\t' << info.englishName << '\t' << QString::number(guess.confidence, 'f', 2) << '\t'
              << (guess.reliable ? CommandLine::tr("reliable") : CommandLine::tr("unreliable"));
        for (qsizetype i = 1; i < guess.candidates.size(); ++i)
            m_out << '\t' << guess.candidates.at(i).tag << ' ' << QString::number(guess.candidates.at(i).score, 'f', 2);
        m_out << '\n';
    }
    m_out.flush();
    return 0;
}

} // namespace episcope
