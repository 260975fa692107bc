// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language/languageidentifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace episcope
{

/// How well the identifier does on labelled texts (`TAG<TAB>text` lines), beside raw CLD2 on the
/// same texts. An answer is right when its language matches — and its script, where a language is
/// written in two (Serbian, Chinese). Regional answers (pt-PT or pt-BR) are scored again, exactly.
class IdentificationEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(IdentificationEvaluation)

public:
    struct Sample {
        QString tag;
        QString text;
    };
    struct Tally {
        int right = 0;
        int total = 0;
        [[nodiscard]] double share() const
        {
            return total > 0 ? double(right) / double(total) : 0.0;
        }
    };
    struct Result {
        Tally overall;
        Tally cld2; ///< raw CLD2 on the same samples
        Tally regional; ///< samples labelled with a region, answered with exactly that tag
        Tally regionalCld2;
        QHash<QString, Tally> perLanguage; ///< by the label's key ("sr-Latn", "pt")
        QHash<QString, Tally> perLanguageCld2;
        QHash<QString, int> confusions; ///< "label → answer" for wrong answers
        QHash<QString, int> confusionsCld2;
        double seconds = 0.0; ///< time the identifier took over all samples
        double secondsCld2 = 0.0;
    };

    /// The samples in @p text, or nullopt with error() naming the first bad line.
    [[nodiscard]] std::optional<QList<Sample>> parse(const QString &text);
    [[nodiscard]] const QString &error() const;

    [[nodiscard]] static Result run(const LanguageIdentifier &identifier, const QList<Sample> &samples);
    /// What is compared: the language, with the script for Serbian and Chinese ("sr-Latn", "zh-Hant").
    [[nodiscard]] static QString key(const QString &tag);

private:
    QString m_error;
};

} // namespace episcope
