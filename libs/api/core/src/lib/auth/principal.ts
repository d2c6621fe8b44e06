import type { Role } from '@worker-aid/shared/domain';

/** The signed-in user a request acts for, loaded fresh from the database on every request. */
export interface Principal {
  id: string;
  username: string;
  role: Role;
  unitId: string;
  /** Materialised path of the user's unit: the scope of everything they may see. */
  unitPath: string;
}
