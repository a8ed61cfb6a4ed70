// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace simfleet::gui {

// Shows a problem (a refusal from the core, an amount that does not parse) in red under the
// input it concerns; an empty text hides the label.
void showProblem(QLabel* label, const QString& text);

} // namespace simfleet::gui
