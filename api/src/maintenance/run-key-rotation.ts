import { DataSource } from 'typeorm';
import { type AppConfig, FieldKeyring, installFieldKeyring } from '@worker-aid/api/core';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabase } from '../database/open-database';
import { rotateEncryptionKeys } from './rotate-keys';

/**
 * `npm run rotate-keys`: with the new data key listed first in DATA_ENCRYPTION_KEYS (the old
 * ones after it), re-encrypts what the old keys protect; afterwards the old keys may go.
 */
export async function runKeyRotation(config: AppConfig): Promise<void> {
  if (!config.encryption) throw new Error('DATA_ENCRYPTION_KEYS and DATA_INDEX_KEY are required');
  const keyring = new FieldKeyring(config.encryption);
  installFieldKeyring(keyring);
  const database = await openDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const result = await rotateEncryptionKeys(dataSource.manager, keyring);
    process.stdout.write(
      `Re-encrypted under key "${keyring.currentKeyId}": ${result.workers} workers, ${result.cases} cases, ${result.files} files, ` +
        `${result.documents} documents and ${result.documentChunks} chunks of their bytes, ` +
        `${result.imports} imports and ${result.importRows} imported rows, ` +
        `${result.campaignLines} campaign lines' children; ` +
        'everything else was current already\n',
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}
