/** The tasks feature's pages, loaded on demand by app/routes.tsx so the first page stays small. */
export { MyTasksPage } from './my-tasks-page.tsx';
export { TaskAssignPage } from './task-assign-page.tsx';
export { TaskBoardPage } from './task-board-page.tsx';
export { TaskDetailPage } from './task-detail-page.tsx';
export { TaskReviewPage } from './task-review-page.tsx';
