import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@worker-aid/api/users';

/**
 * A signed-in browser: the refresh cookie names this row and carries a secret whose SHA-256
 * is kept here, replaced at every refresh. It ends when idle too long, at its absolute limit,
 * on logout, or when the user's token version moves on (disabled, new role or password).
 */
@Entity('refresh_session')
@Index('refresh_session_user_idx', ['userId'])
export class RefreshSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'refresh_session_user_fkey' })
  user?: User;

  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash!: string;

  /** The user's token version when the session began. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
