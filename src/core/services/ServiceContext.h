// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Clock.h"
#include "ports/Store.h"

#include <QString>

namespace simfleet {

// What every service needs: where data lives, what time it is, who is acting.
struct ServiceContext {
    Store& store;
    const Clock& clock;
    QString operatorName;
};

} // namespace simfleet
