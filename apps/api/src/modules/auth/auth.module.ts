import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectorHostModule } from '../connectors/connector-host.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { LoginLockouts } from './login-lockout';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionCookies } from './session-cookies';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity]), ConnectorHostModule],
  controllers: [AuthController, ApiKeysController],
  providers: [
    AuthService,
    LoginRateLimiter,
    LoginLockouts,
    PasswordService,
    ApiKeysService,
    SessionCookies,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
