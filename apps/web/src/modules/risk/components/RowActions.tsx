import { Button, Popconfirm } from 'antd';
import { useI18n } from '../../../app/i18n.ts';
import { testId as tid } from '../../../components/test-id.ts';

/** 编辑 link of a risk-model row (the modal is the row's create form in edit mode). */
export function EditButton({ onClick, testId }: { onClick: () => void; testId: string }) {
  const { t } = useI18n();
  return (
    <Button size="small" type="link" data-testid={testId} onClick={onClick}>
      {t('btn.edit')}
    </Button>
  );
}

/**
 * 删除 with a confirmation that says the subtree goes too; a 409 (排查记录 beneath) comes back as the
 * server's Chinese message through the caller's error handler.
 */
export function DeleteButton({
  onConfirm,
  testId = 'risk-delete',
}: {
  onConfirm: () => void;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Popconfirm
      title={t('risk.deleteConfirm')}
      description={t('risk.deleteCascade')}
      okText={t('btn.delete')}
      okButtonProps={{ danger: true, ...tid('risk-delete-ok') }}
      cancelText={t('btn.cancel')}
      onConfirm={onConfirm}
    >
      <Button size="small" type="link" danger data-testid={testId}>
        {t('btn.delete')}
      </Button>
    </Popconfirm>
  );
}
