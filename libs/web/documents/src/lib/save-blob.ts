/** Hands a blob to the browser as a download (an object URL and a temporary `<a download>`). */
export function saveBlob(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the URL after `click()` returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
