// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace simfleet::gui {

// A date edit that Tab leaves, like every other field. QDateEdit's own Tab walks its year, month
// and day sections first, so a reference typed after Tab landed in the date. The arrow keys and
// the calendar still move between the sections.
class DateField : public QDateEdit {
    Q_OBJECT
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace simfleet::gui
