import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@worker-aid/api/users';
import { HardshipFile } from './hardship-file.entity';

/** A follow-up visit due after a file's exit (+3, +6, +12 months); done once visited. */
@Entity('file_follow_up')
@Index('file_follow_up_file_idx', ['fileId', 'dueOn'])
@Index('file_follow_up_open_due_idx', ['dueOn'], { where: '"done_on" IS NULL' })
@Check(
  'file_follow_up_done_check',
  `("done_on" IS NULL) = ("relapsed" IS NULL) AND ("done_on" IS NULL) = ("visited_by" IS NULL)`,
)
export class FileFollowUpVisit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => HardshipFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'file_follow_up_file_fkey' })
  file?: HardshipFile;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'boolean', nullable: true })
  relapsed!: boolean | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'visited_by', type: 'uuid', nullable: true })
  visitedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visited_by', foreignKeyConstraintName: 'file_follow_up_visited_by_fkey' })
  visitor?: User;

  @Column({ name: 'reopened_file_id', type: 'uuid', nullable: true })
  reopenedFileId!: string | null;

  @ManyToOne(() => HardshipFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reopened_file_id', foreignKeyConstraintName: 'file_follow_up_reopened_file_fkey' })
  reopenedFile?: HardshipFile;
}
