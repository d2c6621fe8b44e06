import { Foundation1795542846828 } from './1795542846828-foundation';
import { WorkersAndCases1795545887953 } from './1795545887953-workers-and-cases';
import { FundsAndDisbursements1795546598809 } from './1795546598809-funds-and-disbursements';
import { ReportRollup1795552509382 } from './1795552509382-report-rollup';
import { RefreshSessions1795556309584 } from './1795556309584-refresh-sessions';
import { EncryptSensitiveFields1795563184815 } from './1795563184815-encrypt-sensitive-fields';
import { LocalStandards1795570000000 } from './1795570000000-local-standards';
import { HardshipFiles1795580000000 } from './1795580000000-hardship-files';
import { FileExits1795590000000 } from './1795590000000-file-exits';
import { Documents1795600000000 } from './1795600000000-documents';
import { WorkerImports1795610000000 } from './1795610000000-worker-imports';
import { ApprovalByLevel1795620000000 } from './1795620000000-approval-by-level';
import { InboxIndexes1795630000002 } from './1795630000002-inbox-indexes';
import { Campaigns1795640000000 } from './1795640000000-campaigns';
import { CampaignLineObjections1795650000000 } from './1795650000000-campaign-line-objections';
import { CampaignLineAmounts1795650500000 } from './1795650500000-campaign-line-amounts';

// Migrations in the order they run; a migration is never edited after it lands.
export const MIGRATIONS = [
  Foundation1795542846828,
  WorkersAndCases1795545887953,
  FundsAndDisbursements1795546598809,
  ReportRollup1795552509382,
  RefreshSessions1795556309584,
  EncryptSensitiveFields1795563184815,
  LocalStandards1795570000000,
  HardshipFiles1795580000000,
  FileExits1795590000000,
  Documents1795600000000,
  WorkerImports1795610000000,
  ApprovalByLevel1795620000000,
  InboxIndexes1795630000002,
  Campaigns1795640000000,
  CampaignLineObjections1795650000000,
  CampaignLineAmounts1795650500000,
];
