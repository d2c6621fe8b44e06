/**
 * The case details stored encrypted: a medical case's diagnosis and an education case's child's
 * name (anything about a child is sensitive). The column's name is authenticated with each
 * value; never rename it or a field.
 */
export const CASE_DETAILS_COLUMN = 'aid_case.details';
export const ENCRYPTED_DETAIL_FIELDS = ['diagnosis', 'childName'] as const;

/** SQL condition on `aid_case`: its details hold at least one encrypted field. */
export const HAS_ENCRYPTED_DETAILS = `details ?| array['${ENCRYPTED_DETAIL_FIELDS.join("','")}']`;
