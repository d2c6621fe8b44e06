import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import type { FollowUpResult } from '@worker-aid/shared/domain';
import { Notifier } from '@worker-aid/web/core';
import { firstValueFrom } from 'rxjs';
import { FollowUpDialog, type FollowUpDialogData } from './follow-up-dialog';

/**
 * Records a follow-up visit from wherever it is due (the file page, the follow-ups list): the
 * dialog, then — when the household is in hardship again — the new draft the API opened, and says so.
 */
@Injectable({ providedIn: 'root' })
export class FollowUpRecorder {
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  /** The answer, or null when the dialog was cancelled. */
  async record(data: FollowUpDialogData): Promise<FollowUpResult | null> {
    const result = await firstValueFrom(
      this.dialog
        .open<FollowUpDialog, FollowUpDialogData, FollowUpResult>(FollowUpDialog, {
          data,
          width: '520px',
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
    if (!result) return null;
    if (result.reopenedFileId) {
      this.notifier.info('files.followUp.reopened', { fileNo: data.fileNo });
      await this.router.navigate(['/files', result.reopenedFileId]);
    } else {
      this.notifier.success('files.followUp.recorded', { fileNo: data.fileNo });
    }
    return result;
  }
}
