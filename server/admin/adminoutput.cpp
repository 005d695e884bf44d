#include "adminoutput.h"

#include <cstdio>

namespace careportal::server::admin {

void print(const QString &line) {
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
}

int fail(const QString &message) {
    std::fprintf(stderr, "careportal-server admin: %s\n", message.toUtf8().constData());
    return kExitRefused;
}

void printHeading(const QString &title) {
    print(QStringLiteral("== %1 ==").arg(title));
}

} // namespace careportal::server::admin
