// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Error.h"

namespace simfleet {

ErrorCategory categoryOf(ErrorCode code)
{
    switch (code) {
    // What the user typed or asked for was refused; nothing changed.
    case ErrorCode::MoneyEmpty:
    case ErrorCode::MoneyMalformed:
    case ErrorCode::MoneyTooManyDecimals:
    case ErrorCode::MoneyOverflow:
    case ErrorCode::IccidLength:
    case ErrorCode::IccidNotDigits:
    case ErrorCode::IccidPrefix:
    case ErrorCode::IccidChecksum:
    case ErrorCode::MsisdnInvalid:
    case ErrorCode::ResidentIdFormat:
    case ErrorCode::ResidentIdBirthDate:
    case ErrorCode::ResidentIdChecksum:
    case ErrorCode::UsccFormat:
    case ErrorCode::UsccChecksum:
    case ErrorCode::HolderIdInvalid:
    case ErrorCode::FieldRequired:
    case ErrorCode::CarrierUnknown:
    case ErrorCode::DateInvalid:
    case ErrorCode::StateUnknown:
    case ErrorCode::ChannelUnknown:
    case ErrorCode::EntryKindUnknown:
    case ErrorCode::AmountNotPositive:
    case ErrorCode::CardNotFound:
    case ErrorCode::CardVoid:
    case ErrorCode::DuplicateIccid:
    case ErrorCode::DuplicateMsisdn:
    case ErrorCode::TransitionNotAllowed:
    case ErrorCode::AlreadyInState:
    case ErrorCode::OwesMoney:
    case ErrorCode::NeedsChannel:
    case ErrorCode::NeedsChecklist:
    case ErrorCode::NeedsReference:
    case ErrorCode::NeedsReason:
    case ErrorCode::BalanceNotZero:
    // A file the user named that cannot be used is bad input too.
    case ErrorCode::FileUnreadable:
    case ErrorCode::CsvMalformed:
    case ErrorCode::CsvMissingColumn:
    case ErrorCode::CsvEmpty:
    // A packet the user asked for that cannot be made, or a folder that cannot take it.
    case ErrorCode::NotReadyForPacket:
    case ErrorCode::WrongCarrier:
    case ErrorCode::WrongHomeArea:
    case ErrorCode::NothingToExport:
    case ErrorCode::CompanyProfileMissing:
    case ErrorCode::PacketNotFound:
    case ErrorCode::FileUnwritable:
    case ErrorCode::DateInFuture:
    case ErrorCode::PaymentNeedsReference:
    case ErrorCode::FileEmpty:
    case ErrorCode::FileUtf16:
    case ErrorCode::FileNotText:
    case ErrorCode::CsvFieldCount:
    case ErrorCode::HomeAreaInvalid:
    case ErrorCode::Cancelled:
        return ErrorCategory::Refused;
    case ErrorCode::StorageCannotOpen:
    case ErrorCode::StorageNotADatabase:
    case ErrorCode::StorageNewerSchema:
    case ErrorCode::StorageLocked:
    case ErrorCode::StorageConflict:
    case ErrorCode::StorageFailure:
    case ErrorCode::StorageMissing:
    case ErrorCode::StorageIsFolder:
    case ErrorCode::StorageDamaged:
    case ErrorCode::StorageReadOnly:
        return ErrorCategory::Storage;
    }
    // Only reachable with a value outside the enum (a corrupt cast): a bug, not a refusal.
    return ErrorCategory::Unexpected;
}

} // namespace simfleet
