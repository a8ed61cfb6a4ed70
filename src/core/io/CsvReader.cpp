// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "io/Utf8Validator.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>
#include <optional>

namespace simfleet {

namespace {

constexpr qint64 kChunkBytes = qint64{1} << 20;
// A record longer than this is a runaway quote, not data; stop before holding the whole file.
constexpr qsizetype kMaxRecordBytes = qsizetype{16} << 20;
// Well-formed multi-byte sequences that settle the question: GB18030 text is almost never also
// well-formed UTF-8 for this many characters, so the rest of a large file need not be read twice.
constexpr long long kUtf8Evidence = 64;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isFieldEnd(char c)
{
    return c == ',' || c == '\n' || c == '\r';
}

// Physical line breaks in quoted text: CRLF, LF or a lone CR each count once.
int countLineBreaks(const char* data, qsizetype size)
{
    int breaks = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
            ++breaks;
    }
    return breaks;
}

// Reads the file from the start (after a BOM) until the encoding is certain.
TextEncoding sniffEncoding(QFile& file)
{
    Utf8Validator validator;
    for (;;) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty())
            return validator.midSequence() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
        if (!validator.feed(chunk))
            return TextEncoding::Gb18030;
        if (validator.multibyteCount() >= kUtf8Evidence)
            return TextEncoding::Utf8;
    }
}

// CSV text in UTF-8 or GB18030 never holds a NUL byte; UTF-16 (what Excel saves as "Unicode
// text") holds one in nearly every ASCII character, and other files are binary.
std::optional<ErrorCode> binaryRefusal(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return ErrorCode::FileUtf16;
    const auto nuls = head.count('\0');
    if (nuls == 0)
        return std::nullopt;
    // Without a byte-order mark: UTF-16 puts its NULs on every other byte.
    qsizetype alternating = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2)
        alternating += (head[i] == '\0') != (head[i + 1] == '\0') ? 1 : 0;
    return alternating * 4 >= head.size() ? ErrorCode::FileUtf16 : ErrorCode::FileNotText;
}

bool allEmpty(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString& field) { return field.isEmpty(); });
}

Error malformed(int line, const char* problem)
{
    return Error{ErrorCode::CsvMalformed,
                 QStringLiteral("line %1: %2").arg(line).arg(QLatin1String(problem)), 0};
}

} // namespace

struct CsvReader::Impl {
    enum class Step { Done, NeedMore, End, Broken };

    QFile file;
    TextEncoding encoding{TextEncoding::Utf8};
    QStringDecoder gb18030{"GB18030", QStringConverter::Flag::Stateless};
    // Like QString::fromUtf8: a BOM inside a field is kept, not stripped.
    QStringDecoder utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                    QStringConverter::Flag::ConvertInitialBom};
    QByteArray buffer;
    qsizetype pos{0};
    bool atEof{false};
    bool readFailed{false};
    int line{1};
    QByteArray unescaped;
    const char* problem{nullptr};
    std::optional<Error> broken;

    bool readMore();
    // Decodes into a field of the previous record, whose buffer is usually big enough already:
    // a million records of ten fields would otherwise cost ten million allocations.
    void decodeInto(QString& field, const char* data, qsizetype size);
    Step skipBlankLines();
    Step parseRecord(CsvRecord& record);
    Step parseFields(QStringList& fields, qsizetype& count);
    Step parseQuoted(qsizetype open, QString& field, qsizetype& after, int& breaks);
};

bool CsvReader::Impl::readMore()
{
    if (atEof)
        return false;
    buffer.remove(0, pos);
    pos = 0;
    const qsizetype kept = buffer.size();
    buffer.resize(kept + kChunkBytes);
    const qint64 got = file.read(buffer.data() + kept, kChunkBytes);
    buffer.resize(kept + std::max<qsizetype>(0, got));
    if (got < 0)
        readFailed = true;
    if (got <= 0)
        atEof = true;
    return got > 0;
}

void CsvReader::Impl::decodeInto(QString& field, const char* data, qsizetype size)
{
    if (size == 0) {
        field.resize(0);
        return;
    }
    QStringDecoder& decoder = encoding == TextEncoding::Gb18030 ? gb18030 : utf8;
    field.resize(decoder.requiredSpace(size));
    const QChar* end = decoder.appendToBuffer(field.data(), QByteArrayView(data, size));
    field.resize(end - field.constData());
}

CsvReader::Impl::Step CsvReader::Impl::skipBlankLines()
{
    const char* data = buffer.constData();
    const qsizetype end = buffer.size();
    for (;;) {
        qsizetype i = pos;
        while (i < end && isBlank(data[i]))
            ++i;
        if (i == end)
            return atEof ? Step::End : Step::NeedMore;
        if (data[i] == '\n') {
            pos = i + 1;
        } else if (data[i] == '\r') {
            if (i + 1 == end && !atEof)
                return Step::NeedMore;
            pos = i + ((i + 1 < end && data[i + 1] == '\n') ? 2 : 1);
        } else {
            return Step::Done;
        }
        ++line;
    }
}

// A quoted field opening at `open`: RFC 4180 doubled quotes, line breaks kept as written.
CsvReader::Impl::Step CsvReader::Impl::parseQuoted(qsizetype open, QString& field, qsizetype& after,
                                                   int& breaks)
{
    const char* data = buffer.constData();
    const qsizetype end = buffer.size();
    unescaped.clear();
    bool escaped = false;
    qsizetype from = open + 1;
    for (;;) {
        const void* hit = std::memchr(data + from, '"', static_cast<size_t>(end - from));
        if (hit == nullptr) {
            problem = "unterminated quote";
            return atEof ? Step::Broken : Step::NeedMore;
        }
        const qsizetype quote = static_cast<const char*>(hit) - data;
        if (quote + 1 == end && !atEof)
            return Step::NeedMore;
        if (quote + 1 < end && data[quote + 1] == '"') {
            unescaped.append(data + from, quote + 1 - from);
            from = quote + 2;
            escaped = true;
            continue;
        }
        breaks = countLineBreaks(data + open + 1, quote - open - 1);
        if (escaped) {
            unescaped.append(data + from, quote - from);
            decodeInto(field, unescaped.constData(), unescaped.size());
        } else {
            decodeInto(field, data + open + 1, quote - open - 1);
        }
        after = quote + 1;
        while (after < end && isBlank(data[after]))
            ++after;
        if (after == end && !atEof)
            return Step::NeedMore;
        if (after < end && !isFieldEnd(data[after])) {
            problem = "text after a closing quote";
            return Step::Broken;
        }
        return Step::Done;
    }
}

// Parses one record from pos. On NeedMore nothing is consumed: the caller reads more and the
// record is parsed again from its start.
CsvReader::Impl::Step CsvReader::Impl::parseRecord(CsvRecord& record)
{
    record.line = line;
    qsizetype count = 0;
    const Step step = parseFields(record.fields, count);
    record.fields.resize(count);
    return step;
}

// The record's fields go into the slots of the previous record's, so that their buffers are
// reused; count says how many were read.
CsvReader::Impl::Step CsvReader::Impl::parseFields(QStringList& fields, qsizetype& count)
{
    const qsizetype end = buffer.size();
    int currentLine = line;
    qsizetype i = pos;
    for (;;) {
        const char* data = buffer.constData();
        qsizetype start = i;
        while (start < end && isBlank(data[start]))
            ++start;
        if (start == end && !atEof)
            return Step::NeedMore;

        if (count == fields.size())
            fields.append(QString());
        QString& field = fields[count];
        qsizetype after = start;
        if (start < end && data[start] == '"') {
            int breaks = 0;
            const Step step = parseQuoted(start, field, after, breaks);
            if (step != Step::Done)
                return step;
            currentLine += breaks;
        } else {
            while (after < end && !isFieldEnd(data[after]))
                ++after;
            if (after == end && !atEof)
                return Step::NeedMore;
            qsizetype stop = after;
            while (stop > start && isBlank(data[stop - 1]))
                --stop;
            decodeInto(field, data + start, stop - start);
        }
        ++count;

        if (after < end && data[after] == ',') {
            i = after + 1;
            continue;
        }
        if (after < end) { // a line break ends the record
            if (data[after] == '\r') {
                if (after + 1 == end && !atEof)
                    return Step::NeedMore;
                after += (after + 1 < end && data[after + 1] == '\n') ? 2 : 1;
            } else {
                after += 1;
            }
            ++currentLine;
        }
        pos = after;
        line = currentLine;
        return Step::Done;
    }
}

CsvReader::CsvReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path)
{
    // A device or a pipe (/dev/zero) could be read forever: only plain files are imported.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::FileNotText, path, 0};
    auto impl = std::make_unique<Impl>();
    impl->file.setFileName(path);
    if (!impl->file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, path, 0};
    if (impl->file.size() == 0)
        return Error{ErrorCode::FileEmpty, path, 0};
    if (const auto refused = binaryRefusal(impl->file.peek(kChunkBytes)))
        return Error{*refused, path, 0};

    const bool hasBom = impl->file.peek(3) == QByteArrayView("\xEF\xBB\xBF");
    qint64 dataStart = 0;
    if (hasBom) {
        impl->encoding = TextEncoding::Utf8Bom;
        dataStart = 3;
    } else {
        impl->encoding = sniffEncoding(impl->file);
    }
    if (!impl->file.seek(dataStart))
        return Error{ErrorCode::FileUnreadable, path, 0};
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(impl)));
}

TextEncoding CsvReader::encoding() const
{
    return m_impl->encoding;
}

Result<bool> CsvReader::next(CsvRecord& record)
{
    Impl& d = *m_impl;
    for (;;) {
        if (d.broken)
            return *d.broken;
        Impl::Step step = d.skipBlankLines();
        if (step == Impl::Step::NeedMore) {
            d.readMore();
            continue;
        }
        if (step == Impl::Step::Done)
            step = d.parseRecord(record);
        if (step == Impl::Step::NeedMore && d.buffer.size() - d.pos > kMaxRecordBytes) {
            d.problem = "record too long (unterminated quote?)";
            step = Impl::Step::Broken;
        }
        if (d.readFailed)
            d.broken = Error{ErrorCode::FileUnreadable, d.file.fileName(), 0};
        else if (step == Impl::Step::Broken)
            d.broken = malformed(record.line, d.problem);
        if (d.broken)
            return *d.broken;

        switch (step) {
        case Impl::Step::NeedMore:
            d.readMore();
            continue;
        case Impl::Step::End:
            return false;
        case Impl::Step::Done:
            // Spreadsheets leave rows of bare commas behind; they carry nothing.
            if (allEmpty(record.fields))
                continue;
            return true;
        case Impl::Step::Broken:
            break;
        }
        return *d.broken;
    }
}

qint64 CsvReader::bytesRead() const
{
    return m_impl->file.pos();
}

qint64 CsvReader::bytesTotal() const
{
    return m_impl->file.size();
}

} // namespace simfleet
