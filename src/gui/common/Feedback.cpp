// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Feedback.h"

#include <QLabel>

namespace simfleet::gui {

void showProblem(QLabel* label, const QString& text)
{
    label->setStyleSheet(QStringLiteral("color: #b02a1f;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace simfleet::gui
