import { ModalForm, type ModalFormProps } from '@ant-design/pro-components';
import { Form } from 'antd';
import { useApiError } from '../api/use-api-error.ts';
import { useI18n } from '../app/i18n.ts';
import { testId } from './test-id.ts';
import { useSubmission } from './use-submission.ts';

export interface FormModalProps<T> extends Omit<ModalFormProps<T>, 'onFinish' | 'submitter'> {
  /**
   * Sends the form. A thrown error (the server's, or `parseInput`'s) goes next to the form's fields
   * (api/form-errors.ts) and the dialog stays open; `false` keeps it open too.
   */
  onSubmit: (values: T) => Promise<unknown>;
  /** Rewrites an error before it is shown (e.g. the field names of a batch). */
  mapError?: (err: unknown) => unknown;
  /** The submit button's text (default 确定) and test id. */
  submitText?: string;
  submitTestId?: string;
  /** `false`: no buttons. */
  submitter?: false;
}

/**
 * ModalForm with the dialogs' common setup: destroyed on close, vertical labels, 确定 / 取消 in the
 * user's language, errors mapped onto the fields, and one Idempotency-Key per submission.
 */
export function FormModal<T>({
  onSubmit,
  mapError,
  submitText,
  submitTestId,
  submitter,
  form,
  modalProps,
  ...rest
}: FormModalProps<T>) {
  const { t } = useI18n();
  const onError = useApiError();
  const [own] = Form.useForm<T>();
  const f = form ?? own;
  const submission = useSubmission();
  return (
    <ModalForm<T>
      form={f}
      layout="vertical"
      modalProps={{ destroyOnHidden: true, ...modalProps }}
      submitter={
        submitter ?? {
          searchConfig: { submitText: submitText ?? t('btn.ok'), resetText: t('btn.cancel') },
          submitButtonProps: {
            ...(submitTestId ? testId(submitTestId) : {}),
            disabled: submission.submitting,
          },
        }
      }
      onFinish={async (values) => {
        try {
          // One Idempotency-Key per submission; the button is disabled while it is in flight.
          return (await submission.run(() => onSubmit(values))) !== false;
        } catch (err) {
          onError(mapError ? mapError(err) : err, f);
          return false;
        }
      }}
      {...rest}
    />
  );
}
