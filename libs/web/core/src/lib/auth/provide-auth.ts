import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth.service';

/** Restores the session kept in this tab before the first navigation. */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(AuthService).restore())]);
}
