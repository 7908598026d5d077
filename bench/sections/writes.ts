import { CITY_COUNTIES } from '../../shared/areas';
import { makeResidentId } from '../../shared/checksums';
import { operation } from '../client';
import { durations } from '../options';
import { load, noErrors } from '../load';
import { GATEWAY_URL } from '../services';
import { statementBaseline, statementsPerRequest } from '../statements';
import { countRows } from '../world';
import { type BenchContext, connections, type SectionResult } from './context';

const TARGET = { sqlite: 800, mariadb: 300 };
const DAYS = 900;
const FIRST_BIRTH_DAY = Date.UTC(1985, 0, 1);

/**
 * The k-th new ID number of the run: county, birth date (1985–1987, 16 or older on the
 * registration date) and sequence all vary, and the sequence counts down from 999 where
 * the scale loader's count up from 1, so no number repeats one of the register's.
 */
function idNumber(k: number): { idNumber: string; countyCode: string } {
  const county = CITY_COUNTIES[k % CITY_COUNTIES.length].code;
  const rest = Math.floor(k / CITY_COUNTIES.length);
  const birthDate = new Date(FIRST_BIRTH_DAY + (rest % DAYS) * 86_400_000).toISOString().slice(0, 10);
  return { idNumber: makeResidentId(county, birthDate, 999 - (Math.floor(rest / DAYS) % 999)), countyCode: county };
}

/** RegisterPerson through the gateway with a new valid ID number each time: the write, its audit rows, in one transaction. */
export async function writesSection(ctx: BenchContext): Promise<SectionResult> {
  const query = operation('RegisterPerson');
  const laborDb = ctx.world.urls.labor;
  const before = { persons: await countRows(laborDb, 'person'), audit: await countRows(laborDb, 'audit_entry') };
  const statementsBefore = await statementBaseline(ctx.tokens.metrics);
  let k = 0;
  ctx.log('RegisterPerson …');
  const result = await load({
    url: GATEWAY_URL,
    bearer: ctx.tokens.clerk,
    body: () => ({
      query,
      variables: { input: { name: '压测人员', category: 'SOE_LAID_OFF', registeredOn: '2003-07-01', ...idNumber(k++) } },
    }),
    connections,
    quick: ctx.options.quick,
    processes: ctx.services,
    check: noErrors,
  });
  const after = { persons: await countRows(laborDb, 'person'), audit: await countRows(laborDb, 'audit_entry') };
  const written = after.persons - before.persons;
  const statements = await statementsPerRequest(ctx.tokens.metrics, statementsBefore, Math.max(1, k));
  const perSecond = Math.round((result.requests - result.errors) / durations(ctx.options).measure);
  const target = TARGET[ctx.options.db];
  return {
    rows: [
      {
        section: 'Writes',
        case: `RegisterPerson through the gateway (${ctx.options.db})`,
        figures: `${perSecond} writes/s, p50 ${result.p50}, p99 ${result.p99}${result.errors ? `, ${result.errors} errors` : ''}`,
        target: `≥ ${target}/s`,
        met: perSecond >= target,
      },
      {
        section: 'Writes',
        case: 'rows and statements per write',
        figures: `${(written ? (after.audit - before.audit) / written : 0).toFixed(1)} audit rows a person (${written} persons); statements per request: ${statements}`,
        target: '',
        met: null,
      },
    ],
    figures: { writesPerSecond: perSecond },
  };
}
