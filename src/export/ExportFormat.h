// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportError.h"
#include "ReportDocument.h"

#include <QStringView>
#include <optional>

namespace simfleet::exports {

enum class ExportFormat { Csv, Xlsx, Pdf };

// "csv", "xlsx", "pdf" (case-insensitive), as on the command line and in file suffixes.
QString exportFormatCode(ExportFormat format);
std::optional<ExportFormat> parseExportFormat(QStringView code);
// From the path's suffix ("report.XLSX" -> Xlsx); nothing for any other suffix.
std::optional<ExportFormat> exportFormatOfPath(const QString& path);

// One entry point for front ends: writeCsv, writeXlsx or writePdf (which needs a
// QGuiApplication).
[[nodiscard]] ExportStatus writeDocument(const ReportDocument& document, ExportFormat format,
                                         const QString& path);

} // namespace simfleet::exports
