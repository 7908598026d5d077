import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import { feedFreshness } from '../../../../shared/feeds/freshness';
import { RegisterReplica } from './register-replica.entity';
import { REGISTER_FEED } from './register-sync';

export const NOT_REGISTERED_BY_COMMERCE = 'NOT_REGISTERED_BY_COMMERCE';
export const CLOSED_BY_COMMERCE = 'CLOSED_BY_COMMERCE';

function refusal(rule: string, field: string, message: string): GraphQLError {
  const error = badUserInput(field, `${message} (${rule})`);
  error.extensions.rule = rule;
  return error;
}

const notRegistered = (field: string, message: string) => refusal(NOT_REGISTERED_BY_COMMERCE, field, message);

/**
 * Commerce's register entry for `creditCode` as tax's copy holds it. The refusal says how
 * old that copy is, since an entry commerce registered after the last sync is not in it yet.
 */
export async function requireRegisterEntry(tx: EntityManager, creditCode: string, field: string): Promise<RegisterReplica> {
  const entry = await tx.findOneBy(RegisterReplica, { creditCode });
  if (entry) return entry;
  const { lagSeconds } = await feedFreshness(tx, REGISTER_FEED);
  const age = lagSeconds === null ? 'has never synced' : `was synced ${lagSeconds} s ago`;
  throw notRegistered(field, `commerce has not registered ${creditCode} (tax's copy of commerce's register ${age})`);
}

/**
 * Tax registers (and relieves) an individual business only as commerce registered it (个体
 * 工商户登记 comes first): tax's copy of commerce's register must hold `creditCode` as an
 * individual business of the certificate's holder. The refusal says how old that copy is,
 * since an entry commerce registered after the last sync is not in it yet. A business
 * commerce closed (注销登记) is refused as CLOSED_BY_COMMERCE: a relief that would start after
 * its last day (`startsOn`), or without `startsOn` (a tax registration) any closed business.
 */
export async function requireCommerceRegistration(
  tx: EntityManager,
  creditCode: string,
  owner: { holderId: number; certificateNumber: string },
  field: string,
  startsOn?: { date: string; field: string },
): Promise<RegisterReplica> {
  const entry = await requireRegisterEntry(tx, creditCode, field);
  if (entry.kind !== 'INDIVIDUAL_BUSINESS') {
    throw notRegistered(field, `commerce registered ${creditCode} as ${entry.kind}, not as an individual business (个体工商户)`);
  }
  const otherCertificate = entry.ownerCertificateNumber !== null && entry.ownerCertificateNumber !== owner.certificateNumber;
  if (entry.ownerId !== owner.holderId || otherCertificate) {
    throw notRegistered(
      field,
      `commerce registered ${creditCode} to another owner than the holder of certificate ${owner.certificateNumber}`,
    );
  }
  if (entry.closedOn !== null && (startsOn === undefined || entry.closedOn < startsOn.date)) {
    const after = startsOn ? `, before ${startsOn.date}` : '';
    throw refusal(CLOSED_BY_COMMERCE, startsOn?.field ?? field, `commerce closed ${creditCode} (注销登记) on ${entry.closedOn}${after}`);
  }
  return entry;
}
