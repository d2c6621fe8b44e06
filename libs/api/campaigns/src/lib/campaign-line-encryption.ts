import type { ValueTransformer } from 'typeorm';
import { encryptedJsonFields } from '@worker-aid/api/core';

/**
 * A school line's children are named: personal data, stored encrypted like a file's members.
 * The column's name is authenticated with each value; never rename it or a field.
 */
export const CAMPAIGN_LINE_CHILDREN_COLUMN = 'campaign_line.children';
export const ENCRYPTED_CHILD_FIELDS = ['name'] as const;

const childFields = encryptedJsonFields(CAMPAIGN_LINE_CHILDREN_COLUMN, ENCRYPTED_CHILD_FIELDS);

/** The children's array: each child's name through the shared JSON-field encryption. */
export const encryptedChildren: ValueTransformer = {
  to: (value: unknown) => (Array.isArray(value) ? value.map((child) => childFields.to(child)) : value),
  from: (value: unknown) => (Array.isArray(value) ? value.map((child) => childFields.from(child)) : value),
};
