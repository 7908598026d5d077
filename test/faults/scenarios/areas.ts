import { CITY_COUNTIES } from '../../../shared/areas';
import { contractOperation } from '../../helpers/operations';
import { allComplete, type Context } from '../helpers/context';
import { eventually } from '../helpers/processes';

interface ReportCounty {
  code: string;
  name: string | null;
  targets: unknown;
  employmentProgress: unknown;
  certificateStats: unknown;
  loanStats: unknown;
  taxReliefStats: unknown;
  registrationStats: unknown;
}

const LABOR_FIELDS = ['targets', 'employmentProgress', 'certificateStats'] as const;
const OTHER_FIELDS = ['loanStats', 'taxReliefStats', 'registrationStats'] as const;

/**
 * The joint meeting's report enters through the gateway's own areas, not through labor:
 * with labor stopped, every county is still listed with finance's, tax's and commerce's
 * figures (the same as with labor up); only labor's columns are null, each with an error
 * naming labor. Person and enterprise entry points still need their owners (README).
 */
export function areaScenarios(ctx: Context): void {
  describe("the report's entry point without labor", () => {
    it("labor stopped: JointMeetingReport lists every county with finance, tax and commerce figures, labor's null (SUBGRAPH_UNAVAILABLE naming labor)", async () => {
      const complete = ctx().complete.JointMeetingReport.data as { counties: ReportCounty[] };
      expect(await ctx().stack.services.labor.stop('SIGTERM')).toBe(0);
      try {
        const { status, data, errors } = await ctx().stack.query<{ counties: ReportCounty[] }>(
          contractOperation('JointMeetingReport'),
          ctx().variables.JointMeetingReport,
        );
        expect(status).toBe(200);
        expect(data?.counties.map((c) => [c.code, c.name])).toEqual(CITY_COUNTIES.map((c) => [c.code, c.name]));
        data!.counties.forEach((county, i) => {
          for (const field of OTHER_FIELDS) {
            expect([county.code, field, county[field]]).toEqual([county.code, field, complete.counties[i][field]]);
            expect([county.code, field, county[field]]).not.toEqual([county.code, field, null]);
          }
          for (const field of LABOR_FIELDS) expect([county.code, field, county[field]]).toEqual([county.code, field, null]);
        });
        expect(errors?.length).toBeGreaterThan(0);
        for (const error of errors ?? []) expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'labor' });
      } finally {
        await ctx().stack.services.labor.start();
      }
      await eventually('complete answers', () => allComplete(ctx()));
    });
  });
}
