import { PHONE_PATTERN } from './phone';

describe('PHONE_PATTERN', () => {
  it('takes mobiles, landlines with an area code and international numbers', () => {
    for (const phone of ['13905501234', '0550-3021234', '+86 139 0550 1234', '12345']) {
      expect(PHONE_PATTERN.test(phone)).toBe(true);
    }
  });

  it('refuses letters, a leading separator, and too short or too long numbers', () => {
    for (const phone of ['1390550abcd', '-13905501234', ' 1390', '1234', '1'.repeat(21)]) {
      expect(PHONE_PATTERN.test(phone)).toBe(false);
    }
  });
});
