import { roleLabels, unitLevelLabels } from '../../shared/domain.ts';
import { useLang, useText } from '../lib/i18n.ts';
import { Link } from '../lib/router.tsx';
import { useMe } from '../lib/session.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { appText } from './app.i18n.ts';

export function HomePage() {
  const text = useText(appText);
  const { lang } = useLang();
  const me = useMe();
  const { unit } = me.user;
  usePageTitle(text.home);
  return (
    <section className="page">
      <h1>{text.welcome(me.user.displayName)}</h1>
      <p className="lead">{text.homeIntro}</p>
      <dl className="summary">
        <div className="summary__item">
          <dt>{text.yourUnit}</dt>
          <dd>
            {me.abilities.includes('units:read') ? (
              <Link to={`/units/${encodeURIComponent(unit.code)}`}>{unit.fullName}</Link>
            ) : (
              unit.fullName
            )}
            <span className="muted"> · {unitLevelLabels[unit.level][lang]}</span>
          </dd>
        </div>
        <div className="summary__item">
          <dt>{text.yourRole}</dt>
          <dd>{roleLabels[me.user.role][lang]}</dd>
        </div>
        <div className="summary__item">
          <dt>{text.yourScope}</dt>
          <dd>{text.scopeText}</dd>
        </div>
      </dl>
      <h2>{text.quickLinks}</h2>
      <ul className="quick-links">
        {me.abilities.includes('tasks:read') && (
          <li>
            <Link to="/tasks">{text.taskBoard}</Link>
          </li>
        )}
        {me.abilities.includes('tasks:report') && (
          <li>
            <Link to="/tasks/mine">{text.myTaskList}</Link>
          </li>
        )}
        {me.abilities.includes('tasks:assign') && (
          <li>
            <Link to="/tasks/new">{text.assignTask}</Link>
          </li>
        )}
        {me.abilities.includes('tasks:read') && (
          <li>
            <Link to="/indicators">{text.indicatorTable}</Link>
          </li>
        )}
        {me.abilities.includes('indicators:review') && (
          <li>
            <Link to="/indicators/review">{text.reviewValues}</Link>
          </li>
        )}
        {me.abilities.includes('users:manage') && (
          <li>
            <Link to="/indicators/tokens">{text.machineTokens}</Link>
          </li>
        )}
        {me.abilities.includes('units:read') && (
          <li>
            <Link to="/units">{text.browseUnits}</Link>
          </li>
        )}
        {me.abilities.includes('users:read') && (
          <li>
            <Link to="/users">{text.manageUsers}</Link>
          </li>
        )}
        <li>
          <Link to="/account/password">{text.changePassword}</Link>
        </li>
      </ul>
    </section>
  );
}
