// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "ServicesFixture.h"

#include <QTemporaryDir>
#include <vector>

using namespace simfleet;
using namespace simfleet::servicestest;

namespace {

struct ReadResult {
    TextEncoding encoding{TextEncoding::Utf8};
    std::vector<CsvRecord> records;
    std::optional<Error> error;
    int errorLine{0};
};

ReadResult readAll(const QByteArray& bytes)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    auto reader = CsvReader::open(path);
    REQUIRE(reader.ok());
    ReadResult result;
    result.encoding = reader.value()->encoding();
    for (;;) {
        CsvRecord record;
        const Result<bool> next = reader.value()->next(record);
        if (!next) {
            result.error = next.error();
            result.errorLine = record.line;
            break;
        }
        if (!*next) {
            break;
        }
        result.records.push_back(record);
    }
    return result;
}

QStringList fields(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

} // namespace

TEST_CASE("CSV: plain records with their physical line numbers")
{
    const ReadResult read = readAll("a,b,c\n1,2,3\n4,5,6");
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 3);
    CHECK(read.records[0].fields == fields({"a", "b", "c"}));
    CHECK(read.records[1].line == 2);
    CHECK(read.records[2].fields == fields({"4", "5", "6"}));
    CHECK(read.records[2].line == 3);
}

TEST_CASE("CSV: RFC 4180 quoting, doubled quotes and embedded line breaks")
{
    const ReadResult read =
        readAll("name,note\n\"Zhang, San\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n");
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[1].fields == fields({"Zhang, San", "said \"hi\""}));
    CHECK(read.records[2].fields == fields({"two\nlines", "x"}));
    CHECK(read.records[2].line == 3);
    CHECK(read.records[3].fields == fields({"last", ""}));
    CHECK(read.records[3].line == 5); // the embedded line break counts
}

TEST_CASE("CSV: CRLF and LF line ends, blank lines skipped, unquoted fields trimmed")
{
    const ReadResult read = readAll("a,b\r\n  x , y \r\n\r\n   \r\n,\r\n\" p \",q\r\n");
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 3);
    CHECK(read.records[1].fields == fields({"x", "y"}));
    CHECK(read.records[1].line == 2);
    CHECK(read.records[2].fields == fields({" p ", "q"})); // quoted spaces are data
    CHECK(read.records[2].line == 6);
}

TEST_CASE("CSV: an unterminated quote is an error naming the line it starts on")
{
    const ReadResult read = readAll("a,b\n1,2\n3,\"open\n4,5\n");
    REQUIRE(read.records.size() == 2);
    REQUIRE(read.error);
    CHECK(read.error->code == ErrorCode::CsvMalformed);
    CHECK(read.errorLine == 3);
    CHECK(read.error->detail.contains(QStringLiteral("3")));
}

TEST_CASE("CSV: text after a closing quote is an error")
{
    const ReadResult read = readAll("a,b\n\"x\"y,2\n");
    REQUIRE(read.error);
    CHECK(read.error->code == ErrorCode::CsvMalformed);
    CHECK(read.errorLine == 2);
}

TEST_CASE("CSV: records that span the reader's buffer come through whole")
{
    // Several megabytes, with quoted multi-line fields scattered across chunk boundaries.
    QByteArray bytes = "id,text\n";
    const int rows = 60000;
    for (int i = 0; i < rows; ++i) {
        bytes += QByteArray::number(i) + ",\"line one " + QByteArray::number(i) +
                 "\nline \"\"two\"\", padded to make the file large enough\"\r\n";
    }
    const ReadResult read = readAll(bytes);
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == static_cast<std::size_t>(rows + 1));
    for (int i = 0; i < rows; i += 997) {
        const CsvRecord& record = read.records.at(static_cast<std::size_t>(i + 1));
        CHECK(record.line == 2 + 2 * i);
        CHECK(record.fields.at(0) == QString::number(i));
        CHECK(record.fields.at(1) ==
              QStringLiteral("line one %1\nline \"two\", padded to make the file large enough")
                  .arg(i));
    }
}

TEST_CASE("CSV: encodings are detected from the bytes")
{
    const QString chinese = QStringLiteral("手机号,运营商\n13800138000,中国移动\n");

    SECTION("UTF-8 with a BOM")
    {
        const ReadResult read = readAll("\xEF\xBB\xBF" + chinese.toUtf8());
        CHECK(read.encoding == TextEncoding::Utf8Bom);
        REQUIRE(read.records.size() == 2);
        CHECK(read.records[0].fields.at(0) == QStringLiteral("手机号")); // no BOM in the header
    }
    SECTION("UTF-8 without a BOM")
    {
        const ReadResult read = readAll(chinese.toUtf8());
        CHECK(read.encoding == TextEncoding::Utf8);
        REQUIRE(read.records.size() == 2);
        CHECK(read.records[1].fields.at(1) == QStringLiteral("中国移动"));
    }
    SECTION("GB18030, as Excel writes it on a Chinese Windows")
    {
        const ReadResult read = readAll(gb18030(chinese));
        CHECK(read.encoding == TextEncoding::Gb18030);
        REQUIRE(read.records.size() == 2);
        CHECK(read.records[0].fields ==
              QStringList{QStringLiteral("手机号"), QStringLiteral("运营商")});
        CHECK(read.records[1].fields.at(1) == QStringLiteral("中国移动"));
    }
    SECTION("GB18030 whose first non-ASCII byte is far into the file")
    {
        QByteArray bytes = "a,b\n";
        while (bytes.size() < 3 * 1024 * 1024) {
            bytes += "ascii only,row\n";
        }
        bytes += gb18030(QStringLiteral("部门,销售部\n"));
        const ReadResult read = readAll(bytes);
        CHECK(read.encoding == TextEncoding::Gb18030);
        CHECK(read.records.back().fields.at(1) == QStringLiteral("销售部"));
    }
}

TEST_CASE("detectEncoding on a sample")
{
    CHECK(detectEncoding("\xEF\xBB\xBFiccid") == TextEncoding::Utf8Bom);
    CHECK(detectEncoding("iccid,msisdn") == TextEncoding::Utf8);
    CHECK(detectEncoding(QStringLiteral("机主姓名").toUtf8()) == TextEncoding::Utf8);
    CHECK(detectEncoding(gb18030(QStringLiteral("机主姓名"))) == TextEncoding::Gb18030);
    CHECK(encodingName(TextEncoding::Gb18030) == QStringLiteral("GB18030"));
}

TEST_CASE("CSV: a missing file cannot be opened")
{
    const auto reader = CsvReader::open(QStringLiteral("/nonexistent/cards.csv"));
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == ErrorCode::FileUnreadable);
}
