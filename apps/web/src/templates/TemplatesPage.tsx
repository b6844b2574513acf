/** Placeholder until the templates gallery lands. */
export function TemplatesPage() {
  return <main>Templates</main>;
}
