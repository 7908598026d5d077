import type { Viewer } from '../../../../shared/auth/viewer';
import { IsNull, type EntityManager } from 'typeorm';
import { conflict } from '../../../../shared/errors';
import { isUniqueViolation } from '../../../../shared/database';
import { DutyRecord } from '../duties/duty.entity';
import { dutyState } from '../duties/duty-state';
import { DutyState } from '../duties/duty.types';
import { FindingRecord } from '../findings/finding.entity';
import type { CountyReading } from './area-figures';
import { CircularRecord } from './circular.entity';
import { sumCountiesIntoCity } from './city-row';
import type { CircularSnapshot } from './snapshot';

/** The month to publish, and the business date its duties are judged at. */
export interface CircularMonth {
  year: number;
  month: number;
  today: string;
}

/**
 * 发布通报 — freezes the month as the next version: the departments' figures as read
 * (through the gateway, before the transaction, so no lock waits on the network), the
 * office's open findings and the duties late at the business date, in one insert.
 */
export async function publishCircular(
  tx: EntityManager,
  viewer: Viewer,
  reading: CountyReading,
  input: CircularMonth,
): Promise<CircularRecord> {
  const open = await tx.find(FindingRecord, { where: { resolvedAt: IsNull() }, order: { id: 'ASC' } });
  const duties = await tx.find(DutyRecord, { order: { department: 'ASC', countyCode: 'ASC', id: 'ASC' } });
  const snapshot: CircularSnapshot = {
    areas: [sumCountiesIntoCity(reading.areas), ...reading.areas],
    countiesBehindSchedule: reading.gaps,
    openFindings: open.map((f) => ({
      id: String(f.id),
      rule: f.rule,
      summary: f.summary,
      countyCode: f.countyCode,
      detectedAt: f.detectedAt.toISOString(),
      records: f.records,
    })),
    lateDuties: duties
      .filter((d) => dutyState(d, input.today, reading.platforms) === DutyState.LATE)
      .map((d) => ({
        id: String(d.id),
        code: d.code,
        department: d.department,
        countyCode: d.countyCode,
        title: d.title,
        answerer: d.answerer,
        deadline: d.deadline,
      })),
  };
  const last = await tx.findOne(CircularRecord, { where: { year: input.year, month: input.month }, order: { version: 'DESC' } });
  try {
    const record = tx.create(CircularRecord, {
      year: input.year,
      month: input.month,
      version: (last?.version ?? 0) + 1,
      businessDate: input.today,
      publishedBy: viewer.sub.slice(0, 100),
      snapshot,
    });
    return await tx.save(record);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`another version of ${input.year}-${input.month} was published at the same time: publish again`);
    throw error;
  }
}
