import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { UNIT_LEVELS, type UnitLevel } from '@worker-aid/shared/domain';
import { sqlIn } from '@worker-aid/api/core';

/** An organisational unit of the three-tier assistance platform (三级帮扶平台). */
@Entity('unit')
@Unique('unit_code_key', ['code'])
@Check('unit_level_check', sqlIn('level', UNIT_LEVELS))
@Check('unit_parent_check', `("level" = 'center') = ("parent_id" IS NULL)`)
// Written by hand in the migration, which entity sync cannot express: a text_pattern_ops index
// for `path LIKE 'prefix%'`, and a unique index that allows one center only.
@Index('unit_path_idx', { synchronize: false })
@Index('unit_single_center_idx', { synchronize: false })
export class Unit {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: UnitLevel;

  @Index('unit_parent_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'unit_parent_fkey' })
  parent?: Unit;

  /** `/<center id>/…/<own id>/`: what the access funnel scopes by (`UnitQueries.subtreeCondition`). */
  @Column({ type: 'text' })
  path!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
