import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { UserView } from '@worker-aid/shared/domain';
import { AuthService, LanguageService, loadLatest, Notifier, UnitDirectory } from '@worker-aid/web/core';
import { DateTimePipe, EmptyState, PageHeader } from '@worker-aid/web/ui';
import { UsersApi } from '@worker-aid/web/data-access';
import { firstValueFrom, of } from 'rxjs';
import { PasswordDialog, PasswordDialogData } from './password-dialog';
import { UserFormDialog } from './user-form-dialog';

/** 用户管理: the accounts in the admin's scope; create, enable/disable, reset password. */
@Component({
  selector: 'wa-users-page',
  imports: [
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly units = inject(UnitDirectory);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).active;

  protected readonly columns = ['username', 'displayName', 'role', 'unit', 'status', 'createdAt', 'actions'];
  protected readonly users = signal<UserView[]>([]);
  protected readonly loading = signal(true);
  protected readonly filter = signal('');
  protected readonly dataSource = new MatTableDataSource<UserView>([]);
  protected readonly currentUserId = computed(() => this.auth.currentUser()?.id);

  private readonly sort = viewChild(MatSort);
  private readonly paginator = viewChild(MatPaginator);

  constructor() {
    this.dataSource.filterPredicate = (user, filter) => this.searchText(user).includes(filter);
    this.dataSource.sortingDataAccessor = (user, column) => this.sortValue(user, column);
    effect(() => {
      this.dataSource.data = this.users();
      this.dataSource.filter = this.filter().trim().toLocaleLowerCase();
      // Role and unit names depend on the language and on the unit list.
      this.lang();
      this.units.units();
    });
    afterNextRender(() => this.connect());
    loadLatest(of(null), () => this.api.listAll(), {
      loading: this.loading,
      next: (users) => this.users.set(users),
    });
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected applyFilter(value: string): void {
    this.filter.set(value);
    this.paginator()?.firstPage();
  }

  protected create(): void {
    this.dialog
      .open<UserFormDialog, void, UserView>(UserFormDialog, { width: '600px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((user) => {
        if (!user) return;
        this.notifier.success('users.created', { name: user.displayName });
        this.users.update((users) => [user, ...users]);
      });
  }

  protected async toggleActive(user: UserView): Promise<void> {
    try {
      const updated = await firstValueFrom(this.api.update(user.id, { active: !user.active }));
      this.replace(updated);
      this.notifier.success(updated.active ? 'users.enabled' : 'users.disabled', {
        name: updated.displayName,
      });
    } catch (error: unknown) {
      this.notifier.failure(error);
    }
  }

  protected resetPassword(user: UserView): void {
    this.dialog
      .open<PasswordDialog, PasswordDialogData, boolean>(PasswordDialog, {
        data: { user },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((done) => {
        if (done) this.notifier.success('users.passwordReset', { name: user.displayName });
      });
  }

  private connect(): void {
    this.dataSource.sort = this.sort() ?? null;
    this.dataSource.paginator = this.paginator() ?? null;
  }

  private replace(updated: UserView): void {
    this.users.update((users) => users.map((user) => (user.id === updated.id ? updated : user)));
  }

  private searchText(user: UserView): string {
    return [
      user.username,
      user.displayName,
      this.transloco.translate(`roles.${user.role}`),
      this.unitName(user.unitId),
      this.transloco.translate(user.active ? 'users.status.active' : 'users.status.disabled'),
    ]
      .join('\n')
      .toLocaleLowerCase();
  }

  private sortValue(user: UserView, column: string): string | number {
    switch (column) {
      case 'username':
        return user.username;
      case 'displayName':
        return user.displayName;
      case 'role':
        return this.transloco.translate(`roles.${user.role}`);
      case 'unit':
        return this.unitName(user.unitId);
      case 'status':
        return user.active ? 0 : 1;
      case 'createdAt':
        return Date.parse(user.createdAt) || 0;
      default:
        return '';
    }
  }
}
