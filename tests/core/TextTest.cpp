// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Masking.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QSet>
#include <catch2/catch.hpp>
#include <vector>

using namespace simfleet;

namespace {

std::vector<ErrorCode> allErrorCodes()
{
    std::vector<ErrorCode> codes;
    // HomeAreaInvalid is the last code in the enum.
    for (int i = 0; i <= static_cast<int>(ErrorCode::HomeAreaInvalid); ++i) {
        codes.push_back(static_cast<ErrorCode>(i));
    }
    return codes;
}

} // namespace

TEST_CASE("Every error code has its own non-empty text", "[text]")
{
    QSet<QString> seen;
    for (const ErrorCode code : allErrorCodes()) {
        const QString text = describe(Error{code, {}, 0});
        INFO("code " << static_cast<int>(code) << ": " << text.toStdString());
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(seen.contains(text));
        seen.insert(text);
        // Reads well after "FILE:LINE: column: ": lower case, no full stop.
        CHECK_FALSE(text.front().isUpper());
        CHECK_FALSE(text.endsWith(u'.'));
        // A detail never makes the text empty.
        CHECK_FALSE(describe(Error{code, QStringLiteral("x"), 0}).isEmpty());
    }
}

TEST_CASE("Guard refusals read as the user expects", "[text]")
{
    CHECK(describe(Error{ErrorCode::OwesMoney, {}, 12340}) == QStringLiteral("owes ¥123.40"));
    CHECK(describe(Error{ErrorCode::NeedsChannel, {}, 0}) == QStringLiteral("needs a channel"));
    CHECK(describe(Error{ErrorCode::NeedsReference, {}, 0}) ==
          QStringLiteral("needs the carrier's receipt number"));
    CHECK(describe(Error{ErrorCode::TransitionNotAllowed, QStringLiteral("active->void"), 0}) ==
          QStringLiteral("cannot move from active to void"));
    CHECK(describe(Error{ErrorCode::BalanceNotZero, {}, 500}).contains(QStringLiteral("¥5.00")));
    CHECK(describe(Error{ErrorCode::BalanceNotZero, {}, -500}).contains(QStringLiteral("¥5.00")));
    CHECK(describe(Error{ErrorCode::BalanceNotZero, {}, 500}) !=
          describe(Error{ErrorCode::BalanceNotZero, {}, -500}));
    CHECK(describe(Error{ErrorCode::IccidChecksum, QStringLiteral("8986001234567890121"), 0}) ==
          QStringLiteral("not a valid ICCID: check digit does not match"));
}

TEST_CASE("Texts name the offending value when there is one", "[text]")
{
    CHECK(describe(Error{ErrorCode::MoneyTooManyDecimals, QStringLiteral("58.505"), 0})
              .contains(QStringLiteral("58.505")));
    CHECK(describe(Error{ErrorCode::CarrierUnknown, QStringLiteral("铁通"), 0})
              .contains(QStringLiteral("铁通")));
    CHECK(describe(Error{ErrorCode::DateInvalid, QStringLiteral("2024-02-30"), 0})
              .contains(QStringLiteral("2024-02-30")));
    CHECK(describe(Error{ErrorCode::IccidLength, QStringLiteral("898600123"), 0})
              .contains(QStringLiteral("9")));
}

TEST_CASE("A missing field is named in words, not by its code in files", "[text]")
{
    CHECK(describe(Error{ErrorCode::FieldRequired, QStringLiteral("holder_id"), 0}) ==
          QStringLiteral("holder ID is required"));
    CHECK(describe(Error{ErrorCode::FieldRequired, QStringLiteral("date"), 0}) ==
          QStringLiteral("date is required"));
    for (const char* code : {"iccid", "msisdn", "holder_id", "monthly_fee", "activated_on"})
        CHECK_FALSE(fieldLabel(QString::fromLatin1(code)).contains(u'_'));
    CHECK(fieldLabel(QStringLiteral("msisdn")) == QStringLiteral("number"));
    // A code it does not know is shown as given rather than dropped.
    CHECK(fieldLabel(QStringLiteral("x_custom")) == QStringLiteral("x_custom"));
}

TEST_CASE("No message shows an ID number whole, whatever column it landed in", "[text]")
{
    const QString residentId = QStringLiteral("11010519491231002X");
    const QString uscc = QStringLiteral("91350100M000100Y43");
    for (const QString& id : {residentId, uscc}) {
        for (const ErrorCode code :
             {ErrorCode::MsisdnInvalid, ErrorCode::MoneyMalformed, ErrorCode::CarrierUnknown,
              ErrorCode::DateInvalid, ErrorCode::CardNotFound}) {
            const QString text = describe(Error{code, id, 0});
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(id));
            CHECK(text.contains(maskId(id)));
        }
    }
    // An ICCID is a longer run of digits, not an ID number: it stays whole.
    CHECK(describe(Error{ErrorCode::CardNotFound, QStringLiteral("89860012345678901234"), 0})
              .contains(QStringLiteral("89860012345678901234")));
}

TEST_CASE("Error categories drive the CLI's exit codes", "[text]")
{
    for (const ErrorCode code : allErrorCodes()) {
        const QString text = describe(Error{code, {}, 0});
        INFO(text.toStdString());
        const bool storage =
            code == ErrorCode::StorageCannotOpen || code == ErrorCode::StorageNotADatabase ||
            code == ErrorCode::StorageNewerSchema || code == ErrorCode::StorageLocked ||
            code == ErrorCode::StorageConflict || code == ErrorCode::StorageFailure ||
            code == ErrorCode::StorageMissing || code == ErrorCode::StorageIsFolder ||
            code == ErrorCode::StorageDamaged || code == ErrorCode::StorageReadOnly;
        CHECK(categoryOf(code) == (storage ? ErrorCategory::Storage : ErrorCategory::Refused));
    }
}

TEST_CASE("Every state, channel, carrier, entry kind and audit action has a label", "[text]")
{
    QSet<QString> states;
    for (const CardState state : kAllStates) {
        states.insert(stateLabel(state));
    }
    CHECK(states.size() == static_cast<qsizetype>(kAllStates.size()));
    QSet<QString> channels;
    for (const Channel channel : kAllChannels) {
        channels.insert(channelLabel(channel));
    }
    CHECK(channels.size() == static_cast<qsizetype>(kAllChannels.size()));
    QSet<QString> carriers;
    for (const Carrier carrier : kAllCarriers) {
        carriers.insert(carrierLabel(carrier));
    }
    CHECK(carriers.size() == static_cast<qsizetype>(kAllCarriers.size()));
    CHECK(entryKindLabel(EntryKind::Charge) != entryKindLabel(EntryKind::Payment));
    QSet<QString> actions;
    for (const AuditAction action :
         {AuditAction::CardCreated, AuditAction::CardEdited, AuditAction::LedgerEntryPosted,
          AuditAction::StateChanged, AuditAction::LostFlagSet, AuditAction::LostFlagCleared,
          AuditAction::HolderUnmasked, AuditAction::PacketIncluded}) {
        actions.insert(auditActionLabel(action));
    }
    CHECK(actions.size() == 8);
    CHECK_FALSE(states.contains(QString()));
}
