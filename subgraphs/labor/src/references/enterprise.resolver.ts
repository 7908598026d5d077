import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LaborContext } from '../context';
import { EmploymentRecord } from '../employment/employment-record.entity';
import { Enterprise } from './enterprise.reference';
import { Access } from '../../../../shared/auth/access';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import { InspectionCase } from '../inspection/inspection-case.entity';

@Resolver(() => Enterprise)
export class EnterpriseHiresResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [EmploymentRecord], {
    nullable: true,
    description: "Persons this enterprise hired (labor's employment records; those of the token's county).",
  })
  async hires(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: LaborContext): Promise<EmploymentRecord[]> {
    const records = await loaders.hiresByEmployer.load(enterprise.creditCode);
    return records.filter((record) => canAccessCounty(viewer, record.countyCode));
  }
}

@Resolver(() => Enterprise)
export class EnterpriseInspectionResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [InspectionCase], {
    nullable: true,
    description: "劳动监察 — labor inspection cases against this enterprise (those the token's county may see), oldest first.",
  })
  async inspectionCases(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: LaborContext): Promise<InspectionCase[]> {
    const cases = await loaders.inspectionCasesByEnterprise.load(enterprise.creditCode);
    return cases.filter((c) => canAccessCounty(viewer, c.countyCode));
  }
}
