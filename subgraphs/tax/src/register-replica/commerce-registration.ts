import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import { feedFreshness } from '../../../../shared/feeds/freshness';
import { RegisterReplica } from './register-replica.entity';
import { REGISTER_FEED } from './register-sync';

export const NOT_REGISTERED_BY_COMMERCE = 'NOT_REGISTERED_BY_COMMERCE';

function notRegistered(field: string, message: string): GraphQLError {
  const error = badUserInput(field, `${message} (${NOT_REGISTERED_BY_COMMERCE})`);
  error.extensions.rule = NOT_REGISTERED_BY_COMMERCE;
  return error;
}

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
 * since an entry commerce registered after the last sync is not in it yet.
 */
export async function requireCommerceRegistration(
  tx: EntityManager,
  creditCode: string,
  owner: { holderId: number; certificateNumber: string },
  field: string,
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
  return entry;
}
