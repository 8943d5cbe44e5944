/**
 * Entry of the "as of" code as a file of its own (built by Vite through `?worker&url`, see
 * as-of-boot.ts): it wires the control as soon as the bootstrap imports it.
 */
import { start } from './as-of.ts';

start();
