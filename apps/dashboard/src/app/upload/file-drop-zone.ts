import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';

/** A drop target for one file, with a button that opens the file picker (so it works from the keyboard too). */
@Component({
  selector: 'app-file-drop-zone',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-drop-zone.html',
  styleUrl: './file-drop-zone.css',
})
export class FileDropZone {
  readonly inputId = input.required<string>();
  readonly accept = input.required<string>();
  readonly disabled = input(false);
  /** Names the zone for assistive technology and the picker button. */
  readonly label = input('Choose a file');
  readonly hint = input('');
  readonly fileChosen = output<File>();

  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  protected readonly dragging = signal(false);

  protected openPicker(): void {
    this.fileInput().nativeElement.click();
  }

  protected takePickedFile(event: Event): void {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    // Cleared so that choosing the same file again is still a change.
    inputElement.value = '';
    if (file) this.fileChosen.emit(file);
  }

  protected showDropTarget(event: DragEvent): void {
    if (this.disabled() || !hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected hideDropTarget(event: DragEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && (event.currentTarget as HTMLElement).contains(next)) return;
    this.dragging.set(false);
  }

  protected takeDroppedFile(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    if (this.disabled()) return;
    const file = event.dataTransfer?.files?.[0];
    if (file) this.fileChosen.emit(file);
  }
}

function hasFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types === undefined || Array.from(types).includes('Files');
}
