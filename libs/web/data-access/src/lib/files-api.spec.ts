import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type { DueFollowUp, FileView, Page, ReviewFileRequest } from '@worker-aid/shared/domain';
import { FILES_URL, FilesApi, FOLLOW_UPS_URL } from './files-api';

describe('FilesApi', () => {
  let api: FilesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(FilesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const view = { id: 'f-1', fileNo: 'DA-2026-000001', status: 'active' } as FileView;
  const household: ReviewFileRequest = {
    members: [
      {
        name: '张秀英',
        relation: 'self',
        birthYear: 1985,
        health: 'chronic',
        work: 'employed',
        monthlyIncome: 150000,
      },
    ],
    monthlyRigidExpenses: 20000,
    mainCause: 'illness',
  };

  it('lists with the filters that have a value, reviewDue only when asked for, and the cursor', async () => {
    const first = firstValueFrom(
      api.list({ status: 'active', tier: '', unitId: 'u1', q: '张', reviewDue: false }),
    );
    const request = http.expectOne((req) => req.url === FILES_URL);
    expect(request.request.params.toString()).toBe('status=active&unitId=u1&q=%E5%BC%A0&limit=25');
    request.flush({ items: [], nextCursor: null });
    await first;

    const due = firstValueFrom(api.list({ reviewDue: true, workerId: 'w-1' }, 'c2', 50));
    const dueRequest = http.expectOne((req) => req.url === FILES_URL);
    expect(dueRequest.request.params.toString()).toBe('workerId=w-1&reviewDue=true&limit=50&cursor=c2');
    dueRequest.flush({ items: [], nextCursor: null });
    await due;
  });

  it('reads, creates and updates a file, and reads its history', async () => {
    const got = firstValueFrom(api.get('f 1'));
    http.expectOne({ method: 'GET', url: `${FILES_URL}/f%201` }).flush(view);
    await expect(got).resolves.toEqual(view);

    const created = firstValueFrom(api.create({ workerId: 'w-1', ...household }));
    const post = http.expectOne({ method: 'POST', url: FILES_URL });
    expect(post.request.body).toEqual({ workerId: 'w-1', ...household });
    post.flush(view);
    await created;

    const updated = firstValueFrom(api.update('f-1', { note: '住院' }));
    const patch = http.expectOne({ method: 'PATCH', url: `${FILES_URL}/f-1` });
    expect(patch.request.body).toEqual({ note: '住院' });
    patch.flush(view);
    await updated;

    const history = firstValueFrom(api.history('f-1'));
    http.expectOne({ method: 'GET', url: `${FILES_URL}/f-1/history` }).flush([]);
    await expect(history).resolves.toEqual([]);
  });

  it('posts each transition to its own path with its body', async () => {
    const submitted = firstValueFrom(api.transition('f-1', 'submit', {}));
    http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/submit` }).flush(view);
    await submitted;

    const returned = firstValueFrom(api.transition('f-1', 'return', { comment: '缺收入证明' }));
    const request = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/return` });
    expect(request.request.body).toEqual({ comment: '缺收入证明' });
    request.flush(view);
    await returned;
  });

  it('posts the annual review, the exit and a follow-up visit', async () => {
    const reviewed = firstValueFrom(api.review('f-1', household));
    const review = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/review` });
    expect(review.request.body).toEqual(household);
    review.flush(view);
    await reviewed;

    const exited = firstValueFrom(api.exit('f-1', { reason: 'reemployed', note: '已在新单位就业' }));
    const exit = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/exit` });
    expect(exit.request.body).toEqual({ reason: 'reemployed', note: '已在新单位就业' });
    exit.flush({ ...view, status: 'closed' });
    await exited;

    const visited = firstValueFrom(api.followUp('f-1', { visitedOn: '2026-12-01', relapsed: true }));
    const visit = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/follow-ups` });
    expect(visit.request.body).toEqual({ visitedOn: '2026-12-01', relapsed: true });
    visit.flush({ ...view, status: 'closed', reopenedFileId: 'f-2' });
    await expect(visited).resolves.toMatchObject({ reopenedFileId: 'f-2' });
  });

  it('asks for the follow-ups due, in a unit, page by page', async () => {
    const page: Page<DueFollowUp> = { items: [], nextCursor: null };
    const due = firstValueFrom(api.dueFollowUps({ unitId: 'u1' }, 'c1', 10));
    const request = http.expectOne((req) => req.url === FOLLOW_UPS_URL);
    expect(request.request.params.toString()).toBe('due=true&unitId=u1&limit=10&cursor=c1');
    request.flush(page);
    await expect(due).resolves.toEqual(page);
  });
});
