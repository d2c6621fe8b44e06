/** The longest file name kept, in characters; a longer one keeps its start and its extension. */
export const UPLOAD_NAME_MAX_CHARS = 120;
const EXTENSION_MAX_CHARS = 16;

// C0 and C1 controls, and the marks that reorder text (a name that reads `gpj.exe` as `exe.jpg`).
const CONTROLS_AND_BIDI = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A client's file name made harmless to store and to send back in a header: the last path
 * segment only (`../../etc/passwd` → `passwd`, `C:\\x\\y.pdf` → `y.pdf`), no control or
 * reordering characters, no leading dots, trimmed, at most UPLOAD_NAME_MAX_CHARS characters
 * with the extension kept; nothing left → `fallback`.
 */
export function safeFileName(raw: string | null | undefined, fallback: string): string {
  const segments = (raw ?? '')
    .replace(/\p{Cs}/gu, '\uFFFD')
    .normalize('NFC')
    .split(/[/\\]/);
  const name = (segments[segments.length - 1] ?? '')
    .replace(CONTROLS_AND_BIDI, '')
    .trim()
    .replace(/^\.+/, '')
    .trim();
  if (name === '') return fallback;
  const characters = Array.from(name);
  if (characters.length <= UPLOAD_NAME_MAX_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length <= EXTENSION_MAX_CHARS ? extension : [];
  const stem = Array.from(kept.length > 0 ? name.slice(0, dot) : name);
  return `${stem
    .slice(0, UPLOAD_NAME_MAX_CHARS - kept.length)
    .join('')
    .trimEnd()}${kept.join('')}`;
}
