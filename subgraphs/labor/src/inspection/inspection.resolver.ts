import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, visibleOrNull } from '../../../../shared/auth/decorators';
import { intKey } from '../../../../shared/loaders';
import { INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { Enterprise } from '../references/enterprise.reference';
import { InspectionCase } from './inspection-case.entity';
import { InspectionCaseConnection } from './inspection.connections';
import { CaseStatus } from './inspection.enums';
import { SupervisionReport } from './supervision-report.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => InspectionCase)
export class InspectionCaseResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => InspectionCase, { nullable: true, description: '劳动监察案件' })
  async inspectionCase(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<InspectionCase | null> {
    const key = intKey(id);
    const found = Number.isNaN(key) ? null : await loaders.inspectionCaseById.load(key);
    return visibleOrNull(viewer, found);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => InspectionCaseConnection, { description: 'The inspection cases of a county bureau, optionally by status, by id.' })
  async inspectionCases(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => CaseStatus, { nullable: true }) status: CaseStatus | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<InspectionCase>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (c) => c.id,
      ({ after: afterKey, take }) =>
        db.getRepository(InspectionCase).find({
          where: { countyCode, id: MoreThan(afterKey), ...(status ? { status } : {}) },
          order: { id: 'ASC' },
          take,
        }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => County, { description: 'The county bureau handling the case.' })
  county(@Root() kase: InspectionCase, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(kase.countyCode);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Enterprise, { description: 'The enterprise inspected (commerce fills in the rest).' })
  enterprise(@Root() kase: InspectionCase): Enterprise {
    return { creditCode: kase.enterpriseCreditCode };
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => SupervisionReport, { nullable: true, description: 'The supervision report the case was opened on.' })
  report(@Root() kase: InspectionCase, @Ctx() { loaders }: LaborContext): Promise<SupervisionReport | null> | null {
    return kase.reportId === null ? null : loaders.supervisionReportById.load(kase.reportId);
  }
}
