// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketLineList.h"

#include "rules/Masking.h"

namespace simfleet::packet {

namespace {

exports::ReportCell textCell(const QString& text)
{
    return text.isEmpty() ? exports::ReportCell{} : exports::ReportCell{text};
}

} // namespace

exports::ReportDocument lineListDocument(const PacketContent& content)
{
    using exports::ColumnKind;
    const PacketGroup& group = content.group();
    const bool fullHolder = content.carrier.requiresFullHolderData;

    exports::ReportTable table;
    table.columns = {{QStringLiteral("序号"), ColumnKind::Integer},
                     {QStringLiteral("ICCID"), ColumnKind::Text},
                     {QStringLiteral("手机号码"), ColumnKind::Text},
                     {QStringLiteral("套餐"), ColumnKind::Text},
                     {QStringLiteral("机主"), ColumnKind::Text},
                     {QStringLiteral("机主证件号码"), ColumnKind::Text},
                     {QStringLiteral("月租"), ColumnKind::Money},
                     {QStringLiteral("余额（待转移/退还预存款）"), ColumnKind::Money},
                     {QStringLiteral("结清凭证号"), ColumnKind::Text},
                     {QStringLiteral("结清日期"), ColumnKind::Date}};
    Money monthlyTotal;
    Money creditTotal;
    std::int64_t seq = 0;
    for (const PacketLine& line : group.lines) {
        const Card& card = line.card;
        exports::ReportRow row{++seq,
                               card.iccid,
                               textCell(card.msisdn),
                               textCell(card.plan),
                               textCell(fullHolder ? card.holderName : maskName(card.holderName)),
                               textCell(fullHolder ? card.holderId : maskId(card.holderId)),
                               card.monthlyFee,
                               line.credit,
                               textCell(line.settlementReference),
                               line.settlementDate.isValid()
                                   ? exports::ReportCell{line.settlementDate}
                                   : exports::ReportCell{}};
        monthlyTotal += card.monthlyFee;
        creditTotal += line.credit;
        table.rows.push_back(std::move(row));
    }
    table.totals = exports::ReportRow{{},           QStringLiteral("合计 %1 个号码").arg(seq),
                                      {},           {},
                                      {},           {},
                                      monthlyTotal, creditTotal,
                                      {},           {}};

    exports::ReportDocument document;
    document.title = QStringLiteral("注销号码清单");
    document.company = content.company.name;
    // The date goes in the Chinese notes rather than asOf, whose line is in the user's language.
    document.notes = {QStringLiteral("日期：%1").arg(chineseDate(content.date())),
                      QStringLiteral("运营商：%1　归属地：%2　号码数量：%3　材料包编号：%4")
                          .arg(carrierChineseName(group.carrier), content.homeAreaText())
                          .arg(group.lines.size())
                          .arg(content.draft.id),
                      QStringLiteral("所列号码的全部费用均已结清；余额列为待转移或退还的预存款。")};
    document.tables.push_back(std::move(table));
    return document;
}

} // namespace simfleet::packet
