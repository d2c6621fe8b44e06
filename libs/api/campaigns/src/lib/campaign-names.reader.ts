import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface CampaignName {
  name: string;
  year: number;
}

/**
 * The campaigns' names, for reports (a row per campaign) and for ledger rows (the payments list),
 * without the campaign endpoints' dependencies.
 */
@Injectable()
export class CampaignNamesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async namesOf(ids: readonly string[], manager?: EntityManager): Promise<Map<string, CampaignName>> {
    if (ids.length === 0) return new Map();
    const rows = await (manager ?? this.dataSource.manager).query<(CampaignName & { id: string })[]>(
      `SELECT id, name, year FROM campaign WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { name: row.name, year: row.year }]));
  }
}
