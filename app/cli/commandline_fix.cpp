// SPDX-License-Identifier: GPL-3.0-or-later
// CommandLine: the fix command (replace a word in one language's synopsis and save).
#include "commandline.h"

#include "io/libraryloader.h"
#include "io/librarywriter.h"
#include "language/languagetag.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace episcope
{

int CommandLine::fix(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language whose synopsis to fix (BCP 47 tag)."), QStringLiteral("TAG"));
    const QCommandLineOption word(QStringLiteral("replace"), tr("The word to replace (whole words only)."), QStringLiteral("WORD"));
    const QCommandLineOption with(QStringLiteral("with"), tr("What to put in its place."), QStringLiteral("TEXT"));
    parser.addOptions({ lang, word, with });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(lang) || !parser.isSet(word) || !parser.isSet(with) || parser.positionalArguments().size() != 1)
        return usage(tr("fix needs --lang TAG --replace WORD --with TEXT and exactly one FILE"));
    const QString wanted = LanguageTag::normalized(parser.value(lang));
    if (wanted.isEmpty())
        return fail(tr("“%1” is not a language tag").arg(parser.value(lang)));

    const QString path = parser.positionalArguments().constFirst();
    LibraryLoader loader;
    const std::optional<Library> library = loader.load(path);
    if (!library)
        return fail(loader.error().toString());
    if (library->readOnly)
        return fail(library->warnings.join(u'\n'));

    const QRegularExpression whole(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(parser.value(word))),
                                   QRegularExpression::UseUnicodePropertiesOption);
    // Each episode of the file (an NFO may hold several) is saved in turn into the file as now saved.
    Library current = *library;
    LibraryWriter writer;
    int replaced = 0;
    for (qsizetype index = 0; index < current.episodes.size(); ++index) {
        Episode edited = current.episodes.at(index);
        int here = 0;
        for (Translation &translation : edited.translations) {
            if (translation.languageTag != wanted && LanguageTag::primaryLanguage(translation.languageTag) != wanted)
                continue;
            here += int(translation.text.count(whole));
            translation.text.replace(whole, parser.value(with));
        }
        if (here == 0)
            continue;
        std::optional<Library> saved = writer.save(current, index, edited, path);
        if (!saved)
            return fail(tr("not saved: %1").arg(writer.error()));
        current = std::move(*saved);
        replaced += here;
    }
    if (replaced == 0)
        return fail(tr("%1: no “%2” in the %3 synopsis; nothing saved").arg(path, parser.value(word), wanted));
    for (const QString &warning : writer.warnings())
        m_err << "episcope-cli: " << warning << Qt::endl;
    m_out << tr("%1: replaced %2 × “%3” in %4").arg(path).arg(replaced).arg(parser.value(word), wanted) << Qt::endl;
    return 0;
}

} // namespace episcope
