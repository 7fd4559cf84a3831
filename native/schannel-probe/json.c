/* The probe's output: one JSON object, written by hand (no library), ASCII only. */
#include "probe.h"

/* A JSON string; bytes outside printable ASCII are escaped as \u00XX. */
void json_string(FILE *f, const char *s) {
  if (!s) {
    fputs("null", f);
    return;
  }
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(f, "\\%c", *p);
    else if (*p < 32 || *p > 126)
      fprintf(f, "\\u%04x", *p);
    else
      fputc(*p, f);
  }
  fputc('"', f);
}

static void json_alg(FILE *f, const char *key, ALG_ID id, DWORD strength) {
  fprintf(f, ",\"%s\":{\"id\":%lu,\"name\":", key, (unsigned long)id);
  json_string(f, alg_name(id));
  fprintf(f, ",\"strength\":%lu}", (unsigned long)strength);
}

/* One attempt: what was asked, how far it got, what was negotiated or which code failed it. */
void json_attempt(FILE *f, const attempt_t *a) {
  fputs("{\"name\":", f);
  json_string(f, a->name);
  fprintf(f, ",\"requested\":%lu,\"result\":", (unsigned long)a->protocols);
  json_string(f, a->result);
  fputs(",\"stage\":", f);
  json_string(f, a->stage);
  fputs(",\"credential\":", f);
  json_string(f, a->credential);
  fprintf(f, ",\"ms\":%llu", (unsigned long long)a->ms);
  fputs(",\"starttlsOffered\":", f);
  fputs(a->starttls_offered < 0 ? "null" : a->starttls_offered ? "true" : "false", f);
  if (a->has_info) {
    const SecPkgContext_ConnectionInfo *i = &a->info;
    fputs(",\"protocol\":", f);
    json_string(f, protocol_name(i->dwProtocol));
    fputs(",\"protocolCode\":", f);
    json_string(f, protocol_code(i->dwProtocol));
    fprintf(f, ",\"protocolBits\":%lu", (unsigned long)i->dwProtocol);
    json_alg(f, "cipher", i->aiCipher, i->dwCipherStrength);
    json_alg(f, "hash", i->aiHash, i->dwHashStrength);
    json_alg(f, "exchange", i->aiExch, i->dwExchStrength);
  } else {
    fputs(",\"protocol\":null,\"protocolCode\":null,\"protocolBits\":null", f);
    fputs(",\"cipher\":null,\"hash\":null,\"exchange\":null", f);
  }
  fputs(",\"error\":", f);
  if (a->func) {
    fputs("{\"function\":", f);
    json_string(f, a->func);
    fputs(",\"name\":", f);
    json_string(f, status_name(a->status));
    fprintf(f, ",\"code\":\"0x%08lX\"}", (unsigned long)(DWORD)a->status);
  } else {
    fputs("null", f);
  }
  fputs(",\"detail\":", f);
  json_string(f, a->detail[0] ? a->detail : NULL);
  fputs(",\"transcript\":[", f);
  for (int i = 0; i < a->transcript_n; i++) {
    if (i) fputc(',', f);
    json_string(f, a->transcript[i]);
  }
  fputs("]}", f);
}
