// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace simfleet::packet {

// The HTML template of a packet letter ("application_zh.html", "authorization_zh.html"):
// the user's own copy when one exists (in $SIMFLEET_TEMPLATE_DIR, else in
// ~/.local/share/SimFleet/templates), else the one built in (resources/templates).
QString loadTemplate(const QString& fileName);

// Replaces every {{key}}: text values are HTML-escaped, html values go in as they are.
// Unknown placeholders are left visible so a typo in an edited template shows on the page.
QString fillTemplate(QString html, const QHash<QString, QString>& text,
                     const QHash<QString, QString>& rawHtml = {});

} // namespace simfleet::packet
