import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import './dialog.css';

export interface DialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Under the title. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom right. */
  footer?: ReactNode;
  /** Label of the × button. */
  closeLabel: string;
  size?: 'sm' | 'md' | 'lg';
  /** Escape and a click outside close it (not while something is being saved). */
  dismissable?: boolean;
  testId?: string;
  /** `alertdialog` for a question that needs an answer. */
  role?: 'dialog' | 'alertdialog';
}

/** A modal dialog (React Aria: focus trapped and restored, Escape closes, background inert). */
export function Dialog({
  isOpen,
  onClose,
  title,
  description,
  children,
  footer,
  closeLabel,
  size = 'md',
  dismissable = true,
  testId,
  role = 'dialog',
}: DialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable={dismissable}
      isKeyboardDismissDisabled={!dismissable}
      className="ui-dialog-overlay"
    >
      <Modal className={`ui-dialog ui-dialog--${size}`}>
        <AriaDialog className="ui-dialog__body" data-testid={testId} role={role}>
          <header className="ui-dialog__header">
            <div>
              <Heading slot="title" className="ui-dialog__title">
                {title}
              </Heading>
              {description !== undefined && <p className="ui-dialog__description">{description}</p>}
            </div>
            {dismissable && (
              <Button variant="ghost" size="sm" icon={X} iconOnly onClick={onClose}>
                {closeLabel}
              </Button>
            )}
          </header>
          {children !== undefined && <div className="ui-dialog__content">{children}</div>}
          {footer !== undefined && <footer className="ui-dialog__footer">{footer}</footer>}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
