export { BroadcastButton } from './BroadcastButton';
export { BROADCAST_TRIGGER } from './use-broadcast-audience';
