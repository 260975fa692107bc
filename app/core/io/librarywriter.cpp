// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywriter.h"

#include "io/atomicfilewriter.h"
#include "io/jsonvalue.h"
#include "io/regularfilereader.h"
#include "io/textdecoder.h"
#include "text/singleline.h"

#include <QCryptographicHash>
#include <QStringEncoder>

#include <algorithm>

namespace episcope
{

namespace
{

QByteArray encode(const QString &text, const DecodedText &format)
{
    switch (format.encoding) {
    case DecodedText::Encoding::Utf16LittleEndian:
    case DecodedText::Encoding::Utf16BigEndian: {
        QStringEncoder encoder(format.encoding == DecodedText::Encoding::Utf16LittleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }
    case DecodedText::Encoding::Utf8:
        break;
    }
    return (format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

/// What replaces a synopsis's span: the text itself on its line (plain text), a JSON string
/// token, or XML character data.
QString replacementFor(const QString &text, Library::Format format)
{
    switch (format) {
    case Library::Format::Json:
        return jsonQuoted(text);
    case Library::Format::Xml: {
        QString escaped = text.toHtmlEscaped();
        escaped.removeIf([](QChar c) { // characters XML 1.0 cannot hold at all
            return c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r';
        });
        return escaped;
    }
    case Library::Format::PlainText:
        break;
    }
    return singleLine(text);
}

} // namespace

LibraryWriter::Failure LibraryWriter::failure() const
{
    return m_failure;
}

const QString &LibraryWriter::error() const
{
    return m_error;
}

const QStringList &LibraryWriter::warnings() const
{
    return m_warnings;
}

std::optional<Library> LibraryWriter::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    return std::nullopt;
}

std::optional<Library> LibraryWriter::save(const Library &original, qsizetype episodeIndex, const Episode &edited, const QString &path, bool overwriteChanges)
{
    m_failure = Failure::None;
    m_error.clear();
    m_warnings.clear();
    if (original.readOnly)
        return fail(Failure::Unsafe,
                    tr("%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit").arg(original.sourcePath));
    if (episodeIndex < 0 || episodeIndex >= original.episodes.size() || original.episodes.at(episodeIndex).translations.size() != edited.translations.size())
        return fail(Failure::Unsafe, tr("%1: the edited synopses no longer match the file").arg(original.sourcePath));

    // A library opened among many does not keep its bytes: they are read again, and must still be
    // the bytes it was read from.
    QByteArray sourceBytes = original.sourceBytes;
    const bool bytesKept = !sourceBytes.isEmpty() || original.sourceHash == QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256);
    if (!overwriteChanges || !bytesKept) {
        RegularFileReader reader;
        const std::optional<QByteArray> onDisk = reader.read(original.sourcePath);
        if (!onDisk)
            return fail(bytesKept ? Failure::ChangedOnDisk : Failure::Unsafe,
                        tr("%1: can no longer be read (%2)").arg(original.sourcePath, reader.error().message));
        if (QCryptographicHash::hash(*onDisk, QCryptographicHash::Sha256) != original.sourceHash) {
            if (!bytesKept)
                return fail(Failure::Unsafe,
                            tr("%1: changed on disk since it was opened, and its old text was not kept (it was opened with many other files); "
                               "reload it and edit again")
                                .arg(original.sourcePath));
            return fail(Failure::ChangedOnDisk, tr("%1: changed on disk since it was opened").arg(original.sourcePath));
        }
        if (!bytesKept)
            sourceBytes = *onDisk;
    }
    if (QCryptographicHash::hash(sourceBytes, QCryptographicHash::Sha256) != original.sourceHash)
        return fail(Failure::Unsafe, tr("%1: the text read from it is incomplete; not saved").arg(original.sourcePath));
    TextDecoder decoder;
    const std::optional<DecodedText> decoded = decoder.decode(sourceBytes);
    if (!decoded || decoded->lossy)
        return fail(Failure::Unsafe, tr("%1: is no longer valid text; not saved").arg(original.sourcePath));

    // The changed synopses, in file order, each with what replaces its span.
    const QList<Translation> &before = original.episodes.at(episodeIndex).translations;
    struct Splice {
        qsizetype row;
        qsizetype offset;
        qsizetype length;
        QString replacement;
    };
    QList<Splice> splices;
    for (qsizetype row = 0; row < before.size(); ++row) {
        const Translation &was = before.at(row);
        const QString &now = edited.translations.at(row).text;
        if (now == was.text)
            continue;
        if (was.sourceOffset < 0 || was.isFallback())
            return fail(Failure::Unsafe,
                        tr("%1: the %2 synopsis is not stored in the file, so it cannot be saved there").arg(original.sourcePath, was.languageTag));
        splices.append({ row, was.sourceOffset, was.sourceLength, replacementFor(now, original.format) });
    }
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.offset < b.offset;
    });

    const QString &source = decoded->text;
    QString text;
    text.reserve(source.size() + 1024);
    qsizetype position = 0;
    for (const Splice &splice : std::as_const(splices)) {
        if (splice.offset < position || splice.offset + splice.length > source.size())
            return fail(Failure::Unsafe, tr("%1: a synopsis is not where it was read from; not saved").arg(original.sourcePath));
        text += QStringView(source).sliced(position, splice.offset - position);
        text += splice.replacement;
        position = splice.offset + splice.length;
    }
    text += QStringView(source).sliced(position);

    // Every span after an edit moves by what the edits before it added or removed.
    auto shifted = [&splices](qsizetype offset) {
        qsizetype delta = 0;
        for (const Splice &splice : splices) {
            if (splice.offset >= offset)
                break;
            delta += splice.replacement.size() - splice.length;
        }
        return offset + delta;
    };
    Library saved = original;
    for (Episode &episode : saved.episodes) {
        for (Translation &translation : episode.translations) {
            if (translation.sourceOffset >= 0)
                translation.sourceOffset = shifted(translation.sourceOffset);
        }
    }
    for (const Splice &splice : std::as_const(splices)) {
        Translation &translation = saved.episodes[episodeIndex].translations[splice.row];
        translation.text = original.format == Library::Format::PlainText ? splice.replacement : edited.translations.at(splice.row).text;
        translation.sourceLength = splice.replacement.size();
    }

    const QByteArray output = encode(text, *decoded);
    AtomicFileWriter writer;
    if (!writer.write(path, output))
        return fail(Failure::WriteFailed, writer.error());
    m_warnings = writer.warnings();
    saved.sourcePath = path;
    saved.sourceBytes = bytesKept ? output : QByteArray();
    saved.sourceHash = QCryptographicHash::hash(output, QCryptographicHash::Sha256);
    return saved;
}

} // namespace episcope
