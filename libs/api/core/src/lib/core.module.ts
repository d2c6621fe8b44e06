import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { PrincipalCache } from './auth/principal-cache';

/** Makes the typed configuration (`@Inject(APP_CONFIG)`) and the principal cache injectable everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, PrincipalCache],
      exports: [APP_CONFIG, PrincipalCache],
    };
  }
}
