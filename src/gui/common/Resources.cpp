// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function, so it must be used outside any namespace.
static void initGuiQrc()
{
    Q_INIT_RESOURCE(gui);
}

namespace simfleet::gui {

void initGuiResources()
{
    initGuiQrc();
}

} // namespace simfleet::gui
