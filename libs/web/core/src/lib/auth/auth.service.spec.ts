import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUserView, LoginResponse } from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';
import { Notifier } from '../notify/notifier';
import { authInterceptor } from './auth.interceptor';
import { AuthService, LOGIN_URL, REFRESH_URL } from './auth.service';
import { TokenStore } from './token-store';

const auditor: CurrentUserView = {
  id: '7f0c2a1e-0000-4000-8000-000000000001',
  username: 'audit.li',
  displayName: '李审计',
  role: 'auditor',
  unitId: '7f0c2a1e-0000-4000-8000-0000000000aa',
};

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;
  let notifier: { info: jest.Mock; failure: jest.Mock };

  beforeEach(() => {
    notifier = { info: jest.fn(), failure: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: Notifier, useValue: notifier },
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function signIn(user: CurrentUserView = auditor): Promise<void> {
    const signingIn = auth.signIn({ username: user.username, password: 'correct horse' });
    const request = http.expectOne(LOGIN_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ accessToken: 'token-1', expiresIn: 900, user } satisfies LoginResponse);
    await signingIn;
  }

  it('is signed out and may do nothing before sign-in', () => {
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.currentUser()).toBeNull();
    expect(auth.can('records:read')).toBe(false);
  });

  it('signs in: keeps the user and the token, and answers can() from the shared matrix', async () => {
    await signIn();
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.currentUser()?.displayName).toBe('李审计');
    expect(TestBed.inject(TokenStore).get()).toBe('token-1');
    expect(auth.can('audit:read')).toBe(true);
    expect(auth.can('reports:read')).toBe(true);
    expect(auth.can('admin:manage')).toBe(false);
    expect(auth.can('records:write')).toBe(false);
  });

  it('sends the token as a bearer header to the API, but not to other URLs', async () => {
    await signIn();
    const client = TestBed.inject(HttpClient);
    void firstValueFrom(client.get('/api/units'));
    void firstValueFrom(client.get('i18n/en.json'));
    expect(http.expectOne('/api/units').request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(http.expectOne('i18n/en.json').request.headers.has('Authorization')).toBe(false);
  });

  it('a wrong password leaves the user signed out', async () => {
    const signingIn = auth.signIn({ username: 'x', password: 'y' });
    http.expectOne(LOGIN_URL).flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        code: 'auth.bad_credentials',
        message: 'wrong username or password',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await expect(signingIn).rejects.toMatchObject({ status: 401 });
    expect(auth.isSignedIn()).toBe(false);
    expect(notifier.info).not.toHaveBeenCalled();
  });

  it('signs out: forgets user and token', async () => {
    await signIn();
    auth.signOut();
    expect(auth.isSignedIn()).toBe(false);
    expect(TestBed.inject(TokenStore).get()).toBeNull();
  });

  it('keeps the token in memory only, never in storage', async () => {
    await signIn();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.getItem('wa.accessToken')).toBeNull();
  });

  const unauthorised = {
    statusCode: 401,
    error: 'Unauthorized',
    code: 'auth.session_ended',
    message: 'the session has ended',
  };
  const status401 = { status: 401, statusText: 'Unauthorized' };

  it('restores the session at start-up from the refresh cookie', async () => {
    const restoring = auth.restore();
    const request = http.expectOne(REFRESH_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ accessToken: 'fresh', expiresIn: 900, user: auditor } satisfies LoginResponse);
    await restoring;
    expect(auth.currentUser()).toEqual(auditor);
    expect(TestBed.inject(TokenStore).get()).toBe('fresh');
  });

  it('stays signed out at start-up when the session has ended', async () => {
    const restoring = auth.restore();
    http.expectOne(REFRESH_URL).flush(unauthorised, status401);
    await restoring;
    expect(auth.isSignedIn()).toBe(false);
    expect(TestBed.inject(TokenStore).get()).toBeNull();
    expect(notifier.info).not.toHaveBeenCalled();
  });

  it('an expired access token is refreshed once and the request sent again', async () => {
    await signIn();
    const request = firstValueFrom(TestBed.inject(HttpClient).get('/api/users'));
    http.expectOne('/api/users').flush(unauthorised, status401);
    http
      .expectOne(REFRESH_URL)
      .flush({ accessToken: 'token-2', expiresIn: 900, user: auditor } satisfies LoginResponse);
    await new Promise((resolve) => setTimeout(resolve));
    const retried = http.expectOne('/api/users');
    expect(retried.request.headers.get('Authorization')).toBe('Bearer token-2');
    retried.flush([]);
    await expect(request).resolves.toEqual([]);
    expect(auth.isSignedIn()).toBe(true);
  });

  it('requests that expire together share one refresh', async () => {
    await signIn();
    const client = TestBed.inject(HttpClient);
    const a = firstValueFrom(client.get('/api/units'));
    const b = firstValueFrom(client.get('/api/funds'));
    http.expectOne('/api/units').flush(unauthorised, status401);
    http.expectOne('/api/funds').flush(unauthorised, status401);
    http
      .expectOne(REFRESH_URL)
      .flush({ accessToken: 'token-2', expiresIn: 900, user: auditor } satisfies LoginResponse);
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/units').flush([]);
    http.expectOne('/api/funds').flush([]);
    await expect(Promise.all([a, b])).resolves.toEqual([[], []]);
  });

  it('a 401 the refresh cannot cure ends the session and goes to the login page', async () => {
    await signIn();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const request = firstValueFrom(TestBed.inject(HttpClient).get('/api/users'));
    http.expectOne('/api/users').flush(unauthorised, status401);
    http.expectOne(REFRESH_URL).flush(unauthorised, status401);
    await expect(request).rejects.toMatchObject({ status: 401 });
    expect(auth.isSignedIn()).toBe(false);
    expect(notifier.info).toHaveBeenCalledWith('auth.sessionEnded');
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });
});
