import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { LoginResponse } from '@worker-aid/shared/domain';
import { AuthService, authInterceptor, LOGIN_URL } from '@worker-aid/web/core';
import { componentTestProviders, settle, translocoTesting } from '@worker-aid/web/core/testing';
import { LoginPage } from './login-page';

/** The strings this page shows, as in web/public/i18n/zh-CN.json. */
const zh = {
  app: { name: '困难职工帮扶系统', organisation: '市总工会 · 困难职工帮扶中心' },
  language: { choose: '切换语言' },
  login: {
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
    submit: '登录',
    signingIn: '正在登录…',
    badCredentials: '用户名或密码错误',
    tooManyAttempts: '登录失败次数过多，请 {{seconds}} 秒后再试',
    footer: '仅限授权工作人员使用',
  },
  errors: { server: '服务器出错，请稍后再试' },
};

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [LoginPage, translocoTesting(zh)],
      providers: [provideHttpClient(withInterceptors([authInterceptor])), ...componentTestProviders()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function byTestId<T extends HTMLElement>(id: string): T {
    const element = page.querySelector<T>(`[data-testid="${id}"]`);
    if (!element) throw new Error(`no element with data-testid="${id}"`);
    return element;
  }

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(username: string, password: string): Promise<void> {
    type('login-username', username);
    type('login-password', password);
    byTestId<HTMLButtonElement>('login-submit').click();
    await settle(fixture);
  }

  it('shows the product name in Chinese and the language switch', () => {
    expect(byTestId('login-title').textContent).toContain('困难职工帮扶系统');
    expect(byTestId('language-switch')).toBeTruthy();
  });

  it('asks for both fields before sending anything', async () => {
    byTestId<HTMLButtonElement>('login-submit').click();
    await fixture.whenStable();
    http.expectNone(LOGIN_URL);
    expect(page.textContent).toContain('请输入用户名');
    expect(page.textContent).toContain('请输入密码');
  });

  it('shows 用户名或密码错误 on a 401 and clears the password', async () => {
    await submit('zhang.san', 'wrong password');
    const request = http.expectOne(LOGIN_URL);
    expect(request.request.body).toEqual({ username: 'zhang.san', password: 'wrong password' });
    request.flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        code: 'auth.bad_credentials',
        message: 'wrong username or password',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(fixture);
    expect(byTestId('login-error').textContent).toContain('用户名或密码错误');
    expect(byTestId<HTMLInputElement>('login-password').value).toBe('');
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
  });

  it('on a 429 says how long to wait (Retry-After) and blocks the button', async () => {
    // Only the countdown's interval is faked; Angular schedules rendering with setTimeout and rAF.
    jest.useFakeTimers({
      doNotFake: [
        'Date',
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      await submit('zhang.san', 'guess number six');
      http.expectOne(LOGIN_URL).flush(
        {
          statusCode: 429,
          error: 'Too Many Requests',
          code: 'auth.throttled',
          message: 'too many failed logins: try again in 30 s',
        },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '30' } },
      );
      await settle(fixture);
      expect(byTestId('login-error').textContent).toContain('请 30 秒后再试');
      expect(byTestId<HTMLButtonElement>('login-submit').disabled).toBe(true);

      jest.advanceTimersByTime(5000);
      await settle(fixture);
      expect(byTestId('login-error').textContent).toContain('请 25 秒后再试');

      jest.advanceTimersByTime(25000);
      await settle(fixture);
      expect(page.querySelector('[data-testid="login-error"]')).toBeNull();
      expect(byTestId<HTMLButtonElement>('login-submit').disabled).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it('signs in and goes home', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await submit('admin', 'correct horse battery');
    http.expectOne(LOGIN_URL).flush({
      accessToken: 't',
      expiresIn: 900,
      user: { id: 'u1', username: 'admin', displayName: '王管理', role: 'admin', unitId: 'c1' },
    } satisfies LoginResponse);
    await settle(fixture);
    expect(TestBed.inject(AuthService).currentUser()?.displayName).toBe('王管理');
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
