import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Access } from '../../../../shared/auth/access';

/**
 * Labor's side of a county: the root fields and the names are the gateway's reference
 * areas (gateway/src/areas), so reports keep their entry point when labor is down; labor
 * resolves references for its own fields. Code 320800 is the city as a whole.
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: "县（区）— a county or district of Huai'an, keyed by its GB/T 2260 code." })
@Entity('county')
export class County {
  @Access({ scopes: [] })
  @Field(() => ID, { description: 'GB/T 2260 code, e.g. 320803.' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  // Served by the gateway's areas; kept here for labor's own messages.
  @Column({ type: 'varchar', length: 20 })
  name!: string;

  @Access({ scopes: [] })
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40 })
  nameEn!: string;

  // Superseded by urban_labor_force (by year), which the migration backfilled for 2003 from
  // it; read by nothing. The default is the one the migration that added it gave filled tables.
  @Column({ type: 'int', default: 0 })
  urbanLaborForce!: number;
}
