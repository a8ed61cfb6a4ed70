// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/ImportColumns.h"

#include <array>
#include <initializer_list>

namespace simfleet {

namespace {

template <class Column> struct Alias {
    Column column;
    const char16_t* name; // in normalised form (see normalisedHeader)
};

// Spreadsheet headers vary: "Monthly Fee", "monthly_fee", "月租（元）" all mean one column.
QString normalisedHeader(const QString& header)
{
    QString text = header.trimmed().toLower();
    for (const QChar open : {QChar(u'('), QChar(u'（')}) {
        const qsizetype bracket = text.indexOf(open);
        if (bracket > 0)
            text.truncate(bracket);
    }
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'_' && c != u'-' && c != QChar(0xFEFF))
            out.append(c);
    }
    return out;
}

constexpr auto kCardAliases = std::to_array<Alias<CardColumn>>({
    {CardColumn::Iccid, u"iccid"},
    {CardColumn::Msisdn, u"msisdn"},
    {CardColumn::Msisdn, u"phone"},
    {CardColumn::Msisdn, u"phonenumber"},
    {CardColumn::Msisdn, u"mobile"},
    {CardColumn::Msisdn, u"手机号"},
    {CardColumn::Msisdn, u"手机号码"},
    {CardColumn::Msisdn, u"号码"},
    {CardColumn::Carrier, u"carrier"},
    {CardColumn::Carrier, u"运营商"},
    {CardColumn::Plan, u"plan"},
    {CardColumn::Plan, u"套餐"},
    {CardColumn::MonthlyFee, u"monthlyfee"},
    {CardColumn::MonthlyFee, u"月租"},
    {CardColumn::MonthlyFee, u"月租费"},
    {CardColumn::HolderName, u"holdername"},
    {CardColumn::HolderName, u"机主姓名"},
    {CardColumn::HolderName, u"机主"},
    {CardColumn::HolderId, u"holderid"},
    {CardColumn::HolderId, u"证件号码"},
    {CardColumn::HolderId, u"证件号"},
    {CardColumn::HolderId, u"身份证号"},
    {CardColumn::Department, u"department"},
    {CardColumn::Department, u"部门"},
    {CardColumn::Assignee, u"assignee"},
    {CardColumn::Assignee, u"使用人"},
    {CardColumn::ActivatedOn, u"activatedon"},
    {CardColumn::ActivatedOn, u"开卡日期"},
    {CardColumn::HomeArea, u"homearea"},
    {CardColumn::HomeArea, u"归属地"},
    {CardColumn::HomeArea, u"号码归属地"},
});

constexpr auto kLedgerAliases = std::to_array<Alias<LedgerColumn>>({
    {LedgerColumn::Iccid, u"iccid"},     {LedgerColumn::Msisdn, u"msisdn"},
    {LedgerColumn::Msisdn, u"phone"},    {LedgerColumn::Msisdn, u"phonenumber"},
    {LedgerColumn::Msisdn, u"mobile"},   {LedgerColumn::Msisdn, u"手机号"},
    {LedgerColumn::Msisdn, u"手机号码"}, {LedgerColumn::Msisdn, u"号码"},
    {LedgerColumn::Kind, u"kind"},       {LedgerColumn::Kind, u"type"},
    {LedgerColumn::Kind, u"类型"},       {LedgerColumn::Amount, u"amount"},
    {LedgerColumn::Amount, u"金额"},     {LedgerColumn::Date, u"date"},
    {LedgerColumn::Date, u"日期"},       {LedgerColumn::Reference, u"reference"},
    {LedgerColumn::Reference, u"ref"},   {LedgerColumn::Reference, u"参考号"},
    {LedgerColumn::Reference, u"备注"},
});

template <class Map, class Column, std::size_t N>
Map mapColumns(const QStringList& headers, const std::array<Alias<Column>, N>& aliases)
{
    Map map;
    map.headers = headers;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString wanted = normalisedHeader(headers.at(i));
        QString canonical;
        for (const Alias<Column>& alias : aliases) {
            if (wanted != QStringView(alias.name))
                continue;
            if (map.has(alias.column)) {
                map.duplicateHeaders.push_back(headers.at(i));
            } else {
                map.set(alias.column, static_cast<int>(i));
                canonical = columnName(alias.column);
            }
            break;
        }
        map.canonical.append(canonical);
    }
    return map;
}

} // namespace

QString columnName(CardColumn column)
{
    switch (column) {
    case CardColumn::Iccid:
        return QStringLiteral("iccid");
    case CardColumn::Msisdn:
        return QStringLiteral("msisdn");
    case CardColumn::Carrier:
        return QStringLiteral("carrier");
    case CardColumn::Plan:
        return QStringLiteral("plan");
    case CardColumn::MonthlyFee:
        return QStringLiteral("monthly_fee");
    case CardColumn::HolderName:
        return QStringLiteral("holder_name");
    case CardColumn::HolderId:
        return QStringLiteral("holder_id");
    case CardColumn::Department:
        return QStringLiteral("department");
    case CardColumn::Assignee:
        return QStringLiteral("assignee");
    case CardColumn::ActivatedOn:
        return QStringLiteral("activated_on");
    case CardColumn::HomeArea:
        return QStringLiteral("home_area");
    }
    return {};
}

QString columnName(LedgerColumn column)
{
    switch (column) {
    case LedgerColumn::Iccid:
        return QStringLiteral("iccid");
    case LedgerColumn::Msisdn:
        return QStringLiteral("msisdn");
    case LedgerColumn::Kind:
        return QStringLiteral("kind");
    case LedgerColumn::Amount:
        return QStringLiteral("amount");
    case LedgerColumn::Date:
        return QStringLiteral("date");
    case LedgerColumn::Reference:
        return QStringLiteral("reference");
    }
    return {};
}

CardColumns mapCardColumns(const QStringList& headers)
{
    return mapColumns<CardColumns>(headers, kCardAliases);
}

LedgerColumns mapLedgerColumns(const QStringList& headers)
{
    return mapColumns<LedgerColumns>(headers, kLedgerAliases);
}

} // namespace simfleet
