// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarrierProfileRows.h"

#include "CarrierProfileJson.h"
#include "SqlValues.h"
#include "ports/StoreError.h"

#include <QJsonDocument>
#include <SQLiteCpp/Statement.h>

namespace simfleet::sqlite {

namespace {

std::string profileText(const CarrierProfile& profile)
{
    return QJsonDocument(carrierProfileToJson(profile))
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

CarrierProfile defaultProfile(Carrier carrier)
{
    for (const CarrierProfile& profile : defaultCarrierProfiles()) {
        if (profile.carrier == carrier)
            return profile;
    }
    return CarrierProfile{carrier, {}, {}, {}, {}, 7, false};
}

CarrierProfile profileFromText(const QByteArray& text, Carrier carrier)
{
    Result<CarrierProfile> profile = carrierProfileFromJson(QJsonDocument::fromJson(text).object());
    if (!profile || profile->carrier != carrier)
        throw StoreError(
            Error{ErrorCode::StorageFailure,
                  QStringLiteral("unreadable carrier profile: ") + carrierCode(carrier), 0});
    return std::move(profile).value();
}

} // namespace

CarrierProfile loadCarrierProfile(SQLite::Database& db, Carrier carrier)
{
    SQLite::Statement statement(db, "SELECT profile FROM carrier_profiles WHERE carrier = ?");
    bindText(statement, 1, carrierCode(carrier));
    if (!statement.executeStep())
        return defaultProfile(carrier);
    return profileFromText(bytesAt(statement, 0), carrier);
}

std::vector<CarrierProfile> loadCarrierProfiles(SQLite::Database& db)
{
    std::vector<CarrierProfile> profiles;
    for (Carrier carrier : kAllCarriers)
        profiles.push_back(loadCarrierProfile(db, carrier));
    return profiles;
}

void saveCarrierProfileRow(SQLite::Database& db, const CarrierProfile& profile)
{
    SQLite::Statement statement(db,
                                "INSERT INTO carrier_profiles (carrier, profile) VALUES (?, ?)"
                                " ON CONFLICT (carrier) DO UPDATE SET profile = excluded.profile");
    bindText(statement, 1, carrierCode(profile.carrier));
    statement.bind(2, profileText(profile));
    statement.exec();
}

void seedCarrierProfiles(SQLite::Database& db)
{
    SQLite::Statement statement(
        db, "INSERT OR IGNORE INTO carrier_profiles (carrier, profile) VALUES (?, ?)");
    for (const CarrierProfile& profile : defaultCarrierProfiles()) {
        bindText(statement, 1, carrierCode(profile.carrier));
        statement.bind(2, profileText(profile));
        statement.exec();
        statement.reset();
    }
}

} // namespace simfleet::sqlite
