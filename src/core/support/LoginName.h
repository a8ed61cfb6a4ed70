// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace simfleet {

// Who is logged in: $USER, else $LOGNAME, else the account of the process's user (a desktop
// session or a chroot may set neither variable). Empty only when the system knows no name.
QString loginName();

} // namespace simfleet
