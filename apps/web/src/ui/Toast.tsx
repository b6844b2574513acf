import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  Button as AriaButton,
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import './toast.css';

export type ToastTone = 'info' | 'success' | 'error';

interface ToastMessage {
  text: string;
  tone: ToastTone;
}

/** Shows short notices; errors stay until closed, the others leave after a few seconds. */
export interface Toaster {
  show(text: string, tone?: ToastTone): void;
}

const ToastContext = createContext<Toaster>({ show: () => undefined });
const toneIcons = { info: Info, success: CircleCheck, error: CircleAlert } as const;

/** Holds the app's toast queue and draws its region (bottom right, announced politely). */
export function ToastProvider({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const [queue] = useState(() => new ToastQueue<ToastMessage>({ maxVisibleToasts: 3 }));
  const toaster = useMemo<Toaster>(
    () => ({
      show: (text, tone = 'info') => {
        queue.add({ text, tone }, tone === 'error' ? {} : { timeout: 5_000 });
      },
    }),
    [queue],
  );
  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <ToastRegion queue={queue} className="ui-toast-region">
        {({ toast }) => {
          const Icon = toneIcons[toast.content.tone];
          return (
            <AriaToast toast={toast} className={`ui-toast ui-toast--${toast.content.tone}`} data-testid="toast">
              <Icon size={18} aria-hidden="true" />
              <ToastContent className="ui-toast__content">
                <Text slot="title">{toast.content.text}</Text>
              </ToastContent>
              <AriaButton slot="close" className="ui-toast__close" aria-label={closeLabel}>
                <X size={16} aria-hidden="true" />
              </AriaButton>
            </AriaToast>
          );
        }}
      </ToastRegion>
    </ToastContext.Provider>
  );
}

export function useToast(): Toaster {
  return useContext(ToastContext);
}
