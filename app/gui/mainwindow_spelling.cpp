// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: spell-checking of the synopsis shown, and the counts in the language list.
#include "mainwindow.h"

#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"
#include "spellingcontroller.h"
#include "synopsispane.h"

#include <QLabel>
#include <QTimer>

namespace episcope
{

void MainWindow::setupSpelling()
{
    m_spellingLabel->setText(tr("Spelling: %1").arg(m_spelling->engine()->name()));
    connect(m_spelling, &SpellingController::countsReady, m_model, &LanguageListModel::setMisspellingCounts);

    // Recount the list a moment after the last keystroke, not on every one.
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(400);
    connect(m_recountTimer, &QTimer::timeout, this, [this] {
        m_spelling->recount(m_model->episode());
    });

    connect(m_pane, &SynopsisPane::dictionaryChosen, this, [this](int row, const QString &dictionary) {
        m_spelling->spelling().setDictionaryOverride(row, dictionary);
        applySpelling(row);
        m_recountTimer->start();
    });
    connect(m_pane, &SynopsisPane::addToDictionaryRequested, this, [this](int row, const QString &word) {
        if (!m_spelling->spelling().addToPersonal(row, word)) {
            m_messageBar->showMessage(MessageBar::Kind::Error,
                                      tr("Could not add “%1” to the personal dictionary in %2").arg(word, PersonalDictionary::defaultFolder()));
            return;
        }
        m_pane->recheck();
        m_recountTimer->start();
    });
    connect(m_pane, &SynopsisPane::ignoreRequested, this, [this](int row, const QString &word) {
        m_spelling->spelling().ignore(row, word);
        m_pane->recheck();
        m_recountTimer->start();
    });
    connect(m_pane, &SynopsisPane::textEdited, this, &MainWindow::markEdited);
    connect(m_pane, &SynopsisPane::editingRequested, this, [this] {
        setEditing(true);
    });
}

void MainWindow::applySpelling(int row)
{
    EpisodeSpelling &spelling = m_spelling->spelling();
    SpellEngine *engine = m_spelling->engine();
    const QString chosen = spelling.dictionaryOverrides().value(row);
    const QString automatic = engine->dictionaryFor(m_model->translation(row).languageTag);
    MisspellingFinder *finder = spelling.finder(row);
    m_pane->setSpelling(finder, engine->dictionaries(), chosen, automatic, spelling.missingDictionaryMessage(row));
    m_spellingLabel->setText(finder->isActive() ? tr("Spelling: %1 · %2").arg(engine->name(), finder->dictionary()) : tr("Spelling: %1").arg(engine->name()));
}

} // namespace episcope
