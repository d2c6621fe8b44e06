import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MatTree, MatTreeModule } from '@angular/material/tree';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { childLevelOf, type UnitView } from '@worker-aid/shared/domain';
import { AuthService, Notifier, UnitDirectory } from '@worker-aid/web/core';
import { EmptyState, PageHeader, UnitLevelChip } from '@worker-aid/web/ui';
import { UnitFormDialog, UnitFormDialogData } from './unit-form-dialog';
import { buildUnitTree, UnitNode, unitLevelIcon } from './unit-tree';

/** 单位管理: the three-tier unit tree, with "add child unit" on the center and industry unions. */
@Component({
  selector: 'wa-units-page',
  imports: [
    MatTreeModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
    PageHeader,
    UnitLevelChip,
    EmptyState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './units-page.html',
  styleUrl: './units-page.scss',
})
export class UnitsPage implements OnInit {
  private readonly directory = inject(UnitDirectory);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly canManage = inject(AuthService).can('admin:manage');

  private readonly tree = viewChild<MatTree<UnitNode, string>>('tree');
  protected readonly loading = signal(true);
  protected readonly roots = computed(() => buildUnitTree(this.directory.units()));
  protected readonly count = computed(() => this.directory.units().length);
  private expandedOnce = false;

  protected readonly childrenOf = (node: UnitNode): UnitNode[] => node.children;
  protected readonly keyOf = (node: UnitNode): string => node.unit.id;
  protected readonly childLevelOf = childLevelOf;
  protected readonly levelIcon = unitLevelIcon;

  constructor() {
    // The tree opens fully the first time it has nodes; later reloads keep what the user opened.
    afterRenderEffect(() => {
      const tree = this.tree();
      if (!tree || this.expandedOnce || this.roots().length === 0) return;
      this.expandedOnce = true;
      tree.expandAll();
    });
  }

  ngOnInit(): void {
    this.directory
      .refresh()
      .catch((error: unknown) => this.notifier.failure(error))
      .finally(() => this.loading.set(false));
  }

  protected expandAll(): void {
    this.tree()?.expandAll();
  }

  protected collapseAll(): void {
    this.tree()?.collapseAll();
  }

  protected addChild(parent: UnitView): void {
    const level = childLevelOf(parent.level);
    if (!level) return;
    const data: UnitFormDialogData = { parent, level };
    this.dialog
      .open<UnitFormDialog, UnitFormDialogData, UnitView>(UnitFormDialog, {
        data,
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success('units.created', { name: created.name });
        this.directory
          .refresh()
          .then(() => {
            const parentNode = this.findNode(parent.id);
            if (parentNode) this.tree()?.expand(parentNode);
          })
          .catch((error: unknown) => this.notifier.failure(error));
      });
  }

  protected toggleLabel(node: UnitNode): string {
    const expanded = this.tree()?.isExpanded(node) ?? false;
    return this.transloco.translate(expanded ? 'units.collapse' : 'units.expand', { name: node.unit.name });
  }

  private findNode(id: string): UnitNode | undefined {
    const search = (nodes: UnitNode[]): UnitNode | undefined => {
      for (const node of nodes) {
        if (node.unit.id === id) return node;
        const found = search(node.children);
        if (found) return found;
      }
      return undefined;
    };
    return search(this.roots());
  }
}
