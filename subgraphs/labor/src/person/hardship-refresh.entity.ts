import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

/**
 * How far the stored hardship flags have been brought forward with the calendar: one row
 * (id 1), inserted by its migration, locked by each ageing refresh so that two runs never
 * cover the same days at once. Null until the first run, which covers the whole registry.
 */
@Entity('hardship_refresh')
export class HardshipRefresh {
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  id!: number;

  /** The business date the flags were last recomputed as of, for everyone who aged up to it. */
  @Column({ type: 'date', nullable: true })
  refreshedOn!: string | null;
}
