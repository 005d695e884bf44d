#include "dossierreportsmodel.h"

#include "carebackend.h"
#include "dateformatter.h"
#include "dossiermodel.h"

namespace careportal {

DossierReportsModel::DossierReportsModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, DossierModel *labels,
                                         int pageSize, QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend)
    , m_labels(labels)
    , m_pageSize(pageSize) {
    // Labels and dates follow the overview and the language without a new fetch.
    connect(m_labels, &DossierModel::overviewChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {KindLabelRole, DisciplineLabelRole, WrittenTextRole, DayTextRole});
    });
}

int DossierReportsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

QVariant DossierReportsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const DossierReport &r = m_reports.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case KindRole:
        return r.kind;
    case KindLabelRole:
        return m_labels->kindLabel(r.kind);
    case DisciplineRole:
        return r.discipline;
    case DisciplineLabelRole:
        return m_labels->disciplineLabel(r.discipline);
    case AuthorRole:
        return r.author;
    case WrittenTextRole:
        return DateFormatter(language()).dateTimeText(r.writtenAt.toLocalTime());
    case DayTextRole:
        return DateFormatter(language()).dayText(r.writtenAt.toLocalTime().date());
    case TitleRole:
        return r.title;
    case TextRole:
        return r.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> DossierReportsModel::roleNames() const {
    return {{IdRole, "reportId"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {DisciplineRole, "discipline"},
            {DisciplineLabelRole, "disciplineLabel"},
            {AuthorRole, "author"},
            {WrittenTextRole, "writtenText"},
            {DayTextRole, "dayText"},
            {TitleRole, "title"},
            {TextRole, "text"}};
}

void DossierReportsModel::setKind(const QString &kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    if (status() != Status::Idle)
        reloadDroppingPending();
}

void DossierReportsModel::fetch(const QString &clientId) {
    whenLoaded(m_backend->dossierReports(clientId, m_kind, {}, m_pageSize),
               [this](const DossierReportPage &page) {
                   clear();
                   append(page);
               });
}

void DossierReportsModel::loadMore() {
    if (!hasMore() || m_loadingMore || clientId().isEmpty())
        return;
    m_loadingMore = true;
    Q_EMIT pagingChanged();
    whenLoaded(m_backend->dossierReports(clientId(), m_kind, m_nextCursor, m_pageSize),
               [this](const DossierReportPage &page) { append(page); });
}

void DossierReportsModel::append(const DossierReportPage &page) {
    QList<DossierReport> fresh;
    for (const DossierReport &r : page.reports) {
        if (rowOf(m_reports, r.id) < 0)
            fresh.append(r);
    }
    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_reports.append(fresh);
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_loadingMore = false;
    Q_EMIT pagingChanged();
}

QVariantMap DossierReportsModel::report(const QString &id) const {
    return rowAsMap(rowOf(m_reports, id));
}

void DossierReportsModel::clear() {
    beginResetModel();
    m_reports.clear();
    endResetModel();
    m_nextCursor.clear();
    m_loadingMore = false;
    Q_EMIT pagingChanged();
}

void DossierReportsModel::loadFailed() {
    m_loadingMore = false;
    Q_EMIT pagingChanged();
}

} // namespace careportal
