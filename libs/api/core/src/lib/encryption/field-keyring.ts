import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** A 256-bit data key and the id stored beside everything it encrypts. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/** The keys sensitive fields are protected with; the first data key encrypts, every one decrypts. */
export interface EncryptionKeys {
  dataKeys: DataKey[];
  /** Keys the blind indexes (HMAC-SHA-256); separate from the data keys. */
  indexKey: Buffer;
}

/** A stored value that cannot be decrypted: unknown key id, wrong key, or altered bytes. */
export class DecryptionError extends Error {}

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_ID_PATTERN = /^[A-Za-z0-9_.-]{1,32}$/;

/**
 * Field-level encryption with AES-256-GCM. A stored value is `<key id>:<base64url(iv ‖
 * ciphertext ‖ tag)>`, with a fresh random 96-bit IV each time, so equal values do not look
 * equal. The field's name (`context`, e.g. `worker.id_number`) is authenticated as associated
 * data: a value copied into another column does not decrypt. Values written under an older key
 * keep decrypting while that key is configured; `isCurrent` tells which to re-encrypt.
 *
 * Exact-match search goes through a blind index: HMAC-SHA-256 of the value under a key derived
 * (HKDF) from the index key and the field's name, so one field's index says nothing about another's.
 */
export class FieldKeyring {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly current: DataKey;
  private readonly indexKeys = new Map<string, Buffer>();

  constructor(private readonly config: EncryptionKeys) {
    if (config.dataKeys.length === 0) throw new Error('at least one data key is needed');
    for (const { id, key } of config.dataKeys) {
      if (!KEY_ID_PATTERN.test(id)) throw new Error(`key id "${id}" must match ${KEY_ID_PATTERN}`);
      if (key.length !== KEY_BYTES) throw new Error(`key "${id}" must be ${KEY_BYTES} bytes`);
    }
    if (config.indexKey.length !== KEY_BYTES) throw new Error(`the index key must be ${KEY_BYTES} bytes`);
    this.current = config.dataKeys[0];
    this.keys = new Map(config.dataKeys.map(({ id, key }) => [id, key]));
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  encrypt(plaintext: string, context: string): string {
    return `${this.current.id}:${this.seal(Buffer.from(plaintext, 'utf8'), context).toString('base64url')}`;
  }

  decrypt(stored: string, context: string): string {
    const colon = stored.indexOf(':');
    const keyId = colon > 0 ? stored.slice(0, colon) : '';
    return this.open(keyId, Buffer.from(stored.slice(colon + 1), 'base64url'), context).toString('utf8');
  }

  /**
   * Binary data (a document's chunks): `<key id>:` in ASCII, then iv ‖ ciphertext ‖ tag, the
   * same scheme as `encrypt` without the base64 (a third larger) around it.
   */
  encryptBytes(plaintext: Buffer, context: string): Buffer {
    return Buffer.concat([this.currentBytesPrefix, this.seal(plaintext, context)]);
  }

  decryptBytes(stored: Buffer, context: string): Buffer {
    const colon = stored.subarray(0, 33).indexOf(0x3a);
    const keyId = colon > 0 ? stored.subarray(0, colon).toString('latin1') : '';
    return this.open(keyId, stored.subarray(colon + 1), context);
  }

  /** What every value `encryptBytes` writes now starts with (`<key id>:`). */
  get currentBytesPrefix(): Buffer {
    return Buffer.from(`${this.current.id}:`, 'latin1');
  }

  /** The encryption overhead per value of `encryptBytes`, at most (the longest key id). */
  static readonly MAX_BYTES_OVERHEAD = 32 + 1 + IV_BYTES + TAG_BYTES;

  /** Whether a stored value is encrypted under the current key (else `npm run rotate-keys` redoes it). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`${this.current.id}:`);
  }

  private seal(plaintext: Buffer, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  }

  private open(keyId: string, body: Buffer, context: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptionError(`${context}: no data key with id "${keyId}" is configured`);
    if (body.length < IV_BYTES + TAG_BYTES)
      throw new DecryptionError(`${context}: stored value is cut short`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, IV_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new DecryptionError(`${context}: stored value does not decrypt with key "${keyId}"`);
    }
  }

  /** The keyed hash an exact-match search and a unique key compare, in place of the value. */
  blindIndex(value: string, context: string): Buffer {
    let key = this.indexKeys.get(context);
    if (!key) {
      key = Buffer.from(
        hkdfSync('sha256', this.config.indexKey, Buffer.alloc(0), `blind-index:${context}`, KEY_BYTES),
      );
      this.indexKeys.set(context, key);
    }
    return createHmac('sha256', key).update(value, 'utf8').digest();
  }
}

/** Fresh random keys: for tests, and for the demo's key file. */
export function generateEncryptionKeys(keyId = 'k1'): EncryptionKeys {
  return { dataKeys: [{ id: keyId, key: randomBytes(KEY_BYTES) }], indexKey: randomBytes(KEY_BYTES) };
}
