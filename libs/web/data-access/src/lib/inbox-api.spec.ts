import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { INBOX_URL, InboxApi } from './inbox-api';

describe('InboxApi', () => {
  it('reads the inbox', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const inbox = firstValueFrom(TestBed.inject(InboxApi).get());
    http.expectOne(INBOX_URL).flush({ counts: {}, items: [] });
    await expect(inbox).resolves.toEqual({ counts: {}, items: [] });
    http.verify();
  });
});
