/** The three tiers of the assistance platform (三级帮扶平台), root first. */
export const UNIT_LEVELS = ['center', 'industry', 'grassroots'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The level a unit's parent must have; the center has no parent. */
export function parentLevelOf(level: UnitLevel): UnitLevel | null {
  const index = UNIT_LEVELS.indexOf(level);
  return index === 0 ? null : UNIT_LEVELS[index - 1];
}

/** The level of a unit's children; grassroots units have none. */
export function childLevelOf(level: UnitLevel): UnitLevel | null {
  const index = UNIT_LEVELS.indexOf(level);
  return index < UNIT_LEVELS.length - 1 ? UNIT_LEVELS[index + 1] : null;
}

/** Unit codes are short and stable: letters, digits, dash and underscore. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/;
