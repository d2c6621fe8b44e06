import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FileStatus } from '@worker-aid/shared/domain';

/** One step in a file's history (append-only): creation, an edit, or a transition. */
@Entity('file_event')
@Index('file_event_file_idx', ['fileId', 'id'])
export class FileEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: FileStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: FileStatus;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** What the step recorded besides its comment (an approval step's level and amount, an objection's channel). */
  @Column({ type: 'jsonb', nullable: true })
  detail!: Record<string, unknown> | null;
}
