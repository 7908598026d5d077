import { contractOperation } from './operations';
import type { Stack } from './stack';

export interface CommerceBusiness {
  countyCode?: string;
  registeredOn?: string;
  industry?: string;
  name?: string;
  /** For the fee exemption; left out, commerce registers the business without one. */
  certificateNumber?: string;
}

/**
 * Registers a person's individual business with commerce and syncs the feeds, so tax's copy
 * of commerce's register holds it: tax registers an individual business only as commerce
 * registered it. Returns commerce's credit code.
 */
export async function commerceBusiness(stack: Stack, ownerId: string, business: CommerceBusiness = {}): Promise<string> {
  const res = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
    contractOperation('RegisterIndividualBusiness'),
    {
      input: {
        ownerId,
        name: business.name ?? '个体商户',
        industry: business.industry ?? 'CATERING',
        countyCode: business.countyCode ?? '320803',
        registeredOn: business.registeredOn ?? '2003-04-01',
        ...(business.certificateNumber ? { certificateNumber: business.certificateNumber } : {}),
      },
    },
    'commerce',
  );
  if (!res.data?.registerIndividualBusiness) throw new Error(`commerce refused the business: ${JSON.stringify(res.errors)}`);
  await stack.syncFeeds();
  return res.data.registerIndividualBusiness.creditCode;
}
