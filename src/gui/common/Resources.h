// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace simfleet::gui {

// Registers the icons compiled into the static GUI library (a static library's resources are
// not registered until someone asks). Call once, after the QApplication exists.
void initGuiResources();

} // namespace simfleet::gui
