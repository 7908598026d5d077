import { CITY_COUNTIES } from '../../shared/areas';
import { operation, postOk } from '../client';
import { load, noErrors } from '../load';
import { GATEWAY_URL } from '../services';
import { statementBaseline, statementsPerRequest } from '../statements';
import { type BenchContext, connections, loadFigures, ms, type SectionResult } from './context';

interface Page {
  persons: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = 100;

/**
 * PersonsByCounty pages of 100: a client walking one county's register page after page
 * (statements per subgraph per page, from each subgraph's `/metrics`), then first pages
 * of random counties under load.
 */
export async function pagesSection(ctx: BenchContext): Promise<SectionResult> {
  const query = operation('PersonsByCounty');
  const maxPages = ctx.options.quick ? 5 : 20;
  ctx.log(`PersonsByCounty: walking up to ${maxPages} pages …`);
  const before = await statementBaseline(ctx.tokens.metrics);
  let after: string | null = null;
  let pages = 0;
  let total = 0;
  do {
    const answer: { data: Page; ms: number } = await postOk<Page>(GATEWAY_URL, ctx.tokens.reader, query, {
      countyCode: '320803',
      first: PAGE,
      after,
    });
    pages += 1;
    total += answer.ms;
    after = answer.data.persons.pageInfo.hasNextPage ? answer.data.persons.pageInfo.endCursor : null;
  } while (after && pages < maxPages);
  const statements = await statementsPerRequest(ctx.tokens.metrics, before, pages);

  ctx.log('PersonsByCounty under load …');
  const loaded = await load({
    url: GATEWAY_URL,
    bearer: ctx.tokens.reader,
    body: () => ({ query, variables: { countyCode: CITY_COUNTIES[Math.floor(Math.random() * CITY_COUNTIES.length)].code, first: PAGE } }),
    connections,
    quick: ctx.options.quick,
    processes: ctx.services,
    check: noErrors,
  });
  return {
    rows: [
      {
        section: 'PersonsByCounty',
        case: `walk of ${pages} pages of ${PAGE} (one client)`,
        figures: `${ms(total / pages)} ms a page; statements per page: ${statements}`,
        target: '',
        met: null,
      },
      { section: 'PersonsByCounty', case: `first page of ${PAGE}, random county`, figures: loadFigures(loaded), target: '', met: null },
    ],
    figures: { pagesRps: loaded.rps, pageMs: Math.round(total / pages) },
  };
}
