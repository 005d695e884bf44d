// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apiresponse.h"

#include <QHash>
#include <QString>
#include <functional>
#include <mutex>

namespace careportal::server {

class VisitStore;

/// The rendered answers of GET /clients/{id}/appointments, per client and period: reading
/// a month's visits and writing them as JSON was over a quarter of that request's time,
/// and a family's app asks for the same month again and again. An answer is used only
/// while the client's planning counter (schema 19's triggers on the visits, whichever
/// process changes them) is the one it was rendered under; otherwise it is rendered anew.
class PlanningCache {
public:
    explicit PlanningCache(VisitStore &visits);

    using Render = std::function<ApiResponse()>;
    /// An answer and its entity tag, computed once with it.
    struct Answer {
        ApiResponse response;
        QByteArray etag;
    };
    /// The answer kept for `clientId` and `period`, or `render()`'s, kept for next time.
    [[nodiscard]] Answer answer(const QString &clientId, const QString &period,
                                const Render &render);

    /// Answers kept at most; beyond it the cache starts again (a month is about 1.5 KiB).
    static constexpr qsizetype kMaxAnswers = 2048;

private:
    struct Kept {
        qint64 epoch = 0;
        Answer answer;
    };

    VisitStore &m_visits;
    std::mutex m_mutex;
    QHash<QString, Kept> m_answers; // by client id and period
};

} // namespace careportal::server
