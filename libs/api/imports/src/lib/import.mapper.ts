import type { ImportSummary } from '@worker-aid/shared/domain';
import type { WorkerImport } from './worker-import.entity';

export function toImportSummary(entity: WorkerImport, creatorName: string): ImportSummary {
  return {
    id: entity.id,
    kind: entity.kind,
    status: entity.status,
    fileName: entity.fileName,
    total: entity.total,
    processed: entity.processed,
    valid: entity.valid,
    invalid: entity.invalid,
    duplicates: entity.duplicates,
    imported: entity.imported,
    failure: entity.failure,
    unitId: entity.unitId,
    createdBy: { id: entity.createdBy, displayName: creatorName },
    createdAt: entity.createdAt.toISOString(),
    validatedAt: entity.validatedAt?.toISOString() ?? null,
    finishedAt: entity.finishedAt?.toISOString() ?? null,
  };
}
