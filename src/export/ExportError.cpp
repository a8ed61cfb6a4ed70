// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportError.h"

#include <QCoreApplication>

namespace simfleet::exports {

QString describe(const ExportError& error)
{
    switch (error.kind) {
    case ExportError::Kind::CannotWrite:
        return QCoreApplication::translate("simfleet::exports::ExportError", "cannot write %1: %2")
            .arg(error.path, error.detail);
    case ExportError::Kind::XlsxFailed:
        return QCoreApplication::translate("simfleet::exports::ExportError",
                                           "cannot write the workbook %1: %2")
            .arg(error.path, error.detail);
    case ExportError::Kind::NeedsGuiApplication:
        return QCoreApplication::translate("simfleet::exports::ExportError",
                                           "cannot write %1: PDF output needs a GUI application "
                                           "(fonts)")
            .arg(error.path);
    }
    return error.detail;
}

} // namespace simfleet::exports
