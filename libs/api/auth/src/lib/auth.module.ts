import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@worker-aid/api/core';
import { AuditModule } from '@worker-aid/api/audit';
import { UsersModule } from '@worker-aid/api/users';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { RefreshSession } from './refresh-session.entity';
import { RefreshSessionQueries } from './refresh-session.queries';
import { RefreshSessions } from './refresh-sessions';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshSession]),
    AuditModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // One key object made once: given the secret as a string, jsonwebtoken first tries to
        // read it as a public key on every sign and verify (an exception each time).
        const key = createSecretKey(Buffer.from(config.jwt.secret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: {
            algorithm: 'HS256',
            expiresIn: config.jwt.ttlSeconds,
            issuer: config.jwt.issuer,
            audience: config.jwt.audience,
          },
          // A fixed algorithm: tokens signed any other way (or `none`) are refused.
          verifyOptions: { algorithms: ['HS256'], issuer: config.jwt.issuer, audience: config.jwt.audience },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottle,
    RefreshSessions,
    RefreshSessionQueries,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
