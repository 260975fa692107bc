// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetextdocument.h"

namespace episcope
{

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace episcope
