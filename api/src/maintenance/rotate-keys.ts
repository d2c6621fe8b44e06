import type { EntityManager } from 'typeorm';
import { type FieldKeyring, mapJsonFields, rewriteRows } from '@worker-aid/api/core';
import { CAMPAIGN_LINE_CHILDREN_COLUMN, ENCRYPTED_CHILD_FIELDS } from '@worker-aid/api/campaigns';
import { CASE_DETAILS_COLUMN, ENCRYPTED_DETAIL_FIELDS, HAS_ENCRYPTED_DETAILS } from '@worker-aid/api/cases';
import { chunkContext, type ChunkPart, DOCUMENT_ENCRYPTED } from '@worker-aid/api/documents';
import { ENCRYPTED_MEMBER_FIELDS, FILE_MEMBERS_COLUMN } from '@worker-aid/api/files';
import { IMPORT_ENCRYPTED } from '@worker-aid/api/imports';
import { WORKER_ENCRYPTED } from '@worker-aid/api/workers';

export interface RotationResult {
  workers: number;
  cases: number;
  files: number;
  documents: number;
  documentChunks: number;
  imports: number;
  importRows: number;
  campaignLines: number;
}

interface StoredWorker {
  id: string;
  id_number_encrypted: string;
  id_number_index: Buffer;
  phone_encrypted: string | null;
  bank_account_encrypted: string | null;
}

/**
 * Re-encrypts every sensitive value not yet under the keyring's current data key and recomputes
 * identity-number blind indexes that differ from the current index key's; rows already current
 * are left alone, so it may run again at any time. Values under the old key stay readable
 * while it runs, so the server may keep serving a data-key rotation; an index-key rotation
 * must run with the server stopped, since lookups miss rows until their index is redone.
 */
export async function rotateEncryptionKeys(
  manager: EntityManager,
  keyring: FieldKeyring,
): Promise<RotationResult> {
  const current = (stored: string, context: string) =>
    keyring.isCurrent(stored) ? stored : keyring.encrypt(keyring.decrypt(stored, context), context);
  const optional = (stored: string | null, context: string) =>
    stored === null ? null : current(stored, context);

  const workers = await rewriteRows<StoredWorker>(manager, {
    table: 'worker',
    select: `SELECT id, id_number_encrypted, id_number_index, phone_encrypted, bank_account_encrypted
             FROM worker WHERE id > $1 ORDER BY id LIMIT $2`,
    columns: {
      id_number_encrypted: 'text',
      id_number_index: 'bytea',
      phone_encrypted: 'text',
      bank_account_encrypted: 'text',
    },
    convert: (row) => {
      const idNumber = keyring.decrypt(row.id_number_encrypted, WORKER_ENCRYPTED.idNumber);
      const index = keyring.blindIndex(idNumber, WORKER_ENCRYPTED.idNumber);
      const stored = [row.id_number_encrypted, row.phone_encrypted, row.bank_account_encrypted];
      if (index.equals(row.id_number_index) && stored.every((s) => s === null || keyring.isCurrent(s)))
        return null;
      return {
        id_number_encrypted: current(row.id_number_encrypted, WORKER_ENCRYPTED.idNumber),
        id_number_index: index,
        phone_encrypted: optional(row.phone_encrypted, WORKER_ENCRYPTED.phone),
        bank_account_encrypted: optional(row.bank_account_encrypted, WORKER_ENCRYPTED.bankAccount),
      };
    },
  });

  const cases = await rewriteRows<{ id: string; details: Record<string, unknown> }>(manager, {
    table: 'aid_case',
    select: `SELECT id, details FROM aid_case
             WHERE id > $1 AND ${HAS_ENCRYPTED_DETAILS} ORDER BY id LIMIT $2`,
    columns: { details: 'jsonb' },
    convert: (row) => {
      const stale = ENCRYPTED_DETAIL_FIELDS.some((field) => {
        const stored = row.details[field];
        return typeof stored === 'string' && !keyring.isCurrent(stored);
      });
      return stale
        ? { details: mapJsonFields(row.details, ENCRYPTED_DETAIL_FIELDS, CASE_DETAILS_COLUMN, current) }
        : null;
    },
  });
  const files = await rewriteRows<{ id: string; members: Record<string, unknown>[] | string }>(manager, {
    table: 'hardship_file',
    select: `SELECT id, members FROM hardship_file WHERE id > $1 ORDER BY id LIMIT $2`,
    columns: { members: 'jsonb' },
    convert: (row) => {
      const members = row.members as Record<string, unknown>[];
      const stale = members.some((member) =>
        ENCRYPTED_MEMBER_FIELDS.some((field) => {
          const stored = member[field];
          return typeof stored === 'string' && !keyring.isCurrent(stored);
        }),
      );
      return stale
        ? {
            // As JSON text: a JavaScript array would be sent as a PostgreSQL array, not a jsonb one.
            members: JSON.stringify(
              members.map((member) =>
                mapJsonFields(member, ENCRYPTED_MEMBER_FIELDS, FILE_MEMBERS_COLUMN, current),
              ),
            ),
          }
        : null;
    },
  });
  const documents = await rewriteRows<StoredDocument>(manager, {
    table: 'document',
    select: `SELECT id, file_name_encrypted, sha256_encrypted, sha256_index
             FROM document WHERE id > $1 ORDER BY id LIMIT $2`,
    columns: { file_name_encrypted: 'text', sha256_encrypted: 'text', sha256_index: 'bytea' },
    convert: (row) => {
      const index = keyring.blindIndex(
        keyring.decrypt(row.sha256_encrypted, DOCUMENT_ENCRYPTED.sha256),
        DOCUMENT_ENCRYPTED.sha256,
      );
      const stored = [row.file_name_encrypted, row.sha256_encrypted];
      if (index.equals(row.sha256_index) && stored.every((s) => keyring.isCurrent(s))) return null;
      return {
        file_name_encrypted: current(row.file_name_encrypted, DOCUMENT_ENCRYPTED.fileName),
        sha256_encrypted: current(row.sha256_encrypted, DOCUMENT_ENCRYPTED.sha256),
        sha256_index: index,
      };
    },
  });
  // Only the chunks under another key are read (they start with `<key id>:`), a few at a time:
  // each holds up to half a megabyte.
  const prefix = keyring.currentBytesPrefix;
  const documentChunks = await rewriteRows<StoredChunk>(
    manager,
    {
      table: 'document_chunk',
      select: `SELECT id, document_id, part, seq, bytes FROM document_chunk
               WHERE id > $1 AND substring(bytes FROM 1 FOR ${prefix.length}) <> '\\x${prefix.toString('hex')}'::bytea
               ORDER BY id LIMIT $2`,
      columns: { bytes: 'bytea' },
      convert: (row) => {
        const context = chunkContext(row.document_id, row.part, row.seq);
        return { bytes: keyring.encryptBytes(keyring.decryptBytes(row.bytes, context), context) };
      },
    },
    8,
  );
  const imports = await rewriteRows<StoredImport>(
    manager,
    {
      table: 'worker_import',
      select: `SELECT id, file_name_encrypted, content_encrypted FROM worker_import
               WHERE id > $1 ORDER BY id LIMIT $2`,
      columns: { file_name_encrypted: 'text', content_encrypted: 'bytea' },
      convert: (row) => {
        const content = row.content_encrypted;
        const contentCurrent = content === null || content.subarray(0, prefix.length).equals(prefix);
        if (keyring.isCurrent(row.file_name_encrypted) && contentCurrent) return null;
        return {
          file_name_encrypted: current(row.file_name_encrypted, IMPORT_ENCRYPTED.fileName),
          content_encrypted:
            content === null || contentCurrent
              ? content
              : keyring.encryptBytes(
                  keyring.decryptBytes(content, IMPORT_ENCRYPTED.content),
                  IMPORT_ENCRYPTED.content,
                ),
        };
      },
    },
    8,
  );
  const importRows = await rotateImportRows(manager, (stored) =>
    keyring.isCurrent(stored) ? null : current(stored, IMPORT_ENCRYPTED.rowCells),
  );
  const campaignLines = await rewriteRows<{ id: string; children: Record<string, unknown>[] }>(manager, {
    table: 'campaign_line',
    select: `SELECT id, children FROM campaign_line
             WHERE id > $1 AND children IS NOT NULL ORDER BY id LIMIT $2`,
    columns: { children: 'jsonb' },
    convert: (row) => {
      const stale = row.children.some((child) =>
        ENCRYPTED_CHILD_FIELDS.some((field) => {
          const stored = child[field];
          return typeof stored === 'string' && !keyring.isCurrent(stored);
        }),
      );
      return stale
        ? {
            // As JSON text, like the files' members.
            children: JSON.stringify(
              row.children.map((child) =>
                mapJsonFields(child, ENCRYPTED_CHILD_FIELDS, CAMPAIGN_LINE_CHILDREN_COLUMN, current),
              ),
            ),
          }
        : null;
    },
  });
  return { workers, cases, files, documents, documentChunks, imports, importRows, campaignLines };
}

/** An import's rows are keyed by import and row number, not by an id: the same pass, by that key. */
async function rotateImportRows(
  manager: EntityManager,
  rotate: (stored: string) => string | null,
): Promise<number> {
  let after: [string, number] = ['00000000-0000-0000-0000-000000000000', 0];
  let rewritten = 0;
  for (;;) {
    const rows = await manager.query<{ import_id: string; row_number: number; cells_encrypted: string }[]>(
      `SELECT import_id, row_number, cells_encrypted FROM worker_import_row
       WHERE (import_id, row_number) > ($1::uuid, $2::int) ORDER BY import_id, row_number LIMIT 2000`,
      after,
    );
    const last = rows[rows.length - 1];
    if (!last) return rewritten;
    after = [last.import_id, last.row_number];
    const changed = rows.flatMap((row) => {
      const cells = rotate(row.cells_encrypted);
      return cells === null ? [] : [{ ...row, cells_encrypted: cells }];
    });
    if (changed.length === 0) continue;
    await manager.query(
      `UPDATE worker_import_row t SET cells_encrypted = v.cells
       FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(import_id, row_number, cells)
       WHERE t.import_id = v.import_id AND t.row_number = v.row_number`,
      [
        changed.map((r) => r.import_id),
        changed.map((r) => r.row_number),
        changed.map((r) => r.cells_encrypted),
      ],
    );
    rewritten += changed.length;
  }
}

interface StoredImport {
  id: string;
  file_name_encrypted: string;
  content_encrypted: Buffer | null;
}

interface StoredDocument {
  id: string;
  file_name_encrypted: string;
  sha256_encrypted: string;
  sha256_index: Buffer;
}

interface StoredChunk {
  id: string;
  document_id: string;
  part: ChunkPart;
  seq: number;
  bytes: Buffer;
}
