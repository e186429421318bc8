import type { Config } from 'tailwindcss';

const config: Config = {
  content: ['./app/**/*.tsx', './components/**/*.{ts,tsx}', './lib/**/*.tsx'],
  darkMode: 'media',
  theme: {
    extend: {
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          'Segoe UI',
          'Roboto',
          'Helvetica Neue',
          'Arial',
          'sans-serif',
        ],
      },
    },
  },
};
export default config;
