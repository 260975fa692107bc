// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "text/contrast.h"

#include "alignmentgutter.h"
#include "export/comparisonexporter.h"
#include "io/atomicfilewriter.h"
#include "language/languageinfo.h"
#include "spelling/episodespelling.h"
#include "spelling/spellhighlighter.h"
#include "spelling/wordtokenizer.h"
#include "text/safetextdocument.h"
#include "text/textdirection.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

namespace episcope
{

namespace
{

QTextEdit *makePane(QWidget *parent, const QString &name)
{
    auto *pane = new QTextEdit(parent);
    pane->setReadOnly(true);
    pane->setAcceptRichText(false);
    pane->setAccessibleName(name);
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return pane;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_leftChooser(new QComboBox(this))
    , m_rightChooser(new QComboBox(this))
    , m_swap(new QAction(QIcon::fromTheme(QStringLiteral("exchange-positions")), tr("S&wap Sides"), this))
    , m_summary(new QLabel(this))
    , m_left(makePane(this, tr("Left synopsis")))
    , m_right(makePane(this, tr("Right synopsis")))
    , m_gutter(new AlignmentGutter(m_left, m_right, this))
    , m_equalizer(new QTimer(this))
{
    m_leftChooser->setAccessibleName(tr("Left language"));
    m_rightChooser->setAccessibleName(tr("Right language"));
    m_swap->setShortcut(QKeySequence(Qt::Key_F8));
    m_swap->setToolTip(tr("Swap the two sides (F8)"));
    connect(m_swap, &QAction::triggered, this, &CompareView::swapSides);
    addAction(m_swap);

    auto *swapButton = new QToolButton(this);
    swapButton->setDefaultAction(m_swap);
    swapButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *exportHtmlButton = new QToolButton(this);
    exportHtmlButton->setText(tr("Export &HTML…"));
    connect(exportHtmlButton, &QToolButton::clicked, this, [this] {
        chooseExport(false);
    });
    auto *exportPdfButton = new QToolButton(this);
    exportPdfButton->setText(tr("Export &PDF…"));
    connect(exportPdfButton, &QToolButton::clicked, this, [this] {
        chooseExport(true);
    });
    auto *copyButton = new QToolButton(this);
    copyButton->setText(tr("Copy as &Table"));
    connect(copyButton, &QToolButton::clicked, this, &CompareView::copyTable);

    const auto chosen = [this] {
        if (m_leftChooser->currentIndex() >= 0 && m_rightChooser->currentIndex() >= 0)
            compare(m_leftChooser->currentData().toInt(), m_rightChooser->currentData().toInt());
    };
    connect(m_leftChooser, &QComboBox::activated, this, chosen);
    connect(m_rightChooser, &QComboBox::activated, this, chosen);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Comparison summary"));

    // The panes scroll together: their rows have the same heights.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_right->verticalScrollBar()->setValue(value);
        m_gutter->update();
    });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_left->verticalScrollBar()->setValue(value);
        m_gutter->update();
    });
    m_equalizer->setSingleShot(true);
    m_equalizer->setInterval(0);
    connect(m_equalizer, &QTimer::timeout, this, &CompareView::equalizeRows);
    // Row heights depend on the panes' widths, which are only final once they are shown.
    m_left->viewport()->installEventFilter(this);
    m_right->viewport()->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_leftChooser, 1);
    top->addWidget(swapButton);
    top->addWidget(m_rightChooser, 1);
    top->addSpacing(12);
    top->addWidget(exportHtmlButton);
    top->addWidget(exportPdfButton);
    top->addWidget(copyButton);

    auto *panes = new QHBoxLayout;
    panes->setSpacing(0);
    panes->addWidget(m_left, 1);
    panes->addWidget(m_gutter);
    panes->addWidget(m_right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(panes, 1);
    setTextFont(font());
}

void CompareView::setEpisode(const Episode &episode, const QList<DetectedName> &names, EpisodeSpelling *spelling)
{
    m_episode = episode;
    m_names = names;
    m_spelling = spelling;
    m_hasComparison = false;
    for (QComboBox *chooser : { m_leftChooser, m_rightChooser }) {
        chooser->clear();
        for (int row = 0; row < episode.translations.size(); ++row) {
            chooser->addItem(LanguageInfo::forTag(episode.translations.at(row).languageTag).labelWithTag(), row);
        }
    }
    for (QTextEdit *pane : { m_left, m_right })
        pane->setDocument(new SafeTextDocument(pane)); // QTextEdit deletes the document it replaces when it is the parent
    m_leftDocument = nullptr;
    m_rightDocument = nullptr;
    m_summary->clear();
    m_gutter->setRows({});
}

void CompareView::compare(int leftRow, int rightRow)
{
    if (leftRow < 0 || rightRow < 0 || leftRow >= m_episode.translations.size() || rightRow >= m_episode.translations.size())
        return;
    m_comparison = Comparison::of(m_episode, leftRow, rightRow, m_names);
    m_hasComparison = true;
    m_leftChooser->setCurrentIndex(m_leftChooser->findData(leftRow));
    m_rightChooser->setCurrentIndex(m_rightChooser->findData(rightRow));
    rebuild();
}

void CompareView::swapSides()
{
    if (m_hasComparison)
        compare(m_rightChooser->currentData().toInt(), m_leftChooser->currentData().toInt());
}

void CompareView::rebuild()
{
    const Comparison &c = m_comparison;
    QStringList both;
    for (const SharedName &name : c.namesInBoth)
        both.append(name.label);
    const QString none = tr("none");
    m_summary->setText(tr("Characters %1 / %2 · ratio %3 · sentences %4 / %5 · names in both: %6 · only left: %7 · only right: %8")
                           .arg(c.left.text.size())
                           .arg(c.right.text.size())
                           .arg(QLocale().toString(c.lengthRatio(), 'f', 2))
                           .arg(c.leftSentences.size())
                           .arg(c.rightSentences.size())
                           .arg(both.isEmpty() ? none : both.join(QStringLiteral(", ")),
                                c.namesOnlyLeft.isEmpty() ? none : c.namesOnlyLeft.join(QStringLiteral(", ")),
                                c.namesOnlyRight.isEmpty() ? none : c.namesOnlyRight.join(QStringLiteral(", "))));

    m_leftDocument = new SafeTextDocument(m_left);
    m_rightDocument = new SafeTextDocument(m_right);
    fill(m_leftDocument, true);
    fill(m_rightDocument, false);
    m_left->setDocument(m_leftDocument); // deletes the previous document, a child of the pane
    m_right->setDocument(m_rightDocument);

    m_leftFinder.reset();
    m_rightFinder.reset();
    if (m_spelling) {
        m_leftFinder = m_spelling->sharedFinder(m_leftChooser->currentData().toInt());
        m_rightFinder = m_spelling->sharedFinder(m_rightChooser->currentData().toInt());
        (new SpellHighlighter(m_leftDocument))->setFinder(m_leftFinder.get());
        (new SpellHighlighter(m_rightDocument))->setFinder(m_rightFinder.get());
    }

    QList<double> rows;
    for (const AlignedRow &row : c.rows)
        rows.append(row.leftCount == 0 || row.rightCount == 0 ? -1.0 : row.confidence);
    m_gutter->setRows(rows);
    equalizeRows();
}

void CompareView::setTextFont(const QFont &font)
{
    m_textFont = font;
    m_textFont.setPointSizeF(font.pointSizeF() * 1.1);
    for (SafeTextDocument *document : { m_leftDocument, m_rightDocument }) {
        if (document)
            document->setDefaultFont(m_textFont);
    }
    equalizeRows();
}

void CompareView::fill(SafeTextDocument *document, bool left)
{
    const Comparison &c = m_comparison;
    const Translation &translation = left ? c.left : c.right;
    const Qt::LayoutDirection direction = textDirection(translation.text, translation.languageTag);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(10);
    document->setDefaultFont(m_textFont);

    QHash<QString, const SharedName *> nameOfForm;
    for (const SharedName &name : c.namesInBoth) {
        for (const QString &form : left ? name.leftForms : name.rightForms)
            nameOfForm.insert(form, &name);
    }

    QTextCursor cursor(document);
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        QTextBlockFormat block;
        block.setLayoutDirection(direction);
        block.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute);
        block.setBottomMargin(8);
        block.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        const int first = left ? row.leftFirst : row.rightFirst;
        const int count = left ? row.leftCount : row.rightCount;
        if (count == 0) // the other side says something this one does not: a hatched gap (pattern, not only colour)
            block.setBackground(QBrush(palette().color(QPalette::PlaceholderText), Qt::BDiagPattern));
        if (r == 0)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        for (int i = first; i < first + count; ++i) {
            const Sentence &sentence = left ? c.leftSentences.at(i) : c.rightSentences.at(i);
            const QString text = translation.text.mid(sentence.start, sentence.length);
            if (i > first)
                cursor.insertText(QStringLiteral(" "), QTextCharFormat());
            qsizetype position = 0;
            for (const WordSpan &span : WordTokenizer::words(text)) {
                const auto name = nameOfForm.constFind(text.mid(span.start, span.length));
                if (name == nameOfForm.cend())
                    continue;
                cursor.insertText(text.mid(position, span.start - position), QTextCharFormat());
                QTextCharFormat marked;
                const QColor tint(ComparisonExporter::nameColour((*name)->colour));
                marked.setBackground(tint);
                marked.setForeground(Contrast::readableTextOn(tint)); // the tint decides, not the palette: dark themes too
                marked.setToolTip(tr("%1 — named on both sides").arg((*name)->label));
                cursor.insertText(text.mid(span.start, span.length), marked);
                position = span.start + span.length;
            }
            cursor.insertText(text.mid(position), QTextCharFormat());
        }
    }
}

void CompareView::equalizeRows()
{
    if (!m_leftDocument || !m_rightDocument)
        return;
    QTextBlock left = m_leftDocument->firstBlock();
    QTextBlock right = m_rightDocument->firstBlock();
    for (; left.isValid() && right.isValid(); left = left.next(), right = right.next()) {
        // The height of the lines alone: blockBoundingRect() lays the block out, its QTextLayout
        // then measures the text without the margins we are about to change.
        (void)m_leftDocument->documentLayout()->blockBoundingRect(left);
        (void)m_rightDocument->documentLayout()->blockBoundingRect(right);
        const qreal leftHeight = left.layout()->boundingRect().height();
        const qreal rightHeight = right.layout()->boundingRect().height();
        const qreal tallest = std::max(leftHeight, rightHeight);
        for (const auto &[block, height] : { std::pair { left, leftHeight }, std::pair { right, rightHeight } }) {
            const qreal wanted = 8 + tallest - height;
            if (std::abs(block.blockFormat().bottomMargin() - wanted) < 0.5)
                continue;
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setBottomMargin(wanted);
            cursor.setBlockFormat(format);
        }
    }
    m_gutter->update();
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_left->viewport() || watched == m_right->viewport()))
        m_equalizer->start(); // once both panes have their new widths
    return QWidget::eventFilter(watched, event);
}

const Comparison &CompareView::comparison() const
{
    return m_comparison;
}

std::optional<std::pair<int, int>> CompareView::comparedRows() const
{
    if (!m_hasComparison)
        return std::nullopt;
    return std::pair { m_leftChooser->currentData().toInt(), m_rightChooser->currentData().toInt() };
}

QTextEdit *CompareView::leftPane() const
{
    return m_left;
}

QTextEdit *CompareView::rightPane() const
{
    return m_right;
}

QString CompareView::summary() const
{
    return m_summary->text();
}

QAction *CompareView::swapAction() const
{
    return m_swap;
}

bool CompareView::exportHtml(const QString &path)
{
    AtomicFileWriter writer;
    if (!m_hasComparison || !writer.write(path, ComparisonExporter(m_comparison).htmlPage().toUtf8())) {
        Q_EMIT message(tr("The comparison was not exported: %1").arg(writer.error()), true);
        return false;
    }
    Q_EMIT message(tr("Exported %1").arg(path), false);
    return true;
}

bool CompareView::exportPdf(const QString &path)
{
    if (!m_hasComparison || !ComparisonExporter(m_comparison).writePdf(path)) {
        Q_EMIT message(tr("The comparison was not exported to %1").arg(path), true);
        return false;
    }
    Q_EMIT message(tr("Exported %1").arg(path), false);
    return true;
}

void CompareView::chooseExport(bool pdf)
{
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export Comparison as PDF") : tr("Export Comparison as HTML"),
                                     pdf ? QStringLiteral("comparison.pdf") : QStringLiteral("comparison.html"), pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    pdf ? exportPdf(path) : exportHtml(path);
}

void CompareView::copyTable()
{
    if (!m_hasComparison)
        return;
    auto *data = new QMimeData;
    const ComparisonExporter exporter(m_comparison);
    data->setHtml(exporter.htmlTable());
    QString text;
    for (const AlignedRow &row : m_comparison.rows) {
        QStringList left;
        for (int i = row.leftFirst; i < row.leftFirst + row.leftCount; ++i)
            left.append(m_comparison.leftSentence(i));
        QStringList right;
        for (int i = row.rightFirst; i < row.rightFirst + row.rightCount; ++i)
            right.append(m_comparison.rightSentence(i));
        text += left.join(u' ') + u'\t' + right.join(u' ') + u'\n';
    }
    data->setText(text);
    QGuiApplication::clipboard()->setMimeData(data);
    Q_EMIT message(tr("Copied the comparison as a table"), false);
}

} // namespace episcope
