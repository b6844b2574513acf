/** Placeholder until the journeys list lands. */
export function JourneysPage() {
  return <main>Journeys</main>;
}
