// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Clock.h"
#include "ports/Store.h"
#include "services/CardService.h"
#include "services/ImportService.h"
#include "services/LedgerService.h"
#include "services/LifecycleService.h"
#include "services/ReportService.h"
#include "services/ServiceContext.h"

#include <QString>
#include <memory>

namespace simfleet::gui {

// One open database and the services over it. Owned by the main window and handed to every
// view, dialog and wizard that needs it (no singletons).
class Session {
public:
    Session(std::unique_ptr<Store> store, std::unique_ptr<Clock> clock, QString operatorName,
            QString databasePath, bool readOnly = false)
        : m_store(std::move(store)), m_clock(std::move(clock)), m_operator(std::move(operatorName)),
          m_path(std::move(databasePath)), m_readOnly(readOnly)
    {}

    Store& store() { return *m_store; }
    const Clock& clock() const { return *m_clock; }
    const QString& operatorName() const { return m_operator; }
    const QString& databasePath() const { return m_path; }
    // Opened for reading only (it is open for writing in another SimFleet): the store refuses
    // every change, and the screens do not offer any.
    bool isReadOnly() const { return m_readOnly; }

    ServiceContext context() { return ServiceContext{*m_store, *m_clock, m_operator}; }
    CardService cards() { return CardService(context()); }
    LedgerService ledger() { return LedgerService(context()); }
    LifecycleService lifecycle() { return LifecycleService(context()); }
    ImportService imports() { return ImportService(context()); }
    ReportService reports() { return ReportService(*m_store); }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Clock> m_clock;
    QString m_operator;
    QString m_path;
    bool m_readOnly{false};
};

} // namespace simfleet::gui
