/* The network half of the probe: a bounded TCP connect, bounded reads and writes, SMTP STARTTLS. */
#include "probe.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

ULONGLONG now_ms(void) { return GetTickCount64(); }

static long left_ms(const conn_t *c) {
  ULONGLONG t = now_ms();
  return t >= c->deadline ? 0 : (long)(c->deadline - t);
}

/* Waits until the socket is readable (want_write 0) or writable; 1 ready, 0 time is up, -1 error. */
static int wait_for(conn_t *c, int want_write) {
  long ms = left_ms(c);
  if (ms <= 0) return 0;
  fd_set rw, ex;
  FD_ZERO(&rw);
  FD_ZERO(&ex);
  FD_SET(c->s, &rw);
  FD_SET(c->s, &ex);
  struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
  int n = select(0, want_write ? NULL : &rw, want_write ? &rw : NULL, &ex, &tv);
  if (n == 0) return 0;
  if (n < 0 || FD_ISSET(c->s, &ex)) return -1;
  return 1;
}

/* Keeps one line of the dialogue (printable ASCII only; the rest escaped as \xNN). */
void note(attempt_t *a, const char *prefix, const char *text, int len) {
  if (a->transcript_n >= MAX_TRANSCRIPT) return;
  char *out = a->transcript[a->transcript_n++];
  int n = snprintf(out, MAX_LINE, "%s", prefix);
  for (int i = 0; i < len && n < MAX_LINE - 5; i++) {
    unsigned char ch = (unsigned char)text[i];
    n += ch >= 32 && ch < 127 ? snprintf(out + n, MAX_LINE - n, "%c", ch)
                              : snprintf(out + n, MAX_LINE - n, "\\x%02X", ch);
  }
}

/* Connects within the deadline: IP literals without any name lookup; 1 on success. */
int net_connect(conn_t *c, const options_t *o, attempt_t *a) {
  struct addrinfo hints = {0}, *res = NULL;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  a->stage = "connect";
  a->result = "unreachable";
  int rc = getaddrinfo(o->host, o->port, &hints, &res);
  if (rc != 0) {
    /* A name, not an address: only now is it looked up. */
    hints.ai_flags = AI_NUMERICSERV;
    rc = getaddrinfo(o->host, o->port, &hints, &res);
  }
  if (rc != 0 || !res) {
    snprintf(a->detail, MAX_LINE, "cannot resolve %s (error %d)", o->host, rc);
    return 0;
  }
  c->s = socket(res->ai_family, SOCK_STREAM, IPPROTO_TCP);
  u_long nonblocking = 1;
  if (c->s == INVALID_SOCKET || ioctlsocket(c->s, FIONBIO, &nonblocking) != 0) {
    snprintf(a->detail, MAX_LINE, "cannot make a socket (error %d)", WSAGetLastError());
    freeaddrinfo(res);
    return 0;
  }
  rc = connect(c->s, res->ai_addr, (int)res->ai_addrlen);
  freeaddrinfo(res);
  if (rc != 0 && WSAGetLastError() != WSAEWOULDBLOCK) {
    snprintf(a->detail, MAX_LINE, "connect failed (error %d)", WSAGetLastError());
    return 0;
  }
  int w = rc == 0 ? 1 : wait_for(c, 1);
  if (w == 0) {
    snprintf(a->detail, MAX_LINE, "no TCP connection within the time limit");
    return 0;
  }
  int err = 0, len = sizeof err;
  getsockopt(c->s, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
  if (w < 0 || err) {
    snprintf(a->detail, MAX_LINE, "connection refused or failed (error %d)", err);
    return 0;
  }
  return 1;
}

/* Sends everything within the deadline; 1 on success, 0 time is up, -1 error. */
int net_send(conn_t *c, const void *data, int len) {
  const char *p = data;
  while (len > 0) {
    int n = send(c->s, p, len, 0);
    if (n > 0) {
      p += n;
      len -= n;
      continue;
    }
    if (WSAGetLastError() != WSAEWOULDBLOCK) return -1;
    int w = wait_for(c, 1);
    if (w <= 0) return w;
  }
  return 1;
}

/* Reads more into c->buf; bytes read, 0 the peer closed, -1 error, -2 time is up, -3 buffer full. */
int net_recv(conn_t *c) {
  if (c->used >= (int)sizeof c->buf) return -3;
  for (;;) {
    int n = recv(c->s, c->buf + c->used, (int)sizeof c->buf - c->used, 0);
    if (n >= 0) {
      c->used += n;
      return n;
    }
    if (WSAGetLastError() != WSAEWOULDBLOCK) return -1;
    int w = wait_for(c, 0);
    if (w == 0) return -2;
    if (w < 0) return -1;
  }
}

/* Reads one SMTP reply (all its lines); returns its code, or -1 with result and detail set. */
static int smtp_reply(conn_t *c, attempt_t *a, const char *phase, int *starttls) {
  int code = -1, total = 0;
  for (;;) {
    char *nl = memchr(c->buf, '\n', c->used);
    if (!nl) {
      int n = c->used >= 1000 ? -3 : net_recv(c);
      if (n > 0) continue;
      a->result = n == -2 ? "timeout" : "refused";
      snprintf(a->detail, MAX_LINE, n == -2   ? "no complete answer during %s within the time limit"
                                    : n == -3 ? "a reply line during %s is longer than 1000 bytes"
                                              : "the server closed the connection during %s",
               phase);
      return -1;
    }
    int len = (int)(nl - c->buf) + 1, text = len - 1;
    if (text > 0 && c->buf[text - 1] == '\r') text--;
    note(a, "S: ", c->buf, text);
    char line[1001];
    memcpy(line, c->buf, text);
    line[text] = 0;
    memmove(c->buf, c->buf + len, c->used - len);
    c->used -= len;
    total += len;
    if (text < 3 || line[0] < '2' || line[0] > '5' || !isdigit((unsigned char)line[1]) ||
        !isdigit((unsigned char)line[2]) || (text > 3 && line[3] != ' ' && line[3] != '-')) {
      a->result = "refused";
      snprintf(a->detail, MAX_LINE, "the answer during %s is not SMTP", phase);
      return -1;
    }
    int this_code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (code != -1 && this_code != code) {
      a->result = "refused";
      snprintf(a->detail, MAX_LINE, "the lines of one reply during %s differ in code", phase);
      return -1;
    }
    code = this_code;
    if (starttls && code == 250 && text >= 12 && _strnicmp(line + 4, "STARTTLS", 8) == 0 &&
        (line[12] == 0 || line[12] == ' '))
      *starttls = 1;
    if (text == 3 || line[3] == ' ') return code;
    if (total > 65536) {
      a->result = "refused";
      snprintf(a->detail, MAX_LINE, "the reply during %s is longer than 64 KiB", phase);
      return -1;
    }
  }
}

static int smtp_send(conn_t *c, attempt_t *a, const char *line) {
  char out[600];
  int n = snprintf(out, sizeof out, "%s\r\n", line);
  note(a, "C: ", line, (int)strlen(line));
  int rc = net_send(c, out, n);
  if (rc == 1) return 1;
  a->result = rc == 0 ? "timeout" : "refused";
  snprintf(a->detail, MAX_LINE, "cannot send %s", line);
  return 0;
}

/* Banner, EHLO, STARTTLS, 220: 1 when the server is ready for TLS. */
int smtp_starttls(conn_t *c, const options_t *o, attempt_t *a) {
  char ehlo[300];
  int offered = 0;
  a->stage = "smtp";
  int code = smtp_reply(c, a, "the greeting", NULL);
  if (code < 0) return 0;
  if (code != 220) {
    a->result = "refused";
    snprintf(a->detail, MAX_LINE, "the server did not greet with 220 (%d)", code);
    return 0;
  }
  snprintf(ehlo, sizeof ehlo, "EHLO %s", o->helo);
  if (!smtp_send(c, a, ehlo) || (code = smtp_reply(c, a, "EHLO", &offered)) < 0) return 0;
  a->starttls_offered = offered && code == 250;
  if (!a->starttls_offered) {
    a->result = "refused";
    snprintf(a->detail, MAX_LINE, "the server does not offer STARTTLS (EHLO answered %d)", code);
    return 0;
  }
  if (!smtp_send(c, a, "STARTTLS") || (code = smtp_reply(c, a, "STARTTLS", NULL)) < 0) return 0;
  if (code != 220) {
    a->result = "refused";
    snprintf(a->detail, MAX_LINE, "STARTTLS was answered with %d", code);
    return 0;
  }
  /* Bytes sent before our ClientHello are not TLS the server can mean: dropped. */
  c->used = 0;
  return 1;
}
