/**
 * A `Content-Disposition` header for a file name (a stored one already made safe by
 * `safeFileName`): an ASCII `filename` for old clients (RFC 6266) — `asciiName` when given, else
 * the name with every character outside printable ASCII, and the quote and backslash, as `_` —
 * and the exact name as UTF-8 in `filename*` (RFC 5987), percent-encoded.
 */
export function contentDisposition(
  type: 'attachment' | 'inline',
  fileName: string,
  asciiName: string = fileName,
): string {
  const fallback = Array.from(asciiName, (c) =>
    /^[\x20-\x7e]$/.test(c) && c !== '"' && c !== '\\' ? c : '_',
  ).join('');
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Percent-encodes all but RFC 5987's attr-char (ALPHA / DIGIT / "!#$&+-.^_`|~"). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
