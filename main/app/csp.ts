/** The Content-Security-Policy every renderer response carries (STYLE.md rule 4: strict CSP). */

/**
 * Nothing by default; scripts, fonts, images and fetches only from our own origin. style-src also
 * allows 'unsafe-inline' because Fluent UI's Griffel inserts <style> elements at run time; scripts
 * stay 'self' only, so injected markup still cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
