// Slices receive the store's set/get narrowed to what they use, so each slice file stands alone.
export type SetState<T> = (partial: Partial<T> | ((state: T) => Partial<T>)) => void;
export type GetState<T> = () => T;

/** The part of zundo's temporal API the document slice drives. */
export interface HistoryControl {
  pause(): void;
  resume(): void;
  clear(): void;
}
