// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextwriter.h"

#include "io/atomicfilewriter.h"
#include "io/regularfilereader.h"
#include "io/textdecoder.h"
#include "text/singleline.h"

#include <QCryptographicHash>
#include <QStringEncoder>

#include <numeric>

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

} // namespace

PlainTextWriter::Failure PlainTextWriter::failure() const
{
    return m_failure;
}

const QString &PlainTextWriter::error() const
{
    return m_error;
}

const QStringList &PlainTextWriter::warnings() const
{
    return m_warnings;
}

std::optional<Library> PlainTextWriter::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    return std::nullopt;
}

std::optional<Library> PlainTextWriter::save(const Library &original, const Episode &edited, const QString &path, bool overwriteChanges)
{
    m_failure = Failure::None;
    m_error.clear();
    m_warnings.clear();
    if (original.readOnly)
        return fail(Failure::Unsafe,
                    tr("%1: opened read-only because it is not valid UTF-8; saving would change bytes you did not edit").arg(original.sourcePath));
    if (original.episodes.size() != 1 || original.episodes.constFirst().translations.size() != edited.translations.size())
        return fail(Failure::Unsafe, tr("%1: the edited synopses no longer match the file's lines").arg(original.sourcePath));

    if (!overwriteChanges) {
        RegularFileReader reader;
        const std::optional<QByteArray> onDisk = reader.read(original.sourcePath);
        if (!onDisk)
            return fail(Failure::ChangedOnDisk, tr("%1: can no longer be read (%2)").arg(original.sourcePath, reader.error().message));
        if (QCryptographicHash::hash(*onDisk, QCryptographicHash::Sha256) != original.sourceHash)
            return fail(Failure::ChangedOnDisk, tr("%1: changed on disk since it was opened").arg(original.sourcePath));
    }
    if (QCryptographicHash::hash(original.sourceBytes, QCryptographicHash::Sha256) != original.sourceHash)
        return fail(Failure::Unsafe, tr("%1: the text read from it is incomplete; not saved").arg(original.sourcePath));
    TextDecoder decoder;
    const std::optional<DecodedText> decoded = decoder.decode(original.sourceBytes);
    if (!decoded || decoded->lossy)
        return fail(Failure::Unsafe, tr("%1: is no longer valid text; not saved").arg(original.sourcePath));

    // Rebuild the text from the original with each changed synopsis put in its place, in file order.
    Library saved = original;
    QList<Translation> &rows = saved.episodes.first().translations;
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return rows.at(a).sourceOffset < rows.at(b).sourceOffset;
    });
    const QString &source = decoded->text;
    QString text;
    text.reserve(source.size() + 1024);
    qsizetype position = 0;
    for (const qsizetype row : order) {
        Translation &translation = rows[row];
        const qsizetype offset = translation.sourceOffset;
        if (offset < position || offset + translation.sourceLength > source.size()
            || QStringView(source).sliced(offset, translation.sourceLength) != original.episodes.constFirst().translations.at(row).text)
            return fail(Failure::Unsafe, tr("%1: line %2 is not where it was read from; not saved").arg(original.sourcePath).arg(translation.sourceLine));
        text += QStringView(source).sliced(position, offset - position);
        const QString replacement = singleLine(edited.translations.at(row).text);
        translation.sourceOffset = text.size();
        translation.sourceLength = replacement.size();
        translation.text = replacement;
        text += replacement;
        position = offset + original.episodes.constFirst().translations.at(row).sourceLength;
    }
    text += QStringView(source).sliced(position);

    const QByteArray output = encode(text, *decoded);
    AtomicFileWriter writer;
    if (!writer.write(path, output))
        return fail(Failure::WriteFailed, writer.error());
    m_warnings = writer.warnings();
    saved.sourcePath = path;
    saved.sourceBytes = output;
    saved.sourceHash = QCryptographicHash::hash(output, QCryptographicHash::Sha256);
    return saved;
}

} // namespace episcope
