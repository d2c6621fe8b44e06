import { AuditEntry } from '@worker-aid/api/audit';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';

/** Every entity of the API; the schema itself comes only from `migrations/`. */
export const ENTITIES = [Unit, User, AuditEntry];
