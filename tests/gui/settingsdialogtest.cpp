// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog and what its choices do to the window; text zoom; the German interface.
#include "catchsupport.h"
#include "windowfixture.h"

#include "compareview.h"
#include "languagelistview.h"
#include "settings/uilanguage.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QTextDocument>

using namespace episcope;

namespace
{

QStringList listedTags(const QListWidget *list)
{
    QStringList tags;
    for (int row = 0; row < list->count(); ++row)
        tags.append(list->item(row)->data(Qt::UserRole).toString());
    return tags;
}

QStringList tagsInViewOrder(const LanguageListView *view)
{
    QStringList tags;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        tags.append(view->model()->index(row, int(LanguageListModel::Column::Tag)).data().toString());
    return tags;
}

QAction *actionWithShortcut(const QWidget *window, const QKeySequence &keys)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().contains(keys))
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the preferred languages are added, reordered and removed in the dialog")
{
    UserSettings start;
    start.preferredLanguages = { QStringLiteral("fr"), QStringLiteral("de") };
    SettingsDialog dialog(start, { QStringLiteral("de_DE"), QStringLiteral("pt_BR"), QStringLiteral("pt_PT") });
    QListWidget *list = dialog.preferredList();
    REQUIRE(listedTags(list) == start.preferredLanguages);
    CHECK(list->item(0)->text().contains(u"Français"));

    list->setCurrentRow(1);
    dialog.moveSelected(-1);
    CHECK(listedTags(list) == QStringList { QStringLiteral("de"), QStringLiteral("fr") });
    CHECK(dialog.addPreferredLanguage(QStringLiteral("pt_br")));
    CHECK_FALSE(dialog.addPreferredLanguage(QStringLiteral("pt-BR"))); // already there
    CHECK_FALSE(dialog.addPreferredLanguage(QStringLiteral("not a tag!")));
    list->setCurrentRow(1);
    dialog.removeSelected();
    CHECK(dialog.settings().preferredLanguages == QStringList { QStringLiteral("de"), QStringLiteral("pt-BR") });

    SECTION("Enter in the field of a language to add adds it and keeps the dialog open")
    {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.showPage(SettingsDialog::Page::Languages);
        dialog.languageToAddBox()->setFocus();
        QTest::keyClicks(dialog.languageToAddBox(), QStringLiteral("el"));
        QTest::keyClick(dialog.languageToAddBox(), Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(listedTags(list).constLast() == u"el");
        CHECK(dialog.languageToAddBox()->currentText().isEmpty());
    }
    SECTION("Restore Defaults empties the page shown and leaves the others alone")
    {
        dialog.spellCheckingBox()->setChecked(false);
        dialog.showPage(SettingsDialog::Page::Languages);
        dialog.restoreDefaults();
        CHECK(dialog.settings().preferredLanguages.isEmpty());
        CHECK_FALSE(dialog.settings().spellChecking);
        dialog.showPage(SettingsDialog::Page::Spelling);
        dialog.restoreDefaults();
        CHECK(dialog.settings().spellChecking);
    }
    SECTION("a dictionary is offered for each language that has more than none")
    {
        QComboBox *portuguese = dialog.dictionaryBox(QStringLiteral("pt"));
        REQUIRE(portuguese);
        CHECK(portuguese->count() == 3); // Automatic, pt_BR, pt_PT
        portuguese->setCurrentIndex(portuguese->findData(QStringLiteral("pt_PT")));
        dialog.spellCheckingBox()->setChecked(false);
        const UserSettings chosen = dialog.settings();
        CHECK(chosen.dictionaries.value(QStringLiteral("pt")) == u"pt_PT");
        CHECK_FALSE(chosen.spellChecking);
        CHECK_FALSE(dialog.dictionaryBox(QStringLiteral("fi")));
    }
}

TEST_CASE("settings applied to the window reorder the list, stop spell-checking and are kept")
{
    test::WindowFixture f;
    UserSettings settings = f.window.userSettings();
    settings.preferredLanguages = { QStringLiteral("el"), QStringLiteral("hu") };
    settings.spellChecking = false;
    f.window.applyUserSettings(settings);

    CHECK(tagsInViewOrder(f.window.languageView()).mid(0, 3) == QStringList { QStringLiteral("el"), QStringLiteral("hu"), QStringLiteral("de") });
    REQUIRE(QTest::qWaitFor(
        [&] {
            return f.window.languageModel()->index(0, int(LanguageListModel::Column::Misspellings)).data().toString() == u"—";
        },
        10000));
    for (int row = 0; row < f.window.languageModel()->rowCount(); ++row)
        CHECK(f.window.languageModel()->index(row, int(LanguageListModel::Column::Misspellings)).data().toString() == u"—");
    CHECK(UserSettings::load(f.settings).preferredLanguages == settings.preferredLanguages);
    CHECK_FALSE(UserSettings::load(f.settings).spellChecking);
}

TEST_CASE("Ctrl+Plus and Ctrl+Minus zoom the synopsis text and the zoom is kept")
{
    test::WindowFixture f;
    const qreal before = f.window.synopsisPane()->editor()->document()->defaultFont().pointSizeF();
    QAction *zoomIn = actionWithShortcut(&f.window, QKeySequence(QKeySequence::ZoomIn));
    QAction *zoomOut = actionWithShortcut(&f.window, QKeySequence(QKeySequence::ZoomOut));
    REQUIRE(zoomIn);
    REQUIRE(zoomOut);
    zoomIn->trigger();
    zoomIn->trigger();
    const qreal larger = f.window.synopsisPane()->editor()->document()->defaultFont().pointSizeF();
    CHECK(larger == Approx(before + 2 * 1.15));
    CHECK(f.window.compareView()->leftPane()->document()->defaultFont().pointSizeF() > 0);
    CHECK(UserSettings::load(f.settings).zoom == 2);
    zoomOut->trigger();
    CHECK(f.window.synopsisPane()->editor()->document()->defaultFont().pointSizeF() == Approx(before + 1.15));
}

TEST_CASE("with the German translation the menus and list headers are in German")
{
    UiLanguage german;
    REQUIRE(german.install(QStringLiteral("de")));
    test::WindowFixture f;
    QStringList menus;
    for (const QAction *menu : f.window.menuBar()->actions())
        menus.append(menu->text());
    CHECK(menus
          == QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"), QStringLiteral("&Einstellungen"),
                           QStringLiteral("&Hilfe") });
    CHECK(f.window.languageModel()->headerData(int(LanguageListModel::Column::Misspellings), Qt::Horizontal).toString() == u"Rechtschreibfehler");
    QLocale::setDefault(QLocale::system());
}
