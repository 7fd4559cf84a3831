/** Whether the Windows build will be signed (see signing.mjs). */
export declare function signingPlan(env: Record<string, string | undefined>): {
  sign: boolean
  required: boolean
  message: string
}
