import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { cityCounty, creditCode, notInFuture } from '../../../../shared/validate';
import { Industry, TaxOffice, TaxpayerKind } from './taxpayer.enums';

@InputType({ description: '税务登记 — register a taxpayer with 国税 or 地税.' })
export class RegisterTaxpayerInput {
  @Field(() => ID, { description: '统一社会信用代码: 92… for an individual business, 91… for an enterprise.' })
  creditCode!: string;

  @Field(() => TaxOffice)
  office!: TaxOffice;

  @Field(() => TaxpayerKind)
  kind!: TaxpayerKind;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => DateScalar, { description: '税务登记日期.' })
  registeredOn!: string;

  @Field(() => ID)
  countyCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: '再就业优惠证 of the owner: required for an individual business, not allowed for an enterprise.',
  })
  ownerCertificateNumber?: string | null;
}

export interface ValidRegistration {
  creditCode: string;
  office: TaxOffice;
  kind: TaxpayerKind;
  industry: Industry;
  registeredOn: string;
  countyCode: string;
  ownerCertificateNumber: string | null;
}

/** GB 32100 entity type (second character) under the industry-and-commerce authority 9. */
const ENTITY_TYPE: Record<TaxpayerKind, string> = {
  [TaxpayerKind.ENTERPRISE]: '1',
  [TaxpayerKind.INDIVIDUAL_BUSINESS]: '2',
};

/** Rules that need only the input; the owner's certificate is looked up in the replica after. */
export function validateRegistration(input: RegisterTaxpayerInput, today: string): ValidRegistration {
  const code = creditCode('input.creditCode', input.creditCode);
  const expected = `9${ENTITY_TYPE[input.kind]}`;
  if (!code.startsWith(expected)) {
    throw badUserInput(
      'input.creditCode',
      `an ${input.kind} registered by industry and commerce has a code starting ${expected} (GB 32100-2015)`,
    );
  }
  cityCounty('input.countyCode', input.countyCode);
  notInFuture('input.registeredOn', input.registeredOn, today);
  const ownerCertificateNumber = input.ownerCertificateNumber?.trim() || null;
  if (input.kind === TaxpayerKind.INDIVIDUAL_BUSINESS && !ownerCertificateNumber) {
    throw badUserInput('input.ownerCertificateNumber', "is required for an individual business: relief rests on the owner's certificate");
  }
  if (input.kind === TaxpayerKind.ENTERPRISE && ownerCertificateNumber) {
    throw badUserInput('input.ownerCertificateNumber', 'an enterprise has no owning certificate holder; record its hires in an assessment');
  }
  return {
    creditCode: code,
    office: input.office,
    kind: input.kind,
    industry: input.industry,
    registeredOn: input.registeredOn,
    countyCode: input.countyCode,
    ownerCertificateNumber,
  };
}
