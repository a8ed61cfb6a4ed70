// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ErrorText.h"

#include "domain/CardState.h"
#include "domain/Money.h"
#include "rules/Masking.h"
#include "rules/Validators.h"
#include "text/Labels.h"

#include <QCoreApplication>

namespace simfleet {

namespace {

// Messages read well after "FILE:LINE: column: " and after a card number, so they start in lower
// case and carry no final full stop. Literal strings stay inside translate() for lupdate.

QString transitionRefused(const QString& detail)
{
    const auto states = detail.split(QStringLiteral("->"));
    if (states.size() != 2) {
        return QCoreApplication::translate("simfleet::ErrorText", "this move is not allowed");
    }
    return QCoreApplication::translate("simfleet::ErrorText", "cannot move from %1 to %2")
        .arg(states.at(0), states.at(1));
}

QString balanceNotZero(Money balance)
{
    if (balance.isPositive()) {
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "balance must be exactly zero (still owes %1)")
            .arg(balance.toDisplayString());
    }
    return QCoreApplication::translate(
               "simfleet::ErrorText",
               "balance must be exactly zero (%1 prepaid credit to refund or transfer first)")
        .arg((-balance).toDisplayString());
}

QString iccidLength(const QString& iccid)
{
    if (iccid.isEmpty()) {
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid ICCID: 19 or 20 digits expected");
    }
    return QCoreApplication::translate("simfleet::ErrorText",
                                       "not a valid ICCID: %1 digits, 19 or 20 expected")
        .arg(iccid.size());
}

QString describeWithDetail(const Error& error)
{
    const QString& detail = error.detail;
    switch (error.code) {
    case ErrorCode::MoneyMalformed:
        return QCoreApplication::translate("simfleet::ErrorText", "not an amount: \"%1\"")
            .arg(detail);
    case ErrorCode::MoneyTooManyDecimals:
        return QCoreApplication::translate(
                   "simfleet::ErrorText",
                   "more than two decimals in \"%1\": amounts are in yuan, to the fen (0.01)")
            .arg(detail);
    case ErrorCode::MoneyOverflow:
        return QCoreApplication::translate("simfleet::ErrorText", "amount too large: \"%1\"")
            .arg(detail);
    case ErrorCode::IccidNotDigits:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid ICCID: \"%1\" has characters other "
                                           "than digits")
            .arg(detail);
    case ErrorCode::MsisdnInvalid:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid China mobile number: \"%1\"")
            .arg(detail);
    case ErrorCode::FieldRequired:
        return QCoreApplication::translate("simfleet::ErrorText", "%1 is required")
            .arg(fieldLabel(detail));
    case ErrorCode::CarrierUnknown:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "unknown carrier \"%1\" (use cmcc, cucc, ctcc or cbn)")
            .arg(detail);
    case ErrorCode::DateInvalid:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a date: \"%1\" (use YYYY-MM-DD)")
            .arg(detail);
    case ErrorCode::StateUnknown:
        return QCoreApplication::translate(
                   "simfleet::ErrorText",
                   "unknown state \"%1\" (use active, arrears-cleared, cancellation-requested, "
                   "carrier-confirmed or void)")
            .arg(detail);
    case ErrorCode::ChannelUnknown:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "unknown channel \"%1\" (use self-online, self-hotline, "
                                           "carrier-hall or carrier-hotline)")
            .arg(detail);
    case ErrorCode::EntryKindUnknown:
        return QCoreApplication::translate(
                   "simfleet::ErrorText",
                   "unknown entry kind \"%1\" (use charge, payment or adjustment)")
            .arg(detail);
    case ErrorCode::CardNotFound:
        return QCoreApplication::translate("simfleet::ErrorText", "no card with ICCID or number %1")
            .arg(detail);
    case ErrorCode::DuplicateIccid:
        return QCoreApplication::translate("simfleet::ErrorText", "duplicate ICCID %1").arg(detail);
    case ErrorCode::DuplicateMsisdn:
        return QCoreApplication::translate("simfleet::ErrorText", "duplicate phone number %1")
            .arg(detail);
    case ErrorCode::AlreadyInState:
        return QCoreApplication::translate("simfleet::ErrorText", "already %1").arg(detail);
    case ErrorCode::FileUnreadable:
        return QCoreApplication::translate("simfleet::ErrorText", "cannot read %1").arg(detail);
    case ErrorCode::CsvMalformed:
        return QCoreApplication::translate("simfleet::ErrorText", "malformed CSV: %1").arg(detail);
    case ErrorCode::CsvMissingColumn:
        return QCoreApplication::translate("simfleet::ErrorText", "missing column %1").arg(detail);
    case ErrorCode::StorageCannotOpen:
        return QCoreApplication::translate("simfleet::ErrorText", "cannot open the database: %1")
            .arg(detail);
    case ErrorCode::StorageNotADatabase:
        return QCoreApplication::translate("simfleet::ErrorText", "%1 is not a SimFleet database")
            .arg(detail);
    case ErrorCode::StorageNewerSchema:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "the database was written by a newer SimFleet "
                                           "(schema %1): upgrade SimFleet to open it")
            .arg(detail);
    case ErrorCode::StorageFailure:
        return QCoreApplication::translate("simfleet::ErrorText", "storage failure: %1")
            .arg(detail);
    case ErrorCode::NotReadyForPacket:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "is %1: only arrears-cleared or cancellation-requested "
                                           "cards go into a submission packet")
            .arg(detail);
    case ErrorCode::WrongCarrier:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "belongs to carrier %1, not the packet's carrier")
            .arg(detail);
    case ErrorCode::WrongHomeArea:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "home area is %1, not the packet's home area")
            .arg(detail);
    case ErrorCode::NothingToExport:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "no cancellation-requested cards of %1 are waiting "
                                           "for a submission packet")
            .arg(detail);
    case ErrorCode::PacketNotFound:
        return QCoreApplication::translate("simfleet::ErrorText", "no packet with id %1")
            .arg(detail);
    case ErrorCode::FileUnwritable:
        return QCoreApplication::translate("simfleet::ErrorText", "cannot write %1").arg(detail);
    case ErrorCode::DateInFuture:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "%1 is after today: bills and payments are dated on "
                                           "or before the day they are recorded")
            .arg(detail);
    case ErrorCode::StorageMissing:
        return QCoreApplication::translate("simfleet::ErrorText", "no database at %1").arg(detail);
    case ErrorCode::FileEmpty:
        return QCoreApplication::translate("simfleet::ErrorText", "%1 is empty").arg(detail);
    case ErrorCode::FileUtf16:
        return QCoreApplication::translate(
                   "simfleet::ErrorText",
                   "%1 is saved as UTF-16 (\"Unicode text\"): save it again as \"CSV UTF-8\" "
                   "or as \"CSV (comma delimited)\" (GB18030) and import that")
            .arg(detail);
    case ErrorCode::FileNotText:
        return QCoreApplication::translate("simfleet::ErrorText", "%1 is not a CSV text file")
            .arg(detail);
    case ErrorCode::CsvFieldCount:
        if (const auto counts = detail.split(QLatin1Char('/')); counts.size() == 2) {
            return QCoreApplication::translate("simfleet::ErrorText",
                                               "row has %1 fields, the header has %2")
                .arg(counts.at(0), counts.at(1));
        }
        return {};
    case ErrorCode::StorageIsFolder:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "%1 is a folder, not a database file")
            .arg(detail);
    case ErrorCode::StorageDamaged:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "the database is damaged: parts of it cannot be read "
                                           "back (details: %1)")
            .arg(detail);
    case ErrorCode::StorageReadOnly:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "%1 is read-only: it can be read but nothing in it "
                                           "can be changed")
            .arg(detail);
    case ErrorCode::HomeAreaInvalid:
        return QCoreApplication::translate(
                   "simfleet::ErrorText",
                   "not a home area: \"%1\" (write a place name of at most %2 characters)")
            .arg(detail)
            .arg(kHomeAreaMaxLength);
    default:
        return {};
    }
}

QString describeWithoutDetail(const Error& error)
{
    switch (error.code) {
    case ErrorCode::MoneyEmpty:
        return QCoreApplication::translate("simfleet::ErrorText", "amount is empty");
    case ErrorCode::MoneyMalformed:
        return QCoreApplication::translate("simfleet::ErrorText", "not an amount");
    case ErrorCode::MoneyTooManyDecimals:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "more than two decimals: amounts are in yuan, to the fen (0.01)");
    case ErrorCode::MoneyOverflow:
        return QCoreApplication::translate("simfleet::ErrorText", "amount too large");
    case ErrorCode::IccidLength:
        return iccidLength(error.detail);
    case ErrorCode::IccidNotDigits:
        return QCoreApplication::translate("simfleet::ErrorText", "not a valid ICCID: digits only");
    case ErrorCode::IccidPrefix:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid ICCID: must start with 8986 (China)");
    case ErrorCode::IccidChecksum:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid ICCID: check digit does not match");
    case ErrorCode::MsisdnInvalid:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid China mobile number");
    case ErrorCode::ResidentIdFormat:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "not a valid resident ID: 17 digits and a check character expected");
    case ErrorCode::ResidentIdBirthDate:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "not a valid resident ID: no such birth date");
    case ErrorCode::ResidentIdChecksum:
        return QCoreApplication::translate(
            "simfleet::ErrorText", "not a valid resident ID: check character does not match");
    case ErrorCode::UsccFormat:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "not a valid unified social credit code: 18 characters of 0-9 and A-Y "
            "(no I, O, S, V or Z) expected");
    case ErrorCode::UsccChecksum:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "not a valid unified social credit code: check character does not match");
    case ErrorCode::HolderIdInvalid:
        return QCoreApplication::translate(
            "simfleet::ErrorText", "neither a resident ID nor a unified social credit code");
    case ErrorCode::FieldRequired:
        return QCoreApplication::translate("simfleet::ErrorText", "a value is required");
    case ErrorCode::CarrierUnknown:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "unknown carrier (use cmcc, cucc, ctcc or cbn)");
    case ErrorCode::DateInvalid:
        return QCoreApplication::translate("simfleet::ErrorText", "not a date (use YYYY-MM-DD)");
    case ErrorCode::StateUnknown:
        return QCoreApplication::translate("simfleet::ErrorText", "unknown state");
    case ErrorCode::ChannelUnknown:
        return QCoreApplication::translate("simfleet::ErrorText", "unknown channel");
    case ErrorCode::EntryKindUnknown:
        return QCoreApplication::translate("simfleet::ErrorText", "unknown entry kind");
    case ErrorCode::AmountNotPositive:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "amount must be greater than zero");
    case ErrorCode::CardNotFound:
        return QCoreApplication::translate("simfleet::ErrorText", "no such card");
    case ErrorCode::CardVoid:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "card is void: nothing can change it");
    case ErrorCode::DuplicateIccid:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "this ICCID already belongs to another card");
    case ErrorCode::DuplicateMsisdn:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "this phone number already belongs to another card");
    case ErrorCode::TransitionNotAllowed:
        return transitionRefused(error.detail);
    case ErrorCode::AlreadyInState:
        return QCoreApplication::translate("simfleet::ErrorText", "already in that state");
    case ErrorCode::OwesMoney:
        return QCoreApplication::translate("simfleet::ErrorText", "owes %1")
            .arg(Money::fromFen(error.amountFen).toDisplayString());
    case ErrorCode::NeedsChannel:
        return QCoreApplication::translate("simfleet::ErrorText", "needs a channel");
    case ErrorCode::NeedsChecklist:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "needs the checklist confirmed (card data backed up, materials prepared)");
    case ErrorCode::NeedsReference:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "needs the carrier's receipt number");
    case ErrorCode::NeedsReason:
        return QCoreApplication::translate("simfleet::ErrorText", "needs a reason");
    case ErrorCode::BalanceNotZero:
        return balanceNotZero(Money::fromFen(error.amountFen));
    case ErrorCode::FileUnreadable:
        return QCoreApplication::translate("simfleet::ErrorText", "cannot read the file");
    case ErrorCode::CsvMalformed:
        return QCoreApplication::translate("simfleet::ErrorText", "malformed CSV");
    case ErrorCode::CsvMissingColumn:
        return QCoreApplication::translate("simfleet::ErrorText", "a required column is missing");
    case ErrorCode::CsvEmpty:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "the file has a header but no rows");
    case ErrorCode::StorageCannotOpen:
        return QCoreApplication::translate("simfleet::ErrorText", "cannot open the database");
    case ErrorCode::StorageNotADatabase:
        return QCoreApplication::translate("simfleet::ErrorText", "not a SimFleet database");
    case ErrorCode::StorageNewerSchema:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "the database was written by a newer SimFleet: upgrade SimFleet to open it");
    case ErrorCode::StorageLocked:
        return QCoreApplication::translate(
            "simfleet::ErrorText", "the database is busy in another program: try again later");
    case ErrorCode::StorageConflict:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "the card was changed by someone else meanwhile: reload it and try again");
    case ErrorCode::StorageFailure:
        return QCoreApplication::translate("simfleet::ErrorText", "storage failure");
    case ErrorCode::NotReadyForPacket:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "only arrears-cleared or cancellation-requested cards "
                                           "go into a submission packet");
    case ErrorCode::WrongCarrier:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "belongs to another carrier than the packet's");
    case ErrorCode::WrongHomeArea:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "has another home area than the packet's");
    case ErrorCode::NothingToExport:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "no cards are waiting for a submission packet");
    case ErrorCode::CompanyProfileMissing:
        // No way to set it here: each front end names its own (the GUI's Settings, the CLI's
        // company set).
        return QCoreApplication::translate("simfleet::ErrorText", "the company profile is not set");
    case ErrorCode::PacketNotFound:
        return QCoreApplication::translate("simfleet::ErrorText", "no such packet");
    case ErrorCode::FileUnwritable:
        return QCoreApplication::translate("simfleet::ErrorText", "cannot write the file");
    case ErrorCode::DateInFuture:
        return QCoreApplication::translate("simfleet::ErrorText", "the date is after today");
    case ErrorCode::StorageMissing:
        return QCoreApplication::translate("simfleet::ErrorText", "there is no database there");
    case ErrorCode::StorageIsFolder:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "that is a folder, not a database file");
    case ErrorCode::FileEmpty:
        return QCoreApplication::translate("simfleet::ErrorText", "the file is empty");
    case ErrorCode::FileUtf16:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "the file is saved as UTF-16: save it again as CSV UTF-8 or as CSV (GB18030)");
    case ErrorCode::FileNotText:
        return QCoreApplication::translate("simfleet::ErrorText", "not a CSV text file");
    case ErrorCode::CsvFieldCount:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "the row does not have as many fields as the header");
    case ErrorCode::PaymentNeedsReference:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "a payment needs its receipt or reference number");
    case ErrorCode::StorageDamaged:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "the database is damaged: parts of it cannot be read "
                                           "back");
    case ErrorCode::StorageReadOnly:
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "the database is read-only: it can be read but nothing in it can be changed");
    case ErrorCode::HomeAreaInvalid:
        return QCoreApplication::translate(
                   "simfleet::ErrorText",
                   "not a home area (write a place name of at most %1 characters)")
            .arg(kHomeAreaMaxLength);
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("simfleet::ErrorText",
                                           "stopped before the end: nothing was kept");
    }
    return QCoreApplication::translate("simfleet::ErrorText", "unexpected error");
}

} // namespace

QString describe(const Error& error)
{
    // A detail quotes what was typed or read, and an ID number can land in any column of a file:
    // whatever it quotes, no message shows one whole.
    if (!error.detail.isEmpty()) {
        if (QString text = describeWithDetail(error); !text.isEmpty()) {
            return maskIdNumbersIn(text);
        }
    }
    return describeWithoutDetail(error);
}

QString restoreAdvice(const QString& newestBackup)
{
    if (newestBackup.isEmpty()) {
        return QCoreApplication::translate(
            "simfleet::ErrorText",
            "Restore it from a copy of your own (SimFleet makes its automatic backup, "
            "NAME.bak-…, only before upgrading a database).");
    }
    return QCoreApplication::translate("simfleet::ErrorText",
                                       "To restore it, copy the automatic backup %1 over it (it "
                                       "holds the fleet as it was when that backup was made).")
        .arg(newestBackup);
}

} // namespace simfleet
