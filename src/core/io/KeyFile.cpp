// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/KeyFile.h"

#include <QFile>

namespace simfleet {

Result<QStringList> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::FileUnreadable, path, 0};
    QStringList keys;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        keys << line;
    }
    return keys;
}

} // namespace simfleet
