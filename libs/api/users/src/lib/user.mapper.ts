import type { CurrentUserView, UserView } from '@worker-aid/shared/domain';
import type { User } from './user.entity';

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toCurrentUserView(
  user: Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'unitId'>,
): CurrentUserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
  };
}
