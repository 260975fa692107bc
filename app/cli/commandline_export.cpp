// SPDX-License-Identifier: GPL-3.0-or-later
// episcope-cli export: everything given as one CSV or JSON file, or one NFO per language.
#include "commandline.h"

#include "export/collectionexporter.h"
#include "export/nfoexporter.h"
#include "io/atomicfilewriter.h"
#include "model/collection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace episcope
{

int CommandLine::exportAll(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("csv, json or nfo."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), CommandLine::tr("The file to write (csv, json; standard output without it) or the folder (nfo)."),
                                 QStringLiteral("PATH"));
    parser.addOption(format);
    parser.addOption(out);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QString formatName = parser.value(format);
    if (formatName != u"csv" && formatName != u"json" && formatName != u"nfo")
        return usage(CommandLine::tr("export needs --format csv, json or nfo"));
    if (formatName == u"nfo" && !parser.isSet(out))
        return usage(CommandLine::tr("export --format nfo needs --out FOLDER"));

    Collection collection;
    if (!loadAll(parser.positionalArguments(), collection.libraries))
        return ExitError;

    if (formatName == u"nfo") {
        const QDir folder(parser.value(out));
        if (!folder.exists())
            return fail(CommandLine::tr("%1: no such folder").arg(parser.value(out)));
        int written = 0;
        for (const Library &library : std::as_const(collection.libraries)) {
            const QString base = library.sourcePath.startsWith(u':') ? QStringLiteral("episode") : QFileInfo(library.sourcePath).completeBaseName();
            for (qsizetype e = 0; e < library.episodes.size(); ++e) {
                const Episode &episode = library.episodes.at(e);
                const QString name = library.episodes.size() > 1 ? base + u'-' + QString::number(e + 1) : base;
                for (const Translation &translation : episode.translations) {
                    if (translation.text.trimmed().isEmpty()) // an NFO without a plot says nothing
                        continue;
                    AtomicFileWriter writer;
                    const QString path = folder.filePath(NfoExporter::fileName(name, translation));
                    if (!writer.write(path, NfoExporter::nfo(episode, translation)))
                        return fail(writer.error());
                    m_out << path << '\n';
                    ++written;
                }
            }
        }
        return finish();
    }

    const QByteArray bytes = formatName == u"csv" ? CollectionExporter::csv(collection) : CollectionExporter::json(collection);
    if (!parser.isSet(out)) {
        m_out.flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return finish();
    }
    AtomicFileWriter writer;
    if (!writer.write(parser.value(out), bytes))
        return fail(writer.error());
    return finish();
}

} // namespace episcope
