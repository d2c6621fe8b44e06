import { ApprovalPolicyRow } from '@worker-aid/api/approvals';
import {
  BankLayoutRow,
  Campaign,
  CampaignBatch,
  CampaignBatchLine,
  CampaignLine,
} from '@worker-aid/api/campaigns';
import { AuditEntry } from '@worker-aid/api/audit';
import { RefreshSession } from '@worker-aid/api/auth';
import { AidCase, CaseEvent, CaseNumberCounter } from '@worker-aid/api/cases';
import { IdempotencyRecord } from '@worker-aid/api/core';
import { FileEvent, FileFollowUpVisit, FileNumberCounter, HardshipFile } from '@worker-aid/api/files';
import { Document, DocumentChunk } from '@worker-aid/api/documents';
import { WorkerImport, WorkerImportRow } from '@worker-aid/api/imports';
import { Disbursement, DisbursementRollup, Fund, FundAllocation } from '@worker-aid/api/funds';
import { LocalStandard } from '@worker-aid/api/standards';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';
import { Worker } from '@worker-aid/api/workers';

/** Every entity of the API; the schema itself comes only from `migrations/`. */
export const ENTITIES = [
  Unit,
  User,
  RefreshSession,
  AuditEntry,
  Worker,
  AidCase,
  CaseEvent,
  CaseNumberCounter,
  Fund,
  FundAllocation,
  Disbursement,
  DisbursementRollup,
  IdempotencyRecord,
  LocalStandard,
  HardshipFile,
  FileEvent,
  FileNumberCounter,
  FileFollowUpVisit,
  Document,
  DocumentChunk,
  WorkerImport,
  WorkerImportRow,
  ApprovalPolicyRow,
  Campaign,
  CampaignLine,
  CampaignBatch,
  CampaignBatchLine,
  BankLayoutRow,
];
