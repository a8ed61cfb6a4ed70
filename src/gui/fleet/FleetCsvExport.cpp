// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetCsvExport.h"

#include "ports/StoreError.h"
#include "rules/Masking.h"

#include <QIODevice>

namespace simfleet::gui {

namespace {

QString csvField(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields) {
        escaped << csvField(field);
    }
    return (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QStringList cardFields(const Card& card)
{
    return {card.iccid,
            card.msisdn,
            carrierCode(card.carrier),
            card.plan,
            card.monthlyFee.toPlainString(),
            maskName(card.holderName),
            maskId(card.holderId),
            card.department,
            card.assignee,
            card.activatedOn.isValid() ? card.activatedOn.toString(Qt::ISODate) : QString(),
            card.homeArea,
            stateCode(card.state),
            card.balance.toPlainString(),
            card.lost ? QStringLiteral("yes") : QStringLiteral("no")};
}

Error writeFailure(const QIODevice& out)
{
    return Error{ErrorCode::StorageFailure, out.errorString(), 0};
}

} // namespace

QStringList fleetCsvHeader()
{
    return {QStringLiteral("iccid"),       QStringLiteral("msisdn"),
            QStringLiteral("carrier"),     QStringLiteral("plan"),
            QStringLiteral("monthly_fee"), QStringLiteral("holder_name"),
            QStringLiteral("holder_id"),   QStringLiteral("department"),
            QStringLiteral("assignee"),    QStringLiteral("activated_on"),
            QStringLiteral("home_area"),   QStringLiteral("state"),
            QStringLiteral("balance"),     QStringLiteral("lost")};
}

Result<qint64> exportFleetCsv(StoreReader& store, const CardFilter& filter, QIODevice& out)
{
    static const QByteArray kUtf8Bom("\xEF\xBB\xBF");
    if (out.write(kUtf8Bom) < 0 || out.write(csvLine(fleetCsvHeader())) < 0) {
        return writeFailure(out);
    }
    qint64 written = 0;
    bool failed = false;
    try {
        store.forEachCard(filter, [&](const Card& card) {
            if (failed) {
                return;
            }
            if (out.write(csvLine(cardFields(card))) < 0) {
                failed = true;
                return;
            }
            ++written;
        });
    } catch (const StoreError& error) {
        return error.error();
    }
    if (failed) {
        return writeFailure(out);
    }
    return written;
}

} // namespace simfleet::gui
