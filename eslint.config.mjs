import nextVitals from 'eslint-config-next/core-web-vitals';
import tseslint from 'typescript-eslint';

const config = [
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    ignores: [
      '**/.next/**',
      '.next-*/**',
      'node_modules/**',
      // npm run build's esbuild output of server.ts
      'dist/**',
      'next-env.d.ts',
      'reports/**',
      'test-results/**',
    ],
  },
];
export default config;
