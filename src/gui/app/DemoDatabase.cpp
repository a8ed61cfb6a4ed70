// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DemoDatabase.h"

#include "app/BackgroundTask.h"
#include "app/DatabaseOpening.h"
#include "ports/StoreError.h"
#include "services/DemoFleet.h"

#include <QCoreApplication>

namespace simfleet::gui {

namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
};

// On the worker thread: its own connection, closed before returning.
Status fillDemo(const QString& path)
{
    const SystemClock clock;
    auto opened = openDatabase(path, clock, OpenMode::CreateIfMissing);
    if (!opened) {
        return opened.error();
    }
    Store& store = *opened.value();
    try {
        if (store.countCards({}) > 0) {
            return {};
        }
        auto generated = generateDemoFleet(
            ServiceContext{store, clock, DemoText::tr("SimFleet demo")}, DemoOptions{});
        if (!generated) {
            return generated.error();
        }
    } catch (const StoreError& error) {
        return error.error();
    }
    return {};
}

} // namespace

Status ensureDemoDatabase(const QString& path, QWidget* parent)
{
    Status outcome;
    runWithBusyDialog(parent,
                      DemoText::tr("Creating the demo fleet: a year of bills and payments for a "
                                   "few thousand cards…"),
                      [&outcome, &path] { outcome = fillDemo(path); });
    return outcome;
}

} // namespace simfleet::gui
