import { useRef, useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { CameraOutlined, CloseCircleFilled } from '@ant-design/icons';
import { HazardLimits } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { type HazardPhoto, hazardApi, thumbUrl } from '../hazard.api.ts';

interface Props {
  value?: HazardPhoto[];
  onChange?: (photos: HazardPhoto[]) => void;
  testId?: string;
}

const mb = HazardLimits.photoBytesMax / 1024 / 1024;

/**
 * Takes photos with the phone camera or picks files and uploads them at once (POST /api/hazards/photos);
 * the form keeps the content hashes. A 413/415 shows the server's reason and keeps nothing.
 */
export function PhotoUpload({ value = [], onChange, testId = 'photo-input' }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (input.current) input.current.value = '';
    if (!files.length) return;
    setError(null);
    if (value.length + files.length > HazardLimits.maxPhotos) {
      setError(`最多 ${HazardLimits.maxPhotos} 张照片`);
      return;
    }
    setBusy(true);
    try {
      const { items } = await hazardApi.uploadPhotos(files);
      const known = new Set(value.map((p) => p.sha256));
      onChange?.([
        ...value,
        ...items.filter((p) => !known.has(p.sha256)).map(({ sha256, url }) => ({ sha256, url })),
      ]);
    } catch (err) {
      setError(isApiError(err) ? err.message : '上传失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8}>
      <Space size={8} wrap>
        {value.map((p) => (
          <span key={p.sha256} style={{ position: 'relative', display: 'inline-block' }}>
            <img
              src={thumbUrl(p)}
              alt="已上传照片"
              width={72}
              height={72}
              style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }}
            />
            <CloseCircleFilled
              aria-label="移除照片"
              onClick={() => onChange?.(value.filter((x) => x.sha256 !== p.sha256))}
              style={{
                position: 'absolute',
                top: -6,
                right: -6,
                color: '#ff4d4f',
                background: '#fff',
                borderRadius: 8,
              }}
            />
          </span>
        ))}
        <Button
          icon={<CameraOutlined />}
          loading={busy}
          onClick={() => input.current?.click()}
          style={{ height: 72 }}
        >
          拍照/选图
        </Button>
      </Space>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        style={{ display: 'none' }}
        data-testid={testId}
        onChange={(e) => void pick(e.target.files)}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        JPEG/PNG/WebP，每张 ≤ {mb} MB，最多 {HazardLimits.maxPhotos} 张
      </Typography.Text>
      {error && <Alert type="error" showIcon message={error} data-testid="photo-error" />}
    </Space>
  );
}
