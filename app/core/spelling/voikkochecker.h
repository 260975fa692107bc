// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <QMutex>

struct VoikkoHandle;

namespace episcope
{

/// Finnish (and any other language Voikko has) through libvoikko's morphological speller.
class VoikkoChecker : public SpellChecker
{
public:
    /// Null when Voikko has no speller for @p language.
    [[nodiscard]] static std::unique_ptr<VoikkoChecker> open(const QString &language);
    ~VoikkoChecker() override;

    [[nodiscard]] QString dictionary() const override;
    [[nodiscard]] bool isCorrect(const QString &word) override;
    [[nodiscard]] QStringList suggestions(const QString &word) override;

private:
    VoikkoChecker(QString language, VoikkoHandle *handle);

    QString m_language;
    QMutex m_mutex;
    VoikkoHandle *m_handle;
};

} // namespace episcope
