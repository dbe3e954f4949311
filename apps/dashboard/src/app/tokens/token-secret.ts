import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';

/** The secret of a token just created: shown once, with a copy button. */
@Component({
  selector: 'app-token-secret',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './token-secret.html',
  styleUrl: './token-secret.css',
})
export class TokenSecret {
  readonly name = input.required<string>();
  readonly secret = input.required<string>();
  readonly dismissed = output<void>();

  protected readonly copyStatus = signal<string | null>(null);
  private readonly secretField = viewChild.required<ElementRef<HTMLInputElement>>('secretField');

  protected async copySecret(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.secret());
      this.copyStatus.set('Copied to the clipboard.');
    } catch {
      // No clipboard access (insecure origin or denied): select the text so Ctrl+C or ⌘C copies it.
      this.secretField().nativeElement.select();
      this.copyStatus.set('Copying was blocked by the browser. The token is selected: press Ctrl+C (⌘C on a Mac).');
    }
  }

  protected dismiss(): void {
    this.dismissed.emit();
  }
}
