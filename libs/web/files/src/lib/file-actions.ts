import {
  canTransitionFile,
  EDITABLE_FILE_STATUSES,
  FILE_ACTIONS,
  FILE_TRANSITIONS,
  mayApprove,
  type FileAction,
  type FileView,
  type Permission,
} from '@worker-aid/shared/domain';

/** What the file page offers: the transitions, and editing, the annual review, the exit and a follow-up visit. */
export type FilePageAction = 'edit' | FileAction | 'review' | 'exit' | 'followUp';

/** Whether a closed file still waits for a follow-up visit. */
export function hasOpenFollowUp(view: Pick<FileView, 'followUps'>): boolean {
  return view.followUps.some((followUp) => followUp.doneOn === null);
}

/**
 * The actions to offer, in this order: those the status allows and the user's role permits —
 * never approval to the file's creator (four eyes, the shared `mayApprove`).
 */
export function availableFileActions(
  view: Pick<FileView, 'status' | 'createdBy' | 'followUps'>,
  userId: string,
  can: (permission: Permission) => boolean,
): FilePageAction[] {
  const write = can('records:write');
  const transitions = FILE_ACTIONS.filter(
    (action) =>
      canTransitionFile(action, view.status) &&
      can(FILE_TRANSITIONS[action].permission) &&
      (action !== 'approve' || mayApprove(view, userId)),
  );
  return [
    ...(write && EDITABLE_FILE_STATUSES.includes(view.status) ? (['edit'] as const) : []),
    ...transitions,
    ...(write && view.status === 'active' ? (['review', 'exit'] as const) : []),
    ...(write && view.status === 'closed' && hasOpenFollowUp(view) ? (['followUp'] as const) : []),
  ];
}

/** The icon of each action's button. */
export const FILE_ACTION_ICONS: Readonly<Record<FilePageAction, string>> = {
  edit: 'edit',
  submit: 'send',
  approve: 'check_circle',
  reject: 'block',
  return: 'undo',
  withdraw: 'remove_circle_outline',
  review: 'event_repeat',
  exit: 'logout',
  followUp: 'home_work',
};

/** Actions that move the file forward get the filled button; the rest stay quiet. */
export const PRIMARY_FILE_ACTIONS: readonly FilePageAction[] = ['submit', 'approve', 'review', 'followUp'];
