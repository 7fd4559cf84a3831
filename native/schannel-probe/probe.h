/* Shared declarations of the native Schannel probe (see main.c for what it does). */
#ifndef SCHANNEL_PROBE_H
#define SCHANNEL_PROBE_H

#define SECURITY_WIN32
#define SCHANNEL_USE_BLACKLISTS
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <security.h>
#include <subauth.h>
#include <schannel.h>
#include <stdio.h>

#define MAX_TRANSCRIPT 40
#define MAX_LINE 512

/* One connection: the socket, bytes read but not used yet, and the attempt's deadline. */
typedef struct {
  SOCKET s;
  ULONGLONG deadline;
  char buf[16384];
  int used;
} conn_t;

/* What one handshake attempt found; printed as one JSON object. */
typedef struct {
  const char *name;         /* "default", "TLSv1", ... */
  DWORD protocols;          /* SP_PROT_* asked for; 0 = the system default */
  const char *result;       /* accepted, refused, untestable, timeout, unreachable */
  const char *stage;        /* connect, smtp, credentials, handshake, done */
  const char *credential;   /* SCHANNEL_CRED or SCH_CREDENTIALS */
  char detail[MAX_LINE];
  const char *func;         /* the SSPI function that failed */
  SECURITY_STATUS status;   /* its status, 0 when none failed */
  int has_info;
  SecPkgContext_ConnectionInfo info;
  int starttls_offered;     /* -1 = not asked (implicit TLS) */
  ULONGLONG ms;
  int transcript_n;
  char transcript[MAX_TRANSCRIPT][MAX_LINE];
} attempt_t;

/* The command line. */
typedef struct {
  const char *host;
  const char *port;
  const char *helo;
  int smtp;
  DWORD timeout_ms;
} options_t;

/* net.c */
ULONGLONG now_ms(void);
int net_connect(conn_t *c, const options_t *o, attempt_t *a);
int net_send(conn_t *c, const void *data, int len);
int net_recv(conn_t *c);
int smtp_starttls(conn_t *c, const options_t *o, attempt_t *a);
void note(attempt_t *a, const char *prefix, const char *text, int len);

/* tls.c */
void tls_attempt(conn_t *c, const options_t *o, attempt_t *a);

/* names.c */
const char *status_name(SECURITY_STATUS s);
const char *protocol_name(DWORD p);
const char *protocol_code(DWORD p);
const char *alg_name(ALG_ID id);

/* json.c */
void json_string(FILE *f, const char *s);
void json_attempt(FILE *f, const attempt_t *a);

#endif
