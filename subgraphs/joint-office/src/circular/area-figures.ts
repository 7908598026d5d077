import { isCityCounty } from '../../../../shared/areas';
import { parseYuan } from '../../../../shared/money';
import type { GatewayClient } from '../gateway/gateway-client';
import { snapshotIncomplete } from '../gateway/gateway-client';
import type { PlatformsByCounty, PlatformReadiness } from '../duties/duty-state';
import type { AreaFigures, ScheduleGap } from './snapshot';

type Figures = { reemployed: number; hardshipReemployed: number };

interface CountyAnswer {
  code: string;
  name: string | null;
  targets: Figures | null;
  employmentProgress: {
    yearToDate: Figures;
    expectedYearToDate: Figures | null;
    registeredUnemployed: number;
    behindSchedule: string[];
  } | null;
  certificateStats: { issuedYearToDate: number; valid: number } | null;
  loanStats: { yearToDate: { count: number; amount: string }; outstandingAmount: string } | null;
  subsidyStats: { yearToDate: { amount: string } } | null;
  taxReliefStats: { yearToDate: { persons: number; amount: string } } | null;
  registrationStats: { yearToDate: { individualBusinesses: number; feeExemptions: number } } | null;
  platformReadiness: PlatformReadiness | null;
}

const COUNTIES = `query($year: Int!, $month: Int!) {
  counties {
    code name
    targets(year: $year) { reemployed hardshipReemployed }
    employmentProgress(year: $year, month: $month) { yearToDate { reemployed hardshipReemployed } expectedYearToDate { reemployed hardshipReemployed } registeredUnemployed behindSchedule }
    certificateStats(year: $year, month: $month) { issuedYearToDate valid }
    loanStats(year: $year, month: $month) { yearToDate { count amount } outstandingAmount }
    subsidyStats(year: $year, month: $month) { yearToDate { amount } }
    taxReliefStats(year: $year, month: $month) { yearToDate { persons amount } }
    registrationStats(year: $year, month: $month) { yearToDate { individualBusinesses feeExemptions } }
    platformReadiness { platforms late inProgress }
  }
}`;

/** Yuan as the gateway shows it → fen as a decimal string (what the snapshot stores). */
function fen(yuan: string): string {
  const value = parseYuan(yuan);
  if (value === null) throw new Error(`the gateway answered an amount that is not Money: ${yuan}`);
  return value.toString();
}

export interface CountyReading {
  areas: AreaFigures[];
  gaps: ScheduleGap[];
  platforms: PlatformsByCounty;
}

/** Every county's figures of the month, read through the gateway in one request. */
export async function readCountyFigures(gateway: GatewayClient, year: number, month: number): Promise<CountyReading> {
  const data = await gateway.read<{ counties: CountyAnswer[] }>(COUNTIES, { year, month });
  const areas: AreaFigures[] = [];
  const gaps: ScheduleGap[] = [];
  const platforms: PlatformsByCounty = new Map();
  for (const c of data.counties.filter((county) => isCityCounty(county.code))) {
    const { employmentProgress: p, certificateStats: cs, loanStats: ls, subsidyStats: ss, taxReliefStats: ts, registrationStats: rs } = c;
    // A department that answers null without an error has nothing to say for the county: refuse rather than freeze a gap.
    if (!c.name || !p || !cs || !ls || !ss || !ts || !rs) throw snapshotIncomplete([], `county ${c.code} lacks a department's figures`);
    const name = c.name;
    areas.push({
      code: c.code,
      name,
      reemployedTarget: c.targets?.reemployed ?? null,
      reemployedYearToDate: p.yearToDate.reemployed,
      hardshipReemployedTarget: c.targets?.hardshipReemployed ?? null,
      hardshipReemployedYearToDate: p.yearToDate.hardshipReemployed,
      registeredUnemployed: p.registeredUnemployed,
      certificatesIssuedYearToDate: cs.issuedYearToDate,
      certificatesValid: cs.valid,
      loanCountYearToDate: ls.yearToDate.count,
      loanAmountYearToDate: fen(ls.yearToDate.amount),
      loanOutstandingAmount: fen(ls.outstandingAmount),
      reliefPersonsYearToDate: ts.yearToDate.persons,
      reliefAmountYearToDate: fen(ts.yearToDate.amount),
      individualBusinessesYearToDate: rs.yearToDate.individualBusinesses,
      feeExemptionsYearToDate: rs.yearToDate.feeExemptions,
      subsidyAmountYearToDate: fen(ss.yearToDate.amount),
    });
    if (p.behindSchedule.length) {
      const expected = p.expectedYearToDate;
      gaps.push({
        code: c.code,
        name,
        indicators: p.behindSchedule,
        reemployedGap: expected ? Math.max(0, expected.reemployed - p.yearToDate.reemployed) : null,
        hardshipReemployedGap: expected ? Math.max(0, expected.hardshipReemployed - p.yearToDate.hardshipReemployed) : null,
      });
    }
    if (c.platformReadiness) platforms.set(c.code, c.platformReadiness);
  }
  if (areas.length === 0) throw snapshotIncomplete(['labor'], 'no county was listed');
  return { areas, gaps, platforms };
}
