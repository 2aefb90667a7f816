/** Addresses of the task pages, in one place. */
export const taskPath = (id: number) => `/tasks/${id}`;
export const newSubtaskPath = (parentId: number) => `/tasks/new?parent=${parentId}`;
export const boardPath = (query: { unit?: string; asOf?: string } = {}) => {
  const params = new URLSearchParams();
  if (query.unit) params.set('unit', query.unit);
  if (query.asOf) params.set('asOf', query.asOf);
  const search = params.toString();
  return search ? `/tasks?${search}` : '/tasks';
};
