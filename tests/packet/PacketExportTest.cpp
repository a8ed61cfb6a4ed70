// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketExport.h"

#include "PacketFixture.h"
#include "PacketManifest.h"
#include "PacketNames.h"
#include "PacketVerify.h"
#include "rules/Masking.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace simfleet;
using namespace simfleet::packettest;

namespace {

constexpr auto kEnglish = packet::PacketLanguage::English;
const QString kBeijing = QStringLiteral("北京市");
const QString kShanghai = QStringLiteral("上海市");

FixtureCard settled(const QString& area, CardState state = CardState::CancellationRequested)
{
    FixtureCard card;
    card.homeArea = area;
    card.state = state;
    card.charged = Money::fromFen(5800);
    card.paid = Money::fromFen(5800);
    return card;
}

PacketRequest cmcc(std::vector<CardId> cards = {})
{
    return PacketRequest{Carrier::Cmcc, std::nullopt, std::move(cards)};
}

std::size_t packetEvents(Store& store, CardId card)
{
    std::size_t count = 0;
    for (const AuditEvent& event : store.auditOf(card))
        count += event.action == AuditAction::PacketIncluded ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("a refused export writes nothing: no zip, no packet, no audit row")
{
    PacketFixture fixture;
    fixture.saveCompany();
    const CardId good = fixture.add(settled(kBeijing));
    FixtureCard owing = settled(kBeijing);
    owing.paid = Money::fromFen(5000); // still owes 8.00
    const CardId owes = fixture.add(owing);
    const CardId active = fixture.add(settled(kBeijing, CardState::Active));
    FixtureCard unicom = settled(kBeijing);
    unicom.carrier = Carrier::Cucc;
    const CardId otherCarrier = fixture.add(unicom);
    const std::size_t auditBefore = fixture.auditRows();

    const Result<packet::PacketExportOutcome> outcome = packet::exportPackets(
        fixture.context(), cmcc({good, owes, active, otherCarrier}), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    REQUIRE_FALSE(outcome->ok());
    REQUIRE(outcome->plan.refused.size() == 3);
    std::map<CardId, Error> reasons;
    for (const CardRefusal& refusal : outcome->plan.refused)
        reasons[refusal.card.id] = refusal.reason;
    CHECK(reasons.at(owes).code == ErrorCode::OwesMoney);
    CHECK(reasons.at(owes).amountFen == 800);
    CHECK(reasons.at(active).code == ErrorCode::NotReadyForPacket);
    CHECK(reasons.at(otherCarrier).code == ErrorCode::WrongCarrier);
    CHECK_FALSE(reasons.contains(good));

    CHECK(outcome->packets.empty());
    CHECK(fixture.zipsWritten().isEmpty());
    CHECK(fixture.store().packets().empty());
    CHECK(fixture.auditRows() == auditBefore);
}

TEST_CASE("without a company profile no packet is made")
{
    PacketFixture fixture;
    const CardId card = fixture.add(settled(kBeijing));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc({card}), fixture.outDir(), kEnglish);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::CompanyProfileMissing);
    CHECK(fixture.zipsWritten().isEmpty());
}

TEST_CASE("the default export takes requested cards not yet in a packet, one zip per home area")
{
    PacketFixture fixture;
    fixture.saveCompany();
    const CardId beijing1 = fixture.add(settled(kBeijing));
    const CardId beijing2 = fixture.add(settled(kBeijing));
    const CardId shanghai = fixture.add(settled(kShanghai));
    const CardId cleared = fixture.add(settled(kBeijing, CardState::ArrearsCleared));

    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
    REQUIRE(outcome->packets.size() == 2);
    CHECK(fixture.zipsWritten().size() == 2);

    std::map<QString, PacketRecord> byArea;
    for (const PacketRecord& packet : outcome->packets) {
        byArea[packet.homeArea] = packet;
        CHECK(QFile::exists(packet.outputPath));
        CHECK(packet.outputPath.endsWith(
            QStringLiteral("packet-%1-cmcc-%2.zip").arg(packet.id).arg(packet.homeArea)));
        CHECK(packet.operatorName == QStringLiteral("clerk"));
    }
    CHECK(byArea.at(kBeijing).cardIds == std::vector<CardId>{beijing1, beijing2});
    CHECK(byArea.at(kShanghai).cardIds == std::vector<CardId>{shanghai});

    // Recorded, audited once per card, and no state changed.
    CHECK(fixture.store().packets().size() == 2);
    for (const CardId id : {beijing1, beijing2, shanghai}) {
        CHECK(packetEvents(fixture.store(), id) == 1);
        CHECK(fixture.store().cardById(id)->state == CardState::CancellationRequested);
        REQUIRE(fixture.store().packetsOfCard(id).size() == 1);
    }
    CHECK(packetEvents(fixture.store(), cleared) == 0);
    const AuditEvent last = fixture.store().auditOf(shanghai).back();
    CHECK(last.details.value(QStringLiteral("packet_id")).toInteger() == byArea.at(kShanghai).id);

    // Nothing is left for a second default export; named cards may go into another packet.
    const Result<packet::PacketExportOutcome> again =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::NothingToExport);
    const Result<packet::PacketExportOutcome> named = packet::exportPackets(
        fixture.context(), cmcc({cleared, shanghai}), fixture.outDir(), kEnglish);
    REQUIRE(named.ok());
    CHECK(named->packets.size() == 2);
}

TEST_CASE("the home area option narrows the default selection and refuses other named cards")
{
    PacketFixture fixture;
    fixture.saveCompany();
    fixture.add(settled(kBeijing));
    const CardId shanghai = fixture.add(settled(kShanghai));
    PacketRequest request = cmcc();
    request.homeArea = kShanghai;
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), request, fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->packets.size() == 1);
    CHECK(outcome->packets.front().cardIds == std::vector<CardId>{shanghai});

    PacketFixture other;
    other.saveCompany();
    const CardId beijing = other.add(settled(kBeijing));
    PacketRequest named{Carrier::Cmcc, kShanghai, {beijing}};
    const Result<packet::PacketExportOutcome> refused =
        packet::exportPackets(other.context(), named, other.outDir(), kEnglish);
    REQUIRE(refused.ok());
    REQUIRE(refused->plan.refused.size() == 1);
    CHECK(refused->plan.refused.front().reason.code == ErrorCode::WrongHomeArea);
}

TEST_CASE("the zip holds every document, and the manifest's hashes match them")
{
    PacketFixture fixture;
    fixture.saveCompany();
    FixtureCard credit = settled(kBeijing);
    credit.paid = Money::fromFen(6800); // 10.00 prepaid credit to transfer
    const CardId withCredit = fixture.add(credit);
    const CardId plain = fixture.add(settled(kBeijing));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->packets.size() == 1);
    const PacketRecord& record = outcome->packets.front();
    const std::map<QString, QByteArray> files = zipFiles(record.outputPath);
    for (const char* name : {"application.pdf", "authorization.pdf", "lines.xlsx", "lines.csv",
                             "checklist.txt", "manifest.json"})
        CHECK(files.contains(QString::fromLatin1(name)));
    // Unpacked, the documents (an ID number among them) are not writable by everyone.
    const Result<std::vector<packet::ZipEntry>> entries = packet::readZip(record.outputPath);
    REQUIRE(entries.ok());
    for (const packet::ZipEntry& entry : *entries) {
        INFO(entry.name.toStdString());
        CHECK(entry.unixMode == 0644);
    }

    const Result<packet::PacketManifest> manifest =
        packet::parseManifest(files.at(QStringLiteral("manifest.json")));
    REQUIRE(manifest.ok());
    CHECK(manifest->packetId == record.id);
    CHECK(manifest->carrier == Carrier::Cmcc);
    CHECK(manifest->homeArea == kBeijing);
    CHECK(manifest->operatorName == QStringLiteral("clerk"));
    CHECK(manifest->createdUtc == record.createdUtc);
    CHECK(manifest->iccids == QStringList{fixture.store().cardById(withCredit)->iccid,
                                          fixture.store().cardById(plain)->iccid});
    CHECK(manifest->auditHeadHash == record.headAuditHash);
    CHECK_FALSE(manifest->auditHeadHash.isEmpty());
    REQUIRE(manifest->files.size() == 5);
    for (const PacketFile& file : manifest->files)
        CHECK(packet::sha256Hex(files.at(file.name)) == file.sha256);
    // The record keeps the same fingerprints.
    for (const PacketFile& file : record.files)
        CHECK(packet::sha256Hex(files.at(file.name)) == file.sha256);

    const QJsonObject json =
        QJsonDocument::fromJson(files.at(QStringLiteral("manifest.json"))).object();
    CHECK(json.value(QStringLiteral("card_count")).toInteger() == 2);

    const Result<packet::PacketVerification> verified = packet::verifyPacket(record.outputPath);
    REQUIRE(verified.ok());
    CHECK(verified->ok());
    CHECK(verified->matching.size() == 5);
}

TEST_CASE("verify finds a file changed inside the zip, and a damaged zip")
{
    PacketFixture fixture;
    fixture.saveCompany();
    fixture.add(settled(kBeijing));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    const QString path = outcome->packets.front().outputPath;

    // Someone edits the line list and zips the packet again, manifest untouched.
    Result<std::vector<packet::ZipEntry>> entries = packet::readZip(path);
    REQUIRE(entries.ok());
    for (packet::ZipEntry& entry : entries.value()) {
        if (entry.name == QLatin1String("lines.csv"))
            entry.bytes.replace("58.00", "0.01");
    }
    const QString altered = fixture.outDir() + QStringLiteral("/altered.zip");
    const Result<QByteArray> rezipped = packet::zipBytes(*entries, QDateTime::currentDateTimeUtc());
    REQUIRE(rezipped.ok());
    REQUIRE(packet::writeFileAtomically(altered, *rezipped).ok());
    const Result<packet::PacketVerification> verified = packet::verifyPacket(altered);
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->ok());
    CHECK(verified->mismatched == QStringList{QStringLiteral("lines.csv")});

    // A flipped byte in the compressed data fails the zip's own CRC.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes[200] = static_cast<char>(bytes.at(200) ^ 0x55);
    const QString damaged = fixture.outDir() + QStringLiteral("/damaged.zip");
    REQUIRE(packet::writeFileAtomically(damaged, bytes).ok());
    const Result<packet::PacketVerification> broken = packet::verifyPacket(damaged);
    CHECK((!broken.ok() || !broken->ok()));
}

TEST_CASE("the application names the company, carrier, count and every phone number")
{
    PacketFixture fixture;
    fixture.saveCompany();
    std::vector<CardId> ids;
    for (int i = 0; i < 3; ++i)
        ids.push_back(fixture.add(settled(kBeijing)));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    const std::map<QString, QByteArray> files = zipFiles(outcome->packets.front().outputPath);

    const QString application = pdfText(files.at(QStringLiteral("application.pdf")));
    const CompanyProfile company = sampleCompany();
    CHECK(application.contains(company.name));
    CHECK(application.contains(company.uscc));
    CHECK(application.contains(QStringLiteral("中国移动")));
    CHECK(application.contains(QStringLiteral("号码共 3 个")));
    CHECK(application.contains(QStringLiteral("均已结清")));
    CHECK(application.contains(QStringLiteral("2025年3月14日")));
    for (const CardId id : ids)
        CHECK(application.contains(fixture.store().cardById(id)->msisdn));

    // The authorization letter carries the agent's full ID (the hall checks it); nothing else.
    const QString authorization = pdfText(files.at(QStringLiteral("authorization.pdf")));
    CHECK(authorization.contains(company.agentName));
    CHECK(authorization.contains(company.agentId));
    for (const auto& [name, bytes] : files) {
        if (name != QLatin1String("authorization.pdf"))
            CHECK_FALSE(bytes.contains(company.agentId.toUtf8()));
    }
}

TEST_CASE("lines.csv opens in Excel with Chinese, masked holders and the ledger's figures")
{
    PacketFixture fixture;
    fixture.saveCompany();
    FixtureCard credit = settled(kBeijing);
    credit.paid = Money::fromFen(6800);
    credit.holderName = QStringLiteral("=王小明"); // formula-like text is neutralised
    const CardId id = fixture.add(credit);
    const Card card = *fixture.store().cardById(id);
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    const std::map<QString, QByteArray> files = zipFiles(outcome->packets.front().outputPath);
    const QByteArray csv = files.at(QStringLiteral("lines.csv"));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK_FALSE(text.contains(card.holderId));
    CHECK_FALSE(text.contains(QStringLiteral("王小明")));
    CHECK(text.contains(maskId(card.holderId)));
    QString row;
    for (const QString& line : text.split(QStringLiteral("\r\n"))) {
        if (line.contains(card.iccid))
            row = line;
    }
    REQUIRE_FALSE(row.isEmpty());
    const QStringList cells = row.split(QLatin1Char(','));
    REQUIRE(cells.size() == 10);
    CHECK(cells.at(0) == QStringLiteral("1"));
    CHECK(cells.at(2) == card.msisdn);
    CHECK(maskName(card.holderName).startsWith(QLatin1Char('=')));
    CHECK(cells.at(4) == QLatin1Char('\'') + maskName(card.holderName)); // neutralised
    CHECK(cells.at(6) == QStringLiteral("58.00"));
    CHECK(cells.at(7) == QStringLiteral("10.00")); // the credit to transfer
    CHECK(cells.at(8) == QStringLiteral("PAY-1"));
    CHECK(cells.at(9) == QStringLiteral("2025-03-05"));

    const QString checklist = QString::fromUtf8(files.at(QStringLiteral("checklist.txt")));
    for (const QString& material : fixture.store().carrierProfile(Carrier::Cmcc).materials)
        CHECK(checklist.contains(material));
}

TEST_CASE("the carrier profile may require full holder data in the line list")
{
    PacketFixture fixture;
    fixture.saveCompany();
    CarrierProfile profile = fixture.store().carrierProfile(Carrier::Cmcc);
    profile.requiresFullHolderData = true;
    REQUIRE(fixture.store()
                .write(QStringLiteral("clerk"),
                       [&](StoreWriter& writer) {
                           writer.saveCarrierProfile(profile);
                           return Status{};
                       })
                .ok());
    const CardId id = fixture.add(settled(kBeijing));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), cmcc(), fixture.outDir(), kEnglish);
    REQUIRE(outcome.ok());
    const QByteArray csv =
        zipFiles(outcome->packets.front().outputPath).at(QStringLiteral("lines.csv"));
    CHECK(QString::fromUtf8(csv).contains(fixture.store().cardById(id)->holderId));
}

TEST_CASE("in Chinese the zip and its files have Chinese names, safe ones, and it verifies")
{
    PacketFixture fixture;
    fixture.saveCompany();
    fixture.add(settled(QStringLiteral("广东省/深圳市"))); // a slash no file name may hold
    fixture.add(settled(QString()));
    const Result<packet::PacketExportOutcome> outcome = packet::exportPackets(
        fixture.context(), cmcc(), fixture.outDir(), packet::PacketLanguage::Chinese);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->packets.size() == 2);
    QStringList names;
    for (const PacketRecord& record : outcome->packets)
        names << QFileInfo(record.outputPath).fileName();
    names.sort();
    // The unknown area sorts first in the plan: packet 1; the business date is China's.
    CHECK(names ==
          QStringList{QStringLiteral("中国移动-广东省_深圳市-注销申请-2025-03-14-第2号.zip"),
                      QStringLiteral("中国移动-未知归属地-注销申请-2025-03-14-第1号.zip")});
    CHECK(fixture.zipsWritten().size() == 2);

    const std::map<QString, QByteArray> files = zipFiles(outcome->packets.front().outputPath);
    QStringList entries;
    for (const auto& [name, bytes] : files)
        entries << name;
    entries.sort();
    QStringList expected{QStringLiteral("注销申请书.pdf"),    QStringLiteral("授权委托书.pdf"),
                         QStringLiteral("注销号码清单.xlsx"), QStringLiteral("注销号码清单.csv"),
                         QStringLiteral("材料清单.txt"),      QStringLiteral("文件校验清单.json")};
    expected.sort();
    CHECK(entries == expected);
    // The checklist names the files as this packet spells them.
    const QString checklist = QString::fromUtf8(files.at(QStringLiteral("材料清单.txt")));
    CHECK(checklist.contains(QStringLiteral("注销号码清单.xlsx")));
    CHECK_FALSE(checklist.contains(QStringLiteral("lines.xlsx")));

    const Result<packet::PacketVerification> verified =
        packet::verifyPacket(outcome->packets.front().outputPath);
    REQUIRE(verified.ok());
    CHECK(verified->ok());
    CHECK(verified->matching.size() == 5);
}

TEST_CASE("names follow the locale: Chinese for a Chinese one, English for any other")
{
    using packet::PacketLanguage;
    CHECK(packet::packetLanguageFor(QLocale(QLocale::Chinese, QLocale::China)) ==
          PacketLanguage::Chinese);
    CHECK(packet::packetLanguageFor(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          PacketLanguage::English);
    CHECK(packet::packetLanguageFor(QLocale::c()) == PacketLanguage::English);
    // English names stay as they were.
    CHECK(packet::packetFileName(12, Carrier::Cmcc, QStringLiteral("北京市"), QDate(2025, 3, 14),
                                 PacketLanguage::English) ==
          QStringLiteral("packet-12-cmcc-北京市.zip"));
    CHECK(packet::packetFileName(3, Carrier::Ctcc, QStringLiteral("a:b*c"), QDate(2025, 3, 14),
                                 PacketLanguage::Chinese) ==
          QStringLiteral("中国电信-a_b_c-注销申请-2025-03-14-第3号.zip"));
}
