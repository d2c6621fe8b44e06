import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A request made with an `Idempotency-Key`, and the answer it got (kept at least 24 hours). */
@Entity('idempotency_record')
@Index('idempotency_record_created_idx', ['createdAt'])
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** SHA-256 of the method, path and body: the same key with another request is a 409. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
