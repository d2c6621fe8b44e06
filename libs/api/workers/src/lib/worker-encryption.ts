import { fieldKeyring } from '@worker-aid/api/core';

/**
 * The worker's fields stored encrypted, each with the name authenticated alongside its
 * ciphertext. Data written under a name only decrypts under it: never rename one.
 */
export const WORKER_ENCRYPTED = {
  idNumber: 'worker.id_number',
  phone: 'worker.phone',
  bankAccount: 'worker.bank_account',
} as const;

/** The blind index that finds a worker by identity number and keeps numbers unique. */
export function idNumberIndex(normalizedIdNumber: string): Buffer {
  return fieldKeyring().blindIndex(normalizedIdNumber, WORKER_ENCRYPTED.idNumber);
}
