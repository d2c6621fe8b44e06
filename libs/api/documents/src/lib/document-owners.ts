import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DocumentOwner } from '@worker-aid/shared/domain';
import { Access, type Principal } from '@worker-aid/api/core';
import { CASE } from '@worker-aid/api/cases';
import { FILE } from '@worker-aid/api/files';
import { WorkersService } from '@worker-aid/api/workers';
import { OWNER_TYPE_OF, type OwnerType } from './owner-type';

/** The record a document is attached to, as far as documents need to know it. */
export interface OwnerRecord {
  type: OwnerType;
  id: string;
  unitId: string;
}

/**
 * Finds the worker, file or case a request names, through its own feature's scope rule: 404
 * `worker.not_found`, `file.not_found` or `case.not_found` outside the caller's subtree, as
 * those features answer.
 */
@Injectable()
export class DocumentOwners {
  constructor(
    private readonly access: Access,
    private readonly workers: WorkersService,
  ) {}

  async require(
    principal: Principal,
    owner: DocumentOwner,
    id: string,
    manager?: EntityManager,
  ): Promise<OwnerRecord> {
    const type = OWNER_TYPE_OF[owner];
    switch (owner) {
      case 'workers':
        return { type, id, unitId: (await this.workers.findInScope(principal, id, manager)).unitId };
      case 'files':
        return { type, id, unitId: (await this.access.require(FILE, principal, id, { manager })).unitId };
      case 'cases':
        return { type, id, unitId: (await this.access.require(CASE, principal, id, { manager })).unitId };
    }
  }
}
