import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FileHardshipCause, FileTier } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';

/** Files in the files on a day, counted by one of their tier or main cause. */
export interface FilesOnDayRow {
  tier: FileTier | null;
  cause: FileHardshipCause | null;
  files: number;
  members: number;
}

/** Files closed, and follow-ups that found a relapse, between two days (inclusive). */
export interface FileExitsInPeriod {
  closed: number;
  relapsed: number;
}

/** The statements of the files report: two, whatever the number of files. */
@Injectable()
export class FilesReportQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The files in scope that were in the files (在档) on `on`, grouped once by tier and once by
   * main cause (`GROUPING SETS`: one pass over the files). In the files on a day: approved
   * (`active_since`) by then, and either still active or closed only after that day — a file
   * closed on the day itself has left by its end. `members` counts the household as the file
   * records it now: a review or an exit after `on` has replaced the household and the tier of
   * that day, which no table keeps.
   */
  onDay(scope: ListScope, on: string): Promise<FilesOnDayRow[]> {
    const parameters: unknown[] = [on];
    const inScope = scope.condition('f.unit_id', (value) => `$${parameters.push(value)}`);
    // Tier and main cause are never null in a row of the table: a null marks the other set.
    return this.dataSource.query<FilesOnDayRow[]>(
      `SELECT f.tier, f.main_cause AS cause, count(*)::int AS files,
              sum(jsonb_array_length(f.members))::int AS members
       FROM hardship_file f
       WHERE ${inScope}
         AND f.active_since <= $1::date
         AND (f.status = 'active' OR (f.status = 'closed' AND f.closed_on > $1::date))
       GROUP BY GROUPING SETS ((f.tier), (f.main_cause))`,
      parameters,
    );
  }

  /** Exits (`closed_on`) and relapses found by a follow-up (`done_on`) from `from` to `to`. */
  async exits(scope: ListScope, from: string, to: string): Promise<FileExitsInPeriod> {
    const parameters: unknown[] = [from, to];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    const [row] = await this.dataSource.query<FileExitsInPeriod[]>(
      `SELECT
         (SELECT count(*)::int FROM hardship_file f
          WHERE ${scope.condition('f.unit_id', bind)} AND f.status = 'closed'
            AND f.closed_on BETWEEN $1::date AND $2::date) AS closed,
         (SELECT count(*)::int FROM file_follow_up v JOIN hardship_file f ON f.id = v.file_id
          WHERE ${scope.condition('f.unit_id', bind)} AND v.relapsed
            AND v.done_on BETWEEN $1::date AND $2::date) AS relapsed`,
      parameters,
    );
    return row ?? { closed: 0, relapsed: 0 };
  }
}
