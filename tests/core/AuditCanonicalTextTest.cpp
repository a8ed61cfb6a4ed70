// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that let `audit verify` copy stored text into the canonical form: whatever they
// accept, the canonical form writes back byte for byte.
#include "domain/AuditCanonicalText.h"

#include "domain/AuditCanonicalForm.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <random>
#include <vector>

using namespace simfleet;

namespace {

// The canonical form of a row whose operator field is the text read from these UTF-8 bytes, and
// what it would be if the bytes were copied between the quotes.
QByteArray writtenWithOperator(const QByteArray& utf8)
{
    AuditEvent event;
    event.operatorName = QString::fromUtf8(utf8);
    return auditCanonicalForm(event);
}

QByteArray copiedAsOperator(const QByteArray& utf8)
{
    return writtenWithOperator(QByteArrayLiteral("@operator@"))
        .replace(QByteArrayLiteral("\"@operator@\""), '"' + utf8 + '"');
}

// The same for the details column: parsed as the readers parse it, then written.
QByteArray writtenWithDetails(const QByteArray& json)
{
    AuditEvent event;
    event.details = QJsonDocument::fromJson(json).object();
    return auditCanonicalForm(event);
}

QByteArray copiedAsDetails(const QByteArray& json)
{
    QByteArray form = writtenWithDetails(QByteArrayLiteral("{}"));
    form.chop(3); // "{}]"
    return form + json + ']';
}

const std::vector<QByteArray>& sampleTexts()
{
    static const std::vector<QByteArray> texts{
        "",
        "alice",
        "8986000000000000002",
        "张伟",
        "丢失 #3",
        "a \"quoted\" word",
        "back\\slash",
        "tab\there",
        "new\nline",
        QByteArray("nul\0byte", 8),
        "del\x7f",
        "slash/and<angle>&'",
        "\xEF\xBB\xBF"
        "bom first",
        "bom \xEF\xBB\xBF inside",
        "nonchar \xEF\xBF\xBE \xEF\xBF\xBF \xEF\xB7\x90",
        "emoji \xF0\x9F\x98\x80, last \xF4\x8F\xBF\xBF",
        "c1 \xC2\x80 nbsp \xC2\xA0 ls \xE2\x80\xA8",
        "surrogate \xED\xA0\x80",
        "overlong \xC0\x80",
        "overlong \xE0\x80\xAF",
        "past the end \xF4\x90\x80\x80",
        "lone continuation \x80",
        "cut short \xE5\xBC",
        "latin-1 caf\xE9",
    };
    return texts;
}

} // namespace

TEST_CASE("Text accepted as canonical is what the canonical form writes for it")
{
    for (const QByteArray& text : sampleTexts()) {
        INFO(text.toHex().toStdString());
        if (isCanonicalStringText(text))
            CHECK(copiedAsOperator(text) == writtenWithOperator(text));
    }
}

TEST_CASE("The texts SimFleet stores are accepted as canonical, escapes and odd bytes are not")
{
    for (const char* text : {"", "alice", "8986000000000000002", "张伟", "丢失 #3",
                             "emoji \xF0\x9F\x98\x80", "nonchar \xEF\xBF\xBE"})
        CHECK(isCanonicalStringText(QByteArray(text)));
    // Each of these the canonical form spells otherwise (or Qt reads otherwise).
    for (const char* text :
         {"a \"quoted\" word", "back\\slash", "tab\there",
          "\xEF\xBB\xBF"
          "bom first",
          "surrogate \xED\xA0\x80", "overlong \xC0\x80", "cut short \xE5\xBC", "caf\xE9"}) {
        INFO(text);
        CHECK_FALSE(isCanonicalStringText(QByteArray(text)));
        CHECK(copiedAsOperator(text) != writtenWithOperator(text));
    }
}

TEST_CASE("Details accepted as canonical are what the canonical form writes for them")
{
    const std::vector<QByteArray> accepted{
        "{}",
        R"({"source":"import"})",
        R"({"amount_fen":5800,"date":"2024-01-31","kind":"charge","reference":"BILL-01"})",
        R"({"amount_fen":-320,"big":999999999999999,"zero":0})",
        R"({"A":true,"_":false,"a":null})",
        R"({"note":"丢失 #3"})",
        R"({"":1,"a":2})",
    };
    for (const QByteArray& json : accepted) {
        INFO(json.toStdString());
        CHECK(isCanonicalJsonObjectText(json));
        CHECK(copiedAsDetails(json) == writtenWithDetails(json));
    }
    // Qt reads each of these into an object it writes otherwise, or into none at all.
    const std::vector<QByteArray> refused{
        "",
        "[]",
        "{ }",
        R"({"b":1,"a":2})",
        R"({"a":1,"a":2})",
        R"({"a":1} )",
        R"({"a":1}x)",
        R"({"a": 1})",
        R"({"a":01})",
        R"({"a":-0})",
        R"({"a":1.0})",
        R"({"a":1e3})",
        R"({"a":9007199254740993})",
        R"({"a":"\u0041"})",
        R"({"a":"\n"})",
        "{\"a\":\"\xEF\xBB\xBF"
        "x\"}",
        R"({"a":{"b":1}})",
        R"({"a":[1]})",
        R"({"a":True})",
        R"({"é":1})",
        R"({"a":1,})",
        R"({"a")",
    };
    for (const QByteArray& json : refused) {
        INFO(json.toStdString());
        CHECK_FALSE(isCanonicalJsonObjectText(json));
    }
}

TEST_CASE("Generated details: whatever is accepted as canonical is written back unchanged")
{
    // Pieces that a compact object is made of, and some it must not be made of.
    const std::vector<QByteArray> keys{"a",  "amount_fen", "b",   "date", "kind",  "Z",
                                       "_x", "",           "a b", "é",    "a\\\"", "\xEF\xBB\xBF"};
    const std::vector<QByteArray> values{"1",
                                         "-7",
                                         "0",
                                         "-0",
                                         "007",
                                         "123456789012345",
                                         "1234567890123456",
                                         "1.5",
                                         "2e2",
                                         "true",
                                         "false",
                                         "null",
                                         "\"x\"",
                                         "\"丢失\"",
                                         "\"\"",
                                         "\"\\n\"",
                                         "\"\\u00e9\"",
                                         "\"\xED\xA0\x80\"",
                                         "{}",
                                         "[]",
                                         " 1",
                                         "\"\xEF\xBB\xBF\""};
    std::mt19937 random(20240517);
    const auto pick = [&random](const std::vector<QByteArray>& from) {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray json = "{";
        const int members = std::uniform_int_distribution<int>(0, 4)(random);
        for (int i = 0; i < members; ++i) {
            if (i > 0)
                json += ',';
            json += '"' + pick(keys) + "\":" + pick(values);
        }
        json += '}';
        if (!isCanonicalJsonObjectText(json))
            continue;
        ++accepted;
        INFO(json.toStdString());
        REQUIRE(copiedAsDetails(json) == writtenWithDetails(json));
    }
    CHECK(accepted > 1000); // the generator reaches the accepted forms, not only the refused
}
