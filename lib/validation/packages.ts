/** The largest module package (.zip) an import accepts. */
export const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
