// SPDX-License-Identifier: GPL-3.0-or-later
// The export's documents are made on worker threads (PacketFilesInParallel): the same packets
// as the serial path, and all or nothing when a step fails part-way.
#include "PacketExport.h"
#include "PacketFixture.h"
#include "PacketManifest.h"
#include "PacketNames.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace simfleet;
using namespace simfleet::packettest;

namespace {

constexpr auto kEnglish = packet::PacketLanguage::English;

FixtureCard requested(const QString& area)
{
    FixtureCard card;
    card.homeArea = area;
    card.charged = Money::fromFen(5800);
    card.paid = Money::fromFen(6000); // 2.00 of credit on each line
    return card;
}

// Home areas of different sizes: the 45 lines of the first run over two pages.
const std::vector<std::pair<QString, int>> kAreas = {{QStringLiteral("北京市"), 45},
                                                     {QStringLiteral("上海市"), 3},
                                                     {QStringLiteral("广东省广州市"), 7},
                                                     {QStringLiteral("四川省成都市"), 1},
                                                     {QStringLiteral("浙江省杭州市"), 12}};

void addFleet(PacketFixture& fixture)
{
    fixture.saveCompany();
    for (const auto& [area, count] : kAreas) {
        for (int i = 0; i < count; ++i)
            fixture.add(requested(area));
    }
}

PacketRequest everyRequestedCard()
{
    return PacketRequest{Carrier::Cmcc, std::nullopt, {}};
}

// A PDF without its creation time, the only thing that differs between two renderings.
QByteArray withoutCreationDate(const QByteArray& pdf)
{
    QString text = QString::fromLatin1(pdf);
    text.remove(QRegularExpression(QStringLiteral("/CreationDate \\(D:[^)]*\\)")));
    return text.toLatin1();
}

// A workbook's parts but docProps/core.xml, which holds the time it was written.
std::map<QString, QByteArray> workbookParts(const QByteArray& xlsx)
{
    const std::optional<std::vector<packet::ZipEntry>> parts = packet::unzipArchive(xlsx);
    REQUIRE(parts.has_value());
    std::map<QString, QByteArray> kept;
    for (const packet::ZipEntry& part : *parts) {
        if (part.name != QStringLiteral("docProps/core.xml"))
            kept[part.name] = part.bytes;
    }
    return kept;
}

// The manifest with the fingerprints of the files that carry a time of writing left out.
QJsonObject stableManifest(const QByteArray& json)
{
    QJsonObject manifest = QJsonDocument::fromJson(json).object();
    manifest.remove(QStringLiteral("files"));
    return manifest;
}

void requireSameFiles(const QString& serialZip, const QString& parallelZip)
{
    const std::map<QString, QByteArray> serial = zipFiles(serialZip);
    const std::map<QString, QByteArray> parallel = zipFiles(parallelZip);
    REQUIRE(serial.size() == parallel.size());
    for (const auto& [name, bytes] : serial) {
        INFO(name.toStdString());
        REQUIRE(parallel.contains(name));
        const QByteArray& other = parallel.at(name);
        if (name.endsWith(QStringLiteral(".pdf")))
            CHECK(withoutCreationDate(bytes) == withoutCreationDate(other));
        else if (name.endsWith(QStringLiteral(".xlsx")))
            CHECK(workbookParts(bytes) == workbookParts(other));
        else if (packet::isManifestName(name))
            CHECK(stableManifest(bytes) == stableManifest(other));
        else
            CHECK(bytes == other);
    }
}

} // namespace

TEST_CASE("a parallel export writes the packets a serial one writes, in the same order")
{
    PacketFixture serialFleet;
    addFleet(serialFleet);
    PacketFixture parallelFleet;
    addFleet(parallelFleet);

    const Result<packet::PacketExportOutcome> serial =
        packet::exportPackets(serialFleet.context(), everyRequestedCard(), serialFleet.outDir(),
                              kEnglish, packet::PacketExportOptions{1});
    const Result<packet::PacketExportOutcome> parallel =
        packet::exportPackets(parallelFleet.context(), everyRequestedCard(), parallelFleet.outDir(),
                              kEnglish, packet::PacketExportOptions{3});
    REQUIRE(serial.ok());
    REQUIRE(parallel.ok());
    REQUIRE(serial->packets.size() == kAreas.size());
    REQUIRE(parallel->packets.size() == kAreas.size());

    for (std::size_t i = 0; i < kAreas.size(); ++i) {
        const PacketRecord& one = serial->packets[i];
        const PacketRecord& other = parallel->packets[i];
        INFO(one.homeArea.toStdString());
        CHECK(other.id == one.id);
        CHECK(other.homeArea == one.homeArea);
        CHECK(other.cardIds == one.cardIds);
        // The same fixed clock and cards: the audit chain reaches the same head.
        CHECK(other.headAuditHash == one.headAuditHash);
        CHECK(QFileInfo(other.outputPath).fileName() == QFileInfo(one.outputPath).fileName());
        // What was recorded is what is on disk, manifest included.
        const std::map<QString, QByteArray> files = zipFiles(other.outputPath);
        REQUIRE(files.size() == other.files.size());
        for (const PacketFile& file : other.files)
            CHECK(packet::sha256Hex(files.at(file.name)) == file.sha256);
        requireSameFiles(one.outputPath, other.outputPath);
    }
    CHECK(parallelFleet.zipsWritten() == serialFleet.zipsWritten());
    CHECK(parallelFleet.auditRows() == serialFleet.auditRows());
}

TEST_CASE("a packet that cannot be written part-way leaves no packet, no audit row and no zip")
{
    const int threads = GENERATE(1, 3);
    INFO("threads " << threads);
    PacketFixture fixture;
    addFleet(fixture);
    const std::size_t auditBefore = fixture.auditRows();

    // The third packet's zip cannot be written: a folder has its name. Packets go by home area.
    QStringList areas;
    for (const auto& [area, count] : kAreas)
        areas << area;
    std::sort(areas.begin(), areas.end());
    const QString blocked =
        packet::packetFileName(3, Carrier::Cmcc, areas.at(2), QDate(2025, 3, 14), kEnglish);
    REQUIRE(QDir(fixture.outDir()).mkdir(blocked));

    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), everyRequestedCard(), fixture.outDir(), kEnglish,
                              packet::PacketExportOptions{threads});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::FileUnwritable);
    CHECK(outcome.error().detail.contains(blocked));

    CHECK(fixture.store().packets().empty());
    CHECK(fixture.auditRows() == auditBefore);
    // Neither the zips written before it nor those after it, nor any half-written file.
    CHECK(fixture.zipsWritten().isEmpty());
    CHECK(
        QDir(fixture.outDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
        QStringList{blocked});

    // Once the way is clear the same cards go out, numbered from 1 again.
    REQUIRE(QDir(fixture.outDir()).rmdir(blocked));
    const Result<packet::PacketExportOutcome> again =
        packet::exportPackets(fixture.context(), everyRequestedCard(), fixture.outDir(), kEnglish,
                              packet::PacketExportOptions{threads});
    REQUIRE(again.ok());
    REQUIRE(again->packets.size() == kAreas.size());
    CHECK(again->packets.front().id == 1);
    CHECK(fixture.zipsWritten().size() == static_cast<qsizetype>(kAreas.size()));
}

namespace {

// Remembers what record() asked of it, and fails where told to.
class ScriptedFiles final : public PacketFileWriter {
public:
    std::vector<PacketDraft> started;
    std::vector<PacketDraft> written;
    bool failAtFinish{false};

    void start(const std::vector<PacketDraft>& drafts) override { started = drafts; }
    Result<WrittenPacket> write(const PacketDraft& draft) override
    {
        written.push_back(draft);
        return WrittenPacket{QStringLiteral("/nowhere/%1.zip").arg(draft.id),
                             {PacketFile{QStringLiteral("a.txt"), QByteArray(64, 'a')}}};
    }
    Status finish() override
    {
        if (failAtFinish)
            return Error{ErrorCode::FileUnwritable, QStringLiteral("late"), 0};
        return {};
    }
};

} // namespace

TEST_CASE("record starts the writer with every draft, then writes them in order with the audit "
          "head; a failure at finish records nothing")
{
    PacketFixture fixture;
    addFleet(fixture);
    PacketService service(fixture.context());
    const Result<PacketPlan> plan = service.plan(everyRequestedCard());
    REQUIRE(plan.ok());
    REQUIRE(plan->groups.size() == kAreas.size());
    const std::size_t auditBefore = fixture.auditRows();

    ScriptedFiles failing;
    failing.failAtFinish = true;
    const Result<std::vector<PacketRecord>> refused = service.record(*plan, failing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("late"));
    CHECK(failing.written.size() == kAreas.size());
    CHECK(fixture.store().packets().empty());
    CHECK(fixture.auditRows() == auditBefore);

    ScriptedFiles files;
    const Result<std::vector<PacketRecord>> recorded = service.record(*plan, files);
    REQUIRE(recorded.ok());
    REQUIRE(files.started.size() == kAreas.size());
    REQUIRE(files.written.size() == kAreas.size());
    QSet<QByteArray> heads;
    for (std::size_t i = 0; i < kAreas.size(); ++i) {
        const PacketDraft& ahead = files.started[i];
        const PacketDraft& draft = files.written[i];
        CHECK(ahead.group == &plan->groups[i]);
        CHECK(ahead.groupIndex == i);
        CHECK(ahead.id == static_cast<PacketId>(i + 1));
        CHECK(ahead.headAuditHash.isEmpty()); // not known before the packets ahead are recorded
        CHECK(draft.id == ahead.id);
        CHECK(draft.group == ahead.group);
        CHECK(draft.createdUtc == ahead.createdUtc);
        CHECK(draft.headAuditHash == (*recorded)[i].headAuditHash);
        CHECK((*recorded)[i].id == draft.id);
        heads.insert(draft.headAuditHash);
    }
    // Each packet's own events move the head on before the next one.
    CHECK(heads.size() == static_cast<qsizetype>(kAreas.size()));
    CHECK(fixture.store().packets().size() == kAreas.size());
}
