import { EmploymentKind } from './employment-record.entity';
import { concurrentJobRefusal } from './employment.rules';

const { ENTERPRISE_HIRE, FLEXIBLE, SELF_EMPLOYMENT, PUBLIC_WELFARE_POST } = EmploymentKind;

describe('concurrentJobRefusal', () => {
  it('lets flexible work go beside anything, and several of it', () => {
    expect(
      concurrentJobRefusal(FLEXIBLE, [
        { id: 1, kind: ENTERPRISE_HIRE },
        { id: 2, kind: FLEXIBLE },
      ]),
    ).toBeNull();
  });

  it('lets a full-time job go beside flexible work only', () => {
    expect(concurrentJobRefusal(ENTERPRISE_HIRE, [{ id: 2, kind: FLEXIBLE }])).toBeNull();
    expect(concurrentJobRefusal(ENTERPRISE_HIRE, [])).toBeNull();
  });

  it('refuses a second full-time job, naming the open one', () => {
    expect(concurrentJobRefusal(ENTERPRISE_HIRE, [{ id: 7, kind: ENTERPRISE_HIRE }])).toMatch(/ENTERPRISE_HIRE, employment record 7/);
    expect(concurrentJobRefusal(SELF_EMPLOYMENT, [{ id: 8, kind: PUBLIC_WELFARE_POST }])).toMatch(/record 8/);
  });
});
