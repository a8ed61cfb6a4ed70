// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace simfleet::cli {

// Columns a terminal gives the text: East Asian wide and fullwidth characters (汉字, ￥, ，)
// take two, combining marks none, everything else one.
int displayWidth(QStringView text);

// text followed (padRight) or preceded (padLeft) by spaces up to width display columns.
QString padRight(const QString& text, int width);
QString padLeft(const QString& text, int width);

} // namespace simfleet::cli
