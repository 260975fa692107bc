// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "language/languageinfo.h"
#include "language/languagetag.h"
#include "settings/uilanguage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace episcope
{

namespace
{

/// The tags offered when adding a preferred language: every two-letter language Qt knows, and
/// the regional and script forms synopses are commonly written in.
QStringList offeredTags()
{
    QStringList tags { QStringLiteral("pt-BR"),   QStringLiteral("pt-PT"),   QStringLiteral("es-ES"),  QStringLiteral("es-MX"),
                       QStringLiteral("en-US"),   QStringLiteral("en-GB"),   QStringLiteral("fr-CA"),  QStringLiteral("zh-Hans"),
                       QStringLiteral("zh-Hant"), QStringLiteral("sr-Latn"), QStringLiteral("sr-Cyrl") };
    for (int language = QLocale::AnyLanguage + 1; language <= QLocale::LastLanguage; ++language) {
        const QString code = QLocale::languageToCode(QLocale::Language(language), QLocale::ISO639Part1);
        if (code.size() == 2 && !tags.contains(code))
            tags.append(code);
    }
    return tags;
}

} // namespace

SettingsDialog::SettingsDialog(const UserSettings &settings, const QStringList &dictionaries, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_zoom(settings.zoom)
{
    setWindowTitle(tr("Configure Episcope"));
    m_tabs->addTab(makeGeneralPage(settings), tr("&General"));
    m_tabs->addTab(makeLanguagesPage(settings), tr("&Languages"));
    m_tabs->addTab(makeSpellingPage(settings, dictionaries), tr("S&pelling"));
    m_tabs->setAccessibleName(tr("Settings pages"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(620, 520))); // room for the dictionaries without scrolling at once
}

QWidget *SettingsDialog::makeGeneralPage(const UserSettings &settings)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_uiLanguage = new QComboBox(page);
    //: In the list of interface languages: follow the desktop's language
    m_uiLanguage->addItem(tr("The system's language"), QString());
    for (const QString &tag : UiLanguage::available())
        m_uiLanguage->addItem(LanguageInfo::forTag(tag).labelWithTag(), tag);
    m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(settings.uiLanguage)));
    m_uiLanguage->setAccessibleName(tr("Interface language"));
    form->addRow(tr("&Interface language:"), m_uiLanguage);
    auto *restart = new QLabel(tr("A new interface language is used the next time Episcope starts."), page);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);

    m_defaultFont = new QCheckBox(tr("Use the &default font for synopses"), page);
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setAccessibleName(tr("Synopsis font"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt", "font size unit, with its leading space"));
    m_fontSize->setAccessibleName(tr("Synopsis font size"));
    const QFont font = settings.synopsisFont.value_or(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_fontFamily->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_defaultFont->setChecked(!settings.synopsisFont);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    form->addRow(QString(), m_defaultFont);
    auto *fontLabel = new QLabel(tr("Synopsis &font:"), page);
    fontLabel->setBuddy(m_fontFamily);
    form->addRow(fontLabel, fontRow);
    const auto enableFont = [this] {
        m_fontFamily->setEnabled(!m_defaultFont->isChecked());
        m_fontSize->setEnabled(!m_defaultFont->isChecked());
    };
    connect(m_defaultFont, &QCheckBox::toggled, this, enableFont);
    enableFont();
    auto *zoom = new QLabel(tr("Ctrl+Plus and Ctrl+Minus make the synopses larger or smaller; Ctrl+0 resets them."), page);
    zoom->setWordWrap(true);
    form->addRow(QString(), zoom);
    return page;
}

QWidget *SettingsDialog::makeLanguagesPage(const UserSettings &settings)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *explanation = new QLabel(tr("Your languages, most wanted first. They head the language list in this order, and a missing "
                                      "title or synopsis is borrowed from the first of them that has one (marked as borrowed)."),
                                   page);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *listLabel = new QLabel(tr("&Preferred languages:"), page);
    m_preferred = new QListWidget(page);
    m_preferred->setAccessibleName(tr("Preferred languages, most wanted first"));
    listLabel->setBuddy(m_preferred);
    for (const QString &tag : settings.preferredLanguages) {
        auto *item = new QListWidgetItem(LanguageInfo::forTag(tag).labelWithTag(), m_preferred);
        item->setData(Qt::UserRole, tag);
    }
    m_up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move &Up"), page);
    m_down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move &Down"), page);
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), page);
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_preferred, 1);
    listRow->addLayout(side);
    layout->addWidget(listLabel);
    layout->addLayout(listRow);

    m_toAdd = new QComboBox(page);
    m_toAdd->setEditable(true);
    m_toAdd->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &tag : offeredTags())
        m_toAdd->addItem(LanguageInfo::forTag(tag).labelWithTag(), tag);
    m_toAdd->model()->sort(0);
    m_toAdd->setCurrentIndex(-1);
    m_toAdd->lineEdit()->setPlaceholderText(tr("A language or a BCP 47 tag, e.g. pt-BR"));
    m_toAdd->setAccessibleName(tr("Language to add"));
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), page);
    auto *addLabel = new QLabel(tr("Add la&nguage:"), page);
    addLabel->setBuddy(m_toAdd);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_toAdd, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int index = m_toAdd->findText(m_toAdd->currentText());
        const QString tag = index >= 0 ? m_toAdd->itemData(index).toString() : m_toAdd->currentText().trimmed();
        if (addPreferredLanguage(tag))
            m_toAdd->setCurrentIndex(-1);
    });
    m_toAdd->installEventFilter(this);
    m_toAdd->lineEdit()->installEventFilter(this);
    connect(m_up, &QPushButton::clicked, this, [this] {
        moveSelected(-1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        moveSelected(1);
    });
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeSelected);
    connect(m_preferred, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    return page;
}

QWidget *SettingsDialog::makeSpellingPage(const UserSettings &settings, const QStringList &dictionaries)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_spellChecking = new QCheckBox(tr("&Check spelling"), page);
    m_spellChecking->setChecked(settings.spellChecking);
    m_spellChecking->setToolTip(tr("Underline misspelled words and count them in the language list"));
    layout->addWidget(m_spellChecking);

    auto *group = new QGroupBox(tr("Dictionary for each language"), page);
    auto *form = new QFormLayout;
    QMap<QString, QStringList> byLanguage; // primary language → its dictionaries, sorted by the map
    for (const QString &dictionary : dictionaries)
        byLanguage[LanguageTag::primaryLanguage(LanguageTag::normalized(QString(dictionary).replace(u'_', u'-')))].append(dictionary);
    QList<std::pair<QString, QString>> rows; // (name, language), in the order of names
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        if (!it.key().isEmpty())
            rows.append({ LanguageInfo::forTag(it.key()).displayName, it.key() });
    }
    std::sort(rows.begin(), rows.end());
    for (const auto &[name, language] : rows) {
        auto *box = new QComboBox;
        //: The dictionary Episcope picks from the text's language and region
        box->addItem(tr("Automatic"), QString());
        for (const QString &dictionary : byLanguage.value(language))
            box->addItem(dictionary, dictionary);
        box->setCurrentIndex(std::max(0, box->findData(settings.dictionaries.value(language))));
        box->setAccessibleName(tr("Dictionary for %1").arg(name));
        form->addRow(name, box);
        m_dictionaries.insert(language, box);
    }
    if (rows.isEmpty())
        form->addRow(new QLabel(tr("No dictionaries are installed. Install hunspell-* packages (and voikko-fi for Finnish).")));
    auto *content = new QWidget;
    content->setLayout(form);
    auto *scroll = new QScrollArea(group);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(scroll);
    layout->addWidget(group, 1);
    connect(m_spellChecking, &QCheckBox::toggled, group, &QWidget::setEnabled);
    group->setEnabled(settings.spellChecking);
    return page;
}

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_toAdd || watched == m_toAdd->lineEdit()) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_toAdd->view()->isVisible()) {
            m_add->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

UserSettings SettingsDialog::settings() const
{
    UserSettings result;
    result.uiLanguage = m_uiLanguage->currentData().toString();
    for (int row = 0; row < m_preferred->count(); ++row)
        result.preferredLanguages.append(m_preferred->item(row)->data(Qt::UserRole).toString());
    result.spellChecking = m_spellChecking->isChecked();
    for (auto it = m_dictionaries.cbegin(); it != m_dictionaries.cend(); ++it) {
        if (const QString chosen = it.value()->currentData().toString(); !chosen.isEmpty())
            result.dictionaries.insert(it.key(), chosen);
    }
    if (!m_defaultFont->isChecked()) {
        QFont font = m_fontFamily->currentFont();
        font.setPointSize(m_fontSize->value());
        result.synopsisFont = font;
    }
    result.zoom = m_zoom;
    return result;
}

void SettingsDialog::restoreDefaults()
{
    const UserSettings defaults;
    switch (Page(m_tabs->currentIndex())) {
    case Page::General:
        m_uiLanguage->setCurrentIndex(0);
        m_defaultFont->setChecked(!defaults.synopsisFont);
        break;
    case Page::Languages:
        m_preferred->clear();
        updateButtons();
        break;
    case Page::Spelling:
        m_spellChecking->setChecked(defaults.spellChecking);
        for (QComboBox *box : std::as_const(m_dictionaries))
            box->setCurrentIndex(0);
        break;
    }
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QComboBox *SettingsDialog::uiLanguageBox() const
{
    return m_uiLanguage;
}

QListWidget *SettingsDialog::preferredList() const
{
    return m_preferred;
}

QComboBox *SettingsDialog::languageToAddBox() const
{
    return m_toAdd;
}

QCheckBox *SettingsDialog::spellCheckingBox() const
{
    return m_spellChecking;
}

QComboBox *SettingsDialog::dictionaryBox(const QString &language) const
{
    return m_dictionaries.value(language);
}

bool SettingsDialog::addPreferredLanguage(const QString &tag)
{
    const QString normalized = LanguageTag::normalized(tag);
    if (normalized.isEmpty() || normalized == LanguageTag::undetermined())
        return false;
    for (int row = 0; row < m_preferred->count(); ++row) {
        if (m_preferred->item(row)->data(Qt::UserRole).toString() == normalized) {
            m_preferred->setCurrentRow(row);
            return false;
        }
    }
    auto *item = new QListWidgetItem(LanguageInfo::forTag(normalized).labelWithTag(), m_preferred);
    item->setData(Qt::UserRole, normalized);
    m_preferred->setCurrentItem(item);
    updateButtons();
    return true;
}

void SettingsDialog::moveSelected(int delta)
{
    const int from = m_preferred->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_preferred->count())
        return;
    QListWidgetItem *item = m_preferred->takeItem(from);
    m_preferred->insertItem(to, item);
    m_preferred->setCurrentRow(to);
    updateButtons();
}

void SettingsDialog::removeSelected()
{
    delete m_preferred->takeItem(m_preferred->currentRow());
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const int row = m_preferred->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_preferred->count());
    m_remove->setEnabled(row >= 0);
}

} // namespace episcope
