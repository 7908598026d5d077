import { ReadinessItem, ReadinessStatus } from './platform.enums';

/** 7月底前实现六个到位 (the notice of 2003-07-15, part 2). */
export const SIX_IN_PLACE_DEADLINE = '2003-07-31';

export interface ReadinessDates {
  organizationOn: string | null;
  staffOn: string | null;
  fundingOn: string | null;
  premisesOn: string | null;
  rulesOn: string | null;
  operationsOn: string | null;
}

/** The column that holds each item's date: also what the SQL of the late list reads. */
export const READINESS_COLUMNS: Readonly<Record<ReadinessItem, keyof ReadinessDates>> = {
  [ReadinessItem.ORGANIZATION]: 'organizationOn',
  [ReadinessItem.STAFF]: 'staffOn',
  [ReadinessItem.FUNDING]: 'fundingOn',
  [ReadinessItem.PREMISES]: 'premisesOn',
  [ReadinessItem.RULES]: 'rulesOn',
  [ReadinessItem.OPERATIONS]: 'operationsOn',
};

export const READINESS_ITEMS = Object.values(ReadinessItem);

export interface Readiness {
  status: ReadinessStatus;
  /** Items not in place as of the business date. */
  missing: ReadinessItem[];
  /** The day the last of the six came into place, once all have. */
  completedOn: string | null;
}

/**
 * A platform's standing as of `today`: an item counts from its date on. Late means the
 * deadline has passed without all six in place by it, whether completed since or not.
 */
export function readinessOf(platform: ReadinessDates, today: string): Readiness {
  const missing = READINESS_ITEMS.filter((item) => {
    const on = platform[READINESS_COLUMNS[item]];
    return on === null || on > today;
  });
  const dates = READINESS_ITEMS.map((item) => platform[READINESS_COLUMNS[item]] ?? '');
  const completedOn = missing.length === 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
  let status: ReadinessStatus;
  if (completedOn !== null) status = completedOn <= SIX_IN_PLACE_DEADLINE ? ReadinessStatus.READY_ON_TIME : ReadinessStatus.READY_LATE;
  else status = today > SIX_IN_PLACE_DEADLINE ? ReadinessStatus.OVERDUE : ReadinessStatus.IN_PROGRESS;
  return { status, missing, completedOn };
}

export function isLate(status: ReadinessStatus): boolean {
  return status === ReadinessStatus.READY_LATE || status === ReadinessStatus.OVERDUE;
}
