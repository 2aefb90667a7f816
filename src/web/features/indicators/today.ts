import { vietnamDate } from '../../../shared/dates.ts';

/** Today's date in Vietnam ('YYYY-MM-DD'), the calendar the server counts periods in. */
export const vietnamToday = (): string => vietnamDate(new Date());
