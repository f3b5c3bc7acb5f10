import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form } from 'antd';
import { enterpriseApi } from '../../enterprise.api.ts';

/**
 * Under the name field: registered enterprises with the same name in another spelling, or one character
 * apart (issue 15 item 7). A warning only — the registrar decides; it asks once typing pauses.
 */
export function SimilarNamesHint({ excludeId }: { excludeId?: string }) {
  const name = (Form.useWatch('name') as string | undefined)?.trim() ?? '';
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(name), 400);
    return () => clearTimeout(timer);
  }, [name]);
  const similar = useQuery({
    queryKey: ['enterprise-similar-names', asked, excludeId],
    queryFn: () => enterpriseApi.similarNames(asked, excludeId),
    enabled: [...asked].length >= 2,
    staleTime: 30_000,
  });
  const items = similar.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="enterprise-similar-names"
      style={{ marginBottom: 12 }}
      message={
        items.some((i) => i.likeness === 'same') ? '已登记同名企业，请勿重复登记' : '已登记名称相近的企业'
      }
      description={items
        .slice(0, 3)
        .map((i) => `${i.name}（${i.divisionName}，${i.creditCode}）`)
        .join('；')}
    />
  );
}
