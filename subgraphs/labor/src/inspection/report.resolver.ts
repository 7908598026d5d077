import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, RecordField } from '../../../../shared/auth/decorators';
import { canAccessCounty, hasScope } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import { decodeIntCursor, type Page, pageSize, toPage } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { Enterprise } from '../employment/enterprise.stub';
import { InspectionCase } from './inspection-case.entity';
import { SupervisionReportConnection } from './inspection.connections';
import { ReportStatus } from './inspection.enums';
import { SupervisionReport } from './supervision-report.entity';

/** Enough to tell two callers apart on the phone list, not to call them. */
export function maskContact(contact: string): string {
  return contact.length <= 4 ? '****' : '*'.repeat(contact.length - 4) + contact.slice(-4);
}

@Resolver(() => SupervisionReport)
export class SupervisionReportResolver {
  @Authorized('labor:read')
  @Query(() => SupervisionReport, { nullable: true, description: '监督举报' })
  async supervisionReport(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<SupervisionReport | null> {
    const key = intKey(id);
    const found = Number.isNaN(key) ? null : await loaders.supervisionReportById.load(key);
    if (found) assertCounty(viewer, found.countyCode);
    return found;
  }

  @Authorized('labor:read')
  @Query(() => SupervisionReportConnection, { description: 'Reports about a county, optionally by handling status, by id.' })
  async supervisionReports(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => ReportStatus, { nullable: true }) status: ReportStatus | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<SupervisionReport>> {
    assertCounty(viewer, countyCode);
    const size = pageSize(first);
    const rows = await db.getRepository(SupervisionReport).find({
      where: { countyCode, id: MoreThan(after ? decodeIntCursor(after) : 0), ...(status ? { status } : {}) },
      order: { id: 'ASC' },
      take: size + 1,
    });
    return toPage(rows, size, (r) => r.id);
  }

  @RecordField('labor:read')
  @FieldResolver(() => County, { description: 'The county the report is about.' })
  county(@Root() report: SupervisionReport, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(report.countyCode);
  }

  @RecordField('labor:read')
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise reported on, if named.' })
  enterprise(@Root() report: SupervisionReport): Enterprise | null {
    return report.enterpriseCreditCode === null ? null : { creditCode: report.enterpriseCreditCode };
  }

  @RecordField('labor:read')
  @FieldResolver(() => Boolean, { description: '匿名举报 — no contact was left.' })
  anonymous(@Root() report: SupervisionReport): boolean {
    return report.reporterContact === null;
  }

  @RecordField('labor:read')
  @FieldResolver(() => String, {
    nullable: true,
    description: "举报人联系方式 — in full only with `pii:read` (and then audited); otherwise masked to its last four characters. Null if anonymous.",
  })
  reporterContact(@Root() report: SupervisionReport, @Ctx() { viewer, piiReads }: LaborContext): string | null {
    if (report.reporterContact === null) return null;
    if (!hasScope(viewer, 'pii:read')) return maskContact(report.reporterContact);
    piiReads.record('SupervisionReport.reporterContact', report.id);
    return report.reporterContact;
  }

  @RecordField('labor:read')
  @FieldResolver(() => [InspectionCase], { description: 'Inspection cases opened on this report.' })
  async inspectionCases(@Root() report: SupervisionReport, @Ctx() { loaders, viewer }: LaborContext): Promise<InspectionCase[]> {
    const cases = await loaders.inspectionCasesByReport.load(report.id);
    return cases.filter((c) => canAccessCounty(viewer, c.countyCode));
  }
}
