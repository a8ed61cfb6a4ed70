// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace simfleet::gui {

// A view's reading of its data that waits while the view is hidden. Every write in the window
// asks each view to refresh, and a hidden view need not read anything (a report over a million
// cards, the whole audit log for a filter) until it is looked at again.
class ReloadWhenShown final : public QObject {
public:
    // reload reads the view's data; it runs at once or when view is next shown.
    ReloadWhenShown(QWidget& view, std::function<void()> reload, bool pendingAtStart = false);

    // The data may have changed: read now if the view is shown, else once it is.
    void request();
    // Read once the view is shown, not now.
    void defer() { m_pending = true; }
    // The view has just read its data (a turned page, a new filter): nothing is owed.
    void satisfied() { m_pending = false; }
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run();

    QWidget& m_view;
    std::function<void()> m_reload;
    bool m_pending;
};

} // namespace simfleet::gui
