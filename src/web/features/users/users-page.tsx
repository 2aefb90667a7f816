import { useState } from 'react';
import type { User } from '../../../shared/api/users.ts';
import type { Role } from '../../../shared/domain.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useLocation } from '../../lib/router.tsx';
import { useCan } from '../../lib/session.ts';
import { useApi, useDebounced } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { Pager } from '../../lib/ui/pager.tsx';
import { UserCreateForm } from './user-create-form.tsx';
import { UserEditDialog } from './user-edit-dialog.tsx';
import { UserFilters, type Filters } from './user-filters.tsx';
import { UserTable } from './user-table.tsx';
import { fetchUsers, userListUrl } from './users.api.ts';
import { usersText } from './users.i18n.ts';

const PAGE_SIZE = 25;

export function UsersPage() {
  const text = useText(usersText);
  const { lang } = useLang();
  const canManage = useCan('users:manage');
  const { search } = useLocation();
  const [filters, setFilters] = useState<Filters>(() => ({ q: '', role: '', unit: search.get('unit') ?? '' }));
  const [offset, setOffset] = useState(0);
  const [isCreating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User>();
  const [notice, setNotice] = useState('');
  usePageTitle(text.title);

  const q = useDebounced(filters.q.trim());
  const query = { q, role: filters.role as Role | '', unit: filters.unit, limit: PAGE_SIZE, offset };
  const { data, error, isLoading, reload } = useApi(userListUrl(query), (signal) => fetchUsers(query, signal));

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setOffset(0);
  };
  const handleCreated = (user: User) => {
    setCreating(false);
    setNotice(text.created(user.username));
    reload();
  };
  const handleSaved = () => {
    setEditing(undefined);
    reload();
  };

  return (
    <div className="page">
      <div className="page__head">
        <div>
          <h1>{text.title}</h1>
          <p className="lead">{text.intro}</p>
        </div>
        {canManage && !isCreating && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCreating(true);
              setNotice('');
            }}
          >
            {text.newUser}
          </button>
        )}
      </div>
      <p role="status" className={notice ? 'alert alert--success' : 'visually-hidden'}>
        {notice}
      </p>
      {isCreating && <UserCreateForm onCreated={handleCreated} onCancel={() => setCreating(false)} />}
      <div className="card">
        <UserFilters value={filters} onChange={changeFilters} />
        <p className="search-results__count" role="status">
          {data && (data.total === 0 ? text.empty : text.count(formatNumber(data.total, lang)))}
        </p>
        {isLoading && !data && <Loading />}
        <ErrorAlert error={error} onRetry={reload} />
        {data && data.items.length > 0 && <UserTable users={data.items} canManage={canManage} onEdit={setEditing} />}
        {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.total} onChange={setOffset} />}
      </div>
      {editing && <UserEditDialog user={editing} onSaved={handleSaved} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
