// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "certificategenerator.h"

#include "logging/logcategories.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <memory>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace careportal::server {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioContents(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QByteArray subjectAltNameValue(const QStringList &names) {
    QStringList entries;
    for (const QString &name : names) {
        QHostAddress address;
        entries.append(address.setAddress(name) ? QStringLiteral("IP:") + name
                                                : QStringLiteral("DNS:") + name);
    }
    return entries.join(QLatin1Char(',')).toLatin1();
}

} // namespace

std::optional<CertificateGenerator::Result> CertificateGenerator::generate(const Options &options) {
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) {
        qCWarning(lcTls) << "OpenSSL could not create a key or certificate";
        return std::nullopt;
    }

    // A random 127-bit serial: browsers reject duplicate serials from one issuer, and each
    // generated certificate is its own issuer here.
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);

    X509_set_version(cert.get(), 2); // v3, needed for extensions
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), options.notBefore.toSecsSinceEpoch());
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), options.notAfter.toSecsSinceEpoch());
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = options.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>("CarePortal reference server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    const bool extensionsOk =
        addExtension(cert.get(), NID_subject_alt_name,
                     subjectAltNameValue(options.subjectAltNames)) &&
        addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") &&
        addExtension(cert.get(), NID_ext_key_usage, "serverAuth") &&
        addExtension(cert.get(), NID_subject_key_identifier, "hash");
    if (!extensionsOk || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        qCWarning(lcTls) << "OpenSSL could not build or sign the certificate";
        return std::nullopt;
    }

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return std::nullopt;
    return Result{bioContents(certBio.get()), bioContents(keyBio.get())};
}

QString CertificateGenerator::fingerprint(const QByteArray &certificatePem) {
    BioPtr bio(
        BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0)
        return {};
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayView(der, length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace careportal::server
