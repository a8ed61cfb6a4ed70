// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace simfleet::gui {

// Asks before a step that cannot be undone (voiding cards). The button that acts names the act;
// Cancel is the default, so Enter does nothing irreversible. True when the user chose to act.
bool confirmIrreversible(QWidget* parent, const QString& title, const QString& text,
                         const QString& actText);

} // namespace simfleet::gui
