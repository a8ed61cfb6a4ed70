// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>

namespace simfleet {

// Every way an operation can fail, as a value. Front ends turn these into words
// (see text/ErrorText.h); nothing in the core formats a message for a user.
enum class ErrorCode {
    // Money
    MoneyEmpty,
    MoneyMalformed,
    MoneyTooManyDecimals,
    MoneyOverflow,
    // Identifiers
    IccidLength,
    IccidNotDigits,
    IccidPrefix,
    IccidChecksum,
    MsisdnInvalid,
    ResidentIdFormat,
    ResidentIdBirthDate,
    ResidentIdChecksum,
    UsccFormat,
    UsccChecksum,
    HolderIdInvalid,
    // Field values
    FieldRequired,
    CarrierUnknown,
    DateInvalid,
    StateUnknown,
    ChannelUnknown,
    EntryKindUnknown,
    AmountNotPositive,
    // Records
    CardNotFound,
    CardVoid,
    DuplicateIccid,
    DuplicateMsisdn,
    // Lifecycle guards
    TransitionNotAllowed,
    AlreadyInState,
    OwesMoney,
    NeedsChannel,
    NeedsChecklist,
    NeedsReference,
    NeedsReason,
    BalanceNotZero,
    // Files
    FileUnreadable,
    CsvMalformed,
    CsvMissingColumn,
    CsvEmpty,
    // Storage
    StorageCannotOpen,
    StorageNotADatabase,
    StorageNewerSchema,
    StorageLocked,
    StorageConflict,
    StorageFailure,
    // Submission packets (after the storage codes, so existing codes keep their values)
    NotReadyForPacket, // detail: the card's state code
    WrongCarrier,      // detail: the card's carrier code
    WrongHomeArea,     // detail: the card's home area
    NothingToExport,   // detail: the carrier code
    CompanyProfileMissing,
    PacketNotFound, // detail: the packet id
    FileUnwritable, // detail: the path
    // Ledger entries
    DateInFuture,          // detail: the date, ISO
    PaymentNeedsReference, // a payment names its receipt, so it can be traced
    // Storage, continued
    StorageMissing,  // detail: the path; no file there, or an empty one, and nothing may create it
    StorageIsFolder, // detail: the path
    // Files, continued
    FileEmpty,     // detail: the path
    FileUtf16,     // detail: the path; Excel's "Unicode text" is UTF-16, which CSV imports refuse
    FileNotText,   // detail: the path; binary data, or not a regular file (a device, a pipe)
    CsvFieldCount, // detail: "FIELDS/HEADER", the row's and the header's number of fields
    // Storage, continued
    StorageDamaged,  // detail: what the store's own integrity check reported
    StorageReadOnly, // detail: the path; the store may be read but not changed
    // Field values, continued
    HomeAreaInvalid, // detail: the value as given (shortened when long)
    // Work the user stopped before it ended; nothing of it was kept
    Cancelled,
};

// How a front end should treat an error: the CLI maps these to exit codes 3, 4 and 1.
enum class ErrorCategory { Refused, Storage, Unexpected };

struct Error {
    ErrorCode code{ErrorCode::StorageFailure};
    // Free detail: the offending value, the other state's code, the storage engine's text.
    // Never holds unmasked personal data.
    QString detail;
    // Money the message needs ("owes ¥123.40"), in fen.
    std::int64_t amountFen{0};

    friend bool operator==(const Error&, const Error&) = default;
};

ErrorCategory categoryOf(ErrorCode code);

} // namespace simfleet
