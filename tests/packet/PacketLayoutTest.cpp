// SPDX-License-Identifier: GPL-3.0-or-later
// The letters as a business hall reads them: one serif typeface whose text reads back as Chinese,
// the seal and signature block on one page, no lone rows of the list on a last page, the
// settlement's reference in the list, no file names in the text.
#include "PacketExport.h"
#include "PacketFixture.h"
#include "PacketLetters.h"

#include <QRegularExpression>

using namespace simfleet;
using namespace simfleet::packettest;

namespace {

FixtureCard settledIn(const QString& area)
{
    FixtureCard card;
    card.state = CardState::CancellationRequested;
    card.homeArea = area;
    card.charged = Money::fromFen(5800);
    card.paid = Money::fromFen(5800);
    return card;
}

// The application's HTML for a group of `count` made-up lines.
struct Letter {
    explicit Letter(int count)
    {
        group.homeArea = QStringLiteral("北京市");
        for (int i = 0; i < count; ++i) {
            PacketLine line;
            line.card.iccid = QStringLiteral("898600123456%1").arg(i, 8, 10, QLatin1Char('0'));
            line.card.msisdn = QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0'));
            line.card.plan = QStringLiteral("电销专享套餐");
            line.settlementReference = QStringLiteral("PAY-%1").arg(i);
            group.lines.push_back(line);
        }
        draft.id = 7;
        draft.group = &group;
        draft.createdUtc = QDateTime(QDate(2025, 3, 14), QTime(2, 0), Qt::UTC);
        draft.operatorName = QStringLiteral("clerk");
        carrier.carrier = Carrier::Cmcc;
    }
    // The letters laid out as the export prints them.
    packet::LetterLayout application() const
    {
        const auto letters = lettersFor();
        return letters->printer().layOut(letters->application(content()));
    }
    packet::LetterLayout authorization() const
    {
        const auto letters = lettersFor();
        return letters->printer().layOut(letters->authorization(content()));
    }
    packet::PacketContent content() const { return packet::PacketContent{draft, company, carrier}; }
    std::shared_ptr<const packet::PacketLetters> lettersFor() const
    {
        Result<std::shared_ptr<const packet::PacketLetters>> letters =
            packet::PacketLetters::make({draft}, company, carrier);
        REQUIRE(letters.ok());
        return *letters;
    }

    PacketGroup group;
    PacketDraft draft;
    CompanyProfile company{sampleCompany()};
    CarrierProfile carrier;
};

} // namespace

TEST_CASE("the seal and signature block is never split across pages")
{
    // Longer and longer company addresses push the block down over the page's foot.
    for (int filler = 0; filler < 40; filler += 3) {
        Letter letter(1);
        letter.company.address = QString(filler * 8, QChar(0x8857)); // 街
        for (const packet::LetterLayout& layout : {letter.application(), letter.authorization()}) {
            const auto pages = packet::tablePages(layout, packet::kKeepTogetherAnchor);
            INFO("filler " << filler);
            REQUIRE(pages.size() == 1);
            CHECK(pages.front().first == pages.front().second);
        }
    }
}

TEST_CASE("a list of any length leaves at least three rows on its last page")
{
    for (int count = 1; count <= 90; ++count) {
        Letter letter(count);
        const auto pages = packet::tableRowPages(letter.application(), packet::kLineListAnchor);
        INFO("lines " << count);
        REQUIRE(pages.size() == std::size_t(count));
        const int first = pages.front();
        const int last = pages.back();
        int onLast = 0;
        for (const int page : pages)
            onLast += page == last ? 1 : 0;
        if (last != first)
            CHECK(onLast >= packet::kMinRowsOnLastPage);
    }
}

TEST_CASE("the letters embed one subset serif typeface whose text reads back as Chinese")
{
    PacketFixture fixture;
    fixture.saveCompany();
    fixture.add(settledIn(QStringLiteral("北京市")));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), PacketRequest{Carrier::Cmcc, std::nullopt, {}},
                              fixture.outDir(), packet::PacketLanguage::English);
    REQUIRE(outcome.ok());
    const std::map<QString, QByteArray> files = zipFiles(outcome->packets.front().outputPath);
    // A subset (six capitals and a plus) of the serif from fonts-noto-cjk.
    static const QRegularExpression kSubsetOfSerif(
        QStringLiteral("^[A-Z]{6}\\+NotoSerifCJKsc-(Regular|Bold)$"));
    static const QRegularExpression kRadical(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    for (const char* name : {"application.pdf", "authorization.pdf"}) {
        INFO(name);
        const QByteArray& pdf = files.at(QString::fromLatin1(name));
        const QStringList fonts = pdfFonts(pdf);
        REQUIRE_FALSE(fonts.isEmpty());
        for (const QString& font : fonts)
            CHECK(kSubsetOfSerif.match(font).hasMatch());
        const QString text = pdfText(pdf);
        // 一, 用, 月, 日 share their glyphs with Kangxi radicals: they must read as themselves.
        CHECK(text.contains(QStringLiteral("统一社会信用代码")));
        CHECK(text.contains(QStringLiteral("2025年3月14日")));
        CHECK(text.contains(sampleCompany().uscc));
        CHECK_FALSE(text.contains(kRadical));
    }
}

TEST_CASE("the application lists each line's settlement reference and names no file")
{
    PacketFixture fixture;
    fixture.saveCompany();
    for (int i = 0; i < 3; ++i)
        fixture.add(settledIn(QStringLiteral("北京市")));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), PacketRequest{Carrier::Cmcc, std::nullopt, {}},
                              fixture.outDir(), packet::PacketLanguage::English);
    REQUIRE(outcome.ok());
    const std::map<QString, QByteArray> files = zipFiles(outcome->packets.front().outputPath);
    const QString application = pdfText(files.at(QStringLiteral("application.pdf")));
    for (const char* reference : {"PAY-1", "PAY-2", "PAY-3"})
        CHECK(application.contains(QString::fromLatin1(reference)));
    CHECK(application.contains(QStringLiteral("结清凭证号")));
    static const QRegularExpression kFileName(QStringLiteral("\\.(pdf|xlsx|csv|txt|json)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    CHECK_FALSE(application.contains(kFileName));
    CHECK_FALSE(pdfText(files.at(QStringLiteral("authorization.pdf"))).contains(kFileName));
}

TEST_CASE("a long list's pages each hold several rows, and the seal block stays on one page")
{
    PacketFixture fixture;
    fixture.saveCompany();
    for (int i = 0; i < 48; ++i)
        fixture.add(settledIn(QStringLiteral("北京市")));
    const Result<packet::PacketExportOutcome> outcome =
        packet::exportPackets(fixture.context(), PacketRequest{Carrier::Cmcc, std::nullopt, {}},
                              fixture.outDir(), packet::PacketLanguage::English);
    REQUIRE(outcome.ok());
    const QByteArray pdf =
        zipFiles(outcome->packets.front().outputPath).at(QStringLiteral("application.pdf"));
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 3); // the letter, then a list over at least two pages
    static const QRegularExpression kPhone(QStringLiteral("\\b1380013\\d{4}\\b"));
    int listed = 0;
    bool sealSeen = false;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        const auto rows = static_cast<int>(text.count(kPhone));
        INFO("page " << page);
        if (rows > 0) {
            CHECK(rows >= packet::kMinRowsOnLastPage);
            // The list's header is repeated on every page it runs onto.
            CHECK(text.contains(QStringLiteral("手机号码")));
            CHECK(text.contains(QStringLiteral("结清凭证号")));
        }
        // Each page's foot numbers it among all of them.
        const QRegularExpression footer(
            QStringLiteral("第\\s*%1\\s*页\\s*/\\s*共\\s*%2\\s*页").arg(page).arg(pages));
        CHECK(text.contains(footer));
        listed += rows;
        // The seal, the signature and the date of the block on the same page.
        if (text.contains(QStringLiteral("法定代表人或授权代表（签字）"))) {
            sealSeen = true;
            CHECK(text.contains(QStringLiteral("申请单位（盖公章）")));
            CHECK(text.contains(QStringLiteral("日期：2025年3月14日")));
        }
    }
    CHECK(sealSeen);
    CHECK(listed == 48);
}
