import {
  actionsFrom,
  CASE_TRANSITIONS,
  type CaseAction,
  type CaseStatus,
  type Permission,
} from '@worker-aid/shared/domain';

/** The actions to offer: those the status allows and the user's role permits, in the order of `actionsFrom`. */
export function availableActions(status: CaseStatus, can: (permission: Permission) => boolean): CaseAction[] {
  return actionsFrom(status).filter((action) => can(CASE_TRANSITIONS[action].permission));
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
