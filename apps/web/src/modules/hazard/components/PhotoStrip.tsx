import { Image, Space, Typography } from 'antd';
import { type HazardPhoto, thumbUrl } from '../hazard.api.ts';

/** Photos as the server's thumbnails; click to see the original. */
export function PhotoStrip({ photos, size = 72 }: { photos: HazardPhoto[]; size?: number }) {
  if (!photos.length) return <Typography.Text type="secondary">无照片</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space size={6} wrap data-testid="hazard-photos">
        {photos.map((p) => (
          <Image
            key={p.sha256}
            src={thumbUrl(p)}
            preview={{ src: p.url }}
            width={size}
            height={size}
            style={{ objectFit: 'cover', borderRadius: 4 }}
            alt="隐患照片"
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
