import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { useText } from '../../lib/i18n.ts';
import { useLocation } from '../../lib/router.tsx';
import { useCan } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { taskAssignText } from './task-assign.i18n.ts';
import { TaskAssignForm } from './task-assign-form.tsx';
import { fetchTask, taskUrl } from './tasks.api.ts';

/**
 * /tasks/new assigns a task of a plan (ability tasks:assign); /tasks/new?parent=86 splits task 86 into a
 * sub-task, which its lead unit may do too (the task's canSplit). The server checks both again.
 */
export function TaskAssignPage() {
  const text = useText(taskAssignText);
  const canAssign = useCan('tasks:assign');
  const parentId = Number(useLocation().search.get('parent') ?? '') || undefined;
  const parent = useApi(parentId ? taskUrl(parentId) : null, (signal) => fetchTask(parentId!, signal));
  usePageTitle(parentId ? text.subtaskTitle : text.title);

  return (
    <div className="page">
      <h1>{parentId ? text.subtaskTitle : text.title}</h1>
      {parentId === undefined ? (
        <NewTask canAssign={canAssign} />
      ) : (
        <>
          {parent.isLoading && !parent.data && <Loading />}
          <ErrorAlert error={parent.error} onRetry={parent.reload} />
          {parent.data && <SubTask parent={parent.data} />}
        </>
      )}
    </div>
  );
}

function NewTask({ canAssign }: { canAssign: boolean }) {
  const text = useText(taskAssignText);
  if (!canAssign) return <p className="alert alert--warn">{text.notAllowed}</p>;
  return (
    <>
      <p className="lead">{text.intro}</p>
      <TaskAssignForm />
    </>
  );
}

function SubTask({ parent }: { parent: TaskDetail }) {
  const text = useText(taskAssignText);
  if (!parent.abilities.canSplit) return <p className="alert alert--warn">{text.cannotSplit}</p>;
  return (
    <>
      <p className="lead">{text.subtaskIntro(parent.code, parent.title)}</p>
      <TaskAssignForm key={parent.id} parent={parent} />
    </>
  );
}
