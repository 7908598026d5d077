import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { assertVisible } from '../../../../shared/auth/decorators';
import { badUserInput, conflict } from '../../../../shared/errors';
import { EmploymentKind } from '../employment/employment-record.entity';
import { startEmployment } from '../employment/employment.service';
import { lockPerson } from '../person/household';
import { EmploymentStatus } from '../person/person.enums';
import { hasPostPriority, waitingPriorityPersons } from './priority';
import { PostStatus, PublicWelfarePost } from './public-welfare-post.entity';
import type { validateFill, validateVacancy } from './public-welfare-post.inputs';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

/** Records a vacant post of a county, OPEN. */
export async function reportPublicWelfareVacancy(tx: EntityManager, valid: ReturnType<typeof validateVacancy>): Promise<PublicWelfarePost> {
  return insertAndFetch(tx, PublicWelfarePost, { ...valid, status: PostStatus.OPEN, filledById: null, filledOn: null });
}

/**
 * Places a registered, unemployed person of the post's county on it, recording the
 * employment; priority groups first while any of them is waiting.
 */
export async function fillPublicWelfarePost(
  tx: EntityManager,
  viewer: Viewer,
  valid: ReturnType<typeof validateFill>,
  today: string,
): Promise<PublicWelfarePost> {
  const post = await findOrNotFound(tx, PublicWelfarePost, { id: valid.postId }, { viewer, lock: true });
  if (post.status !== PostStatus.OPEN) throw conflict(`post ${post.id} is already filled`, { field: 'input.postId' });
  const person = await lockPerson(tx, valid.personId);
  assertVisible(viewer, person, 'Person', valid.personId);
  if (person.countyCode !== post.countyCode)
    throw badUserInput(
      'input.personId',
      `person ${person.id} is registered in county ${person.countyCode}, the post is in ${post.countyCode}`,
    );
  if (person.employmentStatus !== EmploymentStatus.UNEMPLOYED)
    throw conflict(`person ${person.id} is already employed`, { field: 'input.personId' });
  if (valid.startedOn < post.reportedOn) throw badUserInput('input.startedOn', `is before the vacancy was reported on ${post.reportedOn}`);
  // Priority as of the job's first day: 4050 by age then.
  if (!hasPostPriority(person, valid.startedOn)) {
    const waiting = await waitingPriorityPersons(tx, post.countyCode, person.id, valid.startedOn);
    if (waiting > 0) {
      throw badUserInput(
        'input.personId',
        `person ${person.id} is not 4050, double laid-off or double unemployed, and ${waiting} such person(s) of county ${post.countyCode} are waiting: public-welfare posts go to them first (see hardshipPersons)`,
      );
    }
  }
  const job = {
    kind: EmploymentKind.PUBLIC_WELFARE_POST,
    startedOn: valid.startedOn,
    employerCreditCode: null,
    contractMonths: valid.contractMonths,
    postId: post.id,
  };
  await startEmployment(tx, person, job, today, 'input.startedOn');
  await tx.update(PublicWelfarePost, { id: post.id }, { status: PostStatus.FILLED, filledById: person.id, filledOn: valid.startedOn });
  return tx.findOneByOrFail(PublicWelfarePost, { id: post.id });
}
