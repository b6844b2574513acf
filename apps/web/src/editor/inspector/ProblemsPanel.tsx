import { useT } from '../../app/i18n';
import type { ProblemsPanelProps } from './props';
import { inspectorMessages, problemTitles } from './messages';
import './inspector.css';
import { CircleCheck } from 'lucide-react';
import { Disclosure } from '../../ui';

/** The list of compiler problems; choosing one (click, Enter or Space) selects its node. */
export function ProblemsPanel(props: ProblemsPanelProps) {
  const { problems, nodeLabels } = props;
  const t = useT();
  return (
    <section className="problems" data-testid="problems" aria-label={t(inspectorMessages.problems)}>
      <h3>
        {t(inspectorMessages.problems)}
        {problems.length > 0 ? (
          <span className="problem-count"> · {t(inspectorMessages.problemCount, { n: problems.length })}</span>
        ) : null}
      </h3>
      {problems.length === 0 ? (
        <p className="problems-empty" data-testid="problems-empty">
          <CircleCheck size={16} aria-hidden="true" /> {t(inspectorMessages.noProblems)}
        </p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem, index) => {
            const { nodeId } = problem;
            const body = (
              <>
                <span className="problem-node">
                  {nodeId === undefined ? t(inspectorMessages.journeyWide) : (nodeLabels[nodeId] ?? nodeId)}
                </span>
                <span className="problem-title">{t(problemTitles[problem.code])}</span>
                <span className="problem-message">{props.describe(problem)}</span>
              </>
            );
            return (
              <li key={index}>
                {nodeId === undefined ? (
                  <div className="problem" data-testid="problem" data-code={problem.code}>
                    {body}
                  </div>
                ) : (
                  <button
                    type="button"
                    className="problem"
                    data-testid="problem"
                    data-node-id={nodeId}
                    data-code={problem.code}
                    onClick={() => props.onSelectNode(nodeId)}
                  >
                    {body}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {problems.length > 0 && (
        <Disclosure title={t(inspectorMessages.developerDetails)} tone="quiet" testId="problems-developer-details">
          <ul className="problem-raw">
            {problems.map((problem, index) => (
              <li key={index}>
                <code>{problem.code}</code> {problem.message}
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
    </section>
  );
}
