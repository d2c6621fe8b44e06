import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUserView, LoginResponse } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal, Public, apiError } from '@worker-aid/api/core';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';
import { assertSameOrigin, clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiUnauthorizedResponse({ description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'too many failed attempts; see Retry-After' })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const signedIn = await this.auth.login(dto.username, dto.password, request.ip);
    setRefreshCookie(reply, signedIn.refreshToken);
    return signedIn.response;
  }

  /**
   * A new access token for the browser's refresh cookie (httpOnly), which is rotated. The web
   * app keeps access tokens in memory only and calls this on start and when one expires.
   */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiUnauthorizedResponse({ description: 'no cookie, or the session has ended' })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    assertSameOrigin(request);
    const token = refreshCookieOf(request);
    if (!token) throw apiError('auth.session_ended', 'no session to refresh; please sign in');
    try {
      const refreshed = await this.auth.refresh(token);
      setRefreshCookie(reply, refreshed.refreshToken);
      return refreshed.response;
    } catch (error) {
      clearRefreshCookie(reply);
      throw error;
    }
  }

  /** Signs out everywhere: every access token and refresh session of the user stops working. */
  @Post('logout')
  @Authorize('signed-in')
  @HttpCode(204)
  async logout(
    @CurrentUser() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(principal);
    clearRefreshCookie(reply);
  }

  @Get('me')
  @Authorize('signed-in')
  me(@CurrentUser() principal: Principal): Promise<CurrentUserView> {
    return this.auth.me(principal);
  }
}
