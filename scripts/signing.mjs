// Whether the Windows build will be signed, decided from the environment as electron-builder does:
// the certificate (a .pfx path, https URL or base64) in WIN_CSC_LINK or CSC_LINK, its password in
// WIN_CSC_KEY_PASSWORD or CSC_KEY_PASSWORD. TLSWIZARD_REQUIRE_SIGNING=1 (release tags) makes a
// missing certificate an error instead of an unsigned build.

/** { sign, required, message } for the environment `env`; message is the one line to print. */
export function signingPlan(env) {
  const link = env.WIN_CSC_LINK || env.CSC_LINK
  const required = ['1', 'true'].includes(env.TLSWIZARD_REQUIRE_SIGNING ?? '')
  if (link) {
    const from = env.WIN_CSC_LINK ? 'WIN_CSC_LINK' : 'CSC_LINK'
    const password = env.WIN_CSC_KEY_PASSWORD || env.CSC_KEY_PASSWORD
    return {
      sign: true,
      required,
      message: `signing: Authenticode (SHA-256, RFC 3161 timestamp) with the certificate in ${from}${password ? '' : ' (no password set: WIN_CSC_KEY_PASSWORD)'}`,
    }
  }
  return {
    sign: false,
    required,
    message: required
      ? 'signing: this release build must be signed, but WIN_CSC_LINK is not set (the certificate secret)'
      : 'signing: none, this build is UNSIGNED (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD to sign it; Windows SmartScreen warns about unsigned installers)',
  }
}
