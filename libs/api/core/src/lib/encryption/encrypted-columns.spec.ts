import { encryptedJsonFields, encryptedText, installFieldKeyring } from './encrypted-columns';
import { FieldKeyring, generateEncryptionKeys } from './field-keyring';

describe('encrypted columns', () => {
  const keyring = new FieldKeyring(generateEncryptionKeys());
  beforeAll(() => installFieldKeyring(keyring));

  it('stores a text column as ciphertext and reads the plaintext back', () => {
    const column = encryptedText('worker.phone');
    const stored = column.to('13912345678') as string;
    expect(keyring.decrypt(stored, 'worker.phone')).toBe('13912345678');
    expect(column.from(stored)).toBe('13912345678');
    expect(column.to(null)).toBeNull();
    expect(column.from(null)).toBeNull();
  });

  it('encrypts only the named properties of a JSON column', () => {
    const column = encryptedJsonFields('aid_case.details', ['diagnosis', 'childName']);
    const details = { hospital: '滁州市第一人民医院', diagnosis: '乳腺癌', totalCost: 100 };
    const stored = column.to(details) as Record<string, unknown>;
    expect(stored['hospital']).toBe('滁州市第一人民医院');
    expect(stored['totalCost']).toBe(100);
    expect(stored['diagnosis']).not.toContain('乳腺癌');
    expect(keyring.decrypt(stored['diagnosis'] as string, 'aid_case.details.diagnosis')).toBe('乳腺癌');
    expect(column.from(stored)).toEqual(details);
    expect(details.diagnosis).toBe('乳腺癌');
  });
});
