// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketContent.h"

#include <QString>

namespace simfleet::packet {

// The filled HTML of the two letters (Chinese, for the carrier), from their editable templates.

// 注销申请书: the company, the carrier and home area, the date, the number of lines, the
// statement that every fee is settled, places for the seal and signature, and the numbered
// list of the lines (phone number, ICCID, plan).
QString applicationHtml(const PacketContent& content);

// 授权委托书: names the agent with their FULL resident ID, which the business hall checks
// against the agent's ID card (the only document where SimFleet prints it unmasked).
QString authorizationHtml(const PacketContent& content);

} // namespace simfleet::packet
