// The message template library page (`/messages`); the send inspector imports MessageLibraryBar itself.
export { MessagesPage } from './MessagesPage';
