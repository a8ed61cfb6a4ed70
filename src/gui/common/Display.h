// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "ports/Clock.h"

#include <QJsonObject>
#include <QString>

namespace simfleet::gui {

// Whole days the card has been in its state, counted in business dates (China Standard Time).
qint64 daysInState(const Card& card, const Clock& clock);

// A UTC instant as the user's local date and time, to the minute.
QString localDateTime(const QDateTime& utc);

// A date as YYYY-MM-DD (what the carriers' bills print); empty for a null date.
QString isoDate(const QDate& date);

// "Owes ¥123.40", "Credit ¥3.20", "Settled".
QString balanceSummary(Money balance);

// An audit event's details as one line: "amount: 58.00 · reference: A-17".
QString detailsLine(const QJsonObject& details);

// A card in one line for titles and questions: "8986… (13800138000)".
QString cardCaption(const Card& card);

} // namespace simfleet::gui
