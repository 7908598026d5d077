import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput, conflict } from '../../../../shared/errors';
import type { TaxContext } from '../context';
import { TaxRegistration } from './tax-registration.entity';
import { RegisterTaxpayerInput, type ValidRegistration, validateRegistration } from './taxpayer.inputs';
import { Access } from '../../../../shared/auth/access';
import { insertAndFetch } from '../../../../shared/records';

/** The owner of an individual business, as the replica knows the certificate (any status: registering is no benefit). */
async function ownerOf(tx: EntityManager, registration: ValidRegistration, viewer: Viewer): Promise<number | null> {
  if (!registration.ownerCertificateNumber) return null;
  const certificate = await tx.findOneBy(CertificateReplica, { number: registration.ownerCertificateNumber });
  if (!certificate || !canAccessCounty(viewer, certificate.countyCode)) {
    throw badUserInput(
      'input.ownerCertificateNumber',
      `certificate ${registration.ownerCertificateNumber} is unknown here (labor has not notified it)`,
    );
  }
  return certificate.holderId;
}

/** Both offices register the same taxpayer: kind and owner must agree with the other office's entry. */
function assertConsistent(registration: ValidRegistration, ownerId: number | null, existing: TaxRegistration[]): void {
  const same = existing.find((r) => r.office === registration.office);
  if (same)
    throw conflict(`${registration.creditCode} is already registered with ${registration.office} (registration ${same.id})`, {
      id: String(same.id),
    });
  const other = existing[0];
  if (other && other.kind !== registration.kind) {
    throw badUserInput('input.kind', `${registration.creditCode} is registered with ${other.office} as ${other.kind}`);
  }
  if (other && other.ownerId !== ownerId) {
    throw badUserInput('input.ownerCertificateNumber', `${registration.creditCode} is registered with ${other.office} to another owner`);
  }
}

@Resolver(() => TaxRegistration)
export class TaxpayerMutationResolver {
  @Access({ scopes: ['tax:write'], county: true })
  @Mutation(() => TaxRegistration, { description: '税务登记 — register an individual business or enterprise with 国税 or 地税.' })
  registerTaxpayer(
    @Arg('input', () => RegisterTaxpayerInput) input: RegisterTaxpayerInput,
    @Ctx() ctx: TaxContext,
  ): Promise<TaxRegistration> {
    const registration = validateRegistration(input, ctx.today());
    assertCounty(ctx.viewer, registration.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'registerTaxpayer', entity: 'TaxRegistration' },
      async (tx) => {
        const ownerId = await ownerOf(tx, registration, ctx.viewer);
        assertConsistent(registration, ownerId, await tx.findBy(TaxRegistration, { creditCode: registration.creditCode }));
        const { creditCode, office, kind, industry, registeredOn, countyCode } = registration;
        try {
          return await insertAndFetch(tx, TaxRegistration, { creditCode, office, kind, industry, registeredOn, countyCode, ownerId });
        } catch (error) {
          // A concurrent registration with the same office won the unique key.
          if (isUniqueViolation(error)) throw conflict(`${registration.creditCode} is already registered with ${registration.office}`);
          throw error;
        }
      },
      (r) => [r.id],
    );
  }
}
