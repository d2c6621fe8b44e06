import { Pipe, PipeTransform } from '@angular/core';
import { formatFileSize } from './file-size';

/** `{{ document.size | waFileSize: lang() }}` → `2.5 MB`; pass the language so a switch re-renders. */
@Pipe({ name: 'waFileSize' })
export class FileSizePipe implements PipeTransform {
  transform(bytes: number, locale: string): string {
    return formatFileSize(bytes, locale);
  }
}
