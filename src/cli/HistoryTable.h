// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/LedgerEntry.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <span>

namespace simfleet::cli {

// The ledger and audit tables shared by `show` and `audit`.
class HistoryTable {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::HistoryTable)

public:
    // Date, kind, amount, running balance, reference, operator.
    static void printLedger(QTextStream& out, std::span<const LedgerEntry> entries);

    // Seq, time, operator, card, action, from, to, details. forEach is called twice (measure,
    // then print), so the whole log need not fit in memory.
    static void
    printAudit(QTextStream& out,
               const std::function<void(const std::function<void(const AuditEvent&)>&)>& forEach);
};

} // namespace simfleet::cli
