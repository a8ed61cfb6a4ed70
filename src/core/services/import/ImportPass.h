// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"

#include <memory>

namespace simfleet {

// Where a pass sits in the progress bar (each import now reads its file once: all of it).
struct ProgressSpan {
    qint64 base{0};
    qint64 total{0};
};

// One reading of an import file: the header row, then the data records, reporting progress and
// watching the cancel flag as it goes.
class ImportPass {
public:
    // FileUnreadable when the file cannot be read, CsvEmpty without a header row, CsvMalformed
    // when the header row itself is broken.
    static Result<ImportPass> open(const QString& path, const ImportOptions& options,
                                   ProgressSpan span);

    TextEncoding encoding() const { return m_reader->encoding(); }
    const QStringList& headers() const { return m_headers; }

    enum class Step { Record, End, Cancelled, Malformed };
    // On Malformed, error() says why, record.line where the record starts and record.fields
    // holds the fields read before the broken one.
    Step next(CsvRecord& record);
    const Error& error() const { return m_error; }

private:
    ImportPass(std::unique_ptr<CsvReader> reader, const ImportOptions& options, ProgressSpan span);
    void reportProgress() const;

    std::unique_ptr<CsvReader> m_reader;
    const ImportOptions* m_options;
    ProgressSpan m_span;
    QStringList m_headers;
    Error m_error;
    std::int64_t m_records{0};
};

} // namespace simfleet
