// The first of the page's two entries (see vite.config.ts): a small module that runs before the
// app's own code has downloaded. It makes the app's clients and, on an editor address, starts
// fetching the editor's code and the journey beside the app's code, rather than once that code has
// arrived and run (bench: editor open).
import { openingClients } from './app/opening-page';

openingClients();
