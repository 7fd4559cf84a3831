/* Names for the numbers Schannel reports: status codes, protocol bits, algorithm ids. */
#include "probe.h"

#define N(x) {(long)(x), #x}
typedef struct {
  long value;
  const char *name;
} name_t;

static const char *find(const name_t *t, size_t n, long v) {
  for (size_t i = 0; i < n; i++)
    if (t[i].value == v) return t[i].name;
  return NULL;
}

static const name_t STATUS[] = {
    N(SEC_E_OK), N(SEC_I_CONTINUE_NEEDED), N(SEC_I_INCOMPLETE_CREDENTIALS),
    N(SEC_E_INCOMPLETE_MESSAGE), N(SEC_E_INSUFFICIENT_MEMORY), N(SEC_E_INTERNAL_ERROR),
    N(SEC_E_INVALID_HANDLE), N(SEC_E_INVALID_TOKEN), N(SEC_E_LOGON_DENIED),
    N(SEC_E_NO_AUTHENTICATING_AUTHORITY), N(SEC_E_NO_CREDENTIALS), N(SEC_E_TARGET_UNKNOWN),
    N(SEC_E_UNSUPPORTED_FUNCTION), N(SEC_E_WRONG_PRINCIPAL), N(SEC_E_ALGORITHM_MISMATCH),
    N(SEC_E_UNKNOWN_CREDENTIALS), N(SEC_E_SECPKG_NOT_FOUND), N(SEC_E_NOT_OWNER),
    N(SEC_E_CANNOT_INSTALL), N(SEC_E_BUFFER_TOO_SMALL), N(SEC_E_MESSAGE_ALTERED),
    N(SEC_E_OUT_OF_SEQUENCE), N(SEC_E_DECRYPT_FAILURE), N(SEC_E_ENCRYPT_FAILURE),
    N(SEC_E_CERT_UNKNOWN), N(SEC_E_CERT_EXPIRED), N(SEC_E_UNTRUSTED_ROOT),
    N(SEC_E_ILLEGAL_MESSAGE), N(SEC_E_INVALID_PARAMETER), N(SEC_E_CONTEXT_EXPIRED),
    N(SEC_I_CONTEXT_EXPIRED), N(SEC_I_RENEGOTIATE), N(SEC_E_NO_KERB_KEY),
    N(SEC_E_WRONG_CREDENTIAL_HANDLE), N(SEC_E_SHUTDOWN_IN_PROGRESS),
    N(SEC_E_UNFINISHED_CONTEXT_DELETED), N(SEC_E_APPLICATION_PROTOCOL_MISMATCH),
};

/* "SEC_E_ALGORITHM_MISMATCH", or NULL for a code this table does not know. */
const char *status_name(SECURITY_STATUS s) {
  return find(STATUS, sizeof STATUS / sizeof *STATUS, (long)s);
}

static const name_t PROTOCOLS[] = {
    {SP_PROT_SSL3_CLIENT, "SSLv3"},     {SP_PROT_TLS1_0_CLIENT, "TLSv1"},
    {SP_PROT_TLS1_1_CLIENT, "TLSv1.1"}, {SP_PROT_TLS1_2_CLIENT, "TLSv1.2"},
    {SP_PROT_TLS1_3_CLIENT, "TLSv1.3"},
};
static const name_t PROTOCOL_CODES[] = {
    N(SP_PROT_SSL3_CLIENT),   N(SP_PROT_TLS1_0_CLIENT), N(SP_PROT_TLS1_1_CLIENT),
    N(SP_PROT_TLS1_2_CLIENT), N(SP_PROT_TLS1_3_CLIENT),
};

/* "TLSv1.2" (the names Node and the product use), or NULL. */
const char *protocol_name(DWORD p) {
  return find(PROTOCOLS, sizeof PROTOCOLS / sizeof *PROTOCOLS, (long)p);
}

/* "SP_PROT_TLS1_2_CLIENT" (the words Exchange's protocol log uses), or NULL. */
const char *protocol_code(DWORD p) {
  return find(PROTOCOL_CODES, sizeof PROTOCOL_CODES / sizeof *PROTOCOL_CODES, (long)p);
}

#ifndef CALG_ECDH_EPHEM
#define CALG_ECDH_EPHEM 0x0000ae06
#endif
#ifndef CALG_NULLCIPHER
#define CALG_NULLCIPHER 0x00006000
#endif
static const name_t ALGS[] = {
    N(CALG_AES_128), N(CALG_AES_192), N(CALG_AES_256), N(CALG_AES),  N(CALG_3DES),
    N(CALG_DES),     N(CALG_RC4),     N(CALG_RC2),     N(CALG_MD5),  N(CALG_SHA1),
    N(CALG_SHA_256), N(CALG_SHA_384), N(CALG_SHA_512), N(CALG_RSA_KEYX), N(CALG_DH_EPHEM),
    N(CALG_ECDH),    N(CALG_ECDH_EPHEM), N(CALG_NULLCIPHER),
};

/* "CALG_AES_256", or NULL (GCM suites report no separate hash: 0). */
const char *alg_name(ALG_ID id) { return find(ALGS, sizeof ALGS / sizeof *ALGS, (long)id); }
