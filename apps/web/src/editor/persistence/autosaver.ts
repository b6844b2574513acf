import type { JourneyGraph } from '@wayfarer/journey';
import type { EditorDocument } from '../store/document-slice';
import type { EditorStore } from '../store/editor-store';
import { saveStateOf, type SaveState } from '../store/save-slice';
import type { Backup } from './local-backup';

/** The server calls autosave needs (tRPC in the app, fakes in tests). */
export interface DraftApi {
  save: (input: {
    graph: JourneyGraph;
    name: string | undefined;
    expectedRevision: number;
  }) => Promise<{ revision: number }>;
  /** The server's current draft, for "reload" and "overwrite" after a conflict. */
  latest: () => Promise<{ doc: EditorDocument; revision: number }>;
  /** True when the error means someone else saved first. */
  isConflict: (error: unknown) => boolean;
}

export interface BackupStore {
  write: (backup: Backup) => void;
  clear: () => void;
}

export interface Autosaver {
  /** Saves now if there is anything unsaved; resolves with the resulting state. */
  flush: () => Promise<SaveState>;
  /** Conflict: drop this tab's edits and open the server's draft. */
  reload: () => Promise<void>;
  /** Conflict: save this tab's document over the server's. */
  overwrite: () => Promise<SaveState>;
  /** Writes the backup at once (the page is being hidden or unloaded). */
  backupNow: () => void;
  dispose: () => void;
}

export interface AutosaveTiming {
  saveDelayMs: number;
  backupDelayMs: number;
  retryMs: number;
}

const defaultTiming: AutosaveTiming = { saveDelayMs: 800, backupDelayMs: 250, retryMs: 5_000 };

/**
 * Saves the draft a moment after edits stop, one save at a time, each naming the revision it
 * builds on (a stale one is refused as a conflict and waits for the user). Unsaved edits are also
 * mirrored to a local backup so a reload never loses them.
 */
class DraftAutosaver implements Autosaver {
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private backupTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: EditorStore,
    private readonly api: DraftApi,
    private readonly backups: BackupStore,
    private readonly timing: AutosaveTiming,
  ) {
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.doc !== previous.doc) this.onEdit();
    });
    // Edits restored from a backup are unsaved from the start.
    const initial = store.getState();
    if (initial.saveProblem === null && initial.doc !== initial.savedDoc) this.schedule(timing.saveDelayMs);
  }

  flush = async (): Promise<SaveState> => {
    await this.saveNow();
    return saveStateOf(this.store.getState());
  };

  reload = async (): Promise<void> => {
    const latest = await this.api.latest();
    this.store.getState().replaceDocument(latest.doc);
    this.store.getState().markSaved(latest.doc, latest.revision);
    this.backups.clear();
  };

  overwrite = async (): Promise<SaveState> => {
    const latest = await this.api.latest();
    this.store.getState().adoptRevision(latest.revision);
    return this.flush();
  };

  backupNow = (): void => {
    clearTimeout(this.backupTimer);
    this.writeBackup();
  };

  dispose = (): void => {
    clearTimeout(this.saveTimer);
    clearTimeout(this.backupTimer);
    // Leaving with edits unsaved: the backup is what the next visit restores.
    if (this.store.getState().doc !== this.store.getState().savedDoc) this.writeBackup();
    this.unsubscribe();
  };

  private onEdit(): void {
    clearTimeout(this.backupTimer);
    this.backupTimer = setTimeout(() => this.writeBackup(), this.timing.backupDelayMs);
    if (this.store.getState().saveProblem !== 'conflict') this.schedule(this.timing.saveDelayMs);
  }

  private schedule(delay: number): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), delay);
  }

  private writeBackup(): void {
    const { doc, savedDoc, revision } = this.store.getState();
    if (doc === savedDoc) this.backups.clear();
    else this.backups.write({ baseRevision: revision, doc });
  }

  private async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    while (this.inFlight) await this.inFlight;
    const state = this.store.getState();
    if (state.readOnly || state.doc === state.savedDoc || state.saveProblem === 'conflict') return;
    this.inFlight = this.send(state.doc).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    const after = this.store.getState();
    if (after.doc !== after.savedDoc && after.saveProblem === null) this.schedule(this.timing.saveDelayMs);
  }

  private async send(doc: EditorDocument): Promise<void> {
    const state = this.store.getState();
    state.markSaving();
    try {
      const name = doc.name.trim() === '' ? undefined : doc.name;
      const { revision } = await this.api.save({ graph: doc.graph, name, expectedRevision: state.revision });
      this.store.getState().markSaved(doc, revision);
      this.writeBackup();
    } catch (error) {
      const conflict = this.api.isConflict(error);
      const message = error instanceof Error ? error.message : String(error);
      this.store.getState().markSaveFailed(conflict ? 'conflict' : 'error', message);
      if (!conflict) this.schedule(this.timing.retryMs);
    }
  }
}

/** Starts autosaving `store` (see DraftAutosaver); `dispose()` stops it. */
export function createAutosaver(
  store: EditorStore,
  api: DraftApi,
  backups: BackupStore,
  timing: AutosaveTiming = defaultTiming,
): Autosaver {
  return new DraftAutosaver(store, api, backups, timing);
}
