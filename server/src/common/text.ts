/**
 * Accent-insensitive search key for Vietnamese: NFC in, NFD out with the combining
 * marks removed, đ/Đ → d, lower case, whitespace collapsed. "Chuyển đổi số" → "chuyen doi so".
 * The same function folds stored text (search_text columns) and the query, so SQLite and
 * MySQL compare plain ASCII with LIKE and agree.
 */
export function fold(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Join the folded parts of a record into its search key (bounded to the column size). */
export function searchKey(...parts: Array<string | null | undefined>): string {
  return fold(parts.filter(Boolean).join(' | ')).slice(0, 2000);
}

/** Store Vietnamese as NFC so equal text compares equal whatever keyboard produced it. */
export function nfc<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? text.normalize('NFC') : text) as T;
}

/** Escape character for LIKE patterns: not a backslash, which MySQL and SQLite read differently. */
export const LIKE_ESCAPE = '!';

/** Escape LIKE wildcards in user text (use with `ESCAPE '!'`). */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}
