/**
 * This process's environment without the ts-node settings run.cjs put there for the load test
 * itself: they would point the build and the servers at scripts/loadtest/tsconfig.json.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of Object.keys(env)) if (name.startsWith('TS_NODE_')) delete env[name];
  return env;
}
