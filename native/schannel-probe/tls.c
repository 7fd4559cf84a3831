/* The Schannel half of the probe: credentials for one protocol set, the handshake loop, the result. */
#include "probe.h"
#include <string.h>

#define ISC_FLAGS                                                                              \
  (ISC_REQ_SEQUENCE_DETECT | ISC_REQ_REPLAY_DETECT | ISC_REQ_CONFIDENTIALITY |                  \
   ISC_REQ_ALLOCATE_MEMORY | ISC_REQ_STREAM | ISC_REQ_EXTENDED_ERROR |                        \
   ISC_REQ_MANUAL_CRED_VALIDATION)

static void sspi_failed(attempt_t *a, const char *func, SECURITY_STATUS s, const char *result) {
  a->func = func;
  a->status = s;
  a->result = result;
}

/*
 * Credentials for `a->protocols` (0 = what the system allows by default). The certificate is
 * not checked here (manual validation): the Node probe reports on it; this run is about protocols.
 * TLS 1.3 needs SCH_CREDENTIALS (Windows Server 2022+); older systems only know SCHANNEL_CRED.
 */
static SECURITY_STATUS acquire(attempt_t *a, CredHandle *cred) {
  TimeStamp expiry;
  DWORD flags = SCH_CRED_MANUAL_CRED_VALIDATION | SCH_CRED_NO_DEFAULT_CREDS;
  if (a->protocols == SP_PROT_TLS1_3_CLIENT) {
    TLS_PARAMETERS tp = {0};
    tp.grbitDisabledProtocols = (DWORD)~SP_PROT_TLS1_3_CLIENT;
    SCH_CREDENTIALS sc = {0};
    sc.dwVersion = SCH_CREDENTIALS_VERSION;
    sc.dwFlags = flags;
    sc.cTlsParameters = 1;
    sc.pTlsParameters = &tp;
    a->credential = "SCH_CREDENTIALS";
    SECURITY_STATUS s = AcquireCredentialsHandleA(NULL, UNISP_NAME_A, SECPKG_CRED_OUTBOUND, NULL,
                                                  &sc, NULL, NULL, cred, &expiry);
    if (s == SEC_E_OK) return s;
  }
  SCHANNEL_CRED old = {0};
  old.dwVersion = SCHANNEL_CRED_VERSION;
  old.grbitEnabledProtocols = a->protocols;
  old.dwFlags = flags;
  a->credential = "SCHANNEL_CRED";
  return AcquireCredentialsHandleA(NULL, UNISP_NAME_A, SECPKG_CRED_OUTBOUND, NULL, &old, NULL,
                                   NULL, cred, &expiry);
}

/* Sends a token Schannel produced (and frees it); 1 on success. */
static int send_token(conn_t *c, attempt_t *a, SecBuffer *b) {
  int rc = 1;
  if (b->cbBuffer && b->pvBuffer) {
    rc = net_send(c, b->pvBuffer, (int)b->cbBuffer);
    if (rc != 1) {
      a->result = rc == 0 ? "timeout" : "refused";
      snprintf(a->detail, MAX_LINE, "cannot send the handshake to the server");
    }
  }
  if (b->pvBuffer) FreeContextBuffer(b->pvBuffer);
  b->pvBuffer = NULL;
  b->cbBuffer = 0;
  return rc == 1;
}

/* The InitializeSecurityContext loop; fills a->info when the handshake completes. */
static void handshake(conn_t *c, const options_t *o, attempt_t *a, CredHandle *cred) {
  CtxtHandle ctx;
  int have_ctx = 0, need_read = 1;
  ULONG attrs = 0;
  SecBuffer out = {0, SECBUFFER_TOKEN, NULL};
  SecBufferDesc out_desc = {SECBUFFER_VERSION, 1, &out};
  SECURITY_STATUS s = InitializeSecurityContextA(cred, NULL, (SEC_CHAR *)o->host, ISC_FLAGS, 0, 0,
                                                 NULL, 0, &ctx, &out_desc, &attrs, NULL);
  if (s != SEC_I_CONTINUE_NEEDED) {
    sspi_failed(a, "InitializeSecurityContext", s, "untestable");
    snprintf(a->detail, MAX_LINE, "Schannel on this machine would not start the handshake");
    return;
  }
  have_ctx = 1;
  if (!send_token(c, a, &out)) goto done;
  c->used = 0;
  for (;;) {
    if (need_read) {
      int n = net_recv(c);
      if (n <= 0) {
        a->result = n == -2 ? "timeout" : "refused";
        snprintf(a->detail, MAX_LINE,
                 n == -2   ? "no answer during the TLS handshake within the time limit"
                 : n == -3 ? "the handshake message is larger than the probe's buffer"
                           : "the server closed the connection during the TLS handshake");
        goto done;
      }
    }
    SecBuffer in[2] = {{(ULONG)c->used, SECBUFFER_TOKEN, c->buf}, {0, SECBUFFER_EMPTY, NULL}};
    SecBufferDesc in_desc = {SECBUFFER_VERSION, 2, in};
    out = (SecBuffer){0, SECBUFFER_TOKEN, NULL};
    s = InitializeSecurityContextA(cred, &ctx, (SEC_CHAR *)o->host, ISC_FLAGS, 0, 0, &in_desc, 0,
                                   NULL, &out_desc, &attrs, NULL);
    if (s == SEC_E_INCOMPLETE_MESSAGE) {
      need_read = 1;
      continue;
    }
    /* On failure too: with ISC_REQ_EXTENDED_ERROR the token is the alert for the server. */
    if (!send_token(c, a, &out)) goto done;
    if (s == SEC_E_OK) {
      s = QueryContextAttributesA(&ctx, SECPKG_ATTR_CONNECTION_INFO, &a->info);
      if (s != SEC_E_OK) {
        sspi_failed(a, "QueryContextAttributes", s, "refused");
        snprintf(a->detail, MAX_LINE, "the handshake completed but its details cannot be read");
        goto done;
      }
      a->has_info = 1;
      a->stage = "done";
      a->result = "accepted";
      /* A pin the stack ignored (Wine has no TLS 1.3) proves nothing about the pinned version. */
      if (a->protocols && !(a->info.dwProtocol & a->protocols)) {
        a->result = "untestable";
        snprintf(a->detail, MAX_LINE, "asked for %s only, Schannel negotiated %s instead", a->name,
                 protocol_name(a->info.dwProtocol) ? protocol_name(a->info.dwProtocol) : "another");
      }
      goto done;
    }
    if (s != SEC_I_CONTINUE_NEEDED && s != SEC_I_INCOMPLETE_CREDENTIALS) {
      sspi_failed(a, "InitializeSecurityContext", s, "refused");
      snprintf(a->detail, MAX_LINE, "the TLS handshake failed");
      goto done;
    }
    if (in[1].BufferType == SECBUFFER_EXTRA && in[1].cbBuffer > 0) {
      memmove(c->buf, c->buf + c->used - in[1].cbBuffer, in[1].cbBuffer);
      c->used = (int)in[1].cbBuffer;
      need_read = 0;
    } else {
      c->used = 0;
      need_read = 1;
    }
    /* Asked for a client certificate: go on without one (SCH_CRED_NO_DEFAULT_CREDS). */
    if (s == SEC_I_INCOMPLETE_CREDENTIALS) need_read = 0;
  }
done:
  if (have_ctx) DeleteSecurityContext(&ctx);
}

/* One attempt on a connected socket (after STARTTLS when asked): credentials, then the handshake. */
void tls_attempt(conn_t *c, const options_t *o, attempt_t *a) {
  CredHandle cred;
  a->stage = "credentials";
  SECURITY_STATUS s = acquire(a, &cred);
  if (s != SEC_E_OK) {
    sspi_failed(a, "AcquireCredentialsHandle", s, "untestable");
    snprintf(a->detail, MAX_LINE, "Schannel on this machine cannot offer %s", a->name);
    return;
  }
  a->stage = "handshake";
  handshake(c, o, a, &cred);
  FreeCredentialsHandle(&cred);
}
