// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CardState.h"

#include <optional>

namespace simfleet {

namespace {

constexpr std::array<const char16_t*, kAllStates.size()> kStateCodes{
    u"active", u"arrears-cleared", u"cancellation-requested", u"carrier-confirmed", u"void"};

constexpr std::array<const char16_t*, kAllChannels.size()> kChannelCodes{
    u"self-online", u"self-hotline", u"carrier-hall", u"carrier-hotline"};

template <class Enum, std::size_t N>
std::optional<Enum> findCode(const std::array<Enum, N>& values,
                             const std::array<const char16_t*, N>& codes, QStringView text)
{
    const QStringView wanted = text.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        if (wanted.compare(QStringView(codes[i]), Qt::CaseInsensitive) == 0) {
            return values[i];
        }
    }
    return std::nullopt;
}

} // namespace

QString stateCode(CardState state)
{
    return QString::fromUtf16(kStateCodes.at(static_cast<std::size_t>(state)));
}

Result<CardState> parseState(QStringView code)
{
    if (const auto state = findCode(kAllStates, kStateCodes, code)) {
        return *state;
    }
    return Error{ErrorCode::StateUnknown, code.trimmed().toString(), 0};
}

QString channelCode(Channel channel)
{
    return QString::fromUtf16(kChannelCodes.at(static_cast<std::size_t>(channel)));
}

Result<Channel> parseChannel(QStringView code)
{
    if (const auto channel = findCode(kAllChannels, kChannelCodes, code)) {
        return *channel;
    }
    return Error{ErrorCode::ChannelUnknown, code.trimmed().toString(), 0};
}

} // namespace simfleet
