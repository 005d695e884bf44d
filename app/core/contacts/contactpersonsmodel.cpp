#include "contactpersonsmodel.h"

#include "carebackend.h"
#include "contactvalidation.h"
#include "languagesettings.h"

namespace careportal {

ContactPersonsModel::ContactPersonsModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT typesChanged();
        if (!m_persons.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TypeLabelRole});
    });
}

int ContactPersonsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_persons.size());
}

QVariant ContactPersonsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ContactPerson &p = m_persons.at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case NameRole:
        return p.name;
    case Phone1Role:
        return p.phone1;
    case Phone2Role:
        return p.phone2;
    case EmailRole:
        return p.email;
    case TypeRole:
        return p.type;
    case TypeLabelRole:
        return typeLabel(p.type);
    case PrimaryRole:
        return p.primary;
    case RemarksRole:
        return p.remarks;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactPersonsModel::roleNames() const {
    return {{IdRole, "personId"},         {NameRole, "name"},       {Phone1Role, "phone1"},
            {Phone2Role, "phone2"},       {EmailRole, "email"},     {TypeRole, "type"},
            {TypeLabelRole, "typeLabel"}, {PrimaryRole, "primary"}, {RemarksRole, "remarks"}};
}

QVariantList ContactPersonsModel::types() const {
    return optionsForQml(m_types);
}

QString ContactPersonsModel::typeLabel(const QString &code) const {
    return optionLabel(m_types, code);
}

QVariantMap ContactPersonsModel::person(const QString &id) const {
    return rowAsMap(rowOf(m_persons, id));
}

void ContactPersonsModel::save(const QVariantMap &form) {
    if (!canWrite())
        return;
    const auto text = [&form](const char *key) {
        return form.value(QLatin1String(key)).toString().trimmed();
    };
    const ContactPerson person{text("personId"),
                               text("name"),
                               text("phone1"),
                               text("phone2"),
                               text("email"),
                               text("type"),
                               form.value(QStringLiteral("primary")).toBool(),
                               text("remarks")};
    whenWritten(m_backend->saveContactPerson(clientId(), person),
                [this](const ContactPerson &result) { stored(result); });
}

void ContactPersonsModel::stored(const ContactPerson &person) {
    if (person.primary) {
        // The server cleared the previous primary in the same transaction; mirror it.
        for (qsizetype i = 0; i < m_persons.size(); ++i) {
            if (m_persons.at(i).primary && m_persons.at(i).id != person.id) {
                m_persons[i].primary = false;
                Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)),
                                   {PrimaryRole});
            }
        }
    }
    upsert(m_persons, person);
}

void ContactPersonsModel::remove(const QString &id) {
    if (!canWrite())
        return;
    whenWritten(m_backend->removeContactPerson(clientId(), id),
                [this, id](const Done &) { removeById(m_persons, id); });
}

QString ContactPersonsModel::nameError(const QString &name) const {
    return ContactValidation::message(ContactValidation::checkText(name, kMaxNameLength, true),
                                      language(), kMaxNameLength);
}

QString ContactPersonsModel::phoneError(const QString &phone, bool required) const {
    return ContactValidation::message(ContactValidation::checkPhone(phone, required), language(),
                                      ContactValidation::kPhoneMaxLength);
}

QString ContactPersonsModel::emailError(const QString &email) const {
    return ContactValidation::message(ContactValidation::checkEmail(email, false), language(),
                                      ContactValidation::kEmailMaxLength);
}

QString ContactPersonsModel::remarksError(const QString &remarks) const {
    return ContactValidation::message(
        ContactValidation::checkText(remarks, kMaxRemarksLength, false), language(),
        kMaxRemarksLength);
}

void ContactPersonsModel::fetch(const QString &clientId) {
    // Types first: rows are only worth showing with their type labels.
    whenLoaded(
        m_backend->contactPersonTypes(),
        [this, clientId](const QList<ContactPersonType> &types) {
            m_types = types;
            Q_EMIT typesChanged();
            whenLoaded(m_backend->contactPersons(clientId),
                       [this](const QList<ContactPerson> &persons) {
                           beginResetModel();
                           m_persons = persons;
                           endResetModel();
                       });
        },
        false);
}

void ContactPersonsModel::clear() {
    beginResetModel();
    m_persons.clear();
    endResetModel();
    m_types.clear();
    Q_EMIT typesChanged();
}

} // namespace careportal
