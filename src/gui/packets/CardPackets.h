// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QCoreApplication>
#include <QString>

namespace simfleet::gui {

// The packets that list a card, for its detail panel: "No. 3 · 2025-03-14 · 北京市", one per
// line, or "not in a packet yet".
class CardPackets {
    Q_DECLARE_TR_FUNCTIONS(simfleet::gui::CardPackets)

public:
    static QString describe(StoreReader& store, CardId card);
};

} // namespace simfleet::gui
