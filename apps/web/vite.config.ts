import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const domainSrc = fileURLToPath(new URL('../../packages/domain/src/', import.meta.url));

/**
 * Libraries that change rarely get their own long-cached chunks; pages are split by route (React.lazy).
 * A group takes its modules' dependencies along, so the order (priority) keeps the chunk graph acyclic:
 * rc-* first, then antd on top of it, then pro-components on top of both.
 */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
    priority: 50,
  },
  // dayjs (and the zh-cn locale main.tsx loads) before the groups below, which would take it along.
  { name: 'dayjs', test: /node_modules[\\/]dayjs[\\/]/, priority: 48 },
  { name: 'antd-rc', test: /node_modules[\\/](@rc-component|rc-[\w-]+)[\\/]/, priority: 45 },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 42 },
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color|react-slick))[\\/]/,
    priority: 40,
  },
  { name: 'pro-components', test: /node_modules[\\/]@ant-design[\\/]pro-/, priority: 30 },
  // Only the 驾驶舱 draws charts: echarts + zrender stay out of the shared vendor chunk.
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 35 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
];

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@anjian\/domain$/, replacement: `${domainSrc}index.ts` },
      { find: /^@anjian\/domain\/(.*)$/, replacement: `${domainSrc}$1` },
    ],
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: [repoRoot] },
    // The API server of `npm run dev` (scripts/dev.mjs passes the same PORT to both).
    proxy: {
      '/api': {
        target: process.env.ANJIAN_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`,
        changeOrigin: false,
      },
    },
  },
  preview: { port: 4173 },
});
