import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ModuleWithProviders, type Provider, signal, type Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { type Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { can, type CurrentUserView, type Permission } from '@worker-aid/shared/domain';
import { AuthService } from './lib/auth/auth.service';

export * from './lib/testing/fixtures';

/*
 * What component tests of the web libraries share (`@worker-aid/web/core/testing`). A path of its
 * own, never exported by the library's index, so nothing of it reaches the app's bundles.
 */

/** Transloco in zh-CN with only the texts a test reads; any other key shows as itself, quietly. */
export function translocoTesting(zhCN: Translation = {}): ModuleWithProviders<TranslocoTestingModule> {
  return TranslocoTestingModule.forRoot({
    langs: { 'zh-CN': zhCN },
    translocoConfig: {
      availableLangs: ['zh-CN'],
      defaultLang: 'zh-CN',
      missingHandler: { logMissingKey: false },
    },
    preloadLangs: true,
  });
}

/**
 * What a component under test needs around it: HTTP to the testing backend, a router, and
 * Material without animations (dialogs close at once instead of waiting for an animation jsdom
 * never plays).
 */
export function componentTestProviders(): Provider[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideRouter([]),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** `user` signed in, with their role's permissions from the shared matrix. */
export function signedInAs(user: CurrentUserView): Provider {
  return {
    provide: AuthService,
    useValue: {
      currentUser: signal(user),
      isSignedIn: () => true,
      can: (permission: Permission) => can(user.role, permission),
    },
  };
}

/** Lets the promise chain of a flushed request run, then renders. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await fixture.whenStable();
}

/** What `renderComponent` sets up around the component. */
export interface RenderOptions {
  /** The zh-CN texts the test reads (see `translocoTesting`). */
  texts?: Translation;
  /** Who is signed in (see `signedInAs`); nobody when left out. */
  user?: CurrentUserView;
  /** More providers, after the usual ones (`MAT_DIALOG_DATA`, a `LanguageService` stand-in…). */
  providers?: Provider[];
}

export interface Rendered<T> {
  fixture: ComponentFixture<T>;
  http: HttpTestingController;
  element: HTMLElement;
}

/**
 * The usual TestBed of a component test: the component with Transloco and
 * `componentTestProviders()`, signed in as `user`; then the component, created but not yet
 * rendered (set its inputs, then `await fixture.whenStable()`).
 */
export async function renderComponent<T>(
  component: Type<T>,
  { texts, user, providers = [] }: RenderOptions = {},
): Promise<Rendered<T>> {
  await TestBed.configureTestingModule({
    imports: [component, translocoTesting(texts)],
    providers: [...componentTestProviders(), ...(user ? [signedInAs(user)] : []), ...providers],
  }).compileComponents();
  const fixture = TestBed.createComponent(component);
  return {
    fixture,
    http: TestBed.inject(HttpTestingController),
    element: fixture.nativeElement as HTMLElement,
  };
}

/** The element of `testId` under `root`; throws when there is none. */
export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, testId: string): T {
  const found = root.querySelector<T>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no ${testId}`);
  return found;
}

/** Types `text` into the input of `testId` as a user does (input, then blur), then settles. */
export async function typeInto(
  fixture: ComponentFixture<unknown>,
  testId: string,
  text: string,
): Promise<void> {
  const field = byTestId<HTMLInputElement>(fixture.nativeElement as HTMLElement, testId);
  field.value = text;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
  await settle(fixture);
}
