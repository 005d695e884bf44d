// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apirequest.h"

class QNetworkReply;

namespace careportal {

/// The one place where every reply is sorted into success or a typed ApiError.
class ReplyHandler {
public:
    /// `pinRejected`: the reply was aborted because the server's certificate did not match
    /// the pin; `timedOut`: our own deadline hit.
    [[nodiscard]] static ApiResponse interpret(QNetworkReply *reply, bool pinRejected = false);
    [[nodiscard]] static ApiError::Kind kindForStatus(int status);
    /// Reads an application/problem+json body into `error`.
    static void readProblem(const QByteArray &body, ApiError &error);

private:
    /// A successful answer that is not JSON: a PDF into `document`, anything else an error.
    static void readDocument(QNetworkReply *reply, const QByteArray &body, ApiResponse &response);
};

} // namespace careportal
