import type { ParamMap } from '@angular/router';

/**
 * A list filter the URL asks for (`?status=submitted`, from the navigation or the inbox): one of
 * `choices`, or '' (no filter) for none or an unknown value.
 */
export function urlChoice<T extends string>(params: ParamMap, key: string, choices: readonly T[]): T | '' {
  const value = params.get(key);
  return (choices as readonly string[]).includes(value ?? '') ? (value as T) : '';
}
