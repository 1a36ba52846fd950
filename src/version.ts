/** Tusk's own version, as package.json gives it (a test holds the two together): named in every data commit. */
export const TUSK_VERSION = '0.1.0';
