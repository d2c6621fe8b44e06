import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'wa-campaign-wizard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class CampaignWizardPage {}
