// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarrierProfileJson.h"

#include "EmbeddedResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <stdexcept>

namespace simfleet::sqlite {

QJsonObject carrierProfileToJson(const CarrierProfile& profile)
{
    QJsonArray channels;
    for (Channel channel : profile.channels)
        channels.append(channelCode(channel));
    return QJsonObject{
        {QStringLiteral("carrier"), carrierCode(profile.carrier)},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("hotline"), profile.hotline},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("materials"), QJsonArray::fromStringList(profile.materials)},
        {QStringLiteral("typicalProcessingDays"), profile.typicalProcessingDays},
        {QStringLiteral("requiresFullHolderData"), profile.requiresFullHolderData},
    };
}

Result<CarrierProfile> carrierProfileFromJson(const QJsonObject& json)
{
    const Result<Carrier> carrier = parseCarrier(json.value(QLatin1String("carrier")).toString());
    if (!carrier)
        return carrier.error();
    CarrierProfile profile;
    profile.carrier = *carrier;
    profile.name = json.value(QLatin1String("name")).toString();
    profile.hotline = json.value(QLatin1String("hotline")).toString();
    for (const QJsonValue& code : json.value(QLatin1String("channels")).toArray()) {
        const Result<Channel> channel = parseChannel(code.toString());
        if (!channel)
            return channel.error();
        profile.channels.push_back(*channel);
    }
    for (const QJsonValue& item : json.value(QLatin1String("materials")).toArray())
        profile.materials.append(item.toString());
    profile.typicalProcessingDays =
        json.value(QLatin1String("typicalProcessingDays")).toInt(profile.typicalProcessingDays);
    profile.requiresFullHolderData = json.value(QLatin1String("requiresFullHolderData")).toBool();
    return profile;
}

namespace {

std::vector<CarrierProfile> loadDefaults()
{
    ensureStorageResources();
    QFile file(QStringLiteral(":/carriers/default_profiles.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::logic_error("default carrier profiles are not embedded");
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("profiles")).toArray();
    std::vector<CarrierProfile> profiles;
    for (const QJsonValue& entry : entries) {
        Result<CarrierProfile> profile = carrierProfileFromJson(entry.toObject());
        if (!profile)
            throw std::logic_error("broken default carrier profile");
        profiles.push_back(std::move(profile).value());
    }
    const auto position = [](const CarrierProfile& p) {
        return std::find(kAllCarriers.begin(), kAllCarriers.end(), p.carrier) -
               kAllCarriers.begin();
    };
    std::sort(profiles.begin(), profiles.end(),
              [&](const auto& a, const auto& b) { return position(a) < position(b); });
    const bool oneEach =
        profiles.size() == kAllCarriers.size() &&
        std::equal(profiles.begin(), profiles.end(), kAllCarriers.begin(),
                   [](const CarrierProfile& p, Carrier c) { return p.carrier == c; });
    if (!oneEach)
        throw std::logic_error("default carrier profiles must cover every carrier once");
    return profiles;
}

} // namespace

const std::vector<CarrierProfile>& defaultCarrierProfiles()
{
    static const std::vector<CarrierProfile> profiles = loadDefaults();
    return profiles;
}

} // namespace simfleet::sqlite
