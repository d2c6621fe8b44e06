import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The three lists of hardship files: all of them, those due for the annual review, follow-ups due. */
const TABS = [
  { path: '/files', label: 'files.tabs.all', icon: 'family_restroom', id: 'all' },
  { path: '/files/review-due', label: 'files.tabs.reviewDue', icon: 'event_repeat', id: 'review-due' },
  { path: '/files/follow-ups', label: 'files.tabs.followUps', icon: 'home_work', id: 'follow-ups' },
] as const;

@Component({
  selector: 'wa-files-tabs',
  imports: [MatIconModule, MatTabsModule, RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" class="tabs">
      @for (tab of tabs; track tab.id) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #active="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: true }"
          [active]="active.isActive"
          [attr.data-testid]="'files-tab-' + tab.id"
        >
          <mat-icon class="icon">{{ tab.icon }}</mat-icon
          >{{ tab.label | transloco }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel />
  `,
  styles: `
    .tabs {
      margin: -8px 0 16px;
    }
    .icon {
      width: 18px;
      height: 18px;
      margin-right: 6px;
      font-size: 18px;
    }
    @media (max-width: 599.98px) {
      .icon {
        display: none;
      }
      a {
        min-width: 0;
        padding: 0 12px;
      }
    }
  `,
})
export class FilesTabs {
  protected readonly tabs = TABS;
}
