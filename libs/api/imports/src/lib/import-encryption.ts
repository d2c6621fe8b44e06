/**
 * What an import keeps encrypted, each under its own name (authenticated with the ciphertext):
 * the uploaded sheet until it has been checked, and each row's cells until the rows are purged.
 */
export const IMPORT_ENCRYPTED = {
  content: 'worker_import.content',
  fileName: 'worker_import.file_name',
  rowCells: 'worker_import_row.cells',
} as const;
