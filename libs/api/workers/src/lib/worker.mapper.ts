import { ageOn, maskBankAccount, maskIdentityNumber, type WorkerView } from '@worker-aid/shared/domain';
import type { Worker } from './worker.entity';

export function toWorkerView(worker: Worker, today = new Date()): WorkerView {
  return {
    id: worker.id,
    name: worker.name,
    idNumber: maskIdentityNumber(worker.idNumber),
    unitId: worker.unitId,
    gender: worker.gender,
    birthDate: worker.birthDate,
    age: ageOn(worker.birthDate, today),
    womanWorker: worker.gender === 'female',
    migrantWorker: worker.migrantWorker,
    phone: worker.phone,
    bankAccount: worker.bankAccount === null ? null : maskBankAccount(worker.bankAccount),
    employer: worker.employer,
    address: worker.address,
    createdAt: worker.createdAt.toISOString(),
    updatedAt: worker.updatedAt.toISOString(),
  };
}
