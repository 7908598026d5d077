import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data: any authenticated caller may read counties. */
@Authorized()
@Directive('@key(fields: "code")')
@ObjectType({ description: '县（区）— a county or district of Huai\'an, keyed by its GB/T 2260 code.' })
@Entity('county')
export class County {
  @Field(() => ID, { description: 'GB/T 2260 code, e.g. 320803.' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Chinese name, e.g. 楚州区.' })
  @Column({ type: 'varchar', length: 20 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40 })
  nameEn!: string;

  @Field(() => Int, { nullable: true, description: '城镇劳动力 — urban labour force, the base of the registered unemployment rate.' })
  @Column({ type: 'int' })
  urbanLaborForce!: number;
}
