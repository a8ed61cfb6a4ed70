// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

class QWidget;

namespace simfleet::gui {

// Fills the demo database at path with the core's demo fleet when it is missing or has no card
// yet, on a worker thread behind a progress dialog. Returns at once when the fleet is there.
Status ensureDemoDatabase(const QString& path, QWidget* parent);

} // namespace simfleet::gui
