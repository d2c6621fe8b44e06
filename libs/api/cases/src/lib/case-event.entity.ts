import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseStatus } from '@worker-aid/shared/domain';

/** One step in a case's history: creation, an edit, or a transition, with who, when and why. */
@Entity('case_event')
@Index('case_event_case_idx', ['caseId', 'id'])
export class CaseEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: CaseStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: CaseStatus;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** What the step recorded besides its comment (an approval step's level and amount, an objection's channel). */
  @Column({ type: 'jsonb', nullable: true })
  detail!: Record<string, unknown> | null;
}
