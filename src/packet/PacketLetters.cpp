// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketLetters.h"

#include "PacketPdf.h"
#include "PacketTemplates.h"
#include "domain/Carrier.h"

namespace simfleet::packet {

namespace {

QString contactText(const CompanyProfile& company)
{
    QStringList parts;
    if (!company.agentName.isEmpty())
        parts << company.agentName;
    if (!company.phone.isEmpty())
        parts << company.phone;
    return parts.join(QStringLiteral("　"));
}

QHash<QString, QString> commonValues(const PacketContent& content)
{
    const CompanyProfile& company = content.company;
    return {
        {QStringLiteral("company_name"), company.name},
        {QStringLiteral("uscc"), company.uscc},
        {QStringLiteral("address"), company.address},
        {QStringLiteral("contact"), contactText(company)},
        {QStringLiteral("agent_name"), company.agentName},
        {QStringLiteral("carrier"), carrierChineseName(content.group().carrier)},
        {QStringLiteral("hotline"), content.carrier.hotline},
        {QStringLiteral("home_area"), content.homeAreaText()},
        {QStringLiteral("date"), chineseDate(content.date())},
        {QStringLiteral("line_count"), QString::number(content.group().lines.size())},
        {QStringLiteral("packet_id"), QString::number(content.draft.id)},
    };
}

// The numbered rows of the lines: phone number, ICCID, plan and the settlement's reference (the
// receipt the hall may ask to see). The first number carries the anchor that asks the renderer
// to keep the list's last rows together (PacketPdf.h).
QString linesTableRows(const PacketGroup& group)
{
    QString rows;
    int seq = 0;
    for (const PacketLine& line : group.lines) {
        ++seq;
        const QString number =
            seq == 1
                ? QStringLiteral("<a name=\"%1\">1</a>").arg(QString::fromLatin1(kLineListAnchor))
                : QString::number(seq);
        rows += QStringLiteral("<tr><td class=\"num\" align=\"center\">%1</td><td>%2</td>"
                               "<td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(number, line.card.msisdn.toHtmlEscaped(), line.card.iccid.toHtmlEscaped(),
                         line.card.plan.toHtmlEscaped(), line.settlementReference.toHtmlEscaped());
    }
    return rows;
}

} // namespace

QString applicationHtml(const PacketContent& content)
{
    return fillTemplate(loadTemplate(QStringLiteral("application_zh.html")), commonValues(content),
                        {{QStringLiteral("lines_table"), linesTableRows(content.group())}});
}

QString authorizationHtml(const PacketContent& content)
{
    QHash<QString, QString> values = commonValues(content);
    values.insert(QStringLiteral("agent_id"), content.company.agentId);
    return fillTemplate(loadTemplate(QStringLiteral("authorization_zh.html")), values);
}

} // namespace simfleet::packet
