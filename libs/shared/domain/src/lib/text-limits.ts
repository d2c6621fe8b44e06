/**
 * The longest text each free-text field takes, in characters: the API's DTOs refuse longer
 * values and the web forms say so as the user types, from these same numbers.
 */
export const TEXT_LIMITS = {
  workerName: 50,
  employer: 100,
  address: 200,
  caseSummary: 2000,
  /** A reviewer's comment on approving, rejecting or returning a case. */
  decisionComment: 1000,
  displayName: 64,
  unitName: 100,
  fundName: 100,
  allocationNote: 200,
  paymentReference: 100,
  reversalReason: 500,
} as const;

/** Unit and fund names are at least this long. */
export const MIN_NAME_LENGTH = 2;

/** The text fields of the case details and their limits. */
export const DETAIL_TEXT_LIMITS = {
  hospital: 100,
  diagnosis: 200,
  childName: 50,
  school: 100,
  opposingParty: 100,
} as const;

export type DetailTextField = keyof typeof DETAIL_TEXT_LIMITS;
