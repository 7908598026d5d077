import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A dated duty of the notice, with who answers for it and whether it was done. */
@Entity('office_duty')
@Index('UQ_duty', ['code', 'department', 'countyCode'], { unique: true })
export class DutyRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  department!: string;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 100 })
  answerer!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  trackedBy!: string | null;

  @Column({ type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  doneBy!: string | null;
}
