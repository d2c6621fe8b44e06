import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isFen } from '@worker-aid/shared/domain';

/**
 * A whole number of fen above zero: an amount of money that moves (a payment, an allocation).
 * A zero or negative amount, or a fraction of a fen, is a 400 from validation.
 */
export function IsPositiveFen(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPositiveFen',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a whole number of fen, more than zero', ...options },
      validator: { validate: (value: unknown) => isFen(value) && value > 0 },
    });
}
