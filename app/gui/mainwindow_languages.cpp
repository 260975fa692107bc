// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the user's own word on a synopsis's language, kept per file and row.
#include "mainwindow.h"

#include "language/languagetag.h"
#include "languagelistview.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"

#include <QCryptographicHash>
#include <QInputDialog>
#include <QSettings>
#include <QStatusBar>

namespace episcope
{

namespace
{

/// The settings key of a file's choices: a hash, since paths may hold characters settings keys may not.
QString choicesKey(const QString &path)
{
    return QStringLiteral("LanguageChoices/") + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString rowKey(qsizetype episode, qsizetype row)
{
    return QStringLiteral("%1:%2").arg(episode).arg(row);
}

} // namespace

void MainWindow::applyLanguageChoices(Library &library) const
{
    const QVariantMap choices = m_settings->value(choicesKey(library.sourcePath)).toMap();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (it.key() == u"path")
            continue;
        const qsizetype episode = it.key().section(u':', 0, 0).toLongLong();
        const qsizetype row = it.key().section(u':', 1, 1).toLongLong();
        const QString tag = LanguageTag::normalized(it.value().toString());
        if (episode < 0 || episode >= library.episodes.size() || row < 0 || row >= library.episodes.at(episode).translations.size() || tag.isEmpty())
            continue;
        Translation &translation = library.episodes[episode].translations[row];
        translation.languageTag = tag;
        translation.origin = LanguageOrigin::Chosen;
        translation.confidence = 1.0;
        translation.reliable = true;
    }
}

void MainWindow::chooseLanguage(int row)
{
    if (m_merged || m_shownRefs.size() != 1) {
        statusBar()->showMessage(tr("Select one source of the episode to set a language"), 5000);
        return;
    }
    if (row < 0 || row >= m_library.episodes.value(m_episodeIndex).translations.size()) {
        statusBar()->showMessage(tr("This row is borrowed by your language preferences; set the language of the row it comes from"), 5000);
        return;
    }
    const Translation &translation = m_model->translation(row);
    QStringList offered { translation.languageTag };
    for (const QString &tag : { translation.identifiedTag, translation.runnerUpTag, LanguageTag::normalized(translation.declaredCode) }) {
        if (!tag.isEmpty() && tag != LanguageTag::undetermined() && !offered.contains(tag))
            offered.append(tag);
    }
    for (const Translation &other : m_model->episode().translations) {
        if (!offered.contains(other.languageTag) && other.languageTag != LanguageTag::undetermined())
            offered.append(other.languageTag);
    }
    const QString reset = tr("(as the file says or the text reads)");
    if (translation.origin == LanguageOrigin::Chosen)
        offered.append(reset);
    bool ok = false;
    const QString answer = QInputDialog::getItem(this, tr("Set Language"),
                                                 tr("The language of this synopsis, as a BCP 47 tag (for example hr, sr-Latn, pt-BR).\n"
                                                    "Episcope remembers it for this file and row."),
                                                 offered, 0, true, &ok);
    if (!ok)
        return;
    if (answer == reset) {
        setLanguageChoice(row, QString());
        return;
    }
    const QString tag = LanguageTag::normalized(answer.trimmed());
    if (tag.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("“%1” is not a language tag; the language is unchanged").arg(answer.trimmed()));
        return;
    }
    setLanguageChoice(row, tag);
}

void MainWindow::setLanguageChoice(int row, const QString &tag)
{
    if (m_merged || m_shownRefs.size() != 1 || row < 0 || !maybeKeepEdits())
        return;
    const EpisodeRef ref = m_shownRefs.constFirst();
    Library &library = m_collection.libraries[ref.library];
    if (row >= library.episodes.at(ref.episode).translations.size())
        return;
    const QString key = choicesKey(library.sourcePath);
    QVariantMap choices = m_settings->value(key).toMap();
    choices.insert(QStringLiteral("path"), library.sourcePath);
    if (tag.isEmpty())
        choices.remove(rowKey(ref.episode, row));
    else
        choices.insert(rowKey(ref.episode, row), tag);
    if (choices.size() <= 1)
        m_settings->remove(key);
    else
        m_settings->setValue(key, choices);

    if (tag.isEmpty()) { // back to what the file and the identifier say: read them again
        reloadCurrentSource();
    } else {
        applyLanguageChoices(library);
        const QList<EpisodeRef> refs = std::exchange(m_shownRefs, {});
        showSources(refs);
    }
    m_list->setCurrentSourceRow(row);
}

} // namespace episcope
