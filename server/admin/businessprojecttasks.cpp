// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "adminoutput.h"
#include "businesstasks.h"
#include "messaging/outboxsender.h"
#include "staffaccess.h"
#include "storage/businessinvoicestore.h"
#include "storage/businessprojectstore.h"
#include "storage/businessstore.h"
#include "storage/database.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kIdMax = 64;
constexpr qsizetype kLineMax = 200;
constexpr qsizetype kTextMax = 4000;
constexpr qint64 kMaxPdfBytes = qint64{5} * 1024 * 1024;

std::optional<BusinessCustomerRecord> customerOption(Database &database, TaskOptions &options) {
    const QString id = options.required(QStringLiteral("customer"), kIdMax);
    auto customer = id.isEmpty() ? std::nullopt : BusinessStore(database).customer(id);
    if (!id.isEmpty() && !customer)
        options.refuse(QStringLiteral("no business customer %1").arg(id));
    return customer;
}

int addProject(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-project"));
    const auto customer = customerOption(database, options);
    BusinessProjectRecord p;
    p.id = newId();
    p.name = options.required(QStringLiteral("name"), kLineMax);
    p.number = options.optional(QStringLiteral("number"), 40);
    p.location = options.optional(QStringLiteral("location"), kLineMax);
    p.description = options.optional(QStringLiteral("description"), kTextMax);
    p.leadName = options.required(QStringLiteral("lead-name"), kLineMax);
    p.leadPhone = options.optional(QStringLiteral("lead-phone"), 40);
    p.leadEmail = options.optional(QStringLiteral("lead-email"), 254);
    if (options.isSet(QStringLiteral("start-date")))
        p.startDate = options.date(QStringLiteral("start-date"));
    if (options.isSet(QStringLiteral("end-date")))
        p.endDate = options.date(QStringLiteral("end-date"));
    if (!options.ok() || !customer)
        return options.fail();
    p.customerId = customer->id;
    if (!BusinessProjectStore(database).insertProject(p))
        return fail(QStringLiteral("add-project: could not store the project"));
    print(QStringLiteral("project\t%1\t%2\t%3").arg(p.id, customer->id, p.name));
    return 0;
}

int addProjectMember(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-project-member"));
    const QString projectId = options.required(QStringLiteral("project"), kIdMax);
    const QString contactId = options.required(QStringLiteral("contact"), kIdMax);
    if (!options.ok())
        return options.fail();
    const auto contact = BusinessStore(database).contactById(contactId);
    BusinessProjectStore projects(database);
    // A member of another customer's project would see it: both must be the same customer's.
    if (!contact || !projects.project(contact->customerId, projectId))
        return fail(QStringLiteral("add-project-member: no project %1 of the customer of "
                                   "contact %2")
                        .arg(projectId, contactId));
    if (!projects.addMember(projectId, contactId))
        return fail(QStringLiteral("add-project-member: could not store the member"));
    print(QStringLiteral("member\t%1\t%2").arg(projectId, contactId));
    return 0;
}

int addProjectQuestion(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-project-question"));
    const QString projectId = options.required(QStringLiteral("project"), kIdMax);
    const QString contactId = options.required(QStringLiteral("contact"), kIdMax);
    const QString text = options.required(QStringLiteral("text"), kTextMax);
    if (!options.ok())
        return options.fail();
    const auto contact = BusinessStore(database).contactById(contactId);
    BusinessProjectStore projects(database);
    if (!contact || !projects.project(contact->customerId, projectId))
        return fail(QStringLiteral("add-project-question: no project %1 of the customer of "
                                   "contact %2")
                        .arg(projectId, contactId));
    const BusinessQuestionRecord question{
        newId(), projectId, contactId, text, QDateTime::currentDateTimeUtc(), {}, {}, {}, {}};
    if (!projects.insertQuestion(question))
        return fail(QStringLiteral("add-project-question: could not store the question"));
    print(QStringLiteral("question\t%1").arg(question.id));
    return 0;
}

/// The questions no one has answered yet, oldest first, with what staff need to answer
/// them (answer-project-question --id). A question is a customer's correspondence: the
/// read of each customer's questions gets its access-log row before any of them shows.
int listProjectQuestions(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("list-project-questions"));
    const QString only = options.optional(QStringLiteral("customer"), kIdMax);
    if (!options.ok())
        return options.fail();
    BusinessStore contacts(database);
    BusinessProjectStore projects(database);
    struct Open {
        BusinessQuestionRecord question;
        BusinessContactRecord contact;
        QString projectName;
    };
    QList<Open> open;
    QStringList customers;
    for (const BusinessQuestionRecord &q : projects.openQuestions()) {
        const auto contact = contacts.contactById(q.contactId);
        const auto project =
            contact ? projects.project(contact->customerId, q.projectId) : std::nullopt;
        if (!contact || !project || (!only.isEmpty() && contact->customerId != only))
            continue;
        if (!customers.contains(contact->customerId))
            customers.append(contact->customerId);
        open.append({q, *contact, project->name});
    }
    for (const QString &customerId : customers)
        if (!logStaffAccess(database, parser, customerId, QStringLiteral("read"),
                            QStringLiteral("correspondence")))
            return refuseWithoutLog(QStringLiteral("list-project-questions"));
    for (const Open &o : open)
        print(QStringLiteral("%1\t%2\t%3\tproject %4 (%5)\t%6\t%7")
                  .arg(o.question.id, o.question.askedAt.toString(Qt::ISODate),
                       o.contact.customerId, o.question.projectId, o.projectName,
                       o.contact.displayName(), escaped(o.question.question)));
    return 0;
}

int answerProjectQuestion(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("answer-project-question"));
    const QString id = options.required(QStringLiteral("id"), kIdMax);
    const QString answer = options.required(QStringLiteral("answer"), kTextMax);
    const QString staff = options.required(QStringLiteral("staff"), kLineMax);
    if (!options.ok())
        return options.fail();
    BusinessProjectStore projects(database);
    const auto question = projects.question(id);
    const auto contact =
        question ? BusinessStore(database).contactById(question->contactId) : std::nullopt;
    const auto project =
        contact ? projects.project(contact->customerId, question->projectId) : std::nullopt;
    if (!question || !contact || !project)
        return fail(QStringLiteral("answer-project-question: no question %1").arg(id));
    if (!logStaffAccess(database, parser, contact->customerId, QStringLiteral("change"),
                        QStringLiteral("correspondence/") + id))
        return refuseWithoutLog(QStringLiteral("answer-project-question"));
    if (!projects.answer(id, answer, staff, QDateTime::currentDateTimeUtc()))
        return fail(QStringLiteral("answer-project-question: %1 is answered already").arg(id));
    // The notice only: the answer itself is read in the portal, after login.
    if (!contact->email.isEmpty()) {
        OutboxSender sender(QFileInfo(database.path()).dir().filePath(QStringLiteral("outbox")));
        if (!sender.send({OutgoingMessage::Channel::Email, contact->email,
                          QStringLiteral("Antwoord op uw vraag over %1").arg(project->name),
                          QStringLiteral("Beste %1,\n\nUw vraag over het project %2 is "
                                         "beantwoord. U leest het antwoord in het "
                                         "klantenportaal onder 'Mijn correspondentie'.")
                              .arg(contact->displayName(), project->name)}))
            return fail(QStringLiteral("answer-project-question: answered, but the e-mail "
                                       "could not be written"));
    }
    print(QStringLiteral("answered\t%1").arg(id));
    return 0;
}

/// "description;quantity;unit price in euros;VAT percent"; nullopt with an error recorded.
std::optional<BusinessInvoiceLine> parseLine(TaskOptions &options, const QString &text) {
    const QStringList parts = text.split(u';');
    bool quantityOk = false;
    bool priceOk = false;
    bool vatOk = false;
    BusinessInvoiceLine line;
    if (parts.size() == 4) {
        line.description = parts.at(0).trimmed().left(kLineMax);
        line.quantity = parts.at(1).trimmed().replace(u',', u'.').toDouble(&quantityOk);
        const double euros = parts.at(2).trimmed().replace(u',', u'.').toDouble(&priceOk);
        line.unitPriceCents = std::llround(euros * 100);
        line.vatPercent = parts.at(3).trimmed().toInt(&vatOk);
    }
    if (!quantityOk || !priceOk || !vatOk || line.description.isEmpty() || line.quantity <= 0 ||
        line.vatPercent < 0 || line.vatPercent > 100) {
        options.refuse(QStringLiteral("--line \"%1\" is not \"description;quantity;unit price;"
                                      "VAT percent\"")
                           .arg(text.left(80)));
        return std::nullopt;
    }
    line.amountCents = std::llround(line.quantity * static_cast<double>(line.unitPriceCents));
    line.vatCents = std::llround(static_cast<double>(line.amountCents * line.vatPercent) / 100.0);
    return line;
}

int addInvoice(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-invoice"));
    const auto customer = customerOption(database, options);
    BusinessInvoiceRecord invoice;
    invoice.id = newId();
    invoice.number = options.required(QStringLiteral("number"), 40);
    invoice.invoiceDate = options.date(QStringLiteral("date"));
    invoice.dueDate = options.date(QStringLiteral("due"));
    invoice.description = options.optional(QStringLiteral("description"), kLineMax);
    if (options.isSet(QStringLiteral("paid-on")))
        invoice.paidOn = options.date(QStringLiteral("paid-on"));
    for (const QString &text : parser.values(QStringLiteral("line")))
        if (const auto line = parseLine(options, text))
            invoice.lines.append(*line);
    if (invoice.lines.isEmpty())
        options.refuse(QStringLiteral("--line is required"));
    QByteArray pdf;
    const QString pdfFile = options.optional(QStringLiteral("pdf-file"), 4096);
    if (!pdfFile.isEmpty()) {
        QFile file(pdfFile);
        if (file.size() > kMaxPdfBytes || !file.open(QIODevice::ReadOnly))
            options.refuse(
                QStringLiteral("--pdf-file %1 cannot be read (or is over 5 MB)").arg(pdfFile));
        else
            pdf = file.readAll();
        if (file.isOpen() && !pdf.startsWith("%PDF-"))
            options.refuse(QStringLiteral("--pdf-file %1 is not a PDF").arg(pdfFile));
    }
    if (!options.ok() || !customer)
        return options.fail();
    invoice.customerId = customer->id;
    if (!BusinessInvoiceStore(database).insertInvoice(invoice, pdf))
        return fail(QStringLiteral("add-invoice: could not store the invoice (is the number %1 "
                                   "taken?)")
                        .arg(invoice.number));
    print(QStringLiteral("invoice\t%1\t%2\t%3").arg(invoice.id, customer->id, invoice.number));
    return 0;
}

int setInvoicePaid(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-invoice-paid"));
    const QString id = options.required(QStringLiteral("invoice"), kIdMax);
    const bool none = parser.value(QStringLiteral("paid-on")) == QLatin1String("none");
    const QDate day = none ? QDate() : options.date(QStringLiteral("paid-on"));
    if (!options.ok())
        return options.fail();
    if (!BusinessInvoiceStore(database).setPaid(id, day))
        return fail(QStringLiteral("set-invoice-paid: no invoice %1").arg(id));
    print(QStringLiteral("invoice\t%1\t%2")
              .arg(id, none ? QStringLiteral("open") : day.toString(Qt::ISODate)));
    return 0;
}

} // namespace

TaskList businessProjectTasks() {
    return {
        {QStringLiteral("add-project"),
         QStringLiteral("add-project --customer ID --name NAME --lead-name NAME [--number TEXT "
                        "--location TEXT --description TEXT --lead-phone NUMBER --lead-email "
                        "ADDRESS --start-date YYYY-MM-DD --end-date YYYY-MM-DD]"),
         addProject},
        {QStringLiteral("add-project-member"),
         QStringLiteral("add-project-member --project ID --contact ID"), addProjectMember},
        {QStringLiteral("add-project-question"),
         QStringLiteral("add-project-question --project ID --contact ID --text TEXT"),
         addProjectQuestion},
        {QStringLiteral("list-project-questions"),
         QStringLiteral("list-project-questions [--customer ID]"), listProjectQuestions},
        {QStringLiteral("answer-project-question"),
         QStringLiteral("answer-project-question --id ID --answer TEXT --staff NAME"),
         answerProjectQuestion},
        {QStringLiteral("add-invoice"),
         QStringLiteral("add-invoice --customer ID --number TEXT --date YYYY-MM-DD --due "
                        "YYYY-MM-DD --line \"TEXT;QUANTITY;EUROS;VAT%\"... [--description TEXT "
                        "--pdf-file FILE --paid-on YYYY-MM-DD]"),
         addInvoice},
        {QStringLiteral("set-invoice-paid"),
         QStringLiteral("set-invoice-paid --invoice ID --paid-on YYYY-MM-DD|none"), setInvoicePaid},
    };
}

} // namespace careportal::server::admin
