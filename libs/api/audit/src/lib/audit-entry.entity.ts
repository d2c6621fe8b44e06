import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the audit trail (操作日志). Append-only: a database trigger refuses
 * UPDATE, DELETE and TRUNCATE, so not even a bug can rewrite history.
 */
@Entity('audit_entry')
@Index('audit_entry_entity_idx', ['entityType', 'entityId', 'id'])
@Index('audit_entry_actor_idx', ['actorId', 'id'])
@Index('audit_entry_at_idx', ['at'])
@Index('audit_entry_unit_idx', ['unitId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null for actions of nobody known, such as a failed login with an unknown name. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The unit the action happened in (the record's unit, or the actor's): scopes who may read the line. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail!: Record<string, unknown>;
}
