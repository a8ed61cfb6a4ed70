// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace simfleet::packet {

// The HTML template of a packet letter ("application_zh.html", "authorization_zh.html"):
// the user's own copy when one exists (in $SIMFLEET_TEMPLATE_DIR, else in
// ~/.local/share/SimFleet/templates), else the one built in (resources/templates).
QString loadTemplate(const QString& fileName);

} // namespace simfleet::packet
