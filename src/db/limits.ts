// What both stores hold, as text arrives: ids are PostgreSQL serials (4 bytes; comparing such a column
// with a larger number is an error there, 22003, not an empty answer), and amounts are bigint columns
// read back as JavaScript numbers, exact to 2^53.
export const MAX_ID = 2_147_483_647;

/** The longest name a user enters (a company, a municipality, an outside body, a role). */
export const MAX_NAME_LENGTH = 200;

/** The longest free text a user enters (what was asked, a reason, a note, an outcome). */
export const MAX_TEXT_LENGTH = 4000;

/** Digits a stated number's integer part may have (amounts in 千円, indicator values). */
export const MAX_INTEGER_DIGITS = 15;

/** The id a text names, or null when it names none (not a positive integer, or beyond MAX_ID). */
export function parseId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_ID ? n : null;
}
