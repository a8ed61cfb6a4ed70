// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <utility>
#include <variant>

namespace simfleet {

// A value or the Error that prevented it (std::expected arrives with C++23).
template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed{false};
};

using Status = Result<void>;

} // namespace simfleet
