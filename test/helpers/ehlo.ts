/** What an Exchange 2016 server says to EHLO after its greeting line: every keyword survives redaction. */
export const EHLO_KEYWORD_LINES = [
  'S: 250-SIZE 37748736',
  'S: 250-PIPELINING',
  'S: 250-DSN',
  'S: 250-ENHANCEDSTATUSCODES',
  'S: 250-STARTTLS',
  'S: 250-X-ANONYMOUSTLS',
  'S: 250-AUTH NTLM',
  'S: 250-X-EXPS GSSAPI NTLM',
  'S: 250-8BITMIME',
  'S: 250-BINARYMIME',
  'S: 250-CHUNKING',
  'S: 250-XSHADOWREQUEST',
  'S: 250 SMTPUTF8',
]
