import { useText } from '../../lib/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { EmailPreferenceForm } from './email-preference-form.tsx';
import { NotificationList } from './notification-list.tsx';
import { fetchNotifications, notificationsUrl } from './notifications.api.ts';
import { notificationsText } from './notifications.i18n.ts';
import { UrgingRunPanel } from './urging-run-panel.tsx';

/**
 * /notifications: the caller's notices, the e-mail preference and, for root administrators, "run
 * urging now". Me carries no "root unit" flag, so the top (central) level stands for it; the server
 * checks the scope again.
 */
export function NotificationsPage() {
  const text = useText(notificationsText);
  const me = useMe();
  const canRunUrging = me.abilities.includes('users:manage') && me.user.unit.level === 'central';
  const { data, error, isLoading, reload } = useApi(notificationsUrl, fetchNotifications);
  usePageTitle(text.title);

  return (
    <div className="page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <div className="notif-layout">
        <div className="notif-layout__main">
          {isLoading && <Loading />}
          <ErrorAlert error={error} onRetry={reload} />
          {data && <NotificationList loaded={data} onReload={reload} />}
        </div>
        <div className="notif-layout__side">
          <EmailPreferenceForm />
          {canRunUrging && <UrgingRunPanel onDone={reload} />}
        </div>
      </div>
    </div>
  );
}
