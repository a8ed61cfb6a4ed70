// SPDX-License-Identifier: GPL-3.0-or-later
// An export says how far it has come, and a Cancel takes everything back: no zip, no packet, no
// audit row.
#include "PacketProgress.h"

#include "PacketExport.h"
#include "PacketFixture.h"

#include <atomic>

using namespace simfleet;
using namespace simfleet::packettest;

namespace {

constexpr auto kEnglish = packet::PacketLanguage::English;

const QStringList kAreas = {QStringLiteral("北京市"), QStringLiteral("上海市"),
                            QStringLiteral("广东省广州市"), QStringLiteral("四川省成都市")};

void addFleet(PacketFixture& fixture)
{
    fixture.saveCompany();
    for (const QString& area : kAreas) {
        for (int i = 0; i < 3; ++i) {
            FixtureCard card;
            card.homeArea = area;
            card.charged = Money::fromFen(5800);
            card.paid = Money::fromFen(5800);
            fixture.add(card);
        }
    }
}

PacketRequest everyRequestedCard()
{
    return PacketRequest{Carrier::Cmcc, std::nullopt, {}};
}

} // namespace

TEST_CASE("an export reports each packet written out of the plan's")
{
    const int threads = GENERATE(1, 3);
    INFO("threads " << threads);
    PacketFixture fixture;
    addFleet(fixture);

    std::vector<std::pair<int, int>> reports;
    packet::PacketExportOptions options{threads};
    options.progress = [&reports](int written, int total) {
        reports.emplace_back(written, total);
    };
    const Result<packet::PacketExportOutcome> outcome = packet::exportPackets(
        fixture.context(), everyRequestedCard(), fixture.outDir(), kEnglish, options);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->packets.size() == 4);

    const int total = static_cast<int>(kAreas.size());
    std::vector<std::pair<int, int>> expected;
    for (int written = 0; written <= total; ++written)
        expected.emplace_back(written, total);
    CHECK(reports == expected);
}

TEST_CASE("a cancelled export keeps no zip, no packet and no audit row, and may be run again")
{
    const int threads = GENERATE(1, 3);
    const int cancelAfter = GENERATE(0, 1, 3, 4);
    INFO("threads " << threads << ", cancelled after packet " << cancelAfter);
    PacketFixture fixture;
    addFleet(fixture);
    const std::size_t auditBefore = fixture.auditRows();

    std::atomic_bool cancel{false};
    packet::PacketExportOptions options{threads};
    options.cancel = &cancel;
    // The user's Cancel arrives once cancelAfter packets are written (after the last one: while
    // the export finishes).
    options.progress = [&cancel, cancelAfter](int written, int) {
        if (written == cancelAfter)
            cancel = true;
    };
    const Result<packet::PacketExportOutcome> outcome = packet::exportPackets(
        fixture.context(), everyRequestedCard(), fixture.outDir(), kEnglish, options);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::Cancelled);
    CHECK(categoryOf(outcome.error().code) == ErrorCategory::Refused);

    CHECK(fixture.store().packets().empty());
    CHECK(fixture.auditRows() == auditBefore);
    CHECK(QDir(fixture.outDir())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .isEmpty());

    // Nothing was taken: the same cards go out whole, numbered from 1.
    const Result<packet::PacketExportOutcome> again =
        packet::exportPackets(fixture.context(), everyRequestedCard(), fixture.outDir(), kEnglish,
                              packet::PacketExportOptions{threads});
    REQUIRE(again.ok());
    REQUIRE(again->packets.size() == static_cast<std::size_t>(kAreas.size()));
    CHECK(again->packets.front().id == 1);
    CHECK(fixture.zipsWritten().size() == kAreas.size());
}

namespace {

// Counts what reaches it.
class CountingFiles final : public PacketFileWriter {
public:
    int written{0};
    bool finished{false};

    Result<WrittenPacket> write(const PacketDraft& draft) override
    {
        ++written;
        return WrittenPacket{QStringLiteral("/nowhere/%1.zip").arg(draft.id), {}};
    }
    Status finish() override
    {
        finished = true;
        return {};
    }
};

} // namespace

TEST_CASE("after a Cancel no further packet is made, and finishing says it was cancelled")
{
    CountingFiles files;
    std::atomic_bool cancel{false};
    packet::PacketProgress progress(files, {}, &cancel);
    const std::vector<PacketDraft> drafts(3);
    progress.start(drafts);

    REQUIRE(progress.write(drafts[0]).ok());
    cancel = true;
    const Result<WrittenPacket> second = progress.write(drafts[1]);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Cancelled);
    CHECK(files.written == 1);

    const Status finished = progress.finish();
    REQUIRE_FALSE(finished.ok());
    CHECK(finished.error().code == ErrorCode::Cancelled);
}

namespace {

// Finishes as told, the user's Cancel arriving meanwhile.
class CancelWhileFinishing final : public PacketFileWriter {
public:
    explicit CancelWhileFinishing(std::atomic_bool& cancel) : m_cancel(cancel) {}
    Result<WrittenPacket> write(const PacketDraft&) override { return WrittenPacket{}; }
    Status finish() override
    {
        m_cancel = true;
        return {};
    }

private:
    std::atomic_bool& m_cancel;
};

} // namespace

TEST_CASE("a Cancel while the last zips are written still takes the export back")
{
    std::atomic_bool cancel{false};
    CancelWhileFinishing files(cancel);
    packet::PacketProgress progress(files, {}, &cancel);
    const std::vector<PacketDraft> drafts(1);
    progress.start(drafts);
    REQUIRE(progress.write(drafts[0]).ok());

    const Status finished = progress.finish();
    REQUIRE_FALSE(finished.ok());
    CHECK(finished.error().code == ErrorCode::Cancelled);
}
