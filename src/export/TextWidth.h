// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace simfleet::exports {

// Columns the text takes in a monospaced grid (and in Excel's column-width unit): East Asian
// wide and full-width characters count two, everything else one.
int displayColumns(QStringView text);

// East Asian wide or full-width (UAX #11 W and F): two columns, and a line may break beside it.
bool isWideCharacter(char32_t c);

} // namespace simfleet::exports
