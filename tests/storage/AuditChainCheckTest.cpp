// SPDX-License-Identifier: GPL-3.0-or-later
// `audit verify`'s check (AuditChainCheck) against the reference: an AuditChainVerifier fed by
// forEachAuditEvent, which maps every row as the other readers do. Whatever a file holds, both
// must name the same first broken row, count the same rows and report the same head.
#include "AuditChainCheck.h"

#include "DatabaseFile.h"
#include "StorageTestSupport.h"
#include "ports/StoreError.h"

#include <sqlite3.h>
#include <vector>

using namespace simfleet;
using namespace simfleet::storagetest;
using sqlite::AuditChainCheckOptions;

namespace {

struct Verdict {
    bool threw{false};
    std::int64_t rows{0};
    std::optional<AuditBreak> firstBreak;
    QByteArray head;
};

bool operator==(const Verdict& a, const Verdict& b)
{
    const auto sameBreak = [](const std::optional<AuditBreak>& x,
                              const std::optional<AuditBreak>& y) {
        return x.has_value() == y.has_value() && (!x || (x->seq == y->seq && x->kind == y->kind));
    };
    return a.threw == b.threw &&
           (a.threw ||
            (a.rows == b.rows && sameBreak(a.firstBreak, b.firstBreak) && a.head == b.head));
}

std::ostream& operator<<(std::ostream& out, const Verdict& verdict)
{
    if (verdict.threw)
        return out << "threw";
    out << verdict.rows << " rows, head " << verdict.head.toStdString();
    if (verdict.firstBreak)
        out << ", broken at " << verdict.firstBreak->seq << " ("
            << static_cast<int>(verdict.firstBreak->kind) << ")";
    return out;
}

Verdict verdictOf(const AuditVerification& verification)
{
    return {false, verification.rowsChecked, verification.firstBreak, verification.headHash};
}

template <class Check> Verdict caught(Check&& check)
{
    Verdict threw;
    threw.threw = true;
    try {
        return verdictOf(check());
    } catch (const StoreError&) {
        return threw;
    } catch (const SQLite::Exception&) {
        return threw;
    }
}

Verdict reference(StoreReader& store)
{
    return caught([&store] {
        AuditChainVerifier verifier([&store](std::int64_t first, std::int64_t last) {
            return store.sealLedgerEntries(first, last);
        });
        store.forEachAuditEvent([&verifier](const AuditEvent& event) { verifier.feed(event); });
        return AuditVerification{verifier.rowsChecked(), verifier.firstBreak(),
                                 verifier.headHash()};
    });
}

Verdict checked(const QString& path, const AuditChainCheckOptions& options)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return caught([&db, &options] { return sqlite::checkAuditChain(db, options); });
}

// The same verdict from the store's own check, and from the check on one thread and on several,
// with ranges down to a single row, as from the reference.
Verdict checkedEveryWay(StoreFixture& fixture)
{
    const Verdict expected = reference(fixture.store());
    CHECK(caught([&fixture] { return fixture.store().verifyAuditChain(); }) == expected);
    for (const AuditChainCheckOptions options :
         {AuditChainCheckOptions{1, 1 << 16}, AuditChainCheckOptions{1, 3},
          AuditChainCheckOptions{2, 1}, AuditChainCheckOptions{3, 4},
          AuditChainCheckOptions{4, 1 << 16}}) {
        INFO(options.threads << " threads, ranges of " << options.rangeSeqs);
        CHECK(checked(fixture.path(), options) == expected);
    }
    return expected;
}

// Some rows of every shape the store writes: bulk-created cards, cards of their own, bills,
// Chinese details, an event about no card, two operators at different times.
std::int64_t writeHistory(StoreFixture& fixture)
{
    std::vector<Card> cards;
    for (int n = 0; n < 12; ++n)
        cards.push_back(sampleCard(n));
    Status status = fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) {
        writer.insertCards(cards, created());
        return Status{};
    });
    REQUIRE(status.ok());
    for (int n = 12; n < 16; ++n) {
        fixture.clock().advanceDays(1);
        status = fixture.store().write(
            n % 2 == 0 ? QStringLiteral("bob") : QStringLiteral("张伟"),
            [&](StoreWriter& writer) -> Status {
                const CardId id = writer.insertCard(sampleCard(n), created());
                writer.postLedgerEntry(
                    entry(id, EntryKind::Charge, 1000 + n, QDate(2024, 4, n - 11)), posted());
                Card card = *writer.cardById(id);
                card.lost = !card.lost;
                AuditDraft lost;
                lost.action = card.lost ? AuditAction::LostFlagSet : AuditAction::LostFlagCleared;
                lost.details =
                    QJsonObject{{QStringLiteral("note"), QStringLiteral("丢失 #%1").arg(n)}};
                writer.updateCard(card, lost);
                AuditDraft unmasked;
                unmasked.action = AuditAction::HolderUnmasked;
                writer.appendAudit(std::nullopt, unmasked);
                return {};
            });
        REQUIRE(status.ok());
    }
    return fixture.store().auditCount();
}

void tamper(StoreFixture& fixture, const std::string& sql)
{
    SQLite::Database db = fixture.raw();
    db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS "
            "audit_log_no_delete; PRAGMA ignore_check_constraints = ON;");
    db.exec(sql);
}

// Two ledger imports after the history, as LedgerFileImport writes them: a batch of bills, and a
// second file whose reopening charge is posted on its own (with its own row) between two
// batches. Returns the seq of each import's row.
std::pair<std::int64_t, std::int64_t> writeImports(StoreFixture& fixture)
{
    std::vector<CardId> cards;
    for (const Card& card : fixture.store().cards(CardQuery{}))
        cards.push_back(card.id);
    const auto batchOf = [&](int from, int count) {
        LedgerBatch batch;
        for (int i = from; i < from + count; ++i) {
            const CardId card = cards[static_cast<std::size_t>(i * 5) % cards.size()];
            const EntryKind kind = i % 3 == 0 ? EntryKind::Payment : EntryKind::Charge;
            batch.add(card, fixture.store().cardById(card)->iccid, kind, Money::fromFen(100 + i),
                      QDate(2024, 5, 1 + i % 20),
                      i % 2 == 0 ? QStringLiteral("账单 %1").arg(i)
                                 : QStringLiteral("B\"%1").arg(i));
        }
        return batch;
    };
    std::pair<std::int64_t, std::int64_t> seqs;
    fixture.clock().advanceDays(1);
    Status status = fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) {
        const std::int64_t first = writer.nextLedgerEntryId();
        writer.postLedgerBatch(batchOf(0, 9));
        appendImportRow(writer, first, QStringLiteral("五月.csv"));
        return Status{};
    });
    REQUIRE(status.ok());
    seqs.first = fixture.store().auditCount();
    fixture.clock().advanceDays(1);
    status = fixture.store().write(QStringLiteral("张伟"), [&](StoreWriter& writer) {
        const std::int64_t first = writer.nextLedgerEntryId();
        writer.postLedgerBatch(batchOf(9, 4));
        writer.postLedgerEntry(entry(cards[1], EntryKind::Charge, 777, QDate(2024, 5, 30)),
                               posted());
        writer.postLedgerBatch(batchOf(13, 4));
        appendImportRow(writer, first);
        return Status{};
    });
    REQUIRE(status.ok());
    seqs.second = fixture.store().auditCount();
    return seqs;
}

void tamperLedger(StoreFixture& fixture, const std::string& sql)
{
    SQLite::Database db = fixture.raw();
    db.exec("DROP TRIGGER IF EXISTS ledger_entries_no_update; DROP TRIGGER IF EXISTS "
            "ledger_entries_no_delete; PRAGMA ignore_check_constraints = ON;");
    db.exec(sql);
}

} // namespace

TEST_CASE("audit verify holds each ledger import's row to the entries it seals")
{
    StoreFixture fixture;
    const std::int64_t history = writeHistory(fixture); // with a row per entry of its postings
    const auto [firstImport, secondImport] = writeImports(fixture);
    REQUIRE(firstImport == history + 1);
    REQUIRE(secondImport == history + 3); // the reopening posting's row, then the import's
    // The history's four entries are 1 to 4; the first import's 5 to 13; the second's 14 to 22.

    SECTION("as the store wrote it")
    {
        const Verdict verdict = checkedEveryWay(fixture);
        CHECK_FALSE(verdict.firstBreak);
        CHECK(verdict.rows == secondImport);
    }
    SECTION("any column of an entry an import sealed changed: that import's row is named")
    {
        const std::vector<std::string> changes{
            "UPDATE ledger_entries SET card_id = card_id + 1 WHERE id = 7",
            "UPDATE ledger_entries SET kind = 'adjustment' WHERE id = 7",
            "UPDATE ledger_entries SET amount_fen = amount_fen + 1 WHERE id = 7",
            "UPDATE ledger_entries SET amount_fen = amount_fen + 0.5 WHERE id = 7",
            "UPDATE ledger_entries SET amount_fen = CAST(amount_fen AS TEXT) || 'x' WHERE id = 7",
            "UPDATE ledger_entries SET date = '2024-05-02' WHERE id = 7",
            "UPDATE ledger_entries SET reference = reference || '.' WHERE id = 7",
            "UPDATE ledger_entries SET operator = 'mallory' WHERE id = 7",
            "UPDATE ledger_entries SET recorded_at = '2024-04-01T00:00:00.000Z' WHERE id = 7",
            "UPDATE ledger_entries SET id = 100 WHERE id = 7",
            "DELETE FROM ledger_entries WHERE id = 13",
            "UPDATE ledger_entries SET amount_fen = amount_fen + 1 WHERE id = 5; "
            "UPDATE ledger_entries SET amount_fen = amount_fen - 1 WHERE id = 6",
        };
        for (const std::string& change : changes) {
            DYNAMIC_SECTION(change)
            {
                tamperLedger(fixture, change);
                const Verdict verdict = checkedEveryWay(fixture);
                REQUIRE(verdict.firstBreak);
                CHECK(verdict.firstBreak->seq == firstImport);
                CHECK(verdict.firstBreak->kind == AuditBreak::Kind::LedgerSealMismatch);
                CHECK(verdict.rows == firstImport);
            }
        }
    }
    SECTION("the second import's entries, the one posted on its own among them too")
    {
        SECTION("a batch's entry")
        {
            tamperLedger(fixture, "UPDATE ledger_entries SET amount_fen = 1 WHERE id = 22");
        }
        SECTION("the reopening charge")
        {
            tamperLedger(fixture,
                         "UPDATE ledger_entries SET amount_fen = 1 WHERE reference = 'REF-777'");
        }
        SECTION("an entry added inside its range")
        {
            tamperLedger(fixture, "DELETE FROM ledger_entries WHERE id = 16; "
                                  "INSERT INTO ledger_entries SELECT 16, card_id, kind, "
                                  "amount_fen + 100, date, reference, operator, recorded_at "
                                  "FROM ledger_entries WHERE id = 15");
        }
        const Verdict verdict = checkedEveryWay(fixture);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == secondImport);
        CHECK(verdict.firstBreak->kind == AuditBreak::Kind::LedgerSealMismatch);
    }
    SECTION("an entry after every import's range is no import's")
    {
        tamperLedger(fixture, "INSERT INTO ledger_entries SELECT 23, card_id, kind, amount_fen, "
                              "date, reference, operator, recorded_at FROM ledger_entries "
                              "WHERE id = 22");
        CHECK_FALSE(checkedEveryWay(fixture).firstBreak);
    }
    SECTION("a row broken before an import's is named first")
    {
        tamperLedger(fixture, "UPDATE ledger_entries SET amount_fen = 1 WHERE id = 22");
        tamper(fixture, "UPDATE audit_log SET operator = 'mallory' WHERE seq = 14");
        const Verdict verdict = checkedEveryWay(fixture);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == 14);
        CHECK(verdict.firstBreak->kind == AuditBreak::Kind::HashMismatch);
    }
    SECTION("an import row's recorded seal changed: its own hash tells")
    {
        tamper(fixture, "UPDATE audit_log SET details = replace(details, '\"entries\":9', "
                        "'\"entries\":8') WHERE seq = " +
                            std::to_string(firstImport));
        const Verdict verdict = checkedEveryWay(fixture);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == firstImport);
        CHECK(verdict.firstBreak->kind == AuditBreak::Kind::HashMismatch);
    }
}

TEST_CASE("The check of audit verify gives the reference's verdict on any file")
{
    StoreFixture fixture;
    const std::int64_t rows = writeHistory(fixture);
    REQUIRE(rows == 12 + 4 * 4);

    SECTION("as the store wrote it")
    {
        const Verdict verdict = checkedEveryWay(fixture);
        CHECK_FALSE(verdict.firstBreak);
        CHECK(verdict.rows == rows);
        CHECK(verdict.head == fixture.store().auditHeadHash());
    }
    SECTION("a field changed")
    {
        tamper(fixture, "UPDATE audit_log SET operator = 'mallory' WHERE seq = 14");
        const Verdict verdict = checkedEveryWay(fixture);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == 14);
        CHECK(verdict.firstBreak->kind == AuditBreak::Kind::HashMismatch);
        CHECK(verdict.rows == 14);
    }
    SECTION("two rows changed: the first is named")
    {
        tamper(fixture, "UPDATE audit_log SET iccid = '1' WHERE seq IN (9, 20)");
        const Verdict verdict = checkedEveryWay(fixture);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == 9);
    }
    SECTION("a row removed, and one appended past a gap")
    {
        SECTION("removed")
        {
            tamper(fixture, "DELETE FROM audit_log WHERE seq = 17");
            const Verdict verdict = checkedEveryWay(fixture);
            REQUIRE(verdict.firstBreak);
            CHECK(verdict.firstBreak->seq == 18);
            CHECK(verdict.firstBreak->kind == AuditBreak::Kind::SequenceGap);
        }
        SECTION("appended")
        {
            tamper(fixture, "INSERT INTO audit_log SELECT seq + 3, at_utc, operator, card_id, "
                            "iccid, action, from_state, to_state, details, hash FROM audit_log "
                            "WHERE seq = (SELECT max(seq) FROM audit_log)");
            const Verdict verdict = checkedEveryWay(fixture);
            REQUIRE(verdict.firstBreak);
            CHECK(verdict.firstBreak->seq == rows + 3);
        }
        SECTION("far out at both ends of 64 bits")
        {
            tamper(fixture, "INSERT INTO audit_log SELECT 9223372036854775807, at_utc, operator, "
                            "card_id, iccid, action, from_state, to_state, details, hash FROM "
                            "audit_log WHERE seq = 3;"
                            "INSERT INTO audit_log SELECT -9223372036854775808, at_utc, "
                            "operator, card_id, iccid, action, from_state, to_state, details, "
                            "hash FROM audit_log WHERE seq = 1");
            const Verdict verdict = checkedEveryWay(fixture);
            REQUIRE(verdict.firstBreak);
            CHECK(verdict.firstBreak->seq == std::numeric_limits<std::int64_t>::min());
        }
    }
    SECTION("stored otherwise, read back the same: still intact")
    {
        SECTION("details with spaces and keys out of order")
        {
            tamper(fixture,
                   "UPDATE audit_log SET details = '{ \"source\" : \"test\" }' WHERE seq = 2;"
                   "UPDATE audit_log SET details = '{\"reference\":\"REF-1013\",\"date\":"
                   "\"2024-04-02\",\"amount_fen\":1013,\"kind\":\"charge\"}' WHERE seq = 18 "
                   "AND details LIKE '%REF-1013%'");
        }
        SECTION("details as a blob")
        {
            tamper(fixture, "UPDATE audit_log SET details = CAST(details AS BLOB)");
        }
        SECTION("an instant with an offset")
        {
            tamper(fixture, "UPDATE audit_log SET at_utc = substr(at_utc, 1, 23) || '+00:00' "
                            "WHERE seq = 5");
        }
        SECTION("a byte order mark before the operator")
        {
            tamper(fixture,
                   "UPDATE audit_log SET operator = char(65279) || operator WHERE seq = 6");
        }
        SECTION("a hash as its hex text")
        {
            tamper(fixture, "UPDATE audit_log SET hash = lower(hex(hash)) WHERE seq = 7");
        }
        const Verdict verdict = checkedEveryWay(fixture);
        CHECK_FALSE(verdict.firstBreak);
        CHECK(verdict.rows == rows);
    }
    SECTION("stored otherwise, read back otherwise")
    {
        SECTION("a hash in upper-case hex")
        {
            tamper(fixture, "UPDATE audit_log SET hash = upper(hex(hash)) WHERE seq = 7");
        }
        SECTION("a hash cut short")
        {
            tamper(fixture, "UPDATE audit_log SET hash = substr(hash, 1, 31) WHERE seq = 7");
        }
        SECTION("an ICCID that is not UTF-8")
        {
            tamper(fixture, "UPDATE audit_log SET iccid = CAST(X'C080' AS TEXT) WHERE seq = 7");
        }
        SECTION("an instant without its milliseconds")
        {
            tamper(fixture,
                   "UPDATE audit_log SET at_utc = substr(at_utc, 1, 19) || 'Z' WHERE seq = 7");
        }
        SECTION("an impossible date")
        {
            tamper(fixture,
                   "UPDATE audit_log SET at_utc = '2024-02-30T02:30:15.250Z' WHERE seq = 7");
        }
        const Verdict verdict = checkedEveryWay(fixture);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == 7);
    }
    SECTION("a card id stored as text")
    {
        tamper(fixture, "UPDATE audit_log SET card_id = card_id || 'x' WHERE seq = 4");
        checkedEveryWay(fixture);
    }
    SECTION("a code no SimFleet writes: the row cannot be read")
    {
        SECTION("an action")
        {
            tamper(fixture, "UPDATE audit_log SET action = 'card-burned' WHERE seq = 15");
        }
        SECTION("a state")
        {
            tamper(fixture, "UPDATE audit_log SET to_state = 'lost' WHERE seq = 15");
        }
        CHECK(checkedEveryWay(fixture).threw);
    }
}

TEST_CASE("A tampered row in the middle of a large log is found and named")
{
    StoreFixture fixture;
    constexpr int kCards = 30000;
    std::vector<Card> cards;
    for (int n = 0; n < kCards; ++n)
        cards.push_back(sampleCard(n));
    const Status status = fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) {
        writer.insertCards(cards, created());
        return Status{};
    });
    REQUIRE(status.ok());

    const AuditChainCheckOptions manyRanges{2, 1000};
    const Verdict intact = checked(fixture.path(), manyRanges);
    CHECK_FALSE(intact.firstBreak);
    CHECK(intact.rows == kCards);
    CHECK(intact.head == fixture.store().auditHeadHash());

    tamper(fixture, "UPDATE audit_log SET details = '{\"source\":\"forged\"}' WHERE seq = 17777;"
                    "UPDATE audit_log SET operator = 'mallory' WHERE seq = 28000");
    for (const AuditChainCheckOptions options : {manyRanges, AuditChainCheckOptions{}}) {
        const Verdict verdict = checked(fixture.path(), options);
        REQUIRE(verdict.firstBreak);
        CHECK(verdict.firstBreak->seq == 17777);
        CHECK(verdict.firstBreak->kind == AuditBreak::Kind::HashMismatch);
        CHECK(verdict.rows == 17777);
    }
    const AuditVerification fromStore = fixture.store().verifyAuditChain();
    REQUIRE(fromStore.firstBreak);
    CHECK(fromStore.firstBreak->seq == 17777);
    CHECK(fromStore.rowsChecked == 17777);
}

TEST_CASE("Inside a write, the check sees the rows the transaction has added")
{
    StoreFixture fixture;
    writeHistory(fixture);
    const Status status =
        fixture.store().write(QStringLiteral("alice"), [](StoreWriter& writer) -> Status {
            const std::int64_t before = writer.auditCount();
            writer.insertCard(sampleCard(99), created());
            const AuditVerification verification = writer.verifyAuditChain();
            CHECK_FALSE(verification.firstBreak);
            CHECK(verification.rowsChecked == before + 1);
            CHECK(verification.headHash == writer.auditHeadHash());
            return {};
        });
    REQUIRE(status.ok());
}

TEST_CASE("A file opened read-only is checked on connections that write nothing")
{
    StoreFixture writing;
    writeHistory(writing);
    tamper(writing, "UPDATE audit_log SET operator = 'mallory' WHERE seq = 11");
    writing.close(); // no -wal is left: a reader opens the file immutable
    const QString wal = writing.path() + QStringLiteral("-wal");
    REQUIRE_FALSE(QFile::exists(wal));

    SECTION("the store's check")
    {
        StoreOpenOptions options;
        options.access = StoreAccess::ReadOnly;
        auto reading = openSqliteStore(writing.path(), writing.clock(), options);
        REQUIRE(reading.ok());
        const AuditVerification verification = (*reading)->verifyAuditChain();
        REQUIRE(verification.firstBreak);
        CHECK(verification.firstBreak->seq == 11);
        CHECK(verification.rowsChecked == 11);
    }
    SECTION("ranges on several connections")
    {
        const auto db = sqlite::openForReading(writing.path(), sqlite::Opening::Immutable);
        const AuditVerification verification = sqlite::checkAuditChain(*db, {3, 2});
        REQUIRE(verification.firstBreak);
        CHECK(verification.firstBreak->seq == 11);
        CHECK(verification.rowsChecked == 11);
    }
    CHECK_FALSE(QFile::exists(wal));
}

TEST_CASE("Another reader opens the file the way the first connection did, or not at all")
{
    StoreFixture fixture;
    writeHistory(fixture);
    const auto countRows = [](SQLite::Database& db) {
        return db.execAndGet("SELECT count(*) FROM audit_log").getInt64();
    };

    SECTION("beside a connection that writes: a connection that only reads")
    {
        SQLite::Database db = fixture.raw();
        const auto other = sqlite::anotherReader(db);
        REQUIRE(other);
        CHECK(sqlite3_db_readonly(other->getHandle(), "main") == 1);
        CHECK(countRows(*other) == countRows(db));
    }
    SECTION("beside an immutable connection: an immutable one")
    {
        fixture.close();
        const auto db = sqlite::openForReading(fixture.path(), sqlite::Opening::Immutable);
        const auto other = sqlite::anotherReader(*db);
        REQUIRE(other);
        CHECK(sqlite3_uri_boolean(sqlite3_db_filename(other->getHandle(), "main"), "immutable",
                                  0) != 0);
        CHECK(countRows(*other) == countRows(*db));
        CHECK_FALSE(QFile::exists(fixture.path() + QStringLiteral("-wal")));
    }
    SECTION("none for a database in memory")
    {
        SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE);
        CHECK_FALSE(sqlite::anotherReader(memory));
    }
    SECTION("none inside a transaction, whose rows only its connection sees")
    {
        SQLite::Database db = fixture.raw();
        db.exec("BEGIN");
        CHECK_FALSE(sqlite::anotherReader(db));
        db.exec("ROLLBACK");
        CHECK(sqlite::anotherReader(db));
    }
}
