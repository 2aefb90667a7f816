import { useText } from '../../lib/i18n.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { useCan, useMe } from '../../lib/session.ts';
import { useApi, useDebounced } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { indicatorsPath, reviewPath, tokensPath, type IndicatorsQuery } from './indicator-links.ts';
import { IndicatorOverview } from './indicator-overview.tsx';
import { defaultPlan, fetchPlans, plansUrl } from './indicators.api.ts';
import { indicatorsText } from './indicators.i18n.ts';
import { vietnamToday } from './today.ts';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * /indicators?plan=&unit=&asOf=&pillar=&tier=&status=: everything lives in the address, so the back
 * button, a shared link and the way back from an indicator's page show the same table.
 */
export function IndicatorsPage() {
  const text = useText(indicatorsText);
  const me = useMe();
  const canReview = useCan('indicators:review');
  const canManageTokens = useCan('users:manage');
  const { search } = useLocation();
  const plans = useApi(plansUrl, fetchPlans);
  usePageTitle(text.title);

  const input: IndicatorsQuery = Object.fromEntries(
    ['plan', 'unit', 'asOf', 'pillar', 'tier', 'status'].map((key) => [key, search.get(key) ?? '']),
  );
  const plan = input.plan || (plans.data && defaultPlan(plans.data.items, me.user.unit.code)?.code);
  const unit = useDebounced((input.unit ?? '').trim(), 400) || me.user.unit.code;
  const asOf = isDate(input.asOf ?? '') ? input.asOf! : vietnamToday();
  const update = (next: IndicatorsQuery) => navigate(indicatorsPath({ ...input, ...next }), { replace: true });
  const filters = { pillar: input.pillar ?? '', tier: input.tier ?? '', status: input.status ?? '' };

  return (
    <div className="page">
      <div className="page__head">
        <div>
          <h1>{text.title}</h1>
          <p className="lead">{text.intro}</p>
        </div>
        <div className="ind-actions">
          {canReview && (
            <Link className="button" to={reviewPath}>
              {text.review}
            </Link>
          )}
          {canManageTokens && (
            <Link className="button" to={tokensPath}>
              {text.tokens}
            </Link>
          )}
        </div>
      </div>
      <section className="card" aria-labelledby="ind-overview-title">
        <h2 id="ind-overview-title">{text.summaryTitle}</h2>
        <search className="filters" aria-label={text.controls}>
          <SelectField
            label={text.plan}
            value={plan ?? ''}
            disabled={!plans.data}
            onChange={(event) => update({ plan: event.target.value })}
          >
            {plans.data?.items.map((item) => (
              <option key={item.code} value={item.code}>
                {item.code} – {item.title}
              </option>
            ))}
          </SelectField>
          <UnitCodeField
            label={text.unitCode}
            hint={text.unitCodeHint}
            placeholder={me.user.unit.code}
            value={input.unit ?? ''}
            onChange={(code) => update({ unit: code })}
          />
          <TextField
            label={text.asOf}
            type="date"
            value={asOf}
            max="2100-12-31"
            onChange={(event) => update({ asOf: event.target.value })}
          />
        </search>
        <ErrorAlert error={plans.error} onRetry={plans.reload} />
        {plans.isLoading && <Loading />}
        {plans.data && !plan && <p>{text.noPlans}</p>}
        {plan && (
          <IndicatorOverview plan={plan} unit={unit} asOf={asOf} filters={filters} onFilter={(next) => update(next)} />
        )}
      </section>
    </div>
  );
}
