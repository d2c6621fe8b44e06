import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'wa-campaign-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class CampaignPage {}
