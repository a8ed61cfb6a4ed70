// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace simfleet {

// Columns the text takes in a terminal or a monospaced grid (and in Excel's column-width unit):
// East Asian wide and fullwidth characters (汉字, ￥, ，) take two, combining marks none,
// everything else one.
int displayWidth(QStringView text);

// East Asian wide or fullwidth (UAX #11 W and F): two columns, and a line may break beside it.
bool isWideCharacter(char32_t c);

// text followed (padRight) or preceded (padLeft) by spaces up to width display columns.
QString padRight(const QString& text, int width);
QString padLeft(const QString& text, int width);

} // namespace simfleet
