import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecryptionError, FieldKeyring, generateEncryptionKeys } from './field-keyring';
import { demoEncryptionKeys } from './encryption-settings';

const ID_NUMBER = '34110219800101123X';

describe('FieldKeyring', () => {
  const keys = generateEncryptionKeys('2026-11');
  const keyring = new FieldKeyring(keys);

  it('encrypts under the current key id and decrypts again', () => {
    const stored = keyring.encrypt(ID_NUMBER, 'worker.id_number');
    expect(stored).toMatch(/^2026-11:[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(ID_NUMBER);
    expect(keyring.decrypt(stored, 'worker.id_number')).toBe(ID_NUMBER);
    expect(keyring.decrypt(keyring.encrypt('慢性肾衰竭', 'c'), 'c')).toBe('慢性肾衰竭');
    expect(keyring.decrypt(keyring.encrypt('', 'c'), 'c')).toBe('');
  });

  it('never writes the same value the same way twice', () => {
    expect(keyring.encrypt(ID_NUMBER, 'worker.id_number')).not.toBe(
      keyring.encrypt(ID_NUMBER, 'worker.id_number'),
    );
  });

  it('refuses a value moved to another field, altered, cut short or under an unknown key', () => {
    const stored = keyring.encrypt(ID_NUMBER, 'worker.id_number');
    expect(() => keyring.decrypt(stored, 'worker.phone')).toThrow(DecryptionError);
    const body = Buffer.from(stored.slice('2026-11:'.length), 'base64url');
    body[14] ^= 1;
    expect(() => keyring.decrypt(`2026-11:${body.toString('base64url')}`, 'worker.id_number')).toThrow(
      /does not decrypt with key "2026-11"/,
    );
    expect(() => keyring.decrypt('2026-11:AAAA', 'worker.id_number')).toThrow(/cut short/);
    expect(() => keyring.decrypt(stored.replace('2026-11', 'old'), 'worker.id_number')).toThrow(
      /no data key with id "old"/,
    );
    expect(() => keyring.decrypt(ID_NUMBER, 'worker.id_number')).toThrow(DecryptionError);
  });

  it('keeps reading values of an older key after a new one becomes current', () => {
    const old = keyring.encrypt(ID_NUMBER, 'worker.id_number');
    const next = generateEncryptionKeys('2027-05');
    const rotated = new FieldKeyring({
      dataKeys: [...next.dataKeys, ...keys.dataKeys],
      indexKey: keys.indexKey,
    });
    expect(rotated.decrypt(old, 'worker.id_number')).toBe(ID_NUMBER);
    expect(rotated.isCurrent(old)).toBe(false);
    const fresh = rotated.encrypt(ID_NUMBER, 'worker.id_number');
    expect(rotated.isCurrent(fresh)).toBe(true);
    expect(() => keyring.decrypt(fresh, 'worker.id_number')).toThrow(/no data key with id "2027-05"/);
  });

  it('indexes equal values equally, per field and per index key', () => {
    const index = keyring.blindIndex(ID_NUMBER, 'worker.id_number');
    expect(index).toHaveLength(32);
    expect(keyring.blindIndex(ID_NUMBER, 'worker.id_number').equals(index)).toBe(true);
    expect(keyring.blindIndex('34110219800101124X', 'worker.id_number').equals(index)).toBe(false);
    expect(keyring.blindIndex(ID_NUMBER, 'worker.phone').equals(index)).toBe(false);
    const other = new FieldKeyring(generateEncryptionKeys());
    expect(other.blindIndex(ID_NUMBER, 'worker.id_number').equals(index)).toBe(false);
  });

  it('encrypts bytes under the key id, bound to their context, and reads them after a rotation', () => {
    const plain = Buffer.from('%PDF-1.4 收入证明 \u0000\u00ff', 'utf8');
    const stored = keyring.encryptBytes(plain, 'document_chunk.bytes:d1:content:0');
    expect(stored.subarray(0, 8).toString('latin1')).toBe('2026-11:');
    expect(stored.includes(plain)).toBe(false);
    expect(stored.length).toBeLessThanOrEqual(plain.length + FieldKeyring.MAX_BYTES_OVERHEAD);
    expect(keyring.decryptBytes(stored, 'document_chunk.bytes:d1:content:0').equals(plain)).toBe(true);
    expect(() => keyring.decryptBytes(stored, 'document_chunk.bytes:d1:content:1')).toThrow(DecryptionError);
    const altered = Buffer.from(stored);
    altered[20] ^= 1;
    expect(() => keyring.decryptBytes(altered, 'document_chunk.bytes:d1:content:0')).toThrow(DecryptionError);
    expect(() => keyring.decryptBytes(plain, 'document_chunk.bytes:d1:content:0')).toThrow(DecryptionError);
    const next = new FieldKeyring({
      dataKeys: [...generateEncryptionKeys('2027-05').dataKeys, ...keys.dataKeys],
      indexKey: keys.indexKey,
    });
    expect(next.decryptBytes(stored, 'document_chunk.bytes:d1:content:0').equals(plain)).toBe(true);
    expect(next.currentBytesPrefix.toString('latin1')).toBe('2027-05:');
  });

  it('refuses keys of the wrong length or with a bad id', () => {
    expect(() => new FieldKeyring({ dataKeys: [], indexKey: keys.indexKey })).toThrow(/at least one/);
    expect(
      () => new FieldKeyring({ dataKeys: [{ id: 'k', key: Buffer.alloc(16) }], indexKey: keys.indexKey }),
    ).toThrow(/32 bytes/);
    expect(
      () => new FieldKeyring({ dataKeys: [{ id: 'a:b', key: Buffer.alloc(32) }], indexKey: keys.indexKey }),
    ).toThrow(/key id/);
  });
});

describe('demoEncryptionKeys', () => {
  it('makes the keys once, readable by the owner only, and reads the same keys back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-keys-'));
    try {
      const first = demoEncryptionKeys(join(dir, 'data'));
      const again = demoEncryptionKeys(join(dir, 'data'));
      expect(again.dataKeys[0].key.equals(first.dataKeys[0].key)).toBe(true);
      expect(again.indexKey.equals(first.indexKey)).toBe(true);
      expect(statSync(join(dir, 'data', 'encryption-keys.json')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
