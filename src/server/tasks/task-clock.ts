import type { AppDeps } from '../app.ts';
import { vietnamDate } from '../../shared/dates.ts';
import type { TaskClock } from './task-query.service.ts';

export const taskClockOf = (deps: AppDeps): TaskClock => ({
  today: vietnamDate(deps.clock()),
  nearDeadlineDays: deps.config.nearDeadlineDays,
});
