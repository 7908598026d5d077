import { ObjectType } from 'type-graphql';
import { connectionType } from '../../../../shared/pagination';
import { InspectionCase } from './inspection-case.entity';
import { SupervisionReport } from './supervision-report.entity';

@ObjectType({ description: 'A page of inspection cases, by id.' })
export class InspectionCaseConnection extends connectionType(InspectionCase, 'InspectionCase') {}

@ObjectType({ description: 'A page of supervision reports, by id.' })
export class SupervisionReportConnection extends connectionType(SupervisionReport, 'SupervisionReport') {}
