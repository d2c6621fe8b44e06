export * from './lib/user.entity';
export * from './lib/passwords';
export * from './lib/user.mapper';
export * from './lib/users.service';
export * from './lib/users.module';
