import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import { Access } from '../../../../shared/auth/access';
import { UpdatedAt } from '../../../../shared/timestamps';

/**
 * 城镇从业人员 — a county's urban labour force for one year, set by the joint office: the
 * base of that year's registered unemployment rate. One row per county and year; setting
 * it again replaces the row (the audit trail keeps the earlier figure).
 */
@ObjectType({ description: "城镇劳动力 — a county's urban labour force for one year, the base of its registered unemployment rate." })
@Entity('urban_labor_force')
export class UrbanLaborForce {
  @Access({ scopes: [] })
  @Field(() => ID, { description: 'GB/T 2260 code of the county.' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: [] })
  @Field(() => Int)
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  year!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Persons in the urban labour force.' })
  @Column({ type: 'int', transformer: intTransformer })
  persons!: number;

  // Who set it and when, for the record; the audit trail is what readers query.
  @Column({ type: 'varchar', length: 100 })
  setBy!: string;

  // Set by the database on insert; a replacement is a new row, so this is when it was last set.
  @UpdatedAt()
  setAt!: Date;
}
