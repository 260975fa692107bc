// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textstatistics.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;

namespace episcope
{

struct LanguageInfo;
struct Translation;
class SynopsisEditor;

/// Shows one synopsis: a heading with the language's native and English names, how the language
/// is known, the text laid out in its own direction, and its word and character counts.
/// Very long synopses are shown up to DisplayText::Limit characters with a notice, and their
/// counts are made on a worker thread so the window never waits for them.
class SynopsisPane : public QWidget
{
    Q_OBJECT
public:
    explicit SynopsisPane(QWidget *parent = nullptr);

    void showTranslation(const Translation &translation, const LanguageInfo &info);
    /// Empties the pane and shows @p placeholder in its heading and @p hint below it.
    void clear(const QString &placeholder, const QString &hint = {});

    [[nodiscard]] SynopsisEditor *editor() const;
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString details() const;
    [[nodiscard]] QString counts() const;
    [[nodiscard]] QString notice() const;

    /// Synopses longer than this many UTF-16 units are counted on a worker thread.
    static constexpr qsizetype SynchronousCountLimit = 100000;

private:
    void showCounts(const TextStatistics &statistics);

    QFutureWatcher<TextStatistics> m_counting;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_notice;
    SynopsisEditor *m_editor;
    QLabel *m_counts;
};

} // namespace episcope
