// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryloader.h"

#include "io/plaintextreader.h"
#include "io/regularfilereader.h"
#include "io/textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace episcope
{

QString LibraryLoader::samplePath()
{
    return QStringLiteral(":/samples/seed-synopses.txt");
}

const LoadError &LibraryLoader::error() const
{
    return m_error;
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

    PlainTextReader reader;
    std::optional<Episode> episode = reader.read(decoded->text, QFileInfo(path).completeBaseName());
    if (!episode) {
        m_error = LoadError { path, reader.error(), 0, 0 };
        return std::nullopt;
    }

    for (Translation &translation : episode->translations) {
        if (translation.origin == LanguageOrigin::Declared)
            continue;
        const LanguageGuess guess = m_identifier.identify(translation.text);
        translation.languageTag = guess.tag;
        translation.confidence = guess.confidence;
        translation.reliable = guess.reliable;
        translation.origin = guess.tag == u"und" ? LanguageOrigin::Unknown : LanguageOrigin::Identified;
    }

    Library library;
    library.sourcePath = path;
    library.sourceBytes = *bytes;
    library.sourceHash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
    library.episodes.append(std::move(*episode));
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
