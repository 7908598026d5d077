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
  const imported = await importThroughput(ctx, k);
  return {
    rows: [
      imported,
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

const IMPORT_PERSONS = 'mutation($input: ImportPersonsInput!) { importPersons(input: $input) { created failed } }';
const BATCH = 1000;

/**
 * Bulk import: batches of 1,000 new persons (each registered as registerPerson would, in its
 * own savepoint) sent one after another through the gateway, as a community platform sends them.
 */
async function importThroughput(ctx: BenchContext, firstK: number) {
  const batches = ctx.options.quick ? 1 : 3;
  const times: number[] = [];
  let failure: string | null = null;
  for (let b = 0; b < batches && !failure; b += 1) {
    const items = Array.from({ length: BATCH }, (_, i) => ({
      name: '批量导入',
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
      ...idNumber(firstK + b * BATCH + i),
    }));
    const started = Date.now();
    const response = await fetch(GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.tokens.clerk}` },
      body: JSON.stringify({ query: IMPORT_PERSONS, variables: { input: { items } } }),
    });
    const body = (await response.json()) as { data?: { importPersons: { created: number } }; errors?: { message: string }[] };
    if (body.data?.importPersons.created !== BATCH)
      failure = body.errors?.[0]?.message ?? `created ${body.data?.importPersons.created ?? 0}`;
    else times.push(Date.now() - started);
  }
  const total = times.reduce((a, t) => a + t, 0);
  return {
    section: 'Writes',
    case: `importPersons, batches of ${BATCH} (${ctx.options.db})`,
    figures: failure
      ? `failed: ${failure}`
      : `${Math.round((times.length * BATCH * 1000) / total)} persons/s; per batch ${times.map((t) => `${t} ms`).join(', ')}`,
    target: '',
    met: null,
  };
}
