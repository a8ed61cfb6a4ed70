// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DateField.h"

namespace simfleet::gui {

bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next); // skip QDateTimeEdit's walk through the sections
}

} // namespace simfleet::gui
