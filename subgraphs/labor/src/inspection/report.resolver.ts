import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, visibleOrNull } from '../../../../shared/auth/decorators';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import { INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { Enterprise } from '../references/enterprise.reference';
import { InspectionCase } from './inspection-case.entity';
import { SupervisionReportConnection } from './inspection.connections';
import { ReportStatus } from './inspection.enums';
import { SupervisionReport } from './supervision-report.entity';
import { Access, seesInFull } from '../../../../shared/auth/access';

/** Enough to tell two callers apart on the phone list, not to call them. */
export function maskContact(contact: string): string {
  return contact.length <= 4 ? '****' : '*'.repeat(contact.length - 4) + contact.slice(-4);
}

@Resolver(() => SupervisionReport)
export class SupervisionReportResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => SupervisionReport, { nullable: true, description: '监督举报' })
  async supervisionReport(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<SupervisionReport | null> {
    const key = intKey(id);
    const found = Number.isNaN(key) ? null : await loaders.supervisionReportById.load(key);
    return visibleOrNull(viewer, found);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => SupervisionReportConnection, { description: 'Reports about a county, optionally by handling status, by id.' })
  async supervisionReports(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => ReportStatus, { nullable: true }) status: ReportStatus | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<SupervisionReport>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (r) => r.id,
      ({ after: afterKey, take }) =>
        db.getRepository(SupervisionReport).find({
          where: { countyCode, id: MoreThan(afterKey), ...(status ? { status } : {}) },
          order: { id: 'ASC' },
          take,
        }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => County, { description: 'The county the report is about.' })
  county(@Root() report: SupervisionReport, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(report.countyCode);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise reported on, if named.' })
  enterprise(@Root() report: SupervisionReport): Enterprise | null {
    return report.enterpriseCreditCode === null ? null : { creditCode: report.enterpriseCreditCode };
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Boolean, { description: '匿名举报 — no contact was left.' })
  anonymous(@Root() report: SupervisionReport): boolean {
    return report.reporterContact === null;
  }

  @Access({ scopes: ['labor:read'], county: true, personal: 'masked' })
  @FieldResolver(() => String, {
    nullable: true,
    description:
      '举报人联系方式 — in full only with `pii:read` (and then audited); otherwise masked to its last four characters. Null if anonymous.',
  })
  reporterContact(@Root() report: SupervisionReport, @Ctx() { viewer }: LaborContext): string | null {
    if (report.reporterContact === null) return null;
    return seesInFull(viewer) ? report.reporterContact : maskContact(report.reporterContact);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [InspectionCase], { description: 'Inspection cases opened on this report.' })
  async inspectionCases(@Root() report: SupervisionReport, @Ctx() { loaders, viewer }: LaborContext): Promise<InspectionCase[]> {
    const cases = await loaders.inspectionCasesByReport.load(report.id);
    return cases.filter((c) => canAccessCounty(viewer, c.countyCode));
  }
}
