/**
 * Entry of the participants table's code as a file of its own (built by Vite through
 * `?worker&url`, see table-boot.ts): it wires the table as soon as the bootstrap imports it.
 */
import { start } from './table.ts';

start();
