// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical form `audit verify` writes straight from stored bytes is, whenever it writes one,
// the canonical form of the event the readers map the same row to.
#include "AuditStoredCanonical.h"

#include "domain/AuditCanonicalForm.h"
#include "ports/StoreError.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using namespace simfleet;
using namespace simfleet::sqlite;

namespace {

StoredBytes bytesOf(const std::string& text, bool null = false)
{
    return StoredBytes{text.data(), static_cast<int>(text.size()), null};
}

// Texts as a file may hold them: as SimFleet writes them, and otherwise.
const std::vector<std::string> kInstants{"2024-05-17T02:30:15.250Z",
                                         "2024-05-17T02:30:15.250Z",
                                         "2024-02-29T23:59:59.999Z",
                                         "2023-02-29T00:00:00.000Z",
                                         "0000-01-01T00:00:00.000Z",
                                         "0001-01-01T00:00:00.000Z",
                                         "9999-12-31T23:59:59.999Z",
                                         "2024-05-17T24:00:00.000Z",
                                         "2024-05-17T02:60:00.000Z",
                                         "2024-05-17T02:30:60.000Z",
                                         "2024-13-01T00:00:00.000Z",
                                         "2024-04-31T00:00:00.000Z",
                                         "2024-05-17T02:30:15Z",
                                         "2024-05-17T02:30:15.250+08:00",
                                         "2024-05-17 02:30:15.250Z",
                                         "",
                                         "yesterday"};
const std::vector<std::string> kTexts{"alice",
                                      "root",
                                      "张伟",
                                      "",
                                      "a\"b",
                                      "tab\t",
                                      "\xEF\xBB\xBF"
                                      "bob",
                                      "caf\xE9",
                                      "8986000000000000002"};
const std::vector<std::string> kActions{"card-created", "ledger-entry", "state-changed",
                                        "lost-set",     "card-burned",  ""};
const std::vector<std::string> kStates{"active", "void", "carrier-confirmed", "lost", ""};
const std::vector<std::string> kDetails{
    "{}",
    R"({"source":"import"})",
    R"({"amount_fen":5800,"date":"2024-01-31","kind":"charge","reference":"BILL-01"})",
    R"({"note":"丢失 #3"})",
    R"({ "source" : "import" })",
    R"({"b":1,"a":2})",
    R"({"a":1.50})",
    R"({"a":"\u00e9"})",
    "not json",
    ""};

class RowGenerator {
public:
    explicit RowGenerator(std::uint64_t seed) : m_random(seed) {}

    // A row whose texts live in this generator until the next call.
    AuditStoredRow next(std::int64_t seq)
    {
        m_instant = pick(kInstants);
        m_operator = pick(kTexts);
        m_iccid = pick(kTexts);
        m_action = pick(kActions);
        m_from = pick(kStates);
        m_to = pick(kStates);
        m_details = pick(kDetails);
        AuditStoredRow row;
        row.seq = seq;
        row.atUtc = bytesOf(m_instant, chance(20));
        row.operatorName = bytesOf(m_operator);
        if (!chance(3))
            row.cardId = below(3) == 0 ? -seq : seq * 1000;
        row.iccid = bytesOf(m_iccid);
        row.action = bytesOf(m_action);
        row.fromState = bytesOf(m_from, chance(2));
        row.toState = bytesOf(m_to, chance(2));
        row.details = bytesOf(m_details);
        return row;
    }

private:
    std::size_t below(std::size_t bound)
    {
        return std::uniform_int_distribution<std::size_t>(0, bound - 1)(m_random);
    }
    bool chance(std::size_t oneIn) { return below(oneIn) == 0; }
    // Mostly the first (the common case, which the caches keep), sometimes any.
    const std::string& pick(const std::vector<std::string>& from)
    {
        return chance(2) ? from.front() : from[below(from.size())];
    }

    std::mt19937_64 m_random;
    std::string m_instant, m_operator, m_iccid, m_action, m_from, m_to, m_details;
};

} // namespace

TEST_CASE("The canonical form from stored bytes is the mapped event's, whenever it is written")
{
    AuditStoredCanonical canonical; // one for every row, as a check uses it: its caches too
    RowGenerator rows(20240517);
    const char prevHash[33] = "0123456789abcdefghijklmnopqrstuv";
    int written = 0;
    for (std::int64_t seq = 1; seq <= 20000; ++seq) {
        const AuditStoredRow row = rows.next(seq);
        const bool first = seq % 5 == 0;
        const std::optional<std::string_view> form = canonical.of(row, first ? nullptr : prevHash);
        std::optional<QByteArray> expected;
        try {
            const QByteArray prevHex = first ? QByteArray() : QByteArray(prevHash, 32).toHex();
            expected = auditCanonicalForm(auditEventFrom(row, prevHex));
        } catch (const StoreError&) {
            // A code no SimFleet writes: no canonical form, and none must be written.
        }
        if (!form)
            continue;
        ++written;
        INFO("seq " << seq << ": " << std::string(*form));
        REQUIRE(expected.has_value());
        REQUIRE(QByteArray(form->data(), static_cast<qsizetype>(form->size())) == *expected);
    }
    CHECK(written > 1000); // the generator reaches the rows SimFleet writes, not only odd ones
}

TEST_CASE("Rows as SimFleet stores them take the way straight from their bytes")
{
    AuditStoredCanonical canonical;
    const std::string instant = "2024-05-17T02:30:15.250Z";
    const std::string operatorName = "张伟";
    const std::string iccid = "8986000000000000002";
    const std::string action = "ledger-entry";
    const std::string details =
        R"({"amount_fen":5800,"date":"2024-01-31","kind":"charge","reference":"BILL-01"})";
    AuditStoredRow row;
    row.seq = 7;
    row.atUtc = bytesOf(instant);
    row.operatorName = bytesOf(operatorName);
    row.cardId = 3;
    row.iccid = bytesOf(iccid);
    row.action = bytesOf(action);
    row.fromState = bytesOf("", true);
    row.toState = bytesOf("", true);
    row.details = bytesOf(details);
    const std::optional<std::string_view> form = canonical.of(row, nullptr);
    REQUIRE(form.has_value());
    CHECK(std::string(*form) == R"(["","7","2024-05-17T02:30:15.250Z","张伟","3",)"
                                R"("8986000000000000002","ledger-entry",null,null,)" +
                                    details + "]");
}
