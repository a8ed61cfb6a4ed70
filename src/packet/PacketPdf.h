// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace simfleet::packet {

// The HTML as an A4 PDF (QTextDocument on a QPdfWriter, page numbers at the foot), in fonts with
// Chinese glyphs whose text a reader can search and copy (the report writers' font list, with
// Noto Sans CJK SC as the fallback). Needs a QGuiApplication: FileUnwritable otherwise.
Result<QByteArray> renderPdf(const QString& html, const QString& title);

} // namespace simfleet::packet
