/** Types for make-icon.mjs (the icon generator). */
export declare const ICON_SIZES: readonly number[]
/** The icon at `size` pixels as RGBA rows. */
export declare function renderIcon(size: number): Buffer
/** A PNG file of RGBA pixels. */
export declare function encodePng(rgba: Buffer, size: number): Buffer
/** The whole .ico file. */
export declare function makeIcon(): Buffer
