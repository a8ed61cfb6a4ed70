// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringView>

namespace simfleet::gui {

// One of the SVG icons in resources/icons ("pay", "fleet", ...): vector, so sharp at any scale.
QIcon svgIcon(QStringView name);

} // namespace simfleet::gui
