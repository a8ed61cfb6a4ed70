// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace simfleet::sqlite {

// Registers resources/storage.qrc (migrations, default carrier profiles). A static library's
// resources are dropped by the linker unless something references them, so every entry point
// that reads them calls this first.
void ensureStorageResources();

} // namespace simfleet::sqlite
