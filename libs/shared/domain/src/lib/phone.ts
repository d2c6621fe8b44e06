/** A mainland mobile or landline number, loosely: 5–20 characters of digits, spaces and "-", after a digit or "+". */
export const PHONE_PATTERN = /^[+\d][\d\s-]{4,19}$/;

export const PHONE_RULE = 'must be 5–20 digits, spaces or "-", starting with a digit or "+"';
