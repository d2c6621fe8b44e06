/**
 * Which column of an uploaded sheet holds which field, read from its headings in any of the
 * template's languages. Defends against sheets that only look right: a heading is matched
 * whatever its case, full-width or doubled spaces and the template's required-mark `*`, a
 * heading repeated further right cannot take over the first one's column, and an unknown heading
 * is ignored rather than guessed.
 */
import type { SheetValue } from './sheet-value';

export interface SheetHeadings<K extends string> {
  /** For each column from A, the key its heading names, or null. */
  columns: (K | null)[];
  /** Required keys that no heading names; callers refuse the sheet with `import.headings`. */
  missing: K[];
}

/**
 * Maps row 1 of a sheet to keys. `words` holds each language's heading for each key (e.g.
 * WORKER_IMPORT_HEADINGS); any language's word matches.
 */
export function mapHeadings<K extends string>(
  headings: readonly SheetValue[],
  words: Readonly<Record<string, Readonly<Record<K, string>>>>,
  required: readonly K[],
): SheetHeadings<K> {
  const keyOf = new Map<string, K>();
  for (const language of Object.values(words)) {
    for (const [key, word] of Object.entries(language) as [K, string][]) {
      const normal = normalHeading(word);
      if (normal && !keyOf.has(normal)) keyOf.set(normal, key);
    }
  }
  const taken = new Set<K>();
  const columns = Array.from(headings, (heading): K | null => {
    const key = heading === null ? undefined : keyOf.get(normalHeading(String(heading)));
    if (key === undefined || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
  return { columns, missing: required.filter((key) => !taken.has(key)) };
}

/** A heading as compared: no spaces (full-width ones included), no trailing `*` or `＊`, lower case. */
export function normalHeading(heading: string): string {
  return heading
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*＊]+$/, '')
    .toLowerCase();
}
