// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace simfleet::exports {

// Why a file was not written. Nothing is left at the path when a writer fails (files are
// written beside it and moved into place only when complete).
struct ExportError {
    enum class Kind {
        CannotWrite,         // the file or its temporary could not be created or written
        XlsxFailed,          // libxlsxwriter refused (detail: its message)
        NeedsGuiApplication, // PDF output needs a QGuiApplication (fonts)
    };
    Kind kind{Kind::CannotWrite};
    QString path;
    QString detail;
};

// Empty when the file was written.
using ExportStatus = std::optional<ExportError>;

// The error in words for people (translated): "cannot write /tmp/x.pdf: Permission denied".
QString describe(const ExportError& error);

} // namespace simfleet::exports
