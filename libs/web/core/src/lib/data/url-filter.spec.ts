import { convertToParamMap } from '@angular/router';
import { urlChoice } from './url-filter';

describe('urlChoice', () => {
  const statuses = ['draft', 'submitted'] as const;

  it('takes a known value and nothing else', () => {
    expect(urlChoice(convertToParamMap({ status: 'submitted' }), 'status', statuses)).toBe('submitted');
    expect(urlChoice(convertToParamMap({ status: 'paid' }), 'status', statuses)).toBe('');
    expect(urlChoice(convertToParamMap({}), 'status', statuses)).toBe('');
  });
});
