import { ObjectType } from 'type-graphql';
import { connectionType } from '../../../../shared/pagination';
import { Person } from './person.entity';

@ObjectType({ description: 'A page of persons, ordered by id.' })
export class PersonConnection extends connectionType(Person, 'Person') {}
