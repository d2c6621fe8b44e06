/**
 * The stable `code` of every API error (API.md "Errors carry a code"), with the status it comes
 * with and what it means. Clients translate codes (the web app has a text for each, in every
 * language) and never parse `message`; the OpenAPI description lists them from here.
 */
export const ERROR_CODES = {
  // Input
  validation: [400, 'The input breaks a rule; `fields` says which field and which rule.'],
  'body.malformed': [400, 'The body is not well-formed JSON.'],
  'body.too_large': [413, 'The body is larger than the API accepts.'],
  'body.unsupported_type': [415, 'The body is not JSON (send Content-Type: application/json).'],
  // Sessions and permissions
  'auth.required': [401, 'No bearer token was sent.'],
  'auth.invalid_token': [401, 'The token is invalid or has expired: sign in again.'],
  'auth.bad_credentials': [401, 'The user name or the password is wrong.'],
  'auth.session_ended': [401, 'The session has ended: sign in again.'],
  'auth.throttled': [429, 'Too many failed sign-ins: wait `Retry-After` seconds.'],
  'auth.forbidden': [403, 'The role may not do this.'],
  'auth.origin': [403, 'The request did not come from this site.'],
  // Records that are not there (or not in the caller's scope: the API never says which)
  not_found: [404, 'No such route.'],
  'unit.not_found': [404, 'No such unit in your scope.'],
  'user.not_found': [404, 'No such user in your scope.'],
  'worker.not_found': [404, 'No such worker in your scope.'],
  'case.not_found': [404, 'No such case in your scope.'],
  'fund.not_found': [404, 'No such fund in your scope.'],
  'disbursement.not_found': [404, 'No such payment in your scope.'],
  // Units and users
  'unit.duplicate_code': [409, 'A unit with this code already exists.'],
  'user.duplicate_username': [409, 'This login name is taken.'],
  'user.self_change': [409, 'You may not disable your own account or change your own role.'],
  // Workers
  'worker.duplicate': [409, 'A worker with this identity number is registered (`id` when in your scope).'],
  // Cases
  'case.transition': [409, "The case's status does not allow this step."],
  'case.not_editable': [409, 'The case can no longer be edited in its status.'],
  'case.four_eyes': [
    403,
    'The user who created the case, or who already made a step of its approval, may not approve it.',
  ],
  'case.level': [
    409,
    "The next step must come from a level above the last step's: the case awaits `awaitingLevel`.",
  ],
  'case.amount_raised': [409, "A step may lower the approved amount, never raise it above the last step's."],
  'case.in_notice': [409, 'The case is in public notice until `noticeEndsOn`: it cannot be paid yet.'],
  'case.not_in_notice': [
    409,
    'The case is not in public notice: an objection is recorded only during the notice.',
  ],
  // Local standards and hardship files
  'standard.not_found': [404, 'No local standard is in force for the unit (or above it) on that day.'],
  'standard.missing': [409, "No local standard is in force for the worker's unit today: set one first."],
  'file.not_found': [404, 'No such hardship file in your scope.'],
  'file.exists': [409, 'The worker already has a hardship file that is not closed (`id`).'],
  'file.not_eligible': [409, 'The household is in no hardship tier: the file cannot be submitted.'],
  'file.four_eyes': [403, 'The user who created the file may not approve it.'],
  'file.transition': [409, "The file's status does not allow this step."],
  'file.not_editable': [409, 'The file can no longer be edited in its status.'],
  'file.not_in_notice': [
    409,
    'The file is not in public notice: an objection is recorded only during the notice.',
  ],
  'file.no_follow_up': [
    409,
    'The file has no follow-up visit open: only a closed file with visits due has one.',
  ],
  // Proof documents
  'document.not_found': [404, 'No such document in your scope (or it was removed).'],
  'document.multipart': [415, 'Send the document as multipart/form-data with the fields `file` and `kind`.'],
  'document.type': [
    415,
    'The document is not a PDF, JPEG, PNG or WebP (read from its content, not its name).',
  ],
  'document.too_large': [413, 'The document is larger than 20 MB.'],
  'document.duplicate': [409, 'The same document is already on this record (`id`).'],
  'document.no_thumbnail': [404, 'The document has no thumbnail: only pictures have one.'],
  'document.hide_forbidden': [
    403,
    'Only its uploader, within 24 hours, or an administrator may remove a document.',
  ],
  // Imports
  'import.not_found': [404, 'No such import in your scope.'],
  'import.multipart': [415, 'Send the sheet as multipart/form-data with the field `file`.'],
  'import.file_type': [415, 'The file is not an xlsx workbook or a csv text (read from its content).'],
  'import.too_large': [413, 'The file is larger than 10 MB.'],
  'import.encrypted': [400, 'The workbook is password-protected: save it without a password.'],
  'import.corrupt': [400, 'The file cannot be read as a workbook: it is damaged or not really xlsx.'],
  'import.unpacked_too_large': [
    400,
    'The workbook unpacks to far more than its size (a zip bomb, or a sheet with huge styles): refused.',
  ],
  'import.too_many_rows': [400, 'The sheet has more than 20,000 rows below its headings (empty ones count).'],
  'import.headings': [400, 'Row 1 lacks required headings (`missing` names them): start from the template.'],
  'import.empty': [400, 'The sheet has no rows below its headings.'],
  'import.not_validated': [409, 'The import is still being checked, or it failed: it cannot be committed.'],
  // Campaigns and batches
  'campaign.not_found': [404, 'No such campaign in your scope.'],
  'campaign.transition': [409, "The action is not allowed in the campaign's status."],
  'campaign.not_draft': [409, 'The campaign is no longer a draft: its rules and roster are fixed.'],
  'campaign.no_roster': [409, 'The campaign has no roster yet, or every line is excluded.'],
  'campaign.four_eyes': [403, 'Whoever created the campaign may not approve it.'],
  'campaign.not_approved': [409, 'Only an approved campaign is paid.'],
  'campaign.in_notice': [409, 'The campaign is in public notice: it cannot be paid before the notice ends.'],
  'campaign.worker_twice': [409, "The worker is already on this campaign's roster."],
  'campaign.line_not_found': [404, 'No such line on this campaign.'],
  'campaign.line_status': [409, "The line's status does not allow this."],
  'campaign.not_in_notice': [
    409,
    'The campaign is not in public notice: an objection to a line is recorded only during the notice.',
  ],
  'batch.not_found': [404, 'No such batch in your scope.'],
  'batch.no_lines': [409, 'No unpaid, not excluded line is left to put in a batch.'],
  'batch.line_taken': [409, 'A line is already in an open batch, paid or excluded (`lineIds`).'],
  'batch.method': [
    409,
    "The batch's method does not allow this (bank files for bank batches, receipts for cash and in kind).",
  ],
  'batch.closed': [409, 'The batch is done: every line is paid or failed.'],
  'batch.no_account': [
    409,
    'Workers on the batch have no bank account (`lineIds`): pay them in cash or record their accounts.',
  ],
  'batch.result_file': [
    400,
    "The result file cannot be read with the bank's layout: a heading is missing (`missing`).",
  ],
  'bank_layout.not_found': [404, 'No such bank layout.'],
  // Funds and payments
  'fund.duplicate_code': [409, 'A fund with this code already exists.'],
  'fund.insufficient': [409, "The amount is more than the fund's balance."],
  'fund.not_covering': [409, "The fund's unit does not cover the case's unit."],
  'payment.case_status': [409, 'Only an approved case can be paid.'],
  'payment.over_approved': [409, 'The amount is more than what is still to pay on the case.'],
  'payment.already_reversed': [409, 'The payment has already been reversed.'],
  'payment.is_reversal': [409, 'A reversal cannot itself be reversed.'],
  'payment.not_reversible': [409, "The case's status no longer allows reversing its payments."],
  'idempotency.key_reused': [409, 'The Idempotency-Key was used for a different request.'],
  // Records in the database
  'record.duplicate': [409, 'A record with the same unique value already exists.'],
  'record.referenced': [409, 'The record refers to, or is referred to by, another record.'],
  'record.rule': [409, 'The change would break a rule of the records.'],
  // The server
  'server.busy': [503, 'The server is busy: try again after `Retry-After` seconds.'],
  'server.unavailable': [503, 'The database is unavailable or not migrated.'],
  'server.error': [500, 'An unexpected error; quote `correlationId` to the administrator.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

/**
 * The rule a field breaks, in `fields[].code` of a `validation` error. Class-validator's rules
 * map onto the generic ones; the domain's own rules have their own codes.
 */
export const FIELD_CODES = {
  required: 'A value is required.',
  unknown_field: 'The field is not allowed here.',
  string: 'Must be text.',
  boolean: 'Must be true or false.',
  integer: 'Must be a whole number.',
  number: 'Must be a number.',
  array: 'Must be a list.',
  object: 'Must be an object.',
  uuid: 'Must be a UUID.',
  date: 'Must be a day, YYYY-MM-DD.',
  one_of: 'Must be one of the allowed values.',
  min: 'Too small.',
  max: 'Too large.',
  min_length: 'Too short.',
  max_length: 'Too long.',
  length: 'Wrong length.',
  min_items: 'Too few items.',
  max_items: 'Too many items.',
  format: 'Wrong format.',
  fen: 'Must be a whole, non-negative number of fen.',
  positive: 'Must be more than zero.',
  not_future: 'May not be in the future.',
  not_before_from: 'May not be before the start of the period.',
  nul_character: 'May not contain NUL characters.',
  too_deep: 'Nested too deeply.',
  forbidden_name: 'Not an allowed field name.',
  cursor: 'Not a cursor this list issued.',
  phone: 'Not a valid phone number.',
  bank_account: 'Must be 10–30 digits.',
  'id_number.length': 'An identity number has 18 characters.',
  'id_number.format': 'An identity number is 17 digits followed by a digit or X.',
  'id_number.region': 'The region code of the identity number is not valid.',
  'id_number.birth_date': 'The birth date in the identity number is not a real date in the past.',
  'id_number.check_character': 'The check character of the identity number does not match.',
  'id_number.gender_mismatch': 'The gender does not match the identity number.',
  medical_costs: 'The total cost must equal the insurance reimbursement plus the out-of-pocket cost.',
  school_year: 'A school year is written as two consecutive years, 2026-2027.',
  above_requested: 'May not exceed the requested amount.',
  legal_only: 'Only legal-aid cases record an outcome and a recovered amount.',
  center_once: 'The center exists once, created at start-up.',
  parent_level: "The parent must be one level above the unit's level.",
  relative_multiple: 'Must be 1.0 to 3.0 in steps of 0.1.',
  one_self: 'A household has exactly one member whose relation is "self".',
  not_main_cause: 'A secondary cause may not repeat the main cause.',
  distinct: 'The values must all be different.',
  birth_year: 'A birth year lies between 1900 and this year.',
  before_exit: 'A follow-up visit may not be before the file was closed.',
  unit_code: 'No unit with this code in your scope.',
  duplicate_in_sheet: 'The identity number is already on an earlier row of the sheet.',
  already_registered: 'A worker with this identity number is already registered.',
  number_cell: 'The long number was stored as a number and lost digits: format the column as text.',
  yes_no: 'Must be yes or no (是 or 否).',
  center_no_limit: 'The center has no limit: the value must be null.',
  below_lower_level: "A higher level's limit may not be below a lower level's.",
  invalid: 'The value breaks a rule.',
} as const satisfies Record<string, string>;

export type FieldCode = keyof typeof FIELD_CODES;

export const FIELD_CODE_LIST = Object.keys(FIELD_CODES) as FieldCode[];

/** One field's problem in a `validation` error. */
export interface FieldProblem {
  /** A path: `details.totalCost`, `members[0].name`. */
  field: string;
  code: FieldCode;
  /** In English, for people reading logs; clients show a translation of `code`. */
  message: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

export function isFieldCode(value: unknown): value is FieldCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIELD_CODES, value);
}
