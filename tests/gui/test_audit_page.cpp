// SPDX-License-Identifier: GPL-3.0-or-later
// Which reads an audit page costs: the whole log only when a filter asks for it.

#include "WizardTestFleet.h"
#include "services/ImportService.h"
#include "text/AuditText.h"
#include "views/AuditPage.h"

#include <QFile>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

// Hands every read to a real store and counts the passes over the whole audit log. It overrides
// every member of StoreReader (final: the compiler refuses one left out), so nothing falls back.
class ScanCountingReader final : public StoreReader {
public:
    explicit ScanCountingReader(StoreReader& store) : m_store(store) {}

    int wholeLogReads() const { return m_wholeLogReads; }

    std::optional<Card> cardById(CardId id) override { return m_store.cardById(id); }
    std::optional<Card> cardByIccid(const QString& iccid) override
    {
        return m_store.cardByIccid(iccid);
    }
    std::optional<Card> cardByMsisdn(const QString& msisdn) override
    {
        return m_store.cardByMsisdn(msisdn);
    }
    std::int64_t countCards(const CardFilter& filter) override
    {
        return m_store.countCards(filter);
    }
    std::vector<Card> cards(const CardQuery& query) override { return m_store.cards(query); }
    std::vector<CardId> cardIds(const CardFilter& filter, CardSortColumn sortBy,
                                bool descending) override
    {
        return m_store.cardIds(filter, sortBy, descending);
    }
    std::vector<Card> cardsByIds(std::span<const CardId> ids) override
    {
        return m_store.cardsByIds(ids);
    }
    std::optional<std::vector<Card>> cardsInIndexOrder(const CardQuery& query) override
    {
        return m_store.cardsInIndexOrder(query);
    }
    void forEachCard(const CardFilter& filter,
                     const std::function<void(const Card&)>& visit) override
    {
        m_store.forEachCard(filter, visit);
    }
    void forEachCardWithLedger(
        const CardFilter& filter,
        const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit) override
    {
        m_store.forEachCardWithLedger(filter, visit);
    }
    std::vector<LedgerEntry> ledgerOf(CardId id) override { return m_store.ledgerOf(id); }
    LedgerImportSeal sealLedgerEntries(std::int64_t firstId, std::int64_t lastId) override
    {
        return m_store.sealLedgerEntries(firstId, lastId);
    }

    std::vector<AuditEvent> auditOf(std::optional<CardId> cardId) override
    {
        if (!cardId)
            ++m_wholeLogReads;
        return m_store.auditOf(cardId);
    }
    void forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit) override
    {
        ++m_wholeLogReads;
        m_store.forEachAuditEvent(visit);
    }
    AuditVerification verifyAuditChain() override
    {
        ++m_wholeLogReads;
        return m_store.verifyAuditChain();
    }
    QByteArray auditHeadHash() override { return m_store.auditHeadHash(); }
    std::vector<AuditEvent> auditNewestFirst(std::int64_t offset, std::int64_t limit) override
    {
        if (limit < 0)
            ++m_wholeLogReads;
        return m_store.auditNewestFirst(offset, limit);
    }
    std::int64_t auditCount() override { return m_store.auditCount(); }

    FleetTotals totals() override { return m_store.totals(); }
    ArrearsByGroup arrearsByGroup(OutstandingGrouping grouping,
                                  const AgingBoundaries& ages) override
    {
        return m_store.arrearsByGroup(grouping, ages);
    }
    std::optional<QDate> lastLedgerDate() override { return m_store.lastLedgerDate(); }
    std::vector<StateDay> cardsByStateDay() override { return m_store.cardsByStateDay(); }
    void forEachCardIn(CardSubset subset, const std::function<void(const Card&)>& visit) override
    {
        m_store.forEachCardIn(subset, visit);
    }
    void readExposedCards(ExposedCards& cards) override { m_store.readExposedCards(cards); }
    void forEachStateEvent(std::optional<CardState> from, CardState to,
                           const std::function<void(const AuditEvent&)>& visit) override
    {
        m_store.forEachStateEvent(from, to, visit);
    }
    std::vector<StateCount> stateCounts(const CardFilter& filter) override
    {
        return m_store.stateCounts(filter);
    }
    std::vector<QString> departments() override { return m_store.departments(); }
    std::vector<CarrierProfile> carrierProfiles() override { return m_store.carrierProfiles(); }
    CarrierProfile carrierProfile(Carrier carrier) override
    {
        return m_store.carrierProfile(carrier);
    }
    std::optional<CompanyProfile> companyProfile() override { return m_store.companyProfile(); }
    std::vector<PacketRecord> packets() override { return m_store.packets(); }
    std::optional<PacketRecord> packet(PacketId id) override { return m_store.packet(id); }
    std::vector<PacketRecord> packetsOfCard(CardId cardId) override
    {
        return m_store.packetsOfCard(cardId);
    }
    std::vector<CardId> cardIdsInPackets() override { return m_store.cardIdsInPackets(); }

private:
    StoreReader& m_store;
    int m_wholeLogReads{0};
};

std::vector<std::int64_t> seqs(const AuditPage& page)
{
    std::vector<std::int64_t> numbers;
    for (const AuditEvent& event : page.rows)
        numbers.push_back(event.seq);
    return numbers;
}

} // namespace

TEST_CASE("An unfiltered audit page reads only its page, a filtered one the whole log",
          "[gui][audit]")
{
    WizardTestFleet fleet;
    for (int n = 0; n < 25; ++n)
        fleet.addCard(300 + n, Carrier::Cmcc, Money::fromFen(5800));
    ScanCountingReader reader(fleet.store());

    AuditPageRequest request;
    request.pageSize = 10;
    request.filter = QStringLiteral("  "); // blanks are no filter
    AuditPage page = loadAuditPage(reader, request);
    CHECK(page.total == 25);
    CHECK(page.matching == 25);
    CHECK(page.page == 0);
    CHECK(seqs(page) == std::vector<std::int64_t>{25, 24, 23, 22, 21, 20, 19, 18, 17, 16});
    CHECK(page.rows.front().iccid == testIccid(324));

    request.page = 1;
    page = loadAuditPage(reader, request);
    CHECK(page.page == 1);
    CHECK(seqs(page) == std::vector<std::int64_t>{15, 14, 13, 12, 11, 10, 9, 8, 7, 6});

    request.page = 9; // beyond the end: the last page
    page = loadAuditPage(reader, request);
    CHECK(page.page == 2);
    CHECK(seqs(page) == std::vector<std::int64_t>{5, 4, 3, 2, 1});
    CHECK(reader.wholeLogReads() == 0);

    // A filter every event matches gives the same page, by reading the whole log once.
    request.filter = fleet.session().operatorName();
    page = loadAuditPage(reader, request);
    CHECK(reader.wholeLogReads() == 1);
    CHECK(page.matching == 25);
    CHECK(page.page == 2);
    CHECK(seqs(page) == std::vector<std::int64_t>{5, 4, 3, 2, 1});
}

TEST_CASE("An unfiltered page of an empty audit log is the empty first page", "[gui][audit]")
{
    WizardTestFleet fleet;
    ScanCountingReader reader(fleet.store());
    AuditPageRequest request;
    request.page = 3;
    const AuditPage page = loadAuditPage(reader, request);
    CHECK(page.total == 0);
    CHECK(page.matching == 0);
    CHECK(page.page == 0);
    CHECK(page.rows.empty());
    CHECK(reader.wholeLogReads() == 0);
}

TEST_CASE("The audit log is searched by phone number as well as by ICCID", "[gui][audit]")
{
    WizardTestFleet fleet;
    for (int n = 0; n < 5; ++n)
        fleet.addCard(400 + n, Carrier::Cmcc, Money::fromFen(5800));
    const CardId second = fleet.store().cardByIccid(testIccid(401))->id;
    fleet.charge(second, Money::fromFen(1200));

    for (const QString& filter : {testMsisdn(401), testIccid(401)}) {
        AuditPageRequest request;
        request.filter = filter;
        const AuditPage page = loadAuditPage(fleet.store(), request);
        INFO(filter.toStdString());
        CHECK(page.matching == 2); // its creation and its charge
        for (const AuditEvent& event : page.rows)
            CHECK(event.iccid == testIccid(401));
    }
}

TEST_CASE("A ledger import is one row on the audit page, found by its file and read as a sentence",
          "[gui][audit]")
{
    WizardTestFleet fleet;
    for (int n = 0; n < 3; ++n)
        fleet.addCard(500 + n, Carrier::Cmcc, Money::fromFen(5800));
    QFile file(fleet.filePath(QStringLiteral("十一月账单.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("iccid,kind,amount,date,reference\n"
                              "%1,charge,58,2026-11-01,B1\n"
                              "%2,charge,58,2026-11-01,B2\n"
                              "%2,payment,20,2026-11-20,P1\n")
                   .arg(testIccid(500), testIccid(501))
                   .toUtf8());
    file.close();
    const Result<ImportSummary> imported = fleet.session().imports().importLedger(file.fileName());
    REQUIRE(imported.ok());
    REQUIRE(imported->ok());

    AuditPageRequest request;
    AuditPage page = loadAuditPage(fleet.store(), request);
    CHECK(page.total == 4); // three cards, one import
    REQUIRE_FALSE(page.rows.empty());
    const AuditEvent& newest = page.rows.front();
    CHECK(newest.action == AuditAction::LedgerImported);
    CHECK(describeAuditEvent(newest).startsWith(
        QStringLiteral("Imported 3 ledger entries from 十一月账单.csv (charges ¥116.00, "
                       "payments ¥20.00)")));

    request.filter = QStringLiteral("十一月账单");
    page = loadAuditPage(fleet.store(), request);
    CHECK(page.matching == 1);
    // The card's own history no longer repeats the bills; its ledger still holds them.
    const CardId card = fleet.store().cardByIccid(testIccid(501))->id;
    CHECK(fleet.store().auditOf(card).size() == 1);
    CHECK(fleet.store().ledgerOf(card).size() == 2);
}
