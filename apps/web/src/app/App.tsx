import { editorRegistry } from './node-registry';

/** Placeholder shell; replaced by the journeys list and the editor. */
export function App() {
  return (
    <main>
      <h1>Wayfarer</h1>
      <ul>
        {editorRegistry.nodes.list().map((spec) => (
          <li key={spec.type}>
            {editorRegistry.get(spec.type)?.icon} {spec.title.en}
          </li>
        ))}
      </ul>
    </main>
  );
}
