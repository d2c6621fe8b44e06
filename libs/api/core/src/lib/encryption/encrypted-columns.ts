import type { ValueTransformer } from 'typeorm';
import { FieldKeyring } from './field-keyring';

let installed: FieldKeyring | null = null;

/**
 * The keyring the entities' column transformers use. TypeORM builds transformers from
 * decorators, before any Nest provider exists, so the server installs its keyring here once
 * at start-up, before migrations run.
 */
export function installFieldKeyring(keyring: FieldKeyring): void {
  installed = keyring;
}

export function fieldKeyring(): FieldKeyring {
  if (!installed) {
    throw new Error(
      'no encryption keys are installed: set DATA_ENCRYPTION_KEYS and DATA_INDEX_KEY (see README, Security)',
    );
  }
  return installed;
}

/** A text column stored encrypted: the entity holds the plaintext, the database only ciphertext. */
export function encryptedText(context: string): ValueTransformer {
  return {
    to: (value: string | null | undefined) =>
      value == null ? value : fieldKeyring().encrypt(value, context),
    from: (value: string | null) => (value === null ? null : fieldKeyring().decrypt(value, context)),
  };
}

/** Context of one encrypted property inside a JSON column, e.g. `aid_case.details.diagnosis`. */
export const jsonFieldContext = (column: string, field: string): string => `${column}.${field}`;

/** Encrypts or decrypts the named string properties of a JSON object; others pass through. */
export function mapJsonFields<T extends object>(
  value: T,
  fields: readonly string[],
  column: string,
  convert: (text: string, context: string) => string,
): T {
  const result = { ...value } as Record<string, unknown>;
  for (const field of fields) {
    const text = result[field];
    if (typeof text === 'string') result[field] = convert(text, jsonFieldContext(column, field));
  }
  return result as T;
}

/** A jsonb column whose named string properties are stored encrypted (e.g. a diagnosis in case details). */
export function encryptedJsonFields(column: string, fields: readonly string[]): ValueTransformer {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return {
    to: (value: unknown) =>
      isObject(value)
        ? mapJsonFields(value, fields, column, (text, context) => fieldKeyring().encrypt(text, context))
        : value,
    from: (value: unknown) =>
      isObject(value)
        ? mapJsonFields(value, fields, column, (text, context) => fieldKeyring().decrypt(text, context))
        : value,
  };
}
