import type { ErrorCode, FieldProblem } from './error-codes';
import { Role } from './roles';
import { UnitLevel } from './units';

/** Response and request shapes of the HTTP API, shared by the API and the web app. */

export interface UnitView {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
}

export interface CreateUnitRequest {
  code: string;
  name: string;
  level: UnitLevel;
  parentId: string;
}

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  active: boolean;
  createdAt: string;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  active?: boolean;
  password?: string;
}

/** The signed-in user as `POST /api/auth/login` and `GET /api/auth/me` answer it. */
export interface CurrentUserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: CurrentUserView;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorDisplayName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  detail: Record<string, unknown>;
}

export interface HealthView {
  status: 'ok';
  database: 'up';
  version: string;
}

/** NestJS's error shape (API.md "Conventions") with v2's stable `code` and, for `validation`, `fields`. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code: ErrorCode;
  fields?: FieldProblem[];
  correlationId?: string;
}
