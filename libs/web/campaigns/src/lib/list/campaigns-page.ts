import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'wa-campaigns-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class CampaignsPage {}
