export * from './lib/auth.module';
export * from './lib/login-throttle';
export * from './lib/auth.service';
export * from './lib/refresh-session.entity';
