// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormat.h"

#include "CsvExport.h"
#include "PdfExport.h"
#include "XlsxExport.h"

#include <QFileInfo>
#include <array>

namespace simfleet::exports {

QString exportFormatCode(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> parseExportFormat(QStringView code)
{
    static constexpr std::array<ExportFormat, 3> kFormats{ExportFormat::Csv, ExportFormat::Xlsx,
                                                          ExportFormat::Pdf};
    const QStringView trimmed = code.trimmed();
    for (const ExportFormat format : kFormats) {
        if (trimmed.compare(exportFormatCode(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatOfPath(const QString& path)
{
    return parseExportFormat(QFileInfo(path).suffix());
}

ExportStatus writeDocument(const ReportDocument& document, ExportFormat format, const QString& path)
{
    switch (format) {
    case ExportFormat::Csv:
        return writeCsv(document, path);
    case ExportFormat::Xlsx:
        return writeXlsx(document, path);
    case ExportFormat::Pdf:
        return writePdf(document, path);
    }
    return ExportError{ExportError::Kind::CannotWrite, path, QString()};
}

} // namespace simfleet::exports
