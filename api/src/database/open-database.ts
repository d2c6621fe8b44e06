import { type AppConfig, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@worker-aid/api/core';

const EMBEDDED_DATABASE = 'worker_aid';

export interface OpenDatabase {
  url: string;
  /** Stops the embedded server, if one was started. */
  close(): Promise<void>;
}

/** DATABASE_URL's database, or else an embedded PostgreSQL with its data in DATA_DIR. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
): Promise<OpenDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const embedded = await startEmbeddedPostgres(config.dataDir, { persistent: true });
  try {
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE), close: () => embedded.stop() };
}
