// SPDX-License-Identifier: GPL-3.0-or-later
// The stored codes of carriers, states, channels and ledger entry kinds.
#include "domain/CardState.h"
#include "domain/Carrier.h"
#include "domain/LedgerEntry.h"

#include <catch2/catch.hpp>

using namespace simfleet;

TEST_CASE("Carrier codes and names", "[codes]")
{
    CHECK(carrierCode(Carrier::Cmcc) == QStringLiteral("cmcc"));
    CHECK(carrierCode(Carrier::Cucc) == QStringLiteral("cucc"));
    CHECK(carrierCode(Carrier::Ctcc) == QStringLiteral("ctcc"));
    CHECK(carrierCode(Carrier::Cbn) == QStringLiteral("cbn"));
    CHECK(carrierEnglishName(Carrier::Cucc) == QStringLiteral("China Unicom"));
    CHECK(carrierChineseName(Carrier::Ctcc) == QStringLiteral("中国电信"));
    for (const Carrier carrier : kAllCarriers) {
        CHECK(parseCarrier(carrierCode(carrier)).value() == carrier);
        CHECK(parseCarrier(carrierEnglishName(carrier)).value() == carrier);
        CHECK(parseCarrier(carrierChineseName(carrier)).value() == carrier);
    }
}

TEST_CASE("Carriers parse from codes, English and Chinese, any case", "[codes]")
{
    const std::vector<std::pair<const char16_t*, Carrier>> inputs{
        {u"CMCC", Carrier::Cmcc},          {u" cmcc ", Carrier::Cmcc},
        {u"china mobile", Carrier::Cmcc},  {u"CHINA  MOBILE", Carrier::Cmcc},
        {u"中国移动", Carrier::Cmcc},      {u"移动", Carrier::Cmcc},
        {u"China Unicom", Carrier::Cucc},  {u"联通", Carrier::Cucc},
        {u"China Telecom", Carrier::Ctcc}, {u"电信", Carrier::Ctcc},
        {u"China Broadnet", Carrier::Cbn}, {u"中国广电", Carrier::Cbn},
        {u"广电", Carrier::Cbn},           {u"CBN", Carrier::Cbn},
    };
    for (const auto& [text, carrier] : inputs) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto parsed = parseCarrier(text);
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == carrier);
    }
    for (const char16_t* text : {u"", u"mobile", u"中国铁通", u"cmc", u"China"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto parsed = parseCarrier(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::CarrierUnknown);
    }
}

TEST_CASE("State codes round-trip and unknown states are refused", "[codes]")
{
    const QStringList codes{QStringLiteral("active"), QStringLiteral("arrears-cleared"),
                            QStringLiteral("cancellation-requested"),
                            QStringLiteral("carrier-confirmed"), QStringLiteral("void")};
    for (std::size_t i = 0; i < kAllStates.size(); ++i) {
        const QString& code = codes.at(static_cast<qsizetype>(i));
        CHECK(stateCode(kAllStates.at(i)) == code);
        CHECK(parseState(code).value() == kAllStates.at(i));
    }
    CHECK(parseState(u" VOID ").value() == CardState::Void);
    const auto unknown = parseState(u"cancelled");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::StateUnknown);
    CHECK(unknown.error().detail == QStringLiteral("cancelled"));
}

TEST_CASE("Channel codes round-trip and unknown channels are refused", "[codes]")
{
    const QStringList codes{QStringLiteral("self-online"), QStringLiteral("self-hotline"),
                            QStringLiteral("carrier-hall"), QStringLiteral("carrier-hotline")};
    for (std::size_t i = 0; i < kAllChannels.size(); ++i) {
        const QString& code = codes.at(static_cast<qsizetype>(i));
        CHECK(channelCode(kAllChannels.at(i)) == code);
        CHECK(parseChannel(code).value() == kAllChannels.at(i));
    }
    const auto unknown = parseChannel(u"fax");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::ChannelUnknown);
}

TEST_CASE("Ledger entry kinds and their effect on the balance", "[codes]")
{
    for (const EntryKind kind : {EntryKind::Charge, EntryKind::Payment, EntryKind::Adjustment}) {
        CHECK(parseEntryKind(entryKindCode(kind)).value() == kind);
    }
    CHECK(entryKindCode(EntryKind::Payment) == QStringLiteral("payment"));
    CHECK(parseEntryKind(u"Charge").value() == EntryKind::Charge);
    const auto unknown = parseEntryKind(u"refund");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::EntryKindUnknown);

    LedgerEntry entry;
    entry.amount = Money::fromFen(5800);
    entry.kind = EntryKind::Charge;
    CHECK(balanceEffect(entry).fen() == 5800);
    entry.kind = EntryKind::Payment;
    CHECK(balanceEffect(entry).fen() == -5800);
    entry.kind = EntryKind::Adjustment;
    CHECK(balanceEffect(entry).fen() == 5800);
    entry.amount = Money::fromFen(-300);
    CHECK(balanceEffect(entry).fen() == -300);
}
