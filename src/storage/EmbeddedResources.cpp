// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmbeddedResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerStorageResources()
{
    Q_INIT_RESOURCE(storage);
}

namespace simfleet::sqlite {

void ensureStorageResources()
{
    static const bool registered = [] {
        registerStorageResources();
        return true;
    }();
    (void)registered;
}

} // namespace simfleet::sqlite
