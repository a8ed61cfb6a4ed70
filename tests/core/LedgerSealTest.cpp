// SPDX-License-Identifier: GPL-3.0-or-later
// A ledger import's seal: the bytes it hashes for each entry, what it adds up, how its audit row
// records it, and the verifier holding the row to the entries.
#include "domain/AuditEvent.h"
#include "domain/LedgerImportSeal.h"
#include "text/AuditText.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace simfleet;

namespace {

// Two entries as a store holds them: texts JSON must escape, Chinese, a signed adjustment.
struct Stored {
    std::vector<std::string> columns;
    StoredLedgerEntry view() const
    {
        return {columns[0], columns[1], columns[2], columns[3],
                columns[4], columns[5], columns[6], columns[7]};
    }
};

const std::vector<Stored>& sampleEntries()
{
    static const std::vector<Stored> entries{
        {{"41", "7", "charge", "5800", "2026-03-01", "月租 \"3\"\\\t", "王丽",
          "2026-03-14T02:00:00.000Z"}},
        {{"42", "9", "adjustment", "-250", "2026-03-02", "", "tester", "2026-03-14T02:00:00.000Z"}},
        {{"43", "7", "payment", "1000", "2026-03-03", "P1", "tester", "2026-03-14T02:00:00.000Z"}},
    };
    return entries;
}

LedgerImportSeal sealOf(const std::vector<Stored>& entries, std::int64_t first, std::int64_t last)
{
    LedgerSealer sealer(first, last);
    for (const Stored& entry : entries)
        sealer.add(entry.view());
    return sealer.finish();
}

AuditEvent importRow(const LedgerImportSeal& seal)
{
    AuditEvent row;
    row.seq = 1;
    row.atUtc = QDateTime(QDate(2026, 3, 14), QTime(2, 0), Qt::UTC);
    row.operatorName = QStringLiteral("tester");
    row.action = AuditAction::LedgerImported;
    row.details = ledgerImportDetails(QStringLiteral("三月.csv"), seal);
    row.hash = computeAuditHash(row);
    return row;
}

} // namespace

TEST_CASE("A ledger entry's canonical form is every column as a JSON string, a line each",
          "[audit][seal]")
{
    std::string form;
    appendLedgerEntryCanonical(form, sampleEntries()[0].view());
    // Stored seals depend on these bytes: they must never change.
    CHECK(form == "[\"41\",\"7\",\"charge\",\"5800\",\"2026-03-01\",\"月租 \\\"3\\\"\\\\\\t\","
                  "\"王丽\",\"2026-03-14T02:00:00.000Z\"]\n");
    // One with nothing to escape is copied in one piece: the same bytes.
    form.clear();
    appendLedgerEntryCanonical(form, sampleEntries()[1].view());
    CHECK(form == "[\"42\",\"9\",\"adjustment\",\"-250\",\"2026-03-02\",\"\",\"tester\","
                  "\"2026-03-14T02:00:00.000Z\"]\n");
}

TEST_CASE("A seal counts, sums per kind and hashes its entries in order", "[audit][seal]")
{
    const LedgerImportSeal seal = sealOf(sampleEntries(), 41, 43);
    CHECK(seal.firstId == 41);
    CHECK(seal.lastId == 43);
    CHECK(seal.entries == 3);
    CHECK(seal.charges == Money::fromFen(5800));
    CHECK(seal.payments == Money::fromFen(1000));
    CHECK(seal.adjustments == Money::fromFen(-250));
    std::string forms;
    for (const Stored& entry : sampleEntries())
        appendLedgerEntryCanonical(forms, entry.view());
    CHECK(seal.entriesSha256 ==
          QCryptographicHash::hash(QByteArray::fromStdString(forms), QCryptographicHash::Sha256)
              .toHex());

    SECTION("any column changed, or the order, changes the digest")
    {
        for (std::size_t column = 0; column < 8; ++column) {
            std::vector<Stored> changed = sampleEntries();
            changed[1].columns[column] += "0";
            INFO("column " << column);
            CHECK(sealOf(changed, 41, 43).entriesSha256 != seal.entriesSha256);
        }
        std::vector<Stored> swapped = sampleEntries();
        std::swap(swapped[0], swapped[2]);
        CHECK(sealOf(swapped, 41, 43).entriesSha256 != seal.entriesSha256);
    }
    SECTION("a value cannot pass for two")
    {
        std::vector<Stored> shifted = sampleEntries();
        shifted[0].columns[5] = "月租 \"3\"\\\t\",\"王丽";
        shifted[0].columns[6] = "";
        CHECK(sealOf(shifted, 41, 43).entriesSha256 != seal.entriesSha256);
    }
    SECTION("more entries than one piece of the hash")
    {
        std::vector<Stored> many;
        std::string forms2;
        for (int i = 0; i < 20000; ++i) {
            Stored entry = sampleEntries()[static_cast<std::size_t>(i % 3)];
            entry.columns[0] = std::to_string(100 + i);
            appendLedgerEntryCanonical(forms2, entry.view());
            many.push_back(std::move(entry));
        }
        const LedgerImportSeal big = sealOf(many, 100, 20099);
        CHECK(big.entries == 20000);
        CHECK(big.entriesSha256 == QCryptographicHash::hash(QByteArray::fromStdString(forms2),
                                                            QCryptographicHash::Sha256)
                                       .toHex());
    }
}

TEST_CASE("An import's details record its seal and file, and give it back", "[audit][seal]")
{
    const LedgerImportSeal seal = sealOf(sampleEntries(), 41, 43);
    const QJsonObject details = ledgerImportDetails(QStringLiteral("bills.csv"), seal);
    CHECK(ledgerImportSealOf(details) == seal);
    CHECK(ledgerImportFileOf(details) == QStringLiteral("bills.csv"));
    CHECK(details.value(QStringLiteral("charges_fen")).toInteger() == 5800);
    for (const QString& key : details.keys()) {
        if (key == QStringLiteral("file"))
            continue;
        QJsonObject missing = details;
        missing.remove(key);
        INFO(key.toStdString());
        CHECK_FALSE(ledgerImportSealOf(missing).has_value());
    }
}

TEST_CASE("The verifier holds an import's row to the entries it seals", "[audit][seal]")
{
    const LedgerImportSeal seal = sealOf(sampleEntries(), 41, 43);
    const AuditEvent row = importRow(seal);
    const auto verdict = [&row](const LedgerSealSource& source) {
        AuditChainVerifier verifier(source);
        verifier.feed(row);
        return verifier.firstBreak();
    };
    std::vector<std::pair<std::int64_t, std::int64_t>> asked;
    CHECK_FALSE(verdict([&](std::int64_t first, std::int64_t last) {
                    asked.emplace_back(first, last);
                    return seal;
                }).has_value());
    CHECK(asked == std::vector<std::pair<std::int64_t, std::int64_t>>{{41, 43}});

    std::vector<Stored> changed = sampleEntries();
    changed[2].columns[3] = "1001";
    const std::optional<AuditBreak> broken = verdict(
        [&](std::int64_t first, std::int64_t last) { return sealOf(changed, first, last); });
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 1);
    CHECK(broken->kind == AuditBreak::Kind::LedgerSealMismatch);

    SECTION("without a source of seals the row cannot be shown to hold")
    {
        AuditChainVerifier verifier;
        verifier.feed(row);
        REQUIRE(verifier.firstBreak().has_value());
        CHECK(verifier.firstBreak()->kind == AuditBreak::Kind::LedgerSealMismatch);
        CHECK(verifier.rowsChecked() == 1);
        CHECK(verifier.headHash().isEmpty());
    }
}

TEST_CASE("An import's row reads as a sentence, without its digest", "[text][audit][seal]")
{
    LedgerImportSeal seal = sealOf(sampleEntries(), 41, 43);
    const QString text = describeAuditEvent(importRow(seal));
    CHECK(text == QStringLiteral("Imported 3 ledger entries from 三月.csv (charges ¥58.00, "
                                 "payments ¥10.00, adjustments -¥2.50), entries 41 to 43"));
    seal.adjustments = Money{};
    CHECK(describeAuditEvent(importRow(seal)) ==
          QStringLiteral("Imported 3 ledger entries from 三月.csv (charges ¥58.00, payments "
                         "¥10.00), entries 41 to 43"));
}
