import {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  use,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/*
 * A self-check written inline in MDX:
 *
 *   <Quiz>
 *   <Question prompt="¿Qué instrucción empieza una etapa?">
 *   <Option>RUN</Option>
 *   <Option correct>FROM</Option>
 *   <Explanation>Cada FROM abre una etapa nueva.</Explanation>
 *   </Question>
 *   </Quiz>
 *
 * ./remark.ts checks the structure at build time (one correct option per question).
 */

type QuizRole = 'option' | 'explanation' | 'question';
type Tagged = {quizRole?: QuizRole};

function roleOf(node: ReactNode): QuizRole | undefined {
  return isValidElement(node) ? (node.type as Tagged).quizRole : undefined;
}

export interface OptionProps {
  /** Marks the right answer; exactly one per question. */
  readonly correct?: boolean;
  readonly children: ReactNode;
}

export function Option({children}: OptionProps): ReactNode {
  return children;
}
Option.quizRole = 'option' as const;

export interface ExplanationProps {
  readonly children: ReactNode;
}

export function Explanation({children}: ExplanationProps): ReactNode {
  return children;
}
Explanation.quizRole = 'explanation' as const;

interface QuizContextValue {
  readonly record: (index: number, correct: boolean) => void;
}
const QuizContext = createContext<QuizContextValue | null>(null);

export interface QuestionProps {
  readonly prompt: string;
  readonly children: ReactNode;
  /** Set by <Quiz>. */
  readonly index?: number;
}

export function Question({prompt, children, index = 0}: QuestionProps): ReactNode {
  const quiz = use(QuizContext);
  const name = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const [needsAnswer, setNeedsAnswer] = useState(false);
  const fieldset = useRef<HTMLFieldSetElement>(null);

  const parts = Children.toArray(children);
  const options = parts.filter(
    (part): part is ReactElement<OptionProps> => roleOf(part) === 'option',
  );
  const explanation = parts.find((part) => roleOf(part) === 'explanation');
  const correctIndex = options.findIndex((option) => option.props.correct === true);
  if (options.length < 2 || options.filter((o) => o.props.correct === true).length !== 1) {
    throw new Error(
      `Question "${prompt}" needs two or more options and exactly one marked correct`,
    );
  }
  const isRight = selected === correctIndex;

  return (
    <fieldset className={styles.question} ref={fieldset}>
      <legend className={styles.prompt}>{`${index + 1}. ${prompt}`}</legend>
      <div className={styles.options}>
        {options.map((option, i) => (
          <label
            key={i}
            className={clsx(
              styles.option,
              checked && i === correctIndex && styles.right,
              checked && i === selected && !isRight && styles.wrong,
            )}>
            <input
              type="radio"
              name={name}
              value={i}
              // Uncontrolled: a choice made before hydration stays chosen (the DOM is the
              // state), and a reload does not bring an old answer back.
              autoComplete="off"
              disabled={checked}
              onChange={() => {
                setSelected(i);
                setNeedsAnswer(false);
              }}
            />
            {/* The grid's gap separates the two: no space text for React to hydrate. */}
            <span>{option.props.children}</span>
            {checked && i === correctIndex && (
              <span className={styles.mark}>
                {' '}
                <span aria-hidden="true">✓ </span>
                <Translate id="quiz.correctOption">respuesta correcta</Translate>
              </span>
            )}
            {checked && i === selected && !isRight && (
              <span className={styles.mark}>
                {' '}
                <span aria-hidden="true">✗ </span>
                <Translate id="quiz.yourOption">tu respuesta</Translate>
              </span>
            )}
          </label>
        ))}
      </div>
      <button
        type="button"
        className="button button--primary button--sm"
        data-requires-js
        disabled={checked}
        onClick={() => {
          // Read from the DOM: the click may be one replayed from before hydration
          // (src/enhancement/earlyClicks.ts), when React's state has not seen the choice.
          const input = fieldset.current?.querySelector<HTMLInputElement>('input:checked');
          if (!input) {
            setNeedsAnswer(true);
            return;
          }
          const choice = Number(input.value);
          setSelected(choice);
          setChecked(true);
          quiz?.record(index, choice === correctIndex);
        }}>
        <Translate id="quiz.check">Comprobar</Translate>
      </button>
      <div className={styles.feedback} aria-live="polite">
        {needsAnswer && !checked && (
          <p className={styles.verdict}>
            <Translate id="quiz.needsAnswer">Elige una respuesta antes de comprobar.</Translate>
          </p>
        )}
        {checked && (
          <>
            <p className={styles.verdict}>
              {isRight ? (
                <Translate id="quiz.right">✓ Correcto.</Translate>
              ) : (
                <Translate id="quiz.wrong">✗ No es correcto.</Translate>
              )}
            </p>
            <div className={styles.explanation}>{explanation}</div>
          </>
        )}
      </div>
      {/* Without JavaScript the answer and its explanation wait behind a disclosure. */}
      <noscript>
        <details className={styles.details}>
          <summary>
            <Translate id="quiz.showAnswer">Ver la respuesta</Translate>
          </summary>
          <p>
            <Translate
              id="quiz.answerIs"
              values={{answer: <strong>{options[correctIndex]?.props.children}</strong>}}>
              {'Respuesta correcta: {answer}'}
            </Translate>
          </p>
          <div className={styles.explanation}>{explanation}</div>
        </details>
      </noscript>
    </fieldset>
  );
}
Question.quizRole = 'question' as const;

export interface Props {
  readonly children: ReactNode;
}

/** Groups questions, keeps the score and lets the reader start again. */
export default function Quiz({children}: Props): ReactNode {
  const questions = Children.toArray(children).filter(
    (child): child is ReactElement<QuestionProps> => roleOf(child) === 'question',
  );
  const [results, setResults] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const record = (index: number, correct: boolean): void => {
    setResults((previous) => new Map(previous).set(index, correct));
  };
  const score = [...results.values()].filter(Boolean).length;
  const total = questions.length;

  return (
    <QuizContext value={{record}}>
      <div className={styles.quiz}>
        {questions.map((question, index) =>
          cloneElement(question, {index, key: `${attempt}-${index}`}),
        )}
        <div className={styles.summary} data-requires-js>
          <p className={styles.score} aria-live="polite">
            <Translate
              id="quiz.score"
              values={{score, total, answered: results.size}}
              description="Quiz score: right answers of all questions">
              {'Puntuación: {score} de {total} ({answered} respondidas)'}
            </Translate>
          </p>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              setResults(new Map());
              setAttempt((n) => n + 1);
            }}>
            <Translate id="quiz.retry">Reintentar</Translate>
          </button>
        </div>
      </div>
    </QuizContext>
  );
}
