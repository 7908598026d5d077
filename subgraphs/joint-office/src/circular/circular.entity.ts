import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import type { CircularSnapshot } from './snapshot';

/** 通报 — one published version of a month's circular, frozen as data. */
@Entity('office_circular')
@Index('UQ_circular_month_version', ['year', 'month', 'version'], { unique: true })
export class CircularRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  year!: number;

  @Column({ type: 'int', transformer: intTransformer })
  month!: number;

  @Column({ type: 'int', transformer: intTransformer })
  version!: number;

  /** The business date it was published on (what "late" was judged against). */
  @Column({ type: 'date' })
  businessDate!: string;

  @Column({ type: 'varchar', length: 100 })
  publishedBy!: string;

  @CreateDateColumn()
  publishedAt!: Date;

  @Column({ type: 'simple-json' })
  snapshot!: CircularSnapshot;
}
