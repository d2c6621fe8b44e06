export * from './lib/entities/campaign.entity';
export * from './lib/entities/campaign-line.entity';
export * from './lib/entities/campaign-batch.entity';
export * from './lib/entities/campaign-batch-line.entity';
export * from './lib/entities/bank-layout.entity';
export * from './lib/campaigns.service';
export * from './lib/batches.service';
export * from './lib/campaigns.module';
