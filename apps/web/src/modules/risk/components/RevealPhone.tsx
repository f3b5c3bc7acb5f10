import { useState } from 'react';
import { Button, Typography } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { riskApi } from '../risk.api.ts';

/** A masked phone with 查看: the plain number comes from the server's audited reveal (PI-02). */
export function RevealPhone({ unitId, masked }: { unitId: string; masked: string | null }) {
  const onError = useApiError();
  const [plain, setPlain] = useState<string | null>(null);
  if (!masked) return null;
  if (plain) return <Typography.Text copyable>{plain}</Typography.Text>;
  return (
    <span>
      {masked}{' '}
      <Button
        type="link"
        size="small"
        data-testid="reveal-phone"
        title="查看完整号码（记入审计日志）"
        onClick={() =>
          void riskApi
            .revealPhone(unitId)
            .then((r) => setPlain(r.responsiblePhone))
            .catch(onError)
        }
      >
        查看
      </Button>
    </span>
  );
}
