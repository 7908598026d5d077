import { Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Hands out organisation-code serials for new register entries: an auto-increment id is
 * unique under concurrency on both drivers, unlike MAX()+1.
 */
@Entity('register_sequence')
export class RegisterSequence {
  @PrimaryGeneratedColumn()
  id!: number;
}

/** Serials below this belong to records migrated from the 2003 register (and the demo world). */
export const NEW_SERIAL_BASE = 50_000_000;
