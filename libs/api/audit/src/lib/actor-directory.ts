/** How the audit trail names who acted. */
export interface ActorNames {
  username: string;
  displayName: string;
}

/**
 * The names of users, by id, for the audit trail — which is read by people, not by ids. The
 * users feature owns the user table and provides this (`UsersModule`); audit declares it
 * because it sits below users.
 */
export abstract class ActorDirectory {
  abstract namesOf(ids: readonly string[]): Promise<Map<string, ActorNames>>;
}
