/** Input the user can correct (a bad option, file, name or number): shown as its message, exit code 2. */
export class InputError extends Error {
  override name = 'InputError'
}
