import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import { isPathInScope } from '../units/unit-scope.ts';
import type { JoinedTask } from './task.repository.ts';

/**
 * Who may do what on a visible task. Reporting belongs to the lead unit (and coordinating units, for
 * their part); decisions belong to the assigning side, i.e. callers whose scope holds the assigning unit.
 */
export function taskAccess(caller: AuthUser, row: JoinedTask, coordinatorIds: number[], leadHasSubunits: boolean) {
  const isLead = caller.unit.id === row.task.leadUnitId;
  const isCoordinator = coordinatorIds.includes(caller.unit.id);
  const isAssigningSide = isPathInScope(caller.scope, row.assigning.path) && !isLead;
  const isOpen = !row.task.isLocked;
  const reports = can(caller.role, 'tasks:report');
  return {
    canReport: isOpen && reports && (isLead || isCoordinator),
    canProposeCompletion: isOpen && reports && isLead,
    canRequestExtension: isOpen && reports && isLead && row.task.deadline !== null,
    canReviewCompletion: isOpen && can(caller.role, 'tasks:review') && isAssigningSide,
    canReviewExtension: isOpen && can(caller.role, 'tasks:review') && isAssigningSide,
    canReopen: row.task.isLocked && can(caller.role, 'tasks:reopen') && isPathInScope(caller.scope, row.assigning.path),
    canSplit: isOpen && isLead && leadHasSubunits && (can(caller.role, 'tasks:assign') || reports),
  };
}
export type TaskAccess = ReturnType<typeof taskAccess>;
