// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language/languageinfo.h"
#include "model/episode.h"
#include "quality/qualityflag.h"

#include <QAbstractTableModel>

namespace episcope
{

/// The languages of one episode, one row per synopsis, in the order of the source. Columns
/// describe the language; the synopsis itself is available through TextRole. Everything shown
/// is computed when the episode is set, so data() only looks values up.
class LanguageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { NativeName, EnglishName, Tag, Origin, Confidence, Misspellings, Checks, Count };
    enum Role {
        TagRole = Qt::UserRole + 1, ///< QString, BCP 47
        TextRole, ///< QString, the whole synopsis
        OriginRole, ///< int, a LanguageOrigin
        ConfidenceRole, ///< double, 0..1
        DirectionRole, ///< int, Qt::LayoutDirection of the synopsis text
        SortRole, ///< a value that sorts the column numerically or by locale-aware name
        MisspellingsRole, ///< int: misspelled words; -1 no dictionary, -2 not counted yet
        QualityRole, ///< int: the row's QualityFlags
        QualityMessagesRole, ///< QStringList: a sentence per quality flag
    };
    Q_ENUM(Role)

    explicit LanguageListModel(QObject *parent = nullptr);

    void setEpisode(const Episode &episode);
    [[nodiscard]] const Episode &episode() const;
    /// The translation shown in @p row; @p row must be valid.
    [[nodiscard]] const Translation &translation(int row) const;
    [[nodiscard]] const LanguageInfo &languageInfo(int row) const;
    /// Replaces the synopsis of @p row (an edit); its misspelling count becomes unknown.
    void setText(int row, const QString &text);
    /// The quality report of @p row; @p row must be valid.
    [[nodiscard]] const QualityReport &quality(int row) const;
    /// Sets the language of @p row by the user's choice (LanguageOrigin::Chosen); the quality
    /// checks follow. Nothing happens for an invalid row or tag.
    void setLanguage(int row, const QString &tag);
    /// One count per row, in order (-1: no dictionary); a list of another length is ignored.
    void setMisspellingCounts(const QList<int> &counts);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr int NotCounted = -2;
    static constexpr int NoDictionary = -1;

    struct Row {
        qsizetype info = 0; ///< index into m_infos
        Qt::LayoutDirection direction = Qt::LeftToRight;
        int misspellings = NotCounted;
        QualityReport quality;
    };

    void updateQuality();

    [[nodiscard]] QVariant displayData(int row, Column column) const;
    [[nodiscard]] QString toolTip(int row) const;
    [[nodiscard]] static QString originText(const Translation &item);

    Episode m_episode;
    QList<Row> m_rows;
    QList<LanguageInfo> m_infos; ///< one per distinct tag: an episode has few, a file may have a million rows
};

} // namespace episcope
