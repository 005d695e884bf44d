// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <string>
#include <utility>
#include <vector>

namespace careportal::server {

/// A request as it came off the wire, before routing: what the connection hands to the
/// Router. Header names keep the client's spelling; the target is still percent-encoded.
struct RawRequest {
    std::string method;
    std::string target;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string remoteAddress;
};

} // namespace careportal::server
