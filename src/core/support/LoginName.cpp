// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/LoginName.h"

#include <pwd.h>
#include <unistd.h>

namespace simfleet {

QString loginName()
{
    for (const char* variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return {};
}

} // namespace simfleet
