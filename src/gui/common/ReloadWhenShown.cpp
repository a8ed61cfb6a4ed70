// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ReloadWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace simfleet::gui {

ReloadWhenShown::ReloadWhenShown(QWidget& view, std::function<void()> reload, bool pendingAtStart)
    : m_view(view), m_reload(std::move(reload)), m_pending(pendingAtStart)
{
    m_view.installEventFilter(this);
}

void ReloadWhenShown::request()
{
    m_pending = true;
    if (m_view.isVisible())
        run();
}

void ReloadWhenShown::run()
{
    m_pending = false;
    m_reload();
}

bool ReloadWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_view && event->type() == QEvent::Show && m_pending)
        run();
    return false;
}

} // namespace simfleet::gui
