import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { CurrentUserView, LoginResponse } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal, Public } from '@worker-aid/api/core';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiUnauthorizedResponse({ description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'too many failed attempts; see Retry-After' })
  login(@Body() dto: LoginDto, @Req() request: Request): Promise<LoginResponse> {
    return this.auth.login(dto.username, dto.password, request.ip ?? 'unknown');
  }

  /** Signs out everywhere: every token of the user stops working. */
  @Post('logout')
  @Authorize('signed-in')
  @HttpCode(204)
  logout(@CurrentUser() principal: Principal): Promise<void> {
    return this.auth.logout(principal);
  }

  @Get('me')
  @Authorize('signed-in')
  me(@CurrentUser() principal: Principal): Promise<CurrentUserView> {
    return this.auth.me(principal);
  }
}
