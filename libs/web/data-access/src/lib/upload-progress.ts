import { HttpClient, type HttpEvent, HttpEventType } from '@angular/common/http';
import { filter, map, type Observable } from 'rxjs';

/** An upload as it goes: the percent of its bytes sent (null when the size is unknown), then the answer. */
export type UploadProgress<T> = { state: 'sending'; percent: number | null } | { state: 'answered'; body: T };

/** POSTs a form, reporting the progress of its bytes, then its answer's body. */
export function postWithProgress<T>(
  http: HttpClient,
  url: string,
  form: FormData,
): Observable<UploadProgress<T>> {
  return http.post<T>(url, form, { reportProgress: true, observe: 'events' }).pipe(
    map(progressOf),
    filter((progress): progress is UploadProgress<T> => progress !== null),
  );
}

function progressOf<T>(event: HttpEvent<T>): UploadProgress<T> | null {
  switch (event.type) {
    case HttpEventType.Sent:
      return { state: 'sending', percent: 0 };
    case HttpEventType.UploadProgress:
      return {
        state: 'sending',
        percent: event.total ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : null,
      };
    case HttpEventType.Response:
      if (!event.body) throw new Error('The upload was answered without a body');
      return { state: 'answered', body: event.body };
    default:
      return null;
  }
}
