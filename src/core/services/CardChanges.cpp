// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardChanges.h"

#include "rules/Masking.h"

#include <QJsonArray>
#include <array>

namespace simfleet {

namespace {

struct EditableField {
    const char* name;
    // Compared on the real values: two holder IDs may differ yet mask alike.
    bool (*differs)(const Card& a, const Card& b);
    // The value as it appears in the audit log (masked where personal).
    QString (*auditValue)(const Card& card);
};

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

constexpr std::array<EditableField, 10> kEditableFields{{
    {"msisdn", [](const Card& a, const Card& b) { return a.msisdn != b.msisdn; },
     [](const Card& c) {
         return c.msisdn;
     }},
    {"carrier", [](const Card& a, const Card& b) { return a.carrier != b.carrier; },
     [](const Card& c) {
         return carrierCode(c.carrier);
     }},
    {"plan", [](const Card& a, const Card& b) { return a.plan != b.plan; },
     [](const Card& c) {
         return c.plan;
     }},
    {"monthly_fee", [](const Card& a, const Card& b) { return a.monthlyFee != b.monthlyFee; },
     [](const Card& c) {
         return c.monthlyFee.toPlainString();
     }},
    {"holder_name", [](const Card& a, const Card& b) { return a.holderName != b.holderName; },
     [](const Card& c) {
         return maskName(c.holderName);
     }},
    {"holder_id", [](const Card& a, const Card& b) { return a.holderId != b.holderId; },
     [](const Card& c) {
         return maskId(c.holderId);
     }},
    {"department", [](const Card& a, const Card& b) { return a.department != b.department; },
     [](const Card& c) {
         return c.department;
     }},
    {"assignee", [](const Card& a, const Card& b) { return a.assignee != b.assignee; },
     [](const Card& c) {
         return c.assignee;
     }},
    {"activated_on", [](const Card& a, const Card& b) { return a.activatedOn != b.activatedOn; },
     [](const Card& c) {
         return dateText(c.activatedOn);
     }},
    // The declared one; the number's is derived, and goes with it into the details.
    {"home_area",
     [](const Card& a, const Card& b) { return a.declaredHomeArea != b.declaredHomeArea; },
     [](const Card& c) {
         return c.declaredHomeArea;
     }},
}};

constexpr QLatin1String kHomeArea("home_area");

} // namespace

QStringList changedCardFields(const Card& before, const Card& after)
{
    QStringList fields;
    for (const EditableField& field : kEditableFields) {
        if (field.differs(before, after))
            fields.append(QLatin1String(field.name));
    }
    return fields;
}

QJsonObject cardEditDetails(const Card& before, const Card& after, const QStringList& fields)
{
    QJsonObject changes;
    for (const EditableField& field : kEditableFields) {
        const QLatin1String name(field.name);
        if (!fields.contains(name))
            continue;
        QJsonObject change{{QStringLiteral("from"), field.auditValue(before)},
                           {QStringLiteral("to"), field.auditValue(after)}};
        // What the card's home area was and is where none is declared: the number's.
        if (name == kHomeArea) {
            change.insert(QStringLiteral("from_number"), before.numberHomeArea);
            change.insert(QStringLiteral("to_number"), after.numberHomeArea);
        }
        changes.insert(name, change);
    }
    return QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                       {QStringLiteral("changes"), changes}};
}

} // namespace simfleet
