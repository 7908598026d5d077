import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';

/**
 * The history of a register entry's employee count (从业人员), one row per reported
 * change. `Enterprise.employeeCount` is the latest; the statistics read the count as of a
 * period's end from here, so a later update never rewrites an earlier month's report.
 */
@Entity('employee_count')
@Index('IDX_employee_count_enterprise', ['creditCode', 'effectiveOn'])
export class EmployeeCount {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 18 })
  creditCode!: string;

  /** From this day the entry has `employeeCount` employees. */
  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'int', transformer: intTransformer })
  employeeCount!: number;

  @CreatedAt()
  createdAt!: Date;
}
