import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type ModuleWithProviders, type Provider, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { type Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { can, type CurrentUserView, type Permission } from '@worker-aid/shared/domain';
import { AuthService } from './lib/auth/auth.service';

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
