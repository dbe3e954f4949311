import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';

export interface RowErrorItem {
  readonly line: number;
  readonly message: string;
}

/** Row errors by line: the first few, and all of them on request. */
@Component({
  selector: 'app-row-error-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="errors" [attr.aria-label]="label()">
      @for (error of visible(); track $index) {
        <li>
          <span class="line">Line {{ error.line }}</span>
          <span class="message">{{ error.message }}</span>
        </li>
      }
    </ul>
    @if (hidden() > 0) {
      <button type="button" class="button" (click)="showAll()">Show all {{ errors().length }} row errors</button>
    }
    @if (total() > errors().length) {
      <p class="note">
        {{ total() - errors().length }} more {{ total() - errors().length === 1 ? 'row has' : 'rows have' }} errors that
        are not listed (the first {{ errors().length }} are kept).
      </p>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--space-2);
      justify-items: start;
    }
    .errors {
      display: grid;
      gap: var(--space-1);
      width: 100%;
      max-height: 24rem;
      margin: 0;
      padding: 0;
      overflow-y: auto;
      list-style: none;
      font-size: var(--font-size-sm);
    }
    li {
      display: flex;
      gap: var(--space-3);
    }
    .line {
      flex: 0 0 6rem;
      font-family: var(--font-mono);
      color: var(--color-danger-text);
      white-space: nowrap;
    }
    .message {
      overflow-wrap: anywhere;
    }
    .note {
      margin: 0;
      font-size: var(--font-size-sm);
      color: var(--color-text-muted);
    }
  `,
})
export class RowErrorList {
  readonly errors = input.required<readonly RowErrorItem[]>();
  /** All row errors, when more happened than `errors` lists. */
  readonly totalCount = input<number | null>(null);
  readonly initialCount = input(10);
  readonly label = input('Row errors');

  private readonly expanded = signal(false);
  protected readonly visible = computed(() =>
    this.expanded() ? this.errors() : this.errors().slice(0, this.initialCount()),
  );
  protected readonly hidden = computed(() => this.errors().length - this.visible().length);
  protected readonly total = computed(() => Math.max(this.totalCount() ?? 0, this.errors().length));

  protected showAll(): void {
    this.expanded.set(true);
  }
}
