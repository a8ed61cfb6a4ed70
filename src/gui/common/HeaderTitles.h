// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace simfleet::gui {

// A stretched column shrinks with its view, and below its title's width the title is cut
// ("eferenc" for "Reference" in a narrow card panel). This keeps every section at least as wide
// as the widest stretched title; a view narrower than that scrolls instead.
void keepStretchedTitlesWhole(QHeaderView& header);

} // namespace simfleet::gui
