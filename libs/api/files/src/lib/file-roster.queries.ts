import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HardshipFile } from './hardship-file.entity';

/** A child of a file's household, as a roster that pays for children (school aid) needs it. */
export interface FileChild {
  name: string;
  birthYear: number;
}

/**
 * What the files feature tells a feature that builds a roster from files' households: the
 * children of each file, the members' encrypted names decrypted here.
 */
@Injectable()
export class FileRosterQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The members whose relation is `child`, by file id. */
  async childrenOf(fileIds: readonly string[]): Promise<Map<string, FileChild[]>> {
    if (fileIds.length === 0) return new Map();
    const files = await this.dataSource
      .getRepository(HardshipFile)
      .createQueryBuilder('f')
      .select(['f.id', 'f.members'])
      .where('f.id = ANY(:ids)', { ids: [...new Set(fileIds)] })
      .getMany();
    return new Map(
      files.map((file) => [
        file.id,
        file.members
          .filter((member) => member.relation === 'child')
          .map((member) => ({ name: member.name, birthYear: member.birthYear })),
      ]),
    );
  }
}
