import { Injectable } from '@nestjs/common';
import { FILE_HARDSHIP_CAUSES, FILE_TIERS, type FilesReport, type FileTier } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { FilesReportQueries } from './files-report.queries';

/** The tiers a filed household can be in: `none` is no tier, only a draft's verdict. */
export const REPORTED_FILE_TIERS = FILE_TIERS.filter(
  (tier): tier is Exclude<FileTier, 'none'> => tier !== 'none',
);

/**
 * What the files feature tells the reports about its files (`GET /api/reports/files`): the files
 * on a day in a scope the caller has already been checked for, every tier and cause listed (zeros
 * included, in the shared lists' order), and the exits and relapses of that day's year up to it.
 */
@Injectable()
export class FilesReportReader {
  constructor(private readonly queries: FilesReportQueries) {}

  async report(scope: ListScope, on: string): Promise<FilesReport> {
    const [rows, exits] = await Promise.all([
      this.queries.onDay(scope, on),
      this.queries.exits(scope, `${on.slice(0, 4)}-01-01`, on),
    ]);
    const tierRows = rows.filter((row) => row.tier !== null);
    const tier = (name: FileTier) => tierRows.find((row) => row.tier === name);
    const cause = (name: string) => rows.find((row) => row.cause === name);
    return {
      active: tierRows.reduce((sum, row) => sum + row.files, 0),
      members: tierRows.reduce((sum, row) => sum + row.members, 0),
      byTier: REPORTED_FILE_TIERS.map((name) => ({
        tier: name,
        files: tier(name)?.files ?? 0,
        members: tier(name)?.members ?? 0,
      })),
      byCause: FILE_HARDSHIP_CAUSES.map((name) => ({ cause: name, files: cause(name)?.files ?? 0 })),
      closedThisYear: exits.closed,
      relapsedThisYear: exits.relapsed,
    };
  }
}
