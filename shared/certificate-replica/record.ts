import { type DataSource, In } from 'typeorm';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Access } from '../auth/access';
import { rowLoader } from '../loaders';
import { DateScalar } from '../scalars';
import { CertificateReplica, revocationDate } from './replica.entity';

/**
 * A certificate as a department's replica of labor's feed holds it: what that department
 * checked its grant against. Labor's own `ReemploymentCertificate` fields need labor:read;
 * a clerk of tax or commerce reads these with the department's read scope instead, which
 * the field returning this type asks for (so its own fields ask for nothing more).
 */
@Directive('@shareable')
@ObjectType({ description: "A certificate as this department's replica of labor's certificate feed records it." })
export class CertificateOnRecord {
  @Access({ scopes: [] })
  @Field(() => ID)
  number!: string;

  @Access({ scopes: [] })
  @Field(() => DateScalar, { description: 'Issue date: no relief or exemption starts before it.' })
  issuedOn!: string;

  @Access({ scopes: [], personal: 'personal' })
  @Field(() => String, { description: 'VALID, SUSPENDED, REVOKED or EXPIRED, as labor last reported it.' })
  status!: string;

  @Access({ scopes: [], personal: 'personal' })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "注销日期 — the day a REVOKED certificate stopped carrying relief and exemptions (labor's business date of the revocation).",
  })
  revokedOn!: string | null;

  @Access({ scopes: [], personal: 'personal' })
  @Field(() => String, { description: "The holder's category (PersonCategory of labor)." })
  category!: string;

  @Access({ scopes: [] })
  @Field(() => GraphQLISODateTime, { description: 'When labor made the change the replica last applied.' })
  changedAt!: Date;
}

export function toCertificateOnRecord(row: CertificateReplica): CertificateOnRecord {
  return {
    number: row.number,
    issuedOn: row.issuedOn,
    status: row.status,
    revokedOn: revocationDate(row),
    category: row.category,
    changedAt: row.changedAt,
  };
}

/** The replica's rows by number, batched per request. */
export function createCertificateRecordLoader(db: DataSource) {
  const replica = db.getRepository(CertificateReplica);
  return rowLoader(
    (numbers: readonly string[]) => replica.findBy({ number: In([...numbers]) }),
    (c) => c.number,
  );
}
