const KB = 1024;
const MB = KB * 1024;

/**
 * A size in bytes as people read it, `48 KB`, `2.5 MB`, with the language's digits and decimal
 * mark (units in binary steps, as file managers show them).
 */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < KB ? [bytes, 'B'] : bytes < MB ? [bytes / KB, 'KB'] : [bytes / MB, 'MB'];
  const digits = unit !== 'B' && value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}
