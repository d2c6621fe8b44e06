import {
  actionsFrom,
  CASE_TRANSITIONS,
  mayApproveCase,
  stepRefusal,
  type CaseAction,
  type CaseView,
  type Permission,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import { stepCeiling } from './approval-outlook';

/**
 * The actions to offer: those the status allows and the user's role permits, in the order of
 * `actionsFrom` — approval only where the shared step rule lets this user make the next step
 * (never the creator, never a second step by one user, only from a level above the last step's).
 * Until the user's unit level is known only four eyes is checked; the API decides the rest.
 */
export function availableActions(
  aidCase: Pick<CaseView, 'status' | 'createdBy' | 'requestedAmount'> & Partial<Pick<CaseView, 'approvals'>>,
  userId: string,
  can: (permission: Permission) => boolean,
  level: UnitLevel | null = null,
): CaseAction[] {
  return actionsFrom(aidCase.status).filter(
    (action) =>
      can(CASE_TRANSITIONS[action].permission) && (action !== 'approve' || mayStep(aidCase, userId, level)),
  );
}

function mayStep(
  aidCase: Pick<CaseView, 'createdBy' | 'requestedAmount'> & Partial<Pick<CaseView, 'approvals'>>,
  userId: string,
  level: UnitLevel | null,
): boolean {
  const approvals = aidCase.approvals ?? [];
  if (!mayApproveCase(aidCase, userId)) return false;
  if (level === null) return !approvals.some((step) => step.userId === userId);
  const steps = { createdBy: aidCase.createdBy, approvals };
  return stepRefusal(steps, { id: userId, level }, stepCeiling({ ...aidCase, approvals })) === null;
}

/** The icon of each action's button. */
export const ACTION_ICONS: Readonly<Record<CaseAction, string>> = {
  submit: 'send',
  approve: 'check_circle',
  reject: 'cancel',
  return: 'undo',
  withdraw: 'remove_circle_outline',
  close: 'task_alt',
};

/** Actions that lead somewhere good get the filled button; the rest stay quiet. */
export const PRIMARY_ACTIONS: readonly CaseAction[] = ['submit', 'approve', 'close'];
