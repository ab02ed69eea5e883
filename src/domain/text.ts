// What "the same text" means for names and headers written by people in
// Excel, and the few text helpers every layer needs: one place for each.

/** NFC, lowercase, one space between words, trimmed. */
export function simplify(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Without Vietnamese diacritics (đ → d too). For suggestions and search only: accents distinguish names. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lowercase hexadecimal of bytes (a SHA-256 digest as files and backups record it). */
export function hexOf(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i] as number).toString(16).padStart(2, '0');
  return hex;
}
