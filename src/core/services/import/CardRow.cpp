// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/CardRow.h"

#include "rules/Validators.h"

namespace simfleet {

namespace {

// Parses one cell with the validator for its column; a refusal is reported at the cell.
class RowChecker {
public:
    RowChecker(const CsvRecord& record, const CardColumns& columns, IssueSink& issues)
        : m_record(record), m_columns(columns), m_issues(issues)
    {}

    QStringView cell(CardColumn column) const { return m_columns.cell(m_record, column); }

    template <class T> std::optional<T> check(CardColumn column, Result<T> result)
    {
        if (result)
            return std::move(result).value();
        m_issues.add(m_record.line, m_columns.header(column), result.error());
        m_clean = false;
        return std::nullopt;
    }

    bool clean() const { return m_clean; }

private:
    const CsvRecord& m_record;
    const CardColumns& m_columns;
    IssueSink& m_issues;
    bool m_clean{true};
};

Result<Carrier> carrierCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::FieldRequired, QStringLiteral("carrier"), 0};
    return parseCarrier(text);
}

// An absent fee is no fee; a fee is never negative.
Result<Money> feeCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Money{};
    Result<Money> fee = Money::parse(text);
    if (fee && fee->isNegative())
        return Error{ErrorCode::AmountNotPositive, fee->toPlainString(), fee->fen()};
    return fee;
}

Result<QString> holderIdCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return QString();
    Result<HolderId> id = validateHolderId(text);
    if (!id)
        return id.error();
    return std::move(id).value().value;
}

Result<QDate> dateCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    return parseFileDate(text);
}

} // namespace

std::optional<Card> parseCardRow(const CsvRecord& record, const CardColumns& columns,
                                 const QDateTime& now, TextPool& texts, IssueSink& issues)
{
    RowChecker checker(record, columns, issues);
    auto iccid = checker.check(CardColumn::Iccid, validateIccid(checker.cell(CardColumn::Iccid)));
    auto msisdn =
        checker.check(CardColumn::Msisdn, validateMsisdn(checker.cell(CardColumn::Msisdn)));
    const auto carrier =
        checker.check(CardColumn::Carrier, carrierCell(checker.cell(CardColumn::Carrier)));
    const auto fee =
        checker.check(CardColumn::MonthlyFee, feeCell(checker.cell(CardColumn::MonthlyFee)));
    auto holderId =
        checker.check(CardColumn::HolderId, holderIdCell(checker.cell(CardColumn::HolderId)));
    const auto activatedOn =
        checker.check(CardColumn::ActivatedOn, dateCell(checker.cell(CardColumn::ActivatedOn)));
    auto declaredHomeArea =
        checker.check(CardColumn::HomeArea, validateHomeArea(checker.cell(CardColumn::HomeArea)));
    if (!checker.clean())
        return std::nullopt;

    Card card;
    card.iccid = std::move(*iccid);
    card.msisdn = std::move(*msisdn);
    card.numberHomeArea = homeAreaOf(card.msisdn);
    card.declaredHomeArea = texts.get(*declaredHomeArea);
    card.carrier = *carrier;
    card.monthlyFee = *fee;
    card.holderId = std::move(*holderId);
    card.activatedOn = *activatedOn;
    card.plan = texts.get(checker.cell(CardColumn::Plan).trimmed());
    card.holderName = texts.get(checker.cell(CardColumn::HolderName).trimmed());
    card.department = texts.get(checker.cell(CardColumn::Department).trimmed());
    card.assignee = texts.get(checker.cell(CardColumn::Assignee).trimmed());
    card.state = CardState::Active;
    card.stateSince = now;
    return card;
}

void applyCardRow(const Card& row, const CardColumns& columns, Card& card)
{
    if (card.msisdn != row.msisdn) {
        card.msisdn = row.msisdn;
        card.numberHomeArea = row.numberHomeArea;
    }
    card.carrier = row.carrier;
    if (columns.has(CardColumn::Plan))
        card.plan = row.plan;
    if (columns.has(CardColumn::MonthlyFee))
        card.monthlyFee = row.monthlyFee;
    if (columns.has(CardColumn::HolderName))
        card.holderName = row.holderName;
    if (columns.has(CardColumn::HolderId))
        card.holderId = row.holderId;
    if (columns.has(CardColumn::Department))
        card.department = row.department;
    if (columns.has(CardColumn::Assignee))
        card.assignee = row.assignee;
    if (columns.has(CardColumn::ActivatedOn))
        card.activatedOn = row.activatedOn;
    if (columns.has(CardColumn::HomeArea))
        card.declaredHomeArea = row.declaredHomeArea; // blank: the number's stands again
}

} // namespace simfleet
