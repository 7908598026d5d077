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

export interface CommerceEnterprise {
  countyCode?: string;
  registeredOn?: string;
  industry?: string;
  employeeCount?: number;
  name?: string;
  /** Tax offices to register it with too (税务登记); none by default. */
  taxOffices?: ('STATE' | 'LOCAL')[];
}

/**
 * Registers an enterprise with commerce (and, if asked, for tax) and syncs the feeds, so
 * tax's copy of commerce's register holds it: an enterprise assessment (认定) is judged on
 * commerce's registration date and employee count. Returns commerce's credit code.
 */
export async function commerceEnterprise(stack: Stack, enterprise: CommerceEnterprise = {}): Promise<string> {
  const countyCode = enterprise.countyCode ?? '320803';
  const industry = enterprise.industry ?? 'CATERING';
  const registeredOn = enterprise.registeredOn ?? '2003-02-01';
  const res = await stack.query<{ registerEnterprise: { creditCode: string } }>(
    'mutation R($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }',
    {
      input: {
        name: enterprise.name ?? '淮安新办服务有限公司',
        kind: 'PRIVATE_ENTERPRISE',
        industry,
        countyCode,
        registeredOn,
        employeeCount: enterprise.employeeCount ?? 10,
      },
    },
    'commerce',
  );
  if (!res.data?.registerEnterprise) throw new Error(`commerce refused the enterprise: ${JSON.stringify(res.errors)}`);
  const creditCode = res.data.registerEnterprise.creditCode;
  for (const office of enterprise.taxOffices ?? []) {
    const registered = await stack.query(
      'mutation T($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { id } }',
      { input: { creditCode, office, kind: 'ENTERPRISE', industry, registeredOn, countyCode } },
      'tax',
    );
    if (registered.errors) throw new Error(`tax refused the enterprise: ${JSON.stringify(registered.errors)}`);
  }
  await stack.syncFeeds();
  return creditCode;
}
