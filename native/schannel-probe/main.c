/*
 * schannel-probe: what Windows' own TLS stack (Schannel, through SSPI) negotiates with a server.
 *
 *   schannel-probe.exe --host 127.0.0.1 --port 25 [--smtp] [--helo NAME] [--timeout-ms 5000]
 *
 * Five attempts, each on its own connection and within its own time limit: the system default
 * protocols (what Exchange gets), then TLS 1.0, 1.1, 1.2 and 1.3 pinned one at a time. With
 * --smtp each reads the banner, says EHLO and STARTTLS first. Prints ONE JSON object on stdout
 * and exits 0 (exit 2 and {"fatal": ...} for a bad command line). Sockets are non-blocking and
 * every wait is bounded, so the whole run ends within about five time limits.
 */
#include "probe.h"
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

static const struct {
  const char *name;
  DWORD protocols;
} ATTEMPTS[] = {
    {"default", 0},
    {"TLSv1", SP_PROT_TLS1_0_CLIENT},
    {"TLSv1.1", SP_PROT_TLS1_1_CLIENT},
    {"TLSv1.2", SP_PROT_TLS1_2_CLIENT},
    {"TLSv1.3", SP_PROT_TLS1_3_CLIENT},
};
#define ATTEMPT_COUNT (sizeof ATTEMPTS / sizeof *ATTEMPTS)

static attempt_t attempts[ATTEMPT_COUNT];
static conn_t conn;

static int fatal(const char *why) {
  fputs("{\"fatal\":", stdout);
  json_string(stdout, why);
  fputs("}\n", stdout);
  fflush(stdout);
  return 2;
}

/* Host names and HELO names: letters, digits, dots, hyphens, colons (IPv6); nothing to inject. */
static int plain_name(const char *s) {
  if (!s || !*s || strlen(s) > 253) return 0;
  for (; *s; s++)
    if (!(isalnum((unsigned char)*s) || *s == '.' || *s == '-' || *s == ':')) return 0;
  return 1;
}

static void run(const options_t *o, attempt_t *a) {
  ULONGLONG start = now_ms();
  memset(&conn, 0, sizeof conn);
  conn.s = INVALID_SOCKET;
  conn.deadline = start + o->timeout_ms;
  a->starttls_offered = -1;
  if (net_connect(&conn, o, a) && (!o->smtp || smtp_starttls(&conn, o, a))) tls_attempt(&conn, o, a);
  if (conn.s != INVALID_SOCKET) closesocket(conn.s);
  a->ms = now_ms() - start;
}

int main(int argc, char **argv) {
  options_t o = {NULL, NULL, "tlswizard.invalid", 0, 5000};
  for (int i = 1; i < argc; i++) {
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(argv[i], "--smtp")) o.smtp = 1;
    else if (!strcmp(argv[i], "--host") && next) o.host = argv[++i];
    else if (!strcmp(argv[i], "--port") && next) o.port = argv[++i];
    else if (!strcmp(argv[i], "--helo") && next) o.helo = argv[++i];
    else if (!strcmp(argv[i], "--timeout-ms") && next) o.timeout_ms = strtoul(argv[++i], NULL, 10);
    else return fatal("usage: schannel-probe --host HOST --port PORT [--smtp] [--helo NAME] [--timeout-ms N]");
  }
  long port = o.port ? strtol(o.port, NULL, 10) : 0;
  if (!plain_name(o.host) || !plain_name(o.helo)) return fatal("the host or HELO name is not a plain name");
  if (port < 1 || port > 65535 || strspn(o.port, "0123456789") != strlen(o.port)) return fatal("the port is not 1-65535");
  if (o.timeout_ms < 100 || o.timeout_ms > 120000) return fatal("--timeout-ms is not 100-120000");
  WSADATA wsa;
  if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) return fatal("WSAStartup failed");

  ULONGLONG start = now_ms();
  for (size_t i = 0; i < ATTEMPT_COUNT; i++) {
    attempts[i].name = ATTEMPTS[i].name;
    attempts[i].protocols = ATTEMPTS[i].protocols;
    /* No connection at all the first time: the others would wait just as long for nothing. */
    if (i > 0 && !strcmp(attempts[0].stage, "connect")) {
      attempts[i].result = "unreachable";
      attempts[i].stage = "connect";
      attempts[i].starttls_offered = -1;
      snprintf(attempts[i].detail, MAX_LINE, "not tried: %s", attempts[0].detail);
      continue;
    }
    run(&o, &attempts[i]);
  }
  fputs("{\"tool\":\"schannel-probe\",\"formatVersion\":1,\"host\":", stdout);
  json_string(stdout, o.host);
  fprintf(stdout, ",\"port\":%ld,\"mode\":\"%s\",\"timeoutMs\":%lu,\"durationMs\":%llu,\"attempts\":[",
          port, o.smtp ? "starttls" : "implicit", (unsigned long)o.timeout_ms,
          (unsigned long long)(now_ms() - start));
  for (size_t i = 0; i < ATTEMPT_COUNT; i++) {
    if (i) fputc(',', stdout);
    json_attempt(stdout, &attempts[i]);
  }
  fputs("]}\n", stdout);
  fflush(stdout);
  WSACleanup();
  return 0;
}
