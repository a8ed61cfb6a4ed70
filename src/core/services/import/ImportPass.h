// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"
#include "services/import/ImportIssues.h"

#include <memory>

namespace simfleet {

// One reading of an import file: the header row, then the data records, reporting progress and
// watching the cancel flag as it goes.
class ImportPass {
public:
    // FileUnreadable when the file cannot be read, FileEmpty without a header row (CsvReader's
    // FileUtf16 and FileNotText too), CsvMalformed when the header row itself is broken.
    static Result<ImportPass> open(const QString& path, const ImportOptions& options);

    TextEncoding encoding() const { return m_reader->encoding(); }
    qint64 bytesTotal() const { return m_reader->bytesTotal(); }
    const QStringList& headers() const { return m_headers; }

    enum class Step { Record, End, Cancelled, Malformed };
    // On Malformed, error() says why, record.line where the record starts and record.fields
    // holds the fields read before the broken one.
    Step next(CsvRecord& record);
    const Error& error() const { return m_error; }
    // CsvFieldCount when the record has fewer or more fields than the header: its cells cannot
    // be told apart from their neighbours', so the row is refused whole.
    std::optional<Error> fieldCountProblem(const CsvRecord& record) const;

private:
    ImportPass(std::unique_ptr<CsvReader> reader, const ImportOptions& options);
    void reportProgress() const;

    std::unique_ptr<CsvReader> m_reader;
    const ImportOptions* m_options;
    QStringList m_headers;
    Error m_error;
    std::int64_t m_records{0};
};

// What every import says of its file before its rows: the encoding and what each header was read
// as. A column named twice is an issue of the header row.
template <class Columns>
void describeFile(const ImportPass& pass, const Columns& columns, ImportSummary& summary,
                  IssueSink& issues)
{
    summary.encoding = pass.encoding();
    summary.headers = columns.headers;
    summary.canonicalColumns = columns.canonical;
    for (const QString& header : columns.duplicateHeaders)
        issues.add(1, header,
                   Error{ErrorCode::CsvMalformed, QStringLiteral("duplicate column"), 0});
}

} // namespace simfleet
