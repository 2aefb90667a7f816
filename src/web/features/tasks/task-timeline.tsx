import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { formatDay, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { evidenceIdsOf } from './evidence.api.ts';
import { EvidenceLinks } from './evidence-section.tsx';
import { taskDetailText } from './task-detail.i18n.ts';

type TaskEvent = TaskDetail['timeline'][number];

/** Payloads are free-form JSON per event kind; read only what is there and of the expected type. */
const str = (event: TaskEvent, key: string) => {
  const value = event.payload[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};
const num = (event: TaskEvent, key: string) => {
  const value = event.payload[key];
  return typeof value === 'number' ? value : undefined;
};

const toneOf: Record<string, string> = {
  completion_confirmed: 'ok',
  extension_approved: 'ok',
  completion_returned: 'warn',
  extension_refused: 'warn',
  reopened: 'warn',
  reminder_sent: 'ask',
  explanation_requested: 'warn',
  completion_proposed: 'ask',
  extension_requested: 'ask',
};

function EventFacts({ event }: { event: TaskEvent }) {
  const text = useText(taskDetailText);
  const { lang } = useLang();
  const day = (key: string) => {
    const value = str(event, key);
    return value ? formatDay(value, lang) : undefined;
  };
  const rows: [string, string | undefined][] = [
    [text.leadUnitCode, event.kind === 'assigned' ? str(event, 'leadUnitCode') : undefined],
    [text.deadline, event.kind === 'assigned' ? (day('deadline') ?? text.recurring) : undefined],
    [text.percent, num(event, 'percent') === undefined ? undefined : formatPercent(num(event, 'percent'), lang, 0)],
    [text.difficulties, str(event, 'difficulties')],
    [text.recommendations, str(event, 'recommendations')],
    [text.summary, str(event, 'summary')],
    [text.requestedDeadline, event.kind === 'extension_requested' ? day('deadline') : undefined],
    [text.previousDeadline, day('previousDeadline')],
    [text.newDeadline, event.kind === 'extension_approved' ? day('deadline') : undefined],
    [text.recordedCompletion, event.kind === 'completion_confirmed' ? day('completedOn') : undefined],
    [text.reason, str(event, 'reason')],
    [text.question, str(event, 'question')],
    [text.answer, str(event, 'answer')],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="timeline__facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Props = {
  timeline: TaskEvent[];
  /** The task's evidence, to name the files an event refers to; undefined while loading. */
  evidence: EvidenceFile[] | undefined;
};

/** Reports, proposals, decisions with their reasons and extensions, newest first as the API sends them. */
export function TaskTimeline({ timeline, evidence }: Props) {
  const text = useText(taskDetailText);
  const { lang } = useLang();
  if (timeline.length === 0) return <p className="muted">{text.timelineEmpty}</p>;
  return (
    <ol className="timeline">
      {timeline.map((event) => {
        const who = [event.actorName, event.unitCode].filter(Boolean).join(', ');
        const isCoordinator = event.kind === 'progress_reported' && event.payload.isLead === false;
        return (
          <li key={event.id} className={`timeline__item timeline__item--${toneOf[event.kind] ?? 'plain'}`}>
            <p className="timeline__head">
              <time dateTime={event.occurredOn}>{formatDay(event.occurredOn, lang)}</time>
              <strong>{text.kind(event.kind)}</strong>
              {who && <span className="muted">{text.by(who)}</span>}
            </p>
            {isCoordinator && <p className="muted">{text.coordinatorReport}</p>}
            {event.kind === 'progress_reported' && str(event, 'text') && (
              <p className="timeline__text">{str(event, 'text')}</p>
            )}
            <EventFacts event={event} />
            <EvidenceLinks ids={evidenceIdsOf(event.payload)} files={evidence} />
          </li>
        );
      })}
    </ol>
  );
}
