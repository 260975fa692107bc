// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryloader.h"

#include "io/pathhints.h"
#include "io/regularfilereader.h"
#include "io/sourcereader.h"
#include "io/textdecoder.h"
#include "io/textposition.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace episcope
{

namespace
{

LoadError placed(const QString &path, const QString &text, const SourceProblem &problem)
{
    if (problem.offset < 0)
        return { path, problem.message, 0, 0 };
    const TextPosition position = textPosition(text, problem.offset);
    return { path, problem.message, position.line, position.column };
}

/// Numbers and the series name from the path where the data has none.
void applyPathHints(Episode &episode, const PathHints &hints)
{
    if (episode.kind == Episode::Kind::Episode && episode.season < 0 && episode.number < 0) {
        episode.season = hints.season;
        episode.number = hints.number;
    }
    if (episode.series.isEmpty() && episode.kind != Episode::Kind::Movie)
        episode.series = hints.series;
}

} // namespace

QString LibraryLoader::samplePath()
{
    return QStringLiteral(":/samples/seed-synopses.txt");
}

const LoadError &LibraryLoader::error() const
{
    return m_error;
}

void LibraryLoader::setKeepsSourceBytes(bool keep)
{
    m_keepsSourceBytes = keep;
}

QString LibraryLoader::interned(const QString &text)
{
    if (text.isEmpty() || text.size() > 32)
        return text;
    const auto found = m_interned.constFind(text);
    if (found != m_interned.cend())
        return *found;
    if (m_interned.size() < 4096)
        m_interned.insert(text, text);
    return text;
}

void LibraryLoader::setPreferredLanguages(const QStringList &tags)
{
    m_preferred = tags;
}

void LibraryLoader::identify(Episode &episode) const
{
    // The languages the file declares and the user prefers are priors for every row; a second
    // look is given to rows CLD2 was unsure of, with the languages found reliably beside them.
    QStringList context = m_preferred;
    for (const Translation &translation : std::as_const(episode.translations)) {
        if (translation.origin == LanguageOrigin::Declared && !context.contains(translation.languageTag))
            context.append(translation.languageTag);
    }
    QList<LanguageGuess> guesses(episode.translations.size());
    for (qsizetype row = 0; row < episode.translations.size(); ++row) {
        const Translation &translation = episode.translations.at(row);
        if (translation.text.trimmed().isEmpty())
            continue;
        const LanguageHints hints { translation.origin == LanguageOrigin::Declared ? translation.languageTag : QString(), context };
        guesses[row] = m_identifier.identify(translation.text, hints);
    }
    QStringList found = context;
    for (const LanguageGuess &guess : std::as_const(guesses)) {
        if (guess.reliable && !found.contains(guess.tag))
            found.append(guess.tag);
    }
    for (qsizetype row = 0; row < episode.translations.size(); ++row) {
        Translation &translation = episode.translations[row];
        LanguageGuess &guess = guesses[row];
        if (translation.text.trimmed().isEmpty())
            continue;
        if (!guess.reliable && found.size() > context.size())
            guess = m_identifier.identify(translation.text, { translation.origin == LanguageOrigin::Declared ? translation.languageTag : QString(), found });
        if (guess.tag != u"und") {
            translation.identifiedTag = guess.tag;
            translation.identifiedConfidence = guess.confidence;
        }
        const qsizetype runnerUp = !guess.candidates.isEmpty() && guess.candidates.constFirst().tag == guess.tag ? 1 : 0;
        if (runnerUp < guess.candidates.size()) {
            translation.runnerUpTag = guess.candidates.at(runnerUp).tag;
            translation.runnerUpScore = guess.candidates.at(runnerUp).score;
        }
        if (translation.origin == LanguageOrigin::Declared)
            continue;
        translation.languageTag = guess.tag;
        translation.confidence = guess.confidence;
        translation.reliable = guess.reliable;
        translation.origin = guess.tag == u"und" ? LanguageOrigin::Unknown : LanguageOrigin::Identified;
    }
}

std::optional<Library> LibraryLoader::load(const QString &path)
{
    m_error = {};
    RegularFileReader fileReader;
    const std::optional<QByteArray> bytes = fileReader.read(path);
    if (!bytes) {
        m_error = fileReader.error();
        return std::nullopt;
    }

    TextDecoder decoder;
    const std::optional<DecodedText> decoded = decoder.decode(*bytes);
    if (!decoded) {
        const DecodeFailure &failure = decoder.failure();
        m_error = LoadError { path, failure.message, failure.line, failure.column };
        return std::nullopt;
    }

    SourceReport report;
    std::optional<SourceReader::Result> result = SourceReader::read(decoded->text, QFileInfo(path).completeBaseName(), report);
    if (!result) {
        m_error = placed(path, decoded->text, report.error);
        return std::nullopt;
    }

    Library library;
    library.sourcePath = path;
    library.format = result->format;
    if (m_keepsSourceBytes)
        library.sourceBytes = *bytes;
    library.sourceHash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
    library.episodes = std::move(result->episodes);
    const PathHints hints = PathHints::forPath(path);
    for (Episode &episode : library.episodes) {
        identify(episode);
        episode.provider = interned(episode.provider);
        for (Translation &translation : episode.translations) {
            translation.provider = episode.provider;
            translation.languageTag = interned(translation.languageTag);
            translation.declaredCode = interned(translation.declaredCode);
        }
        for (qsizetype i = 0; i < episode.translations.size() && episode.title.isEmpty(); ++i)
            episode.title = episode.translations.at(i).title;
        applyPathHints(episode, hints);
        for (qsizetype i = 0; i < episode.translations.size(); ++i) {
            const Translation &row = episode.translations.at(i);
            if (row.origin == LanguageOrigin::Declared && episode.indexOfLanguage(row.languageTag) < i)
                report.warnings.append(
                    { QCoreApplication::translate("episcope::LibraryLoader", "%1 appears more than once; every row is kept").arg(row.languageTag),
                      row.sourceOffset });
        }
    }
    for (const SourceProblem &warning : std::as_const(report.warnings))
        library.warnings.append(placed(path, decoded->text, warning).toString());
    if (decoded->lossy) {
        library.readOnly = true;
        library.warnings.append(
            LoadError { path,
                        QCoreApplication::translate("episcope::LibraryLoader",
                                                    "is not valid UTF-8 here; the bad bytes are shown as replacement characters and the file is "
                                                    "opened read-only so saving cannot damage it"),
                        decoded->firstBadLine, decoded->firstBadColumn }
                .toString());
    }
    return library;
}

} // namespace episcope
