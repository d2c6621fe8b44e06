import {
  actionsFrom,
  CASE_TRANSITIONS,
  mayApproveCase,
  type CaseAction,
  type CaseView,
  type Permission,
} from '@worker-aid/shared/domain';

/**
 * The actions to offer: those the status allows and the user's role permits, in the order of
 * `actionsFrom` — never approval to the case's creator.
 */
export function availableActions(
  aidCase: Pick<CaseView, 'status' | 'createdBy'>,
  userId: string,
  can: (permission: Permission) => boolean,
): CaseAction[] {
  return actionsFrom(aidCase.status).filter(
    (action) =>
      can(CASE_TRANSITIONS[action].permission) && (action !== 'approve' || mayApproveCase(aidCase, userId)),
  );
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
