#include "planningcache.h"

#include "storage/visitstore.h"

namespace careportal::server {

PlanningCache::PlanningCache(VisitStore &visits)
    : m_visits(visits) {}

ApiResponse PlanningCache::answer(const QString &clientId, const QString &period,
                                  const Render &render) {
    // The counter is read before the visits: a change committed while rendering leaves the
    // counter ahead of the kept answer, so the next request renders again.
    const auto epoch = m_visits.planningEpoch(clientId);
    if (!epoch)
        return render();
    const QString key = clientId + u'\n' + period;
    {
        std::lock_guard lock(m_mutex);
        const auto kept = m_answers.constFind(key);
        if (kept != m_answers.cend() && kept->epoch == *epoch)
            return kept->response;
    }
    ApiResponse response = render();
    if (response.status == 200) {
        std::lock_guard lock(m_mutex);
        if (m_answers.size() >= kMaxAnswers)
            m_answers.clear(); // bounded memory without bookkeeping; each reloads once
        m_answers.insert(key, {*epoch, response});
    }
    return response;
}

} // namespace careportal::server
