// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/HeaderTitles.h"

#include <QHeaderView>
#include <algorithm>

namespace simfleet::gui {

void keepStretchedTitlesWhole(QHeaderView& header)
{
    int widest = header.minimumSectionSize();
    const int last = header.count() - 1;
    for (int section = 0; section < header.count(); ++section) {
        const bool stretched = header.sectionResizeMode(section) == QHeaderView::Stretch ||
                               (section == last && header.stretchLastSection());
        if (stretched)
            widest = std::max(widest, header.sectionSizeHint(section));
    }
    header.setMinimumSectionSize(widest);
}

} // namespace simfleet::gui
