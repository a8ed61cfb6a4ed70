// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <QCoreApplication>
#include <QString>

namespace simfleet::cli {

// How a card is named in messages and tables.
class CardText {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::CardText)

public:
    // "89860012345678901234 (13800138000)".
    static QString name(const Card& card);
    static QString yesNo(bool value);
    // "-" for a missing value in a table, so an empty cell does not read as a shifted column.
    static QString orDash(const QString& value);
};

} // namespace simfleet::cli
