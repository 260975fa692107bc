// SPDX-License-Identifier: GPL-3.0-or-later
#include "synopsispane.h"

#include "language/languageinfo.h"
#include "model/translation.h"
#include "synopsiseditor.h"
#include "text/displaytext.h"
#include "text/textdirection.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace episcope
{

namespace
{

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SynopsisPane::SynopsisPane(QWidget *parent)
    : QWidget(parent)
    , m_heading(plainLabel(this))
    , m_details(plainLabel(this))
    , m_notice(plainLabel(this))
    , m_editor(new SynopsisEditor(this))
    , m_counts(plainLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    QPalette muted = m_details->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_details->setPalette(muted);
    m_counts->setPalette(muted);
    m_notice->hide();
    connect(&m_counting, &QFutureWatcher<TextStatistics>::finished, this, [this] {
        if (!m_counting.isCanceled())
            showCounts(m_counting.result());
    });

    m_editor->setAccessibleName(tr("Synopsis"));
    m_heading->setAccessibleName(tr("Language of the synopsis"));
    m_counts->setAccessibleName(tr("Word and character counts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_counts);
}

void SynopsisPane::showTranslation(const Translation &translation, const LanguageInfo &info)
{
    const Qt::LayoutDirection direction = textDirection(translation.text, translation.languageTag);
    const bool sameName = info.nativeName.isEmpty() || info.nativeName == info.englishName;
    m_heading->setText(sameName ? info.englishName : tr("%1 — %2", "native language name — English language name").arg(info.nativeName, info.englishName));
    m_heading->setLayoutDirection(direction);
    m_details->setLayoutDirection(direction);

    const QLocale locale;
    QString how;
    switch (translation.origin) {
    case LanguageOrigin::Declared:
        how = tr("declared by the file");
        break;
    case LanguageOrigin::Identified:
        how = translation.reliable ? tr("identified from the text, %1 % confident").arg(locale.toString(qRound(translation.confidence * 100)))
                                   : tr("identified from the text, unsure (%1 %)").arg(locale.toString(qRound(translation.confidence * 100)));
        break;
    case LanguageOrigin::Unknown:
        how = tr("language not identified");
        break;
    }
    QStringList parts { translation.languageTag, how };
    if (!info.script.isEmpty())
        parts.append(tr("%1 script").arg(info.script));
    if (translation.sourceLine > 0)
        parts.append(tr("line %1").arg(translation.sourceLine));
    m_details->setText(parts.join(QStringLiteral(" · ")));

    const DisplayText shown = DisplayText::of(translation.text);
    m_notice->setVisible(shown.truncated);
    if (shown.truncated)
        m_notice->setText(tr("This synopsis is very long: showing the first %1 of %2 characters. Copy Synopsis copies all of it.")
                              .arg(locale.toString(shown.text.size()), locale.toString(shown.fullLength)));
    m_editor->showText(shown.text, direction);

    m_counting.cancel(); // a stale count must not land on this synopsis
    m_counting.setFuture({});
    if (translation.text.size() <= SynchronousCountLimit) {
        showCounts(TextStatistics::of(translation.text));
    } else {
        m_counts->setText(tr("Counting words and characters…"));
        m_counting.setFuture(QtConcurrent::run([text = translation.text] {
            return TextStatistics::of(text);
        }));
    }
}

void SynopsisPane::showCounts(const TextStatistics &statistics)
{
    const QLocale locale;
    m_counts->setText(tr("Words: %1 · Characters: %2").arg(locale.toString(statistics.words), locale.toString(statistics.characters)));
}

void SynopsisPane::clear(const QString &placeholder, const QString &hint)
{
    m_counting.cancel();
    m_counting.setFuture({});
    m_heading->setText(placeholder);
    m_heading->setLayoutDirection(layoutDirection());
    m_details->setText(hint);
    m_details->setLayoutDirection(layoutDirection());
    m_notice->hide();
    m_editor->showText({}, layoutDirection());
    m_counts->clear();
}

SynopsisEditor *SynopsisPane::editor() const
{
    return m_editor;
}

QString SynopsisPane::heading() const
{
    return m_heading->text();
}

QString SynopsisPane::details() const
{
    return m_details->text();
}

QString SynopsisPane::counts() const
{
    return m_counts->text();
}

QString SynopsisPane::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace episcope
