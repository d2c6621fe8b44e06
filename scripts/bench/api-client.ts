import type { LoginResponse } from '@worker-aid/shared/domain';
import { BENCH_PASSWORD } from './seed-shape';

/** Plain fetch calls to the API as a bench or load-test user: logins, and pages read outside the measurements. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async login(username: string): Promise<string> {
    const response = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: BENCH_PASSWORD }),
    });
    if (response.status !== 200)
      throw new Error(`login ${username}: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as LoginResponse).accessToken;
  }

  async get<T>(path: string, token: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200)
      throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
