import { Controller } from '@nestjs/common';

/** `/api/bank-layouts`: the banks' payroll file layouts (admin). */
@Controller('bank-layouts')
export class BankLayoutsController {}
