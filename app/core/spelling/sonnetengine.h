// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellengine.h"

namespace episcope
{

/// KDE Sonnet (KF6::SonnetCore) and whatever backends it has (Hunspell, Voikko, Aspell, Hspell).
/// Built only when KF6 Sonnet is found. Construct it on the GUI thread: it makes Sonnet create
/// its plugin loader there.
class SonnetEngine : public SpellEngine
{
public:
    SonnetEngine();

    [[nodiscard]] QString key() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QStringList dictionaries() const override;

protected:
    [[nodiscard]] std::unique_ptr<SpellChecker> load(const QString &dictionary) override;

private:
    QStringList m_dictionaries;
};

} // namespace episcope
