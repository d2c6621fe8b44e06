import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  IMPORT_PROBLEMS_SHOWN,
  isFieldCode,
  WORKER_IMPORT_HEADINGS,
  type ImportLanguage,
  type ImportProblem,
} from '@worker-aid/shared/domain';
import { fieldCodeKey } from '@worker-aid/web/core';

/** One problem as the table shows it. */
interface ProblemLine {
  row: number;
  /** The column's heading in the interface language. */
  column: string;
  /** The translation key of the rule, or null when the code has no text (shown as it is). */
  key: string | null;
  code: string;
}

/**
 * The first problems of an import: the sheet's row number, the column's heading in the interface
 * language and the rule's text (a field code, translated as a form's field errors are). The API
 * lists `IMPORT_PROBLEMS_SHOWN` at most; the report has them all, and the table says so.
 */
@Component({
  selector: 'wa-import-problems',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-problems.html',
  styleUrl: './import-problems.scss',
})
export class ImportProblems {
  readonly problems = input.required<readonly ImportProblem[]>();
  readonly lang = input.required<ImportLanguage>();

  protected readonly shown = IMPORT_PROBLEMS_SHOWN;
  protected readonly cut = computed(() => this.problems().length >= IMPORT_PROBLEMS_SHOWN);
  protected readonly lines = computed<ProblemLine[]>(() => {
    const headings: Readonly<Record<string, string>> = WORKER_IMPORT_HEADINGS[this.lang()];
    return this.problems().map((problem) => ({
      row: problem.row,
      column: headings[problem.field] ?? problem.field,
      key: isFieldCode(problem.code) ? fieldCodeKey(problem.code) : null,
      code: problem.code,
    }));
  });
}
