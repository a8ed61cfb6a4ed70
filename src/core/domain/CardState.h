// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringView>
#include <array>

namespace simfleet {

enum class CardState { Active, ArrearsCleared, CancellationRequested, CarrierConfirmed, Void };

inline constexpr std::array<CardState, 5> kAllStates{CardState::Active, CardState::ArrearsCleared,
                                                     CardState::CancellationRequested,
                                                     CardState::CarrierConfirmed, CardState::Void};

// "active", "arrears-cleared", "cancellation-requested", "carrier-confirmed", "void".
QString stateCode(CardState state);
Result<CardState> parseState(QStringView code);

// How a cancellation request reached the carrier (the article's four channels).
enum class Channel { SelfOnline, SelfHotline, CarrierHall, CarrierHotline };

inline constexpr std::array<Channel, 4> kAllChannels{Channel::SelfOnline, Channel::SelfHotline,
                                                     Channel::CarrierHall, Channel::CarrierHotline};

// "self-online", "self-hotline", "carrier-hall", "carrier-hotline".
QString channelCode(Channel channel);
Result<Channel> parseChannel(QStringView code);

} // namespace simfleet
