// SPDX-License-Identifier: GPL-3.0-or-later
// CommandLine: the spellcheck command.
#include "commandline.h"

#include "io/libraryloader.h"
#include "language/languagetag.h"
#include "spelling/episodespelling.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace episcope
{

namespace
{
constexpr int MaxSuggestions = 5;
}

int CommandLine::spellcheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Only translations in this language (BCP 47 tag)."), QStringLiteral("TAG"));
    parser.addOption(json);
    parser.addOption(lang);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QString wanted = parser.isSet(lang) ? LanguageTag::normalized(parser.value(lang)) : QString();
    if (parser.isSet(lang) && wanted.isEmpty())
        return fail(tr("“%1” is not a language tag").arg(parser.value(lang)));

    QList<Library> libraries;
    if (!loadAll(parser.positionalArguments(), libraries))
        return ExitError;

    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal(PersonalDictionary::defaultFolder());
    EpisodeSpelling spelling(engine.get(), &personal);
    const bool asJson = parser.isSet(json);
    if (!asJson)
        m_out << tr("Engine: %1").arg(engine->name()) << '\n';

    QJsonArray episodes;
    for (const Library &library : std::as_const(libraries)) {
        for (const Episode &episode : library.episodes) {
            spelling.setEpisode(episode);
            QJsonArray translations;
            for (int row = 0; row < episode.translations.size(); ++row) {
                const Translation &translation = episode.translations.at(row);
                if (!wanted.isEmpty() && translation.languageTag != wanted && LanguageTag::primaryLanguage(translation.languageTag) != wanted)
                    continue;
                MisspellingFinder *finder = spelling.finder(row);
                const SpellCheckResult result = finder->check(translation.text);
                QJsonArray misspellings;
                if (!asJson) {
                    m_out << '\n' << translation.languageTag << '\t';
                    if (!finder->isActive())
                        m_out << spelling.missingDictionaryMessage(row) << '\n';
                    else
                        m_out << finder->dictionary() << '\t' << tr("%1 misspelled of %2 words").arg(result.misspellings.size()).arg(result.checkedWords)
                              << (result.mostlyUnknown ? tr(" (mostly unknown words: is the language right?)") : QString()) << '\n';
                }
                for (const Misspelling &misspelling : result.misspellings) {
                    const QStringList suggestions = finder->suggestions(misspelling.word, MaxSuggestions);
                    if (asJson) {
                        misspellings.append(QJsonObject { { QStringLiteral("word"), misspelling.word },
                                                          { QStringLiteral("offset"), qint64(misspelling.start) },
                                                          { QStringLiteral("length"), qint64(misspelling.length) },
                                                          { QStringLiteral("suggestions"), QJsonArray::fromStringList(suggestions) } });
                    } else {
                        m_out << "  " << misspelling.start << '\t' << misspelling.word << "\t→ " << suggestions.join(QStringLiteral(", ")) << '\n';
                    }
                }
                if (asJson) {
                    const QString missing = spelling.missingDictionaryMessage(row);
                    translations.append(QJsonObject {
                        { QStringLiteral("language"), translation.languageTag },
                        { QStringLiteral("line"), translation.sourceLine },
                        { QStringLiteral("dictionary"), finder->isActive() ? QJsonValue(finder->dictionary()) : QJsonValue() },
                        { QStringLiteral("missingDictionary"), missing.isEmpty() ? QJsonValue() : QJsonValue(missing) },
                        { QStringLiteral("checkedWords"), qint64(result.checkedWords) },
                        { QStringLiteral("mostlyUnknown"), result.mostlyUnknown },
                        { QStringLiteral("misspellings"), misspellings },
                    });
                }
            }
            if (asJson)
                episodes.append(QJsonObject { { QStringLiteral("title"), episode.title }, { QStringLiteral("translations"), translations } });
        }
    }
    if (asJson) {
        const QJsonObject root { { QStringLiteral("engine"),
                                   QJsonObject { { QStringLiteral("key"), engine->key() }, { QStringLiteral("name"), engine->name() } } },
                                 { QStringLiteral("episodes"), episodes } };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    return finish();
}

} // namespace episcope
