// SPDX-License-Identifier: GPL-3.0-or-later
// The letters' own typesetting and PDF writing: Chinese line breaking, the font subset, text that
// reads back as written, the list's header on every page and the page numbers at the foot.
#include "LetterFonts.h"
#include "LetterModel.h"
#include "LineBreaking.h"
#include "PacketFixture.h"
#include "PacketPdf.h"

#include <QRegularExpression>

using namespace simfleet;
using namespace simfleet::packettest;

namespace {

std::vector<char32_t> codePoints(const QString& text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return {ucs4.begin(), ucs4.end()};
}

// The lines of `text` broken `width` wide, every character 1 wide.
QStringList brokenLines(const QString& text, qreal width)
{
    const std::vector<char32_t> cps = codePoints(text);
    const std::vector<qreal> widths(cps.size(), 1.0);
    QStringList lines;
    for (const packet::TextLine& line : packet::breakLines(cps, widths, width, width))
        lines << QString::fromUcs4(cps.data() + line.begin, qsizetype(line.end - line.begin));
    return lines;
}

std::shared_ptr<const packet::LetterPrinter> printerFor(const QString& text)
{
    Result<std::shared_ptr<const packet::LetterPrinter>> printer =
        packet::LetterPrinter::make(text, text);
    REQUIRE(printer.ok());
    return *printer;
}

// "第 1 页 / 共 3 页" as pdftotext reads it back (the spaces are gaps, not glyphs).
QRegularExpression footer(int page, int pages)
{
    return QRegularExpression(
        QStringLiteral("第\\s*%1\\s*页\\s*/\\s*共\\s*%2\\s*页").arg(page).arg(pages));
}

const QDateTime kCreated(QDate(2025, 3, 14), QTime(2, 0), Qt::UTC);

} // namespace

TEST_CASE("no line starts with closing punctuation nor ends with opening punctuation")
{
    const QString text = QStringLiteral("我单位（统一社会信用代码：91110105372590005T）因业务调整，"
                                        "不再使用以本单位名义登记的号码、“卡”；均已结清。「回执」");
    static const QRegularExpression kClosing(QStringLiteral("^[，。、）；：」”]"));
    static const QRegularExpression kOpening(QStringLiteral("[（「“]$"));
    // From 5 on: below that a word with its punctuation (“卡”；) is wider than the line itself.
    for (int width = 5; width <= 40; ++width) {
        const QStringList lines = brokenLines(text, width);
        INFO("width " << width);
        CHECK(lines.join(QString()) == text); // nothing lost, nothing added
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK_FALSE(kClosing.match(line).hasMatch());
            CHECK_FALSE(kOpening.match(line).hasMatch());
            CHECK(line.size() <= width);
        }
    }
}

TEST_CASE("Latin words and digit runs stay whole, Chinese breaks per character")
{
    const QString text = QStringLiteral("凭证PAY-12345与代码91110105372590005T，电话0571-88886666");
    const QStringList words = {QStringLiteral("PAY-12345"), QStringLiteral("91110105372590005T"),
                               QStringLiteral("0571-88886666")};
    for (int width = 19; width <= 30; ++width) {
        const QStringList lines = brokenLines(text, width);
        INFO("width " << width);
        const QString joined = lines.join(QLatin1Char('|'));
        for (const QString& word : words)
            CHECK(joined.contains(word));
        for (const QString& line : lines)
            CHECK(line.size() <= width);
    }
    // Between Chinese characters any place will do: a line is filled to its width.
    CHECK(brokenLines(QStringLiteral("一二三四五六七"), 3) ==
          QStringList{QStringLiteral("一二三"), QStringLiteral("四五六"), QStringLiteral("七")});
    // A word longer than a line is cut where it overflows rather than overflow the page.
    CHECK(brokenLines(QStringLiteral("ABCDEFG"), 3) ==
          QStringList{QStringLiteral("ABC"), QStringLiteral("DEF"), QStringLiteral("G")});
    // Spaces hang at the end of a line; the next starts with the word after them.
    CHECK(brokenLines(QStringLiteral("ab cd ef"), 5) ==
          QStringList{QStringLiteral("ab cd"), QStringLiteral("ef")});
}

TEST_CASE("the font subset holds what the export asks for and every ASCII character")
{
    Result<std::shared_ptr<const packet::LetterFonts>> fonts =
        packet::LetterFonts::make(QStringLiteral("大一月"), QStringLiteral("月"));
    REQUIRE(fonts.ok());
    const packet::LetterFace& regular = (*fonts)->regular;
    const packet::LetterFace& bold = (*fonts)->bold;
    for (const char32_t cp : {U'大', U'一', U'月', U'A', U'z', U'0', U'-', U'第', U'页'})
        CHECK(regular.glyph(cp).cid != 0);
    CHECK(regular.glyph(U'龍').cid == 0); // not asked for
    CHECK(bold.glyph(U'月').cid != 0);
    CHECK(bold.glyph(U'大').cid == 0); // only in the regular subset
    CHECK(bold.glyph(U'7').cid != 0);
    // The two faces are different subsets of different fonts.
    CHECK(regular.pdfName().endsWith("+NotoSerifCJKsc-Regular"));
    CHECK(bold.pdfName().endsWith("+NotoSerifCJKsc-Bold"));
    CHECK(regular.deflatedCff() != bold.deflatedCff());
}

TEST_CASE("mixed Chinese, Latin and digits read back from the PDF as written")
{
    // 大 一 月 用 日 share their glyphs with Kangxi radicals; digits among Latin letters were
    // swapped for glyphs no code point names by the shaping the old renderer did.
    const QString sentence =
        QStringLiteral("统一社会信用代码91110105372590005T，凭证PAY-1与A1B2，大一月用日。");
    const QString html =
        QStringLiteral("<html><body><p>%1</p><p><b>%1</b></p></body></html>").arg(sentence);
    const auto printer = printerFor(sentence);
    const QByteArray pdf =
        printer->pdf(packet::parseLetter(html), QStringLiteral("测试"), kCreated);
    const QString text = pdfText(pdf);
    CHECK(text.count(sentence) == 2); // regular and bold
    static const QRegularExpression kRadical(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    CHECK_FALSE(text.contains(kRadical));
    const QStringList fonts = pdfFonts(pdf);
    CHECK(fonts.size() == 2);
    // A character the bold subset lacks is drawn by the regular face, and still reads back.
    const auto thin = packet::LetterPrinter::make(sentence, QString());
    REQUIRE(thin.ok());
    CHECK(pdfText((*thin)->pdf(packet::parseLetter(html), QStringLiteral("测试"), kCreated))
              .count(sentence) == 2);
}

TEST_CASE("a long table repeats its header on every page and the foot counts the pages")
{
    QString rows;
    for (int i = 1; i <= 120; ++i)
        rows += QStringLiteral("<tr><td>%1</td><td>第%1行</td></tr>").arg(i);
    const QString html = QStringLiteral("<html><body><p>前言</p>"
                                        "<table border=\"1\" cellpadding=\"5\" width=\"100%\">"
                                        "<thead><tr><th>序号</th><th>内容标题</th></tr></thead>%1"
                                        "</table></body></html>")
                             .arg(rows);
    const auto printer = printerFor(html);
    const packet::LetterModel letter = packet::parseLetter(html);
    const packet::LetterLayout layout = printer->layOut(letter);
    const QByteArray pdf = printer->pdf(letter, QStringLiteral("测试"), kCreated);
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 3);
    CHECK(std::size_t(pages) == layout.pages.size());
    static const QRegularExpression kRow(QStringLiteral("第(\\d+)行"));
    int seen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        INFO("page " << page);
        CHECK(text.count(QStringLiteral("内容标题")) == 1);
        CHECK(text.contains(footer(page, pages)));
        // Rows in order, none lost or doubled.
        for (const QRegularExpressionMatch& match : kRow.globalMatch(text))
            CHECK(match.captured(1).toInt() == ++seen);
    }
    CHECK(seen == 120);
}

TEST_CASE("a list's last page keeps at least three rows, moved over under the header")
{
    // Enough rows that the natural break leaves one or two on the last page, for some count.
    const auto printer = printerFor(QStringLiteral("序号内容"));
    bool moved = false;
    for (int count = 20; count <= 60; ++count) {
        QString rows;
        for (int i = 1; i <= count; ++i)
            rows += QStringLiteral("<tr><td>%1</td></tr>").arg(i);
        const QString html = QStringLiteral("<html><body><table border=\"1\" width=\"100%\">"
                                            "<thead><tr><th>序号</th></tr></thead>"
                                            "<tr><td><a name=\"line-list\">内容</a></td></tr>%1"
                                            "</table><p>内容</p></body></html>")
                                 .arg(rows);
        const packet::LetterLayout layout = printer->layOut(packet::parseLetter(html));
        const std::vector<int> pages = packet::tableRowPages(layout, packet::kLineListAnchor);
        INFO("rows " << count);
        REQUIRE(pages.size() == std::size_t(count + 1));
        const auto onLast = std::count(pages.begin(), pages.end(), pages.back());
        if (pages.back() != pages.front()) {
            CHECK(onLast >= packet::kMinRowsOnLastPage);
            // The page before is not left with a gap bigger than the rows moved.
            moved = moved || onLast == packet::kMinRowsOnLastPage;
        }
    }
    CHECK(moved); // the rule had something to do
}

TEST_CASE("a table marked keep-together moves whole to the next page; others split by rows")
{
    const auto printer = printerFor(QStringLiteral("前言签章行"));
    bool split = false;
    for (int filler = 20; filler <= 40; ++filler) {
        QString body;
        for (int i = 0; i < filler; ++i)
            body += QStringLiteral("<p>前言</p>");
        QString rows;
        for (int i = 0; i < 6; ++i)
            rows += QStringLiteral("<tr><td>行</td></tr>");
        for (const bool marked : {true, false}) {
            const QString anchor = marked ? QStringLiteral("<a name=\"keep-together\">签章</a>")
                                          : QStringLiteral("<a name=\"other\">签章</a>");
            const QString html = QStringLiteral("<html><body>%1<table border=\"1\">"
                                                "<tr><td>%2</td></tr>%3</table></body></html>")
                                     .arg(body, anchor, rows);
            const packet::LetterLayout layout = printer->layOut(packet::parseLetter(html));
            const auto pages =
                packet::tablePages(layout, marked ? packet::kKeepTogetherAnchor : "other");
            INFO("filler " << filler << (marked ? " marked" : " unmarked"));
            REQUIRE(pages.size() == 1);
            if (marked)
                CHECK(pages.front().first == pages.front().second);
            else
                split = split || pages.front().first != pages.front().second;
        }
    }
    CHECK(split); // the unmarked table did run over a page's foot
}
