import type { ValueTransformer } from 'typeorm';
import { encryptedJsonFields } from '@worker-aid/api/core';

/**
 * A household member's name is personal data: stored encrypted, as cases store their sensitive
 * details. The column's name is authenticated with each value; never rename it or a field.
 */
export const FILE_MEMBERS_COLUMN = 'hardship_file.members';
export const ENCRYPTED_MEMBER_FIELDS = ['name'] as const;

const memberFields = encryptedJsonFields(FILE_MEMBERS_COLUMN, ENCRYPTED_MEMBER_FIELDS);

/** The members' array: each member's encrypted fields through the shared JSON-field encryption. */
export const encryptedMembers: ValueTransformer = {
  to: (value: unknown) => (Array.isArray(value) ? value.map((member) => memberFields.to(member)) : value),
  from: (value: unknown) => (Array.isArray(value) ? value.map((member) => memberFields.from(member)) : value),
};
