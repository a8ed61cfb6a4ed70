// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Icons.h"

namespace simfleet::gui {

QIcon svgIcon(QStringView name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace simfleet::gui
