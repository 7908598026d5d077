import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { LaborContext } from '../context';
import { InspectionCase } from './inspection-case.entity';
import { positiveId } from '../../../../shared/validate';
import { CloseInspectionCaseInput, OpenInspectionCaseInput, validateCase } from './inspection.inputs';
import { Access } from '../../../../shared/auth/access';
import { closeInspectionCase, openInspectionCase } from './inspection.service';

@Resolver(() => InspectionCase)
export class InspectionCaseMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => InspectionCase, { description: '劳动监察立案 — open a case against an enterprise, possibly on a supervision report.' })
  openInspectionCase(
    @Arg('input', () => OpenInspectionCaseInput) input: OpenInspectionCaseInput,
    @Ctx() ctx: LaborContext,
  ): Promise<InspectionCase> {
    const valid = validateCase(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'openInspectionCase', entity: 'InspectionCase' },
      (tx) => openInspectionCase(tx, ctx.viewer, valid),
      (c) => [c.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => InspectionCase, { description: '结案 — close an open case with its outcome; a closed case stays closed.' })
  closeInspectionCase(
    @Arg('input', () => CloseInspectionCaseInput) input: CloseInspectionCaseInput,
    @Ctx() ctx: LaborContext,
  ): Promise<InspectionCase> {
    const id = positiveId('input.caseId', input.caseId);
    return auditedWrite(
      ctx,
      { operation: 'closeInspectionCase', entity: 'InspectionCase' },
      (tx) => closeInspectionCase(tx, ctx.viewer, id, input, ctx.today()),
      (c) => [c.id],
    );
  }
}
