import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Page, UserView } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Authorize('admin:manage')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentUser() principal: Principal, @Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.list(principal, query);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'no such user in the caller’s subtree' })
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<UserView> {
    return this.users.get(principal, id);
  }

  @Post()
  @ApiConflictResponse({ description: 'the username is taken' })
  create(@CurrentUser() principal: Principal, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(principal, dto);
  }

  @Patch(':id')
  @ApiNotFoundResponse({ description: 'no such user in the caller’s subtree' })
  update(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(principal, id, dto);
  }
}
