// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader and a keyboard user meet: every control has a name, and the colours that
// carry meaning stay readable in light and dark palettes.
#include "catchsupport.h"

#include "compareview.h"
#include "export/comparisonexporter.h"
#include "mainwindow.h"
#include "sample.h"
#include "settingsdialog.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"
#include "spelling/spellhighlighter.h"
#include "text/contrast.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace episcope;

namespace
{

/// The controls under @p root a screen reader would announce without a name.
QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
        if (!control || qobject_cast<QLineEdit *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || widget->inherits("QDockWidgetTitleButton") || widget->inherits("QTabBar")
            || widget->inherits("QToolBarExtension") || widget->inherits("QScrollBar") || widget->inherits("QHeaderView")
            || widget->parentWidget()->inherits("QComboBoxPrivateContainer") || widget->objectName().startsWith(u"qt_"))
            continue; // parts of a larger control, named by it, and Qt's own
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    return unnamed;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    return dark;
}

} // namespace

TEST_CASE("every control of the main window and the settings dialog has an accessible name")
{
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("a11y.ini")), QSettings::IniFormat);
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal(folder.path());
    MainWindow window(&settings, engine.get(), &personal);
    window.show();
    QSignalSpy shown(&window, &MainWindow::libraryShown);
    window.openFile(QStringLiteral(EPISCOPE_TEST_DATA "/../../resources/samples/seed-synopses.txt"));
    REQUIRE((shown.size() > 0 || shown.wait(20000)));
    CHECK(unnamedControls(&window) == QStringList {});

    const SettingsDialog dialog(UserSettings {}, engine->dictionaries());
    CHECK(unnamedControls(&dialog) == QStringList {});
}

TEST_CASE("colours that carry meaning meet WCAG AA contrast in light and dark palettes")
{
    for (const QPalette &palette : { QApplication::style()->standardPalette(), darkPalette() }) {
        const QColor base = palette.color(QPalette::Base);
        // A misspelling's wavy underline is a graphic cue: 3:1 against the page (WCAG 1.4.11).
        CHECK(Contrast::ratio(SpellHighlighter::underlineColour(palette), base) >= 3.0);
        // A name's background tint, with the text drawn on it: 4.5:1 (WCAG 1.4.3).
        for (int colour = 0; colour < 8; ++colour) {
            const QColor tint(ComparisonExporter::nameColour(colour));
            CHECK(Contrast::ratio(Contrast::readableTextOn(tint), tint) >= 4.5);
        }
    }
    // The arithmetic itself: black on white is 21:1, equal colours 1:1.
    CHECK(Contrast::ratio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Contrast::ratio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)) == Approx(1.0));
    CHECK(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));
}
