// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketContent.h"

#include <QByteArray>

namespace simfleet::packet {

// checklist.txt: the materials to bring, from the carrier profile (reported practice, to be
// confirmed with the carrier), then what each file of the packet is for. UTF-8 with a BOM and
// CRLF line ends, so Notepad on a Chinese Windows shows it as it is.
QByteArray checklistText(const PacketContent& content);

} // namespace simfleet::packet
