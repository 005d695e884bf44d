// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apiresponse.h"
#include "rawrequest.h"

#include <functional>

namespace careportal::server {

/// Where a connection hands a complete request: it is answered off the I/O threads (handlers
/// wait on SQLite and password hashing) and `done` is called with the answer, on any thread.
class RequestQueue {
public:
    virtual ~RequestQueue() = default;
    virtual void submit(RawRequest request, std::function<void(ApiResponse)> done) = 0;
};

} // namespace careportal::server
