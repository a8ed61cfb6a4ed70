// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/CardState.h"
#include "domain/Carrier.h"
#include "domain/Money.h"
#include "services/LifecycleService.h"

#include <QString>
#include <algorithm>
#include <optional>
#include <vector>

namespace simfleet::gui {

// One material a carrier asks for (营业执照复印件, 授权委托书 ...), and whether it is ready.
struct MaterialItem {
    QString material;              // as the carrier profile writes it
    std::vector<Carrier> carriers; // the carriers in this batch that ask for it
    bool prepared{false};
};

// What the cancellation wizard's pages decide together. Every page reads and writes this one
// object; the last page hands it to the core in one call.
struct CancellationDraft {
    // Page 1: the cards that go on (active or arrears-cleared).
    std::vector<CardId> cards;

    // Page 2: money recorded without leaving the wizard.
    Money paidInWizard;
    int paymentsRecorded{0};

    // Page 3.
    std::optional<Channel> channel;

    // Page 4.
    bool dataBackedUp{false};
    std::vector<MaterialItem> materials;
    bool policyRead{false};

    // Filled in when the core has moved the cards: as stored afterwards.
    std::vector<Card> requested;

    bool checklistConfirmed() const
    {
        return dataBackedUp && policyRead &&
               std::all_of(materials.begin(), materials.end(),
                           [](const MaterialItem& item) { return item.prepared; });
    }
};

} // namespace simfleet::gui
