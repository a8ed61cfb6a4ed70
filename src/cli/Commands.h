// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"

#include <vector>

namespace simfleet::cli {

// One function per command group (one file each), in the order the help lists them.
std::vector<CommandSpec> initCommands();       // init
std::vector<CommandSpec> importCommands();     // import cards, import ledger
std::vector<CommandSpec> cardCommands();       // list, show
std::vector<CommandSpec> ledgerCommands();     // pay, charge
std::vector<CommandSpec> transitionCommands(); // transition
std::vector<CommandSpec> reportCommands();     // report outstanding|pipeline|savings|exposure
std::vector<CommandSpec> auditCommands();      // audit, audit verify
std::vector<CommandSpec> companyCommands();    // company set, company show
std::vector<CommandSpec> packetCommands();     // packet export, list, show, verify
std::vector<CommandSpec> demoCommands();       // demo
std::vector<CommandSpec> checkCommands();      // check

std::vector<CommandSpec> allCommands();

} // namespace simfleet::cli
