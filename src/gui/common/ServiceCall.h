// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/StoreError.h"

#include <utility>

namespace simfleet::gui {

// Runs a service call that returns a Result and turns a storage failure thrown on the way (a
// reader outside Store::write may throw StoreError) into that Result's error, so a dialog shows
// it like any refusal instead of the application stopping.
template <class Call> auto callService(Call&& call) -> decltype(std::forward<Call>(call)())
{
    try {
        return std::forward<Call>(call)();
    } catch (const StoreError& error) {
        return error.error();
    }
}

} // namespace simfleet::gui
