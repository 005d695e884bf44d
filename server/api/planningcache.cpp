// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planningcache.h"

#include "http/entitytag.h"
#include "storage/visitstore.h"

namespace careportal::server {

PlanningCache::PlanningCache(VisitStore &visits)
    : m_visits(visits) {}

PlanningCache::Answer PlanningCache::answer(const QString &clientId, const QString &period,
                                            const Render &render) {
    // The counter is read before the visits: a change committed while rendering leaves the
    // counter ahead of the kept answer, so the next request renders again.
    const auto epoch = m_visits.planningEpoch(clientId);
    const auto rendered = [&render] {
        ApiResponse response = render();
        QByteArray etag = EntityTag::of(response.body);
        return Answer{std::move(response), std::move(etag)};
    };
    if (!epoch)
        return rendered();
    const QString key = clientId + u'\n' + period;
    {
        std::lock_guard lock(m_mutex);
        const auto kept = m_answers.constFind(key);
        if (kept != m_answers.cend() && kept->epoch == *epoch)
            return kept->answer;
    }
    Answer answer = rendered();
    if (answer.response.status == 200) {
        std::lock_guard lock(m_mutex);
        if (m_answers.size() >= kMaxAnswers)
            m_answers.clear(); // bounded memory without bookkeeping; each reloads once
        m_answers.insert(key, {*epoch, answer});
    }
    return answer;
}

} // namespace careportal::server
