// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Sha256.h"

#include <memory>
#include <openssl/evp.h>
#include <stdexcept>

namespace simfleet {

namespace {

// Fetched once: EVP_Digest with the plain EVP_sha256() looks the algorithm up in the provider
// tables on every call, which costs as much as hashing a short row.
const EVP_MD* sha256Algorithm()
{
    static const EVP_MD* const algorithm = [] {
        EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (fetched == nullptr)
            throw std::runtime_error("OpenSSL provides no SHA-256");
        return fetched;
    }();
    return algorithm;
}

} // namespace

Sha256Digest sha256(QByteArrayView bytes)
{
    // One context per thread, reset for each digest: EVP_Digest allocates and frees one per
    // call, which cost the audit chain's hashing thread a fifth of its time.
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    Sha256Digest digest{};
    unsigned int length = 0;
    if (!context || EVP_DigestInit_ex(context.get(), sha256Algorithm(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), bytes.data(), static_cast<std::size_t>(bytes.size())) !=
            1 ||
        EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1 || length != digest.size())
        throw std::runtime_error("SHA-256 failed");
    return digest;
}

struct Sha256Stream::Context {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> evp{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

Sha256Stream::Sha256Stream() : m_context(std::make_unique<Context>())
{
    if (!m_context->evp || EVP_DigestInit_ex(m_context->evp.get(), sha256Algorithm(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::add(QByteArrayView bytes)
{
    if (EVP_DigestUpdate(m_context->evp.get(), bytes.data(),
                         static_cast<std::size_t>(bytes.size())) != 1)
        throw std::runtime_error("SHA-256 failed");
}

Sha256Digest Sha256Stream::finish()
{
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->evp.get(), digest.data(), &length) != 1 ||
        length != digest.size() ||
        EVP_DigestInit_ex(m_context->evp.get(), sha256Algorithm(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return digest;
}

QByteArray hexOf(const Sha256Digest& digest)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(digest.data()),
                                   static_cast<qsizetype>(digest.size()))
        .toHex();
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    return hexOf(sha256(bytes));
}

} // namespace simfleet
