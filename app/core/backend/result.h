// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apierror.h"

#include <utility>
#include <variant>

namespace careportal {

/// Stands for "no value, just success" in Result<Done>.
struct Done {};

/// A value or the ApiError that prevented it: what every backend call delivers.
template <typename T> class Result {
public:
    Result() = default;
    Result(T value) // NOLINT(google-explicit-constructor): results are returned implicitly
        : m_state(std::move(value)) {}
    Result(ApiError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    [[nodiscard]] const T &value() const { return std::get<T>(m_state); }
    [[nodiscard]] ApiError error() const { return ok() ? ApiError{} : std::get<ApiError>(m_state); }

private:
    std::variant<ApiError, T> m_state{ApiError::make(ApiError::Kind::BadResponse)};
};

} // namespace careportal
