/** Where a PE file's certificate table is (see pe-signature.mjs); size 0: unsigned. */
export declare function certificateTable(pe: Buffer): {
  entry: number
  offset: number
  size: number
}
/** Whether the PE file carries an Authenticode signature. */
export declare function isSigned(pe: Buffer): boolean
/** A copy of the PE file without its signature. */
export declare function withoutSignature(pe: Buffer): Buffer
