/** The tones of `status-chip.scss`: where a record stands, whatever kind of record it is. */
export type StatusTone =
  | 'draft'
  | 'waiting'
  | 'good'
  | 'done'
  | 'over'
  | 'sent-back'
  | 'refused'
  | 'withdrawn';
