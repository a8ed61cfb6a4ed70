// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationKind.h"

#include <QtGlobal>

namespace simfleet::cli {

bool needsGuiApplication(const QStringList& arguments)
{
    const QString pdf = QStringLiteral("pdf");
    bool packet = false; // "packet export" writes the packet's letters as PDFs
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return false;
        if (argument == QLatin1String("packet"))
            packet = true;
        else if (packet && argument == QLatin1String("export"))
            return true;
        if (argument.startsWith(QLatin1String("--format="))) {
            if (argument.sliced(9).trimmed().compare(pdf, Qt::CaseInsensitive) == 0)
                return true;
        } else if (argument == QLatin1String("--format") && i + 1 < arguments.size()) {
            if (arguments.at(i + 1).trimmed().compare(pdf, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

void preferOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
}

} // namespace simfleet::cli
