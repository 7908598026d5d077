import { ObjectType } from 'type-graphql';
import { connectionType } from '../../../../shared/pagination';
import { Enterprise } from './enterprise.entity';

@ObjectType({ description: 'A page of register entries, ordered by credit code.' })
export class EnterpriseConnection extends connectionType(Enterprise, 'Enterprise') {}
