import { computed, inject, Injectable, signal } from '@angular/core';
import type { UnitView } from '@worker-aid/shared/domain';
import { UnitsApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { unitOptions } from './unit-options';

/**
 * The units the signed-in user can see (their own and everything below it), loaded once
 * per sign-in and shared: the shell names the user's unit, admin pages list and pick units.
 * A cache, not a page: concurrent callers share one request, so nothing here can race.
 */
@Injectable({ providedIn: 'root' })
export class UnitDirectory {
  private readonly api = inject(UnitsApi);
  private readonly auth = inject(AuthService);
  private readonly state = signal<{ userId: string; units: UnitView[] } | null>(null);
  private pending: Promise<UnitView[]> | null = null;

  /** Empty until loaded, and for another user than the one it was loaded for. */
  readonly units = computed(() => {
    const state = this.state();
    return state && state.userId === this.auth.currentUser()?.id ? state.units : [];
  });
  readonly loaded = computed(() => {
    const state = this.state();
    return state !== null && state.userId === this.auth.currentUser()?.id;
  });
  /** The units in tree order with their depth, for an indented select. */
  readonly options = computed(() => unitOptions(this.units()));
  private readonly byId = computed(() => new Map(this.units().map((unit) => [unit.id, unit])));

  unit(id: string | null | undefined): UnitView | undefined {
    return id ? this.byId().get(id) : undefined;
  }

  /** The ids of the visible units from the highest down to this one (the unit's line in the tree). */
  lineOf(id: string): string[] {
    const line: string[] = [];
    for (let unit = this.unit(id); unit; unit = this.unit(unit.parentId)) line.unshift(unit.id);
    return line;
  }

  /** Loads the list unless it is already there for this user. */
  async ensureLoaded(): Promise<UnitView[]> {
    return this.loaded() ? this.units() : this.refresh();
  }

  /** Loads the list again (after a unit was added). Concurrent calls share one request. */
  refresh(): Promise<UnitView[]> {
    const userId = this.auth.currentUser()?.id;
    if (!userId) return Promise.resolve([]);
    this.pending ??= firstValueFrom(this.api.list())
      .then((units) => {
        if (this.auth.currentUser()?.id === userId) this.state.set({ userId, units });
        return units;
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }
}
