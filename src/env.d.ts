declare namespace App {
  interface Locals {
    /** The briefing whose MDX body is rendering, so <Claim> can number its citations. */
    briefing?: string;
  }
}
