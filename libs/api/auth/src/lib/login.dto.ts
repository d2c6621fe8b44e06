import { IsString, Length } from 'class-validator';
import type { LoginRequest } from '@worker-aid/shared/domain';

export class LoginDto implements LoginRequest {
  @IsString()
  @Length(1, 64)
  username!: string;

  @IsString()
  @Length(1, 256)
  password!: string;
}
