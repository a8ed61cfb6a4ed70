// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/ImportPass.h"

namespace simfleet {

namespace {

// Often enough for a smooth bar, rarely enough to cost nothing.
constexpr std::int64_t kRecordsPerProgressReport = 4096;

} // namespace

ImportPass::ImportPass(std::unique_ptr<CsvReader> reader, const ImportOptions& options)
    : m_reader(std::move(reader)), m_options(&options)
{}

Result<ImportPass> ImportPass::open(const QString& path, const ImportOptions& options)
{
    Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    ImportPass pass(std::move(reader).value(), options);
    CsvRecord header;
    const Result<bool> read = pass.m_reader->next(header);
    if (!read)
        return read.error();
    if (!*read)
        return Error{ErrorCode::FileEmpty, path, 0}; // only blank lines
    pass.m_headers = header.fields;
    return pass;
}

ImportPass::Step ImportPass::next(CsvRecord& record)
{
    if (m_options->cancel != nullptr && m_options->cancel->load(std::memory_order_relaxed))
        return Step::Cancelled;
    if (++m_records % kRecordsPerProgressReport == 0)
        reportProgress();
    const Result<bool> read = m_reader->next(record);
    if (!read) {
        m_error = read.error();
        return Step::Malformed;
    }
    if (!*read) {
        reportProgress();
        return Step::End;
    }
    return Step::Record;
}

std::optional<Error> ImportPass::fieldCountProblem(const CsvRecord& record) const
{
    if (record.fields.size() == m_headers.size())
        return std::nullopt;
    return Error{ErrorCode::CsvFieldCount,
                 QStringLiteral("%1/%2").arg(record.fields.size()).arg(m_headers.size()), 0};
}

void ImportPass::reportProgress() const
{
    if (m_options->progress)
        m_options->progress(m_reader->bytesRead(), m_reader->bytesTotal());
}

} // namespace simfleet
