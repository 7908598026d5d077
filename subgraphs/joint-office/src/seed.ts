import { In, IsNull, Not, type DataSource } from 'typeorm';
import { DutyRecord } from './duties/duty.entity';

/**
 * The demo world's progress on the notice's duties: the city departments' implementing rules
 * done in July (finance's loan rules still missing), guarantee companies set up in six of the
 * eight counties. The rest stays open, so a demo circular has late duties to show.
 */
export async function seedOfficeDemo(db: DataSource): Promise<boolean> {
  const repository = db.getRepository(DutyRecord);
  if ((await repository.countBy({ doneOn: Not(IsNull()) })) > 0) return false;
  await db.transaction(async (tx) => {
    await tx.update(DutyRecord, { code: 'IMPLEMENTING_RULES' }, { doneOn: '2003-07-28', doneBy: 'demo' });
    await tx.update(
      DutyRecord,
      { code: 'GUARANTEE_COMPANY', countyCode: In(['320802', '320803', '320804', '320811', '320826', '320829']) },
      { doneOn: '2003-07-30', doneBy: 'demo' },
    );
  });
  return true;
}
