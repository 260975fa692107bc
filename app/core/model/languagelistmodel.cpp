// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagelistmodel.h"

#include "quality/qualitychecker.h"
#include "text/textdirection.h"

#include <QHash>
#include <QLocale>

namespace episcope
{

LanguageListModel::LanguageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LanguageListModel::setEpisode(const Episode &episode)
{
    beginResetModel();
    m_episode = episode;
    m_rows.clear();
    m_infos.clear();
    m_rows.reserve(m_episode.translations.size());
    QHash<QString, qsizetype> infoByTag;
    for (const Translation &translation : std::as_const(m_episode.translations)) {
        auto info = infoByTag.constFind(translation.languageTag);
        if (info == infoByTag.cend()) {
            info = infoByTag.insert(translation.languageTag, m_infos.size());
            m_infos.append(LanguageInfo::forTag(translation.languageTag));
        }
        m_rows.append(Row { *info, textDirection(translation.text, translation.languageTag), NotCounted, {} });
    }
    updateQuality();
    endResetModel();
}

void LanguageListModel::updateQuality()
{
    const QList<QualityReport> reports = QualityChecker::check(m_episode);
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rows[row].quality = reports.at(row);
}

const QualityReport &LanguageListModel::quality(int row) const
{
    return m_rows.at(row).quality;
}

const Episode &LanguageListModel::episode() const
{
    return m_episode;
}

const Translation &LanguageListModel::translation(int row) const
{
    return m_episode.translations.at(row);
}

const LanguageInfo &LanguageListModel::languageInfo(int row) const
{
    return m_infos.at(m_rows.at(row).info);
}

void LanguageListModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Translation &item = m_episode.translations[row];
    item.text = text;
    m_rows[row].direction = textDirection(text, item.languageTag);
    m_rows[row].misspellings = NotCounted;
    updateQuality(); // a changed text moves the median and may make or break a copy
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    const int checks = int(Column::Checks);
    Q_EMIT dataChanged(index(0, checks), index(int(m_rows.size()) - 1, checks));
}

void LanguageListModel::setLanguage(int row, const QString &tag)
{
    if (row < 0 || row >= m_rows.size() || tag.isEmpty())
        return;
    Translation &item = m_episode.translations[row];
    item.languageTag = tag;
    item.origin = LanguageOrigin::Chosen;
    item.confidence = 1.0;
    item.reliable = true;
    m_infos.append(LanguageInfo::forTag(tag));
    m_rows[row].info = m_infos.size() - 1;
    m_rows[row].direction = textDirection(item.text, tag);
    m_rows[row].misspellings = NotCounted;
    updateQuality();
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

void LanguageListModel::setMisspellingCounts(const QList<int> &counts)
{
    if (counts.size() != m_rows.size() || m_rows.isEmpty())
        return;
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rows[row].misspellings = counts.at(row);
    const int column = int(Column::Misspellings);
    Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int LanguageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LanguageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LanguageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = Column(index.column());
    const Translation &item = m_episode.translations.at(row);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        if (column == Column::Confidence || column == Column::Misspellings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TagRole:
        return item.languageTag;
    case TextRole:
        return item.text;
    case OriginRole:
        return int(item.origin);
    case ConfidenceRole:
        return item.confidence;
    case DirectionRole:
        return int(m_rows.at(row).direction);
    case MisspellingsRole:
        return m_rows.at(row).misspellings;
    case QualityRole:
        return int(m_rows.at(row).quality.flags.toInt());
    case QualityMessagesRole:
        return m_rows.at(row).quality.messages;
    case SortRole:
        if (column == Column::Confidence)
            return item.confidence;
        if (column == Column::Misspellings)
            return m_rows.at(row).misspellings;
        if (column == Column::Checks)
            return int(m_rows.at(row).quality.messages.size());
        return displayData(row, column);
    default:
        return {};
    }
}

QVariant LanguageListModel::displayData(int row, Column column) const
{
    const Translation &item = m_episode.translations.at(row);
    const LanguageInfo &info = m_infos.at(m_rows.at(row).info);
    switch (column) {
    case Column::NativeName:
        return info.ownName();
    case Column::EnglishName:
        return info.displayName;
    case Column::Tag:
        return item.languageTag;
    case Column::Origin:
        if (item.isFallback() && item.sourceOffset < 0 && item.sourceLine == 0 && item.origin == LanguageOrigin::Unknown)
            //: The row was made from other languages' text by the user's language preferences
            return tr("fallback");
        if (m_episode.provider.isEmpty() && !item.provider.isEmpty()) // rows from several sources: say which
            //: How a row's language is known, and from which source ("declared · TMDB")
            return tr("%1 · %2").arg(originText(item), item.provider);
        return originText(item);
    case Column::Confidence:
        if (item.origin == LanguageOrigin::Unknown)
            return QStringLiteral("—");
        return QString(QLocale().toString(qRound(item.confidence * 100)) + QStringLiteral("\u202F%"));
    case Column::Misspellings:
        switch (m_rows.at(row).misspellings) {
        case NotCounted:
            return QString();
        case NoDictionary:
            return QStringLiteral("—");
        default:
            return QLocale().toString(m_rows.at(row).misspellings);
        }
    case Column::Checks: {
        const QStringList &messages = m_rows.at(row).quality.messages;
        if (messages.isEmpty())
            return QString();
        // The warning sign is a second cue beside the words, never the only one.
        const QString first = QStringLiteral("\u26A0 ") + messages.constFirst();
        return messages.size() == 1 ? first : tr("%1 (+%2)").arg(first).arg(messages.size() - 1);
    }
    case Column::Count:
        break;
    }
    return {};
}

QString LanguageListModel::originText(const Translation &item)
{
    switch (item.origin) {
    case LanguageOrigin::Declared:
        return tr("declared");
    case LanguageOrigin::Identified:
        return item.reliable ? tr("identified") : tr("identified (unsure)");
    case LanguageOrigin::Chosen:
        //: The user set this row's language by hand
        return tr("chosen by you");
    case LanguageOrigin::Unknown:
        break;
    }
    return tr("unknown");
}

QString LanguageListModel::toolTip(int row) const
{
    const Translation &item = m_episode.translations.at(row);
    const LanguageInfo &info = m_infos.at(m_rows.at(row).info);
    QString tip = info.displayName;
    if (!info.displayScript.isEmpty())
        tip += QStringLiteral(" · ") + tr("%1 script").arg(info.displayScript);
    if (!item.provider.isEmpty())
        tip += QStringLiteral(" · ") + item.provider;
    if (!item.declaredCode.isEmpty() && item.declaredCode != item.languageTag)
        tip += QStringLiteral(" · ") + tr("the file says “%1”").arg(item.declaredCode);
    if (item.sourceLine > 0)
        tip += QStringLiteral(" · ") + tr("line %1").arg(item.sourceLine);
    if (m_rows.at(row).misspellings == NoDictionary)
        tip += QStringLiteral(" · ") + tr("no spell-checking dictionary");
    else if (m_rows.at(row).misspellings >= 0)
        tip += QStringLiteral(" · ") + tr("%n misspelled words", nullptr, m_rows.at(row).misspellings);
    for (const QString &message : m_rows.at(row).quality.messages)
        tip += u'\n' + message;
    return tip;
}

QVariant LanguageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::NativeName:
        //: Column header: the language's own name for itself (Deutsch, Ελληνικά)
        return tr("Language");
    case Column::EnglishName:
        //: Column header: the language's name in the language of this translation (in the English UI: its English name)
        return tr("English name");
    case Column::Tag:
        //: Column header: the BCP 47 language tag (de, pt-BR)
        return tr("Tag");
    case Column::Origin:
        //: Column header: how the language is known (declared by the file or identified from the text)
        return tr("Source");
    case Column::Confidence:
        return tr("Confidence");
    case Column::Misspellings:
        //: Column header: how many words of the synopsis the spell checker does not know
        return tr("Misspellings");
    case Column::Checks:
        //: Column header: problems found in the synopsis (empty, placeholder title, wrong language…)
        return tr("Checks");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> LanguageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TagRole, "tag");
    names.insert(TextRole, "text");
    names.insert(OriginRole, "origin");
    names.insert(ConfidenceRole, "confidence");
    names.insert(DirectionRole, "direction");
    names.insert(MisspellingsRole, "misspellings");
    return names;
}

} // namespace episcope
