/** The 驾驶舱 palette: light text on a dark navy ground, high-contrast accents. */
export const dark = {
  text: '#d6e4ff',
  muted: '#8fa3c7',
  line: 'rgba(143,163,199,0.25)',
  accent: ['#36cfc9', '#ffc53d', '#ff7a45', '#597ef7', '#73d13d', '#f759ab', '#9254de'],
};
