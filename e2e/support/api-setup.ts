import { APIRequestContext, expect } from '@playwright/test';
import type { LoginResponse, Role, UnitLevel, UnitView } from '@worker-aid/shared/domain';
import { E2E_ADMIN_PASSWORD } from './e2e-env';

/** Prepares what a flow needs through the API itself, as the admin would. */
export class ApiSetup {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static asAdmin(request: APIRequestContext): Promise<ApiSetup> {
    return ApiSetup.as(request, 'admin', E2E_ADMIN_PASSWORD);
  }

  static async as(request: APIRequestContext, username: string, password: string): Promise<ApiSetup> {
    const response = await request.post('/api/auth/login', { data: { username, password } });
    expect(response.status()).toBe(200);
    return new ApiSetup(request, ((await response.json()) as LoginResponse).accessToken);
  }

  /** A POST that must answer `status`; returns the body. `headers` are sent besides the token. */
  async post<T>(path: string, data: object, status = 201, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.request.post(path, { headers: { ...this.headers(), ...headers }, data });
    expect(response.status(), await response.text()).toBe(status);
    return (await response.json()) as T;
  }

  /** A PUT that must answer 200; returns the body. */
  async put<T>(path: string, data: object): Promise<T> {
    const response = await this.request.put(path, { headers: this.headers(), data });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }

  /** A GET that must answer 200; returns the body. */
  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(path, { headers: this.headers() });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }

  async rootUnit(): Promise<UnitView> {
    const units = (await (
      await this.request.get('/api/units', { headers: this.headers() })
    ).json()) as UnitView[];
    const root = units.find((unit) => unit.level === 'center');
    if (!root) throw new Error('no center');
    return root;
  }

  async unit(parentId: string, level: UnitLevel, code: string, name: string): Promise<UnitView> {
    const response = await this.request.post('/api/units', {
      headers: this.headers(),
      data: { code, name, level, parentId },
    });
    expect(response.status()).toBe(201);
    return (await response.json()) as UnitView;
  }

  async user(
    unitId: string,
    role: Role,
    username: string,
    displayName: string,
    password: string,
  ): Promise<void> {
    const response = await this.request.post('/api/users', {
      headers: this.headers(),
      data: { username, displayName, password, role, unitId },
    });
    expect(response.status()).toBe(201);
  }

  private headers() {
    return { Authorization: `Bearer ${this.token}` };
  }
}
