import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import PageError from '@/app/(en)/(site)/error';
import GlobalError from '@/app/global-error';
import { defaultSiteConfig } from '@/lib/config';

vi.mock('@/app/globals.css', () => ({}));

const error = Object.assign(new Error('boom'), { digest: 'x' });

describe('error pages never take the helpline away', () => {
  it('app/error.tsx says what happened and what to do, and points to the crisis line and helpline the layout keeps', () => {
    const html = renderToStaticMarkup(<PageError error={error} reset={() => {}} />);
    expect(html).toContain('Something went wrong on this page');
    expect(html).toContain('Try again');
    expect(html).toContain('href="/"');
    expect(html).toMatch(/crisis line at the top of this page and the helpline below/);
  });

  it('app/global-error.tsx draws its own crisis bar, 911 and the helpline', () => {
    const html = renderToStaticMarkup(<GlobalError error={error} reset={() => {}} />);
    const { crisis, helpline, emergencyNumber } = defaultSiteConfig;
    expect(html).toContain(`href="tel:${crisis.call}"`);
    expect(html).toContain(`href="tel:${emergencyNumber}"`);
    expect(html).toContain(`href="tel:${helpline.tel}"`);
    expect(html).toContain(helpline.displayNumber);
    expect(html).toContain('aria-label="Crisis help"');
    expect(html).toContain('Try again');
  });

  it('app/global-error.tsx says it in Spanish too, with the crisis line’s Spanish route', () => {
    const html = renderToStaticMarkup(<GlobalError error={error} reset={() => {}} />);
    expect(html).toContain('lang="es"');
    expect(html).toContain('Algo salió mal');
    expect(html).toContain('Intentar de nuevo');
    expect(html).toContain('llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988');
    expect(html).toContain('Línea Nacional de Ayuda de SAMHSA');
  });
});
