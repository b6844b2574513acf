import type { Diagnostic } from '@wayfarer/journey';
import type { Locale } from '@wayfarer/nodes';
import { format } from '../../app/i18n';
import { inspectorMessages, problemTitles } from './messages';
import type { PortView } from './ports';

/** The node's outgoing ports, each with its connection problems (`missing_edge`, …). */
export function PortList({ ports, locale }: { ports: readonly PortView[] | undefined; locale: Locale }) {
  const say = (text: (typeof inspectorMessages)['ports']) => format(text[locale]);
  return (
    <section className="inspector-ports" aria-label={say(inspectorMessages.ports)}>
      <h3>{say(inspectorMessages.ports)}</h3>
      {ports === undefined ? <p className="muted">{say(inspectorMessages.portsUnknown)}</p> : null}
      {ports?.length === 0 ? <p className="muted">{say(inspectorMessages.noPorts)}</p> : null}
      {ports && ports.length > 0 ? (
        <ul className="port-list">
          {ports.map((port) => (
            <li
              key={port.name}
              data-testid="port"
              data-port={port.name}
              className={port.problems.length > 0 ? 'has-problem' : undefined}
            >
              <span className="port-name">{port.label}</span>
              {port.label !== port.name ? <code className="port-id">{port.name}</code> : null}
              {port.required ? null : <span className="port-optional">{say(inspectorMessages.portOptional)}</span>}
              {port.problems.map((problem, index) => (
                <span key={index} className="port-problem" data-code={problem.code} title={problem.message}>
                  {problemTitles[problem.code][locale]}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Problems about the node as a whole (unreachable, in a loop without a wait, …). */
export function NodeProblems({ problems, locale }: { problems: readonly Diagnostic[]; locale: Locale }) {
  if (problems.length === 0) return null;
  return (
    <section className="inspector-node-problems" aria-label={inspectorMessages.nodeProblems[locale]}>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} data-code={problem.code}>
            <strong>{problemTitles[problem.code][locale]}</strong> {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
