// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellengine.h"

namespace episcope
{

/// Hunspell dictionaries from the system's folders, and Voikko for Finnish (Hunspell has no
/// usable Finnish dictionary). The engine Episcope uses where KF6 Sonnet is not packaged; it is
/// what Sonnet itself wraps. Only system dictionaries are loaded: Hunspell 1.7.1 has known
/// crashes on hostile dictionaries, so no user-supplied path is ever read.
class HunspellEngine : public SpellEngine
{
public:
    /// @p folders are searched for NAME.aff + NAME.dic pairs, earlier folders winning.
    explicit HunspellEngine(const QStringList &folders = systemFolders());

    [[nodiscard]] static QStringList systemFolders();

    [[nodiscard]] QString key() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QStringList dictionaries() const override;

protected:
    [[nodiscard]] std::unique_ptr<SpellChecker> load(const QString &dictionary) override;

private:
    std::map<QString, QString> m_affixFiles; ///< dictionary name → path of its .aff (the .dic is beside it)
    QStringList m_voikkoLanguages;
};

} // namespace episcope
