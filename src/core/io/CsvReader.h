// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QIODevice;

namespace simfleet {

enum class TextEncoding { Utf8, Utf8Bom, Gb18030 };
// "UTF-8", "UTF-8 (BOM)", "GB18030".
QString encodingName(TextEncoding encoding);

// Detects the encoding from the bytes: a UTF-8 BOM, else valid UTF-8, else GB18030
// (what Excel writes on a Chinese Windows).
TextEncoding detectEncoding(const QByteArray& sample);

struct CsvRecord {
    int line{0}; // 1-based line on which the record starts (the header is line 1)
    QStringList fields;
};

// Streams RFC 4180 records (quoted fields, doubled quotes, embedded newlines, CRLF or LF)
// from a file without loading it whole.
class CsvReader {
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString& path);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    TextEncoding encoding() const;
    // False at the end of the file; an Error (CsvMalformed, with the line in detail) on a
    // broken record such as an unterminated quote. Then record.line is the line the broken record
    // starts on and record.fields holds its fields before the broken one. Blank lines and rows
    // of empty fields (",,,") are skipped; unquoted fields are trimmed.
    Result<bool> next(CsvRecord& record);
    // Bytes read so far and in total, for progress bars.
    qint64 bytesRead() const;
    qint64 bytesTotal() const;

private:
    struct Impl;
    explicit CsvReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace simfleet
