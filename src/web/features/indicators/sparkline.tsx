import { useEffect, useState } from 'react';
import type { Point } from '../../../shared/indicator-math.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { dateDomain, linePath, niceTicks, scales } from './chart-geometry.ts';
import { formatMeasure } from './indicator-format.ts';
import { fetchValuesCached } from './indicator-values.api.ts';
import { indicatorsText } from './indicators.i18n.ts';
import { useSeenOnce } from './use-seen-once.ts';
import { approvedPoints } from './value-series.ts';

type Props = { indicatorId: number; unit: string; asOf: string; unitOfMeasure: string };

const frame = { width: 96, height: 28, left: 3, right: 3, top: 3, bottom: 3 };

/** The unit's approved values as a small line; loaded when the row scrolls into view. */
export function Sparkline({ indicatorId, unit, asOf, unitOfMeasure }: Props) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  const { ref, isSeen } = useSeenOnce<HTMLSpanElement>();
  const [state, setState] = useState<{ points?: Point[]; isFailed?: boolean }>({});
  useEffect(() => {
    if (!isSeen) return;
    let isLive = true;
    fetchValuesCached(indicatorId, unit).then(
      (values) => isLive && setState({ points: approvedPoints(values, asOf) }),
      () => isLive && setState({ isFailed: true }),
    );
    return () => {
      isLive = false;
    };
  }, [isSeen, indicatorId, unit, asOf]);

  const { points, isFailed } = state;
  if (isFailed) return <span className="sparkline sparkline--empty">{text.sparklineFailed}</span>;
  if (!points) return <span ref={ref} className="sparkline sparkline--loading" aria-hidden="true" />;
  if (points.length === 0) return <span className="sparkline sparkline--empty">{text.sparklineNone}</span>;
  const label = text.sparkline(
    points.map((p) => `${formatDay(p.on, lang)}: ${formatMeasure(p.value, unitOfMeasure, lang)}`).join('; '),
  );
  const values = points.map((p) => p.value);
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 2);
  const { x, y } = scales(frame, dateDomain(points), { min: ticks[0]!, max: ticks.at(-1)! });
  const last = points.at(-1)!;
  return (
    <svg className="sparkline" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
      {points.length > 1 && <path className="sparkline__line" d={linePath(points, x, y)} />}
      <circle className="sparkline__dot" cx={x(last.on)} cy={y(last.value)} r={2.5} />
    </svg>
  );
}
