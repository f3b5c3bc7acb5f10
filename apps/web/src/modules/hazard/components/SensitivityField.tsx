import { useQueryClient } from '@tanstack/react-query';
import { App, Select, Tag } from 'antd';
import { type Sensitivity, sensitivityLevels, sensitivityNames } from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { type HazardDetail, hazardApi } from '../hazard.api.ts';

const colours: Record<Sensitivity, string> = { public: 'green', internal: 'blue', sensitive: 'red' };

/**
 * 密级 (AC-07): a tag for everyone; regulators relabel it. A label above the regulator's own clearance is
 * refused by the server with the reason, shown as the message.
 */
export function SensitivityField({ hazard }: { hazard: HazardDetail }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  if (!can('hazard.assess'))
    return <Tag color={colours[hazard.sensitivity]}>{sensitivityNames[hazard.sensitivity]}</Tag>;
  return (
    <Select<Sensitivity>
      size="small"
      style={{ width: 110 }}
      aria-label="密级"
      data-testid="hazard-sensitivity"
      value={hazard.sensitivity}
      options={sensitivityLevels.map((s) => ({ value: s, label: sensitivityNames[s] }))}
      onChange={(sensitivity) => {
        hazardApi
          .label(hazard.id, sensitivity)
          .then((saved) => {
            queryClient.setQueryData(['hazard', hazard.id], saved);
            void message.success(`密级已改为：${sensitivityNames[sensitivity]}`);
          })
          .catch((e: Error) => void message.error(e.message));
      }}
    />
  );
}
