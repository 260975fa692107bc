// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparison.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTextEdit;
class QTimer;

namespace episcope
{

class AlignmentGutter;
class MisspellingFinder;
class EpisodeSpelling;
class SafeTextDocument;
class SpellHighlighter;

/// Two synopses side by side, sentence-aligned into rows: paragraph i on the left and on the
/// right hold the sentences of aligned row i and are kept the same height, a gutter draws a band
/// joining them, a sentence with no counterpart faces a hatched gap, and the panes scroll
/// together. Names both sides mention have one colour on both sides; each side keeps its own
/// text direction and its spell-check underlines. A summary strip gives characters, sentences,
/// the length ratio and the names in both, only left and only right.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    /// The font both synopses are shown in (Settings, zoom), a little larger than the UI's.
    void setTextFont(const QFont &font);

    /// The episode to compare within and its names. @p spelling (not owned; may be null) gives
    /// the finders that underline misspellings; it must stay valid until the next setEpisode(),
    /// the finders themselves are shared and outlive any change to it.
    void setEpisode(const Episode &episode, const QList<DetectedName> &names, EpisodeSpelling *spelling);
    /// Shows translation @p leftRow beside translation @p rightRow.
    void compare(int leftRow, int rightRow);
    void swapSides();

    [[nodiscard]] const Comparison &comparison() const;
    /// The rows compared (left, right), or nullopt before the first comparison of this episode.
    [[nodiscard]] std::optional<std::pair<int, int>> comparedRows() const;
    [[nodiscard]] QTextEdit *leftPane() const;
    [[nodiscard]] QTextEdit *rightPane() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QAction *swapAction() const;

    /// Writes the comparison as an HTML page or a PDF to @p path; false with nothing written on failure.
    bool exportHtml(const QString &path);
    bool exportPdf(const QString &path);
    void copyTable();

Q_SIGNALS:
    /// Something went wrong or right that the window should say (an export).
    void message(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fill(SafeTextDocument *document, bool left);
    void equalizeRows();
    void chooseExport(bool pdf);

    Episode m_episode;
    QList<DetectedName> m_names;
    EpisodeSpelling *m_spelling = nullptr;
    Comparison m_comparison;
    bool m_hasComparison = false;

    QComboBox *m_leftChooser;
    QComboBox *m_rightChooser;
    QAction *m_swap;
    QLabel *m_summary;
    QTextEdit *m_left;
    QTextEdit *m_right;
    AlignmentGutter *m_gutter;
    std::shared_ptr<MisspellingFinder> m_leftFinder; ///< kept alive while their highlighters use them
    std::shared_ptr<MisspellingFinder> m_rightFinder;
    SafeTextDocument *m_leftDocument = nullptr;
    SafeTextDocument *m_rightDocument = nullptr;
    QFont m_textFont;
    QTimer *m_equalizer;
};

} // namespace episcope
