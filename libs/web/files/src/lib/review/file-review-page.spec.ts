import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { FileView } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import { FILES_URL, STANDARDS_URL } from '@worker-aid/web/data-access';
import { aFile } from '../../testing/file-fixtures';
import { FileReviewPage } from './file-review-page';

// The household is typed into as a user does; on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

const active = aFile({ status: 'active', activeSince: '2025-11-20', reviewDueOn: '2026-11-20' });
const standard = {
  unitId: 's',
  effectiveFrom: '2026-01-01',
  povertyLine: 78000,
  relativeMultiple: 2,
  suddenSharePercent: 80,
  inheritedFrom: 'c',
};

describe('FileReviewPage', () => {
  let fixture: ComponentFixture<FileReviewPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(view: FileView): Promise<void> {
    ({ fixture, http, element: page } = await renderComponent(FileReviewPage, { user: aUser('caseworker') }));
    fixture.componentRef.setInput('id', view.id);
    await fixture.whenStable();
    http.expectOne(`${FILES_URL}/${view.id}`).flush(view);
    await settle(fixture);
    http.expectOne((req) => req.url === STANDARDS_URL).flush(standard);
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('records the household again from the file, and says when the review closed it', async () => {
    await open(active);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(byTestId<HTMLInputElement>(page, 'member-income-0').value).toBe('2000.00');
    // Re-employed with a better wage: no tier any more.
    await typeInto(fixture, 'member-income-0', '5000');
    expect(byTestId(page, 'tier-badge').getAttribute('data-tier')).toBe('none');

    byTestId(page, 'file-review-save').click();
    await settle(fixture);
    const review = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/review` });
    expect(review.request.body).toMatchObject({
      members: [
        { name: '张秀英', monthlyIncome: 500000 },
        { name: '李明', monthlyIncome: 0 },
      ],
      monthlyRigidExpenses: 50000,
      mainCause: 'illness',
    });
    expect(review.request.body).not.toHaveProperty('workerId');
    review.flush({ ...active, status: 'closed', tier: 'none', exitReason: 'income_above_line' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/files', 'f-1']);
    expect(document.querySelector('.wa-snack-info')).toBeTruthy();
  });

  it('reviews only an active file', async () => {
    await open(aFile({ status: 'submitted' }));
    expect(byTestId(page, 'file-review-error')).toBeTruthy();
    expect(byTestId<HTMLButtonElement>(page, 'file-review-save').disabled).toBe(true);
  });
});
