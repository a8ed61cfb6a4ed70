// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketLetters.h"

#include "PacketTemplates.h"
#include "domain/Carrier.h"

#include <QRegularExpression>
#include <functional>
#include <set>

namespace simfleet::packet {

namespace {

const QString kLinesPlaceholder = QStringLiteral("lines_table");

// The row of the line list, repeated per line: phone number, ICCID, plan and the settlement's
// reference (the receipt the hall may ask to see). The anchor asks the layout to keep the list's
// last rows together (LetterLayout.h).
QString lineRowHtml()
{
    return QStringLiteral("<tr><td class=\"num\" align=\"center\"><a name=\"%1\">{{line_seq}}</a>"
                          "</td><td>{{line_msisdn}}</td><td>{{line_iccid}}</td>"
                          "<td>{{line_plan}}</td><td>{{line_reference}}</td></tr>\n")
        .arg(QString::fromLatin1(kLineListAnchor));
}

QString contactText(const CompanyProfile& company)
{
    QStringList parts;
    if (!company.agentName.isEmpty())
        parts << company.agentName;
    if (!company.phone.isEmpty())
        parts << company.phone;
    return parts.join(QStringLiteral("　"));
}

// The placeholders of both letters.
QHash<QString, QString> letterValues(const PacketContent& content)
{
    const CompanyProfile& company = content.company;
    return {
        {QStringLiteral("company_name"), company.name},
        {QStringLiteral("uscc"), company.uscc},
        {QStringLiteral("address"), company.address},
        {QStringLiteral("contact"), contactText(company)},
        {QStringLiteral("agent_name"), company.agentName},
        {QStringLiteral("agent_id"), company.agentId},
        {QStringLiteral("carrier"), carrierChineseName(content.group().carrier)},
        {QStringLiteral("hotline"), content.carrier.hotline},
        {QStringLiteral("home_area"), content.homeAreaText()},
        {QStringLiteral("date"), chineseDate(content.date())},
        {QStringLiteral("line_count"), QString::number(content.group().lines.size())},
        {QStringLiteral("packet_id"), QString::number(content.draft.id)},
    };
}

std::vector<QHash<QString, QString>> lineValues(const PacketGroup& group)
{
    std::vector<QHash<QString, QString>> rows;
    rows.reserve(group.lines.size());
    int seq = 0;
    for (const PacketLine& line : group.lines) {
        rows.push_back({
            {QStringLiteral("line_seq"), QString::number(++seq)},
            {QStringLiteral("line_msisdn"), line.card.msisdn},
            {QStringLiteral("line_iccid"), line.card.iccid},
            {QStringLiteral("line_plan"), line.card.plan},
            {QStringLiteral("line_reference"), line.settlementReference},
        });
    }
    return rows;
}

// Each character once.
class CharacterSet {
public:
    void add(const QString& text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                m_astral.insert(QChar::surrogateToUcs4(c, text[++i]));
            else
                m_bmp[c.unicode()] = true;
        }
    }
    void add(const CharacterSet& other)
    {
        for (std::size_t i = 0; i < m_bmp.size(); ++i)
            m_bmp[i] = m_bmp[i] || other.m_bmp[i];
        m_astral.insert(other.m_astral.begin(), other.m_astral.end());
    }
    QString text() const
    {
        QString out;
        for (std::size_t i = 0; i < m_bmp.size(); ++i) {
            if (m_bmp[i])
                out += QChar(char16_t(i));
        }
        for (const char32_t cp : m_astral)
            out += QString::fromUcs4(&cp, 1);
        return out;
    }

private:
    std::vector<bool> m_bmp = std::vector<bool>(0x10000);
    std::set<char32_t> m_astral;
};

void forEachRun(const LetterModel& letter, const std::function<void(const TextRun&)>& visit)
{
    for (const LetterBlock& block : letter.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            for (const TextRun& run : paragraph->runs)
                visit(run);
            continue;
        }
        for (const auto& row : std::get<Table>(block).rows) {
            for (const TableCell& cell : row) {
                for (const Paragraph& paragraph : cell.paragraphs) {
                    for (const TextRun& run : paragraph.runs)
                        visit(run);
                }
            }
        }
    }
}

// The characters the letters of these drafts can print: the templates' text and every value
// their placeholders take (regular), and what of it is set in bold (bold).
std::pair<QString, QString> letterText(const std::vector<const LetterTemplate*>& templates,
                                       const std::vector<PacketDraft>& drafts,
                                       const CompanyProfile& company, const CarrierProfile& carrier)
{
    QHash<QString, CharacterSet> values; // by placeholder
    for (const PacketDraft& draft : drafts) {
        const PacketContent content{draft, company, carrier};
        const QHash<QString, QString> these = letterValues(content);
        for (auto it = these.cbegin(); it != these.cend(); ++it)
            values[it.key()].add(it.value());
        for (const QHash<QString, QString>& row : lineValues(content.group())) {
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                values[it.key()].add(it.value());
        }
    }
    CharacterSet regular;
    CharacterSet bold;
    for (const CharacterSet& set : values)
        regular.add(set);
    static const QRegularExpression kPlaceholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    for (const LetterTemplate* letter : templates) {
        forEachRun(letter->unfilled(), [&](const TextRun& run) {
            regular.add(run.text);
            if (!run.bold)
                return;
            bold.add(run.text);
            for (const QRegularExpressionMatch& match : kPlaceholder.globalMatch(run.text))
                bold.add(values.value(match.captured(1)));
        });
    }
    return {regular.text(), bold.text()};
}

} // namespace

Result<std::shared_ptr<const PacketLetters>>
PacketLetters::make(const std::vector<PacketDraft>& drafts, const CompanyProfile& company,
                    const CarrierProfile& carrier)
{
    std::shared_ptr<PacketLetters> letters(new PacketLetters);
    letters->m_application = LetterTemplate(loadTemplate(QStringLiteral("application_zh.html")),
                                            kLinesPlaceholder, lineRowHtml());
    letters->m_authorization =
        LetterTemplate(loadTemplate(QStringLiteral("authorization_zh.html")), {}, {});
    const auto [regular, bold] =
        letterText({&letters->m_application, &letters->m_authorization}, drafts, company, carrier);
    Result<std::shared_ptr<const LetterPrinter>> printer = LetterPrinter::make(regular, bold);
    if (!printer)
        return printer.error();
    letters->m_printer = std::move(printer).value();
    return std::shared_ptr<const PacketLetters>(std::move(letters));
}

LetterModel PacketLetters::application(const PacketContent& content) const
{
    return m_application.fill(letterValues(content), lineValues(content.group()));
}

LetterModel PacketLetters::authorization(const PacketContent& content) const
{
    return m_authorization.fill(letterValues(content), {});
}

QByteArray PacketLetters::applicationPdf(const PacketContent& content) const
{
    return m_printer->pdf(application(content), QStringLiteral("注销申请书"),
                          content.draft.createdUtc);
}

QByteArray PacketLetters::authorizationPdf(const PacketContent& content) const
{
    return m_printer->pdf(authorization(content), QStringLiteral("授权委托书"),
                          content.draft.createdUtc);
}

} // namespace simfleet::packet
