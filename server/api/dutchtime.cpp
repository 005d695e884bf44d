#include "dutchtime.h"

namespace careportal::server {

const QTimeZone &amsterdam() {
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

QString localIso(const QDateTime &utc) {
    return utc.isValid() ? utc.toTimeZone(amsterdam()).toString(Qt::ISODate) : QString();
}

} // namespace careportal::server
