import type { Viewer } from '../../../../shared/auth/viewer';
import { type EntityManager, IsNull } from 'typeorm';
import { badUserInput, conflict } from '../../../../shared/errors';
import { findOrNotFound } from '../../../../shared/records';
import { DutyRecord } from './duty.entity';
import { dutyState, toDuty } from './duty-state';
import type { Duty } from './duty.types';

/** A duty to mark done: its key, and its id as the client sent it (the errors name that). */
export interface DutyDone {
  key: number;
  id: string;
  doneOn: string;
  today: string;
}

/**
 * 办结 — records who marked the duty done and on which day. A duty a department tracks is
 * done when the department records it, and a duty is marked done once: the update only
 * matches a duty still open, so of two clerks at the same time one gets CONFLICT.
 */
export async function markDutyDone(tx: EntityManager, viewer: Viewer, done: DutyDone): Promise<Duty> {
  const { key, id } = done;
  const duty = await findOrNotFound(tx, DutyRecord, { id: key }, { key: id, entityName: 'Duty' });
  if (duty.trackedBy) throw badUserInput('id', `this duty is tracked by ${duty.trackedBy}: it is done when the department records it`);
  if (duty.doneOn) throw conflict(`duty ${id} was already marked done on ${duty.doneOn}`);
  const updated = await tx.update(DutyRecord, { id: key, doneOn: IsNull() }, { doneOn: done.doneOn, doneBy: viewer.sub.slice(0, 100) });
  if (!updated.affected) throw conflict(`duty ${id} was marked done at the same time`);
  const saved = await tx.findOneByOrFail(DutyRecord, { id: key });
  // A duty marked done by hand is tracked by no department: its state needs no platforms.
  return toDuty(saved, dutyState(saved, done.today, null));
}
