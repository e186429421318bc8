import { expect, test } from '@playwright/test';

/** One Spanish page of each kind, with its English twin. */
const twins = [
  { es: '/es', en: '/' },
  {
    es: '/es/articulos/que-es-un-programa-intensivo-ambulatorio',
    en: '/articles/what-is-intensive-outpatient-program',
  },
  { es: '/es/preguntas-frecuentes', en: '/faq' },
  { es: '/es/linea-de-ayuda', en: '/helpline' },
] as const;

test.describe('the Spanish edition', () => {
  test('Spanish pages carry lang="es" in the server HTML, English pages lang="en"', async ({
    request,
  }) => {
    for (const { es, en } of [
      ...twins,
      { es: '/es/buscar?q=costo', en: '/search?q=cost' },
      { es: '/es/encontrar', en: '/find' },
      { es: '/es/personas/editorial-team', en: '/people/editorial-team' },
    ]) {
      const spanish = await (await request.get(es)).text();
      expect(spanish, es).toMatch(/<html lang="es"/);
      const english = await (await request.get(en)).text();
      expect(english, en).toMatch(/<html lang="en"/);
    }
  });

  test('the language switcher goes to the twin both ways, labelled in its own language', async ({
    page,
  }) => {
    for (const { es, en } of twins) {
      await page.goto(en);
      const toSpanish = page.locator('[data-language-switcher]');
      await expect(toSpanish).toHaveText('Español');
      await expect(toSpanish).toHaveAttribute('lang', 'es');
      await expect(toSpanish).toHaveAttribute('hreflang', 'es-US');
      await toSpanish.click();
      await expect(page).toHaveURL(new RegExp(`${es}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');

      const toEnglish = page.locator('[data-language-switcher]');
      await expect(toEnglish).toHaveText('English');
      await expect(toEnglish).toHaveAttribute('lang', 'en');
      await expect(toEnglish).toHaveAttribute('hreflang', 'en-US');
      await toEnglish.click();
      await expect(page).toHaveURL(new RegExp(`${en === '/' ? '/' : en}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  });

  test('hreflang alternates point both ways, x-default to English', async ({ request }) => {
    for (const { es, en } of twins) {
      for (const path of [es, en]) {
        const html = await (await request.get(path)).text();
        const expected = { 'en-US': en, 'es-US': es, 'x-default': en };
        for (const [tag, target] of Object.entries(expected)) {
          const url = target === '/' ? '/?' : target;
          expect(html, `${path} ${tag}`).toMatch(
            new RegExp(`<link rel="alternate" hrefLang="${tag}" href="https?://[^"/]+${url}"`),
          );
        }
      }
    }
  });

  test('the sitemap lists Spanish URLs with their English alternates', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(xml).toMatch(/<loc>[^<]*\/es<\/loc>/);
    expect(xml).toMatch(
      /<loc>[^<]*\/es\/articulos\/que-es-un-programa-intensivo-ambulatorio<\/loc>/,
    );
    expect(xml).toMatch(/<loc>[^<]*\/es\/preguntas-frecuentes<\/loc>/);
    expect(xml).toMatch(
      /hreflang="es-US"\s+href="[^"]*\/es\/articulos\/que-es-un-programa-intensivo-ambulatorio"/,
    );
  });

  test('the crisis bar and helpline say how to get help in Spanish', async ({ page }) => {
    await page.goto('/es');
    const bar = page.locator('.crisis-bar');
    await expect(bar).toContainText('Llame al 988 y marque 2');
    await expect(bar).toContainText('envíe AYUDA por mensaje de texto al 988');
    await expect(page.locator('.helpline-banner')).toContainText('español');
    await expect(page.locator('.helpline-banner a[href="tel:+18006624357"]')).toBeVisible();
  });

  test('the editorial team page is in Spanish, with no placeholder', async ({ page }) => {
    await page.goto('/es/personas/editorial-team');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Equipo editorial');
    const main = page.locator('main');
    await expect(main).toContainText('Ningún médico ni otro profesional de la salud ha revisado');
    await expect(main).not.toContainText('La descripción de abajo está en inglés');
    await page.goto('/es/articulos/que-es-un-programa-intensivo-ambulatorio');
    const byline = page.locator('.review-byline');
    await expect(byline.getByRole('link', { name: 'Equipo editorial' })).toBeVisible();
    await expect(byline).toContainText('Lo escribió el equipo editorial');
  });

  test('an article’s overdose box says what to do, in Spanish', async ({ page }) => {
    await page.goto('/es/articulos/que-es-un-programa-intensivo-ambulatorio');
    const box = page.locator('#overdose-safety');
    await expect(box).toContainText('naloxona');
    await expect(box).toContainText('llame al 911 y dele naloxona');
    await expect(box).toContainText('sin receta');
    // The withdrawal box points to it.
    await expect(page.locator('a[href="#overdose-safety"]')).toBeVisible();
  });

  test('a Spanish 404 in Spanish, inside the Spanish layout', async ({ page }) => {
    for (const path of ['/es/no-existe', '/es/articulos/no-existe', '/es/a/b']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos la página');
    }
  });

  test('the Spanish ZIP code form sends a valid ZIP on to the locator, and explains an error in Spanish', async ({
    request,
  }) => {
    const ok = await request.get('/es/encontrar?zip=20857', { maxRedirects: 0 });
    expect(ok.status()).toBe(303);
    expect(ok.headers().location).toContain('20857');
    const bad = await request.get('/es/encontrar?zip=abc');
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('Escriba un código postal de 5 números');
  });
});

test.describe('Spanish feedback without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('No lands on the Spanish thank-you page, with the follow-up form in Spanish', async ({
    page,
  }) => {
    const article = '/es/articulos/que-es-un-programa-intensivo-ambulatorio';
    await page.goto(article);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await page.locator('#feedback').getByRole('button', { name: 'No' }).click();

    await expect(page).toHaveURL(/\/es\/comentarios\/gracias\?/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gracias por sus comentarios');
    await page.getByLabel('No es lo que buscaba').check();
    await page.getByLabel('¿Qué le habría ayudado?').fill(`prueba sin JavaScript ${Date.now()}`);
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect(page).toHaveURL(/sent=details/);
    await expect(
      page.getByText('Sus comentarios se enviaron a nuestro equipo editorial.'),
    ).toBeVisible();
    await page.getByRole('link', { name: `Volver a ${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`${article}$`));
  });
});

test.describe('Spanish search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box searches the Spanish edition, accents or not', async ({ page }) => {
    await page.goto('/es/articulos/niveles-de-atencion');
    await page
      .getByRole('searchbox', { name: 'Buscar en este sitio' })
      .first()
      .fill('cuanto cuesta el iop con seguro medico');
    await page.getByRole('button', { name: 'Buscar' }).first().click();
    await expect(page).toHaveURL(/\/es\/buscar\?q=cuanto\+cuesta/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const results = page.locator('.search-results > li');
    await expect(results.first()).toContainText(/costo|pagar|seguro/i);
    await expect(results.first().locator('mark').first()).toBeVisible();
    const links = await results
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/es\//);
    expect(links.slice(0, 3)).toEqual(
      expect.arrayContaining([expect.stringMatching(/costo-del-iop-y-seguro-medico|pagar-el-iop/)]),
    );
  });

  test('no results says so in Spanish and echoes the query safely', async ({ page }) => {
    await page.goto(`/es/buscar?q=${encodeURIComponent('<i>zzqxv</i>')}`);
    await expect(page.locator('#main-content').getByRole('status')).toContainText(
      'No hay resultados para “<i>zzqxv</i>”',
    );
    await expect(page.locator('main i')).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'Ver todas las preguntas frecuentes' }),
    ).toHaveAttribute('href', '/es/preguntas-frecuentes');
  });

  test('the Spanish FAQ filter box submits to the Spanish search', async ({ page }) => {
    await page.goto('/es/preguntas-frecuentes');
    await page.getByLabel('Filtrar preguntas').fill('medicaid');
    await page.getByLabel('Filtrar preguntas').press('Enter');
    await expect(page).toHaveURL(/\/es\/buscar\?q=medicaid/);
    await expect(page.locator('.search-results > li').first()).toBeVisible();
  });
});

test.describe('the Spanish FAQ filter with JavaScript', () => {
  test('narrows the questions, announces the count in Spanish and asks the Spanish index', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/search') asked.push(r.url());
    });
    await page.goto('/es/preguntas-frecuentes');
    const total = await page.locator('details.faq').count();
    await page.getByLabel('Filtrar preguntas').fill('medicaid');
    await expect(page.locator('#main-content').getByRole('status')).toHaveText(
      /^(1 pregunta coincide|\d+ preguntas coinciden)\.$/,
    );
    const visible = await page.locator('details.faq:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    expect(asked.some((url) => /[?&]lang=es(&|$)/.test(url) && /type=faq/.test(url))).toBe(true);
    await page.getByLabel('Filtrar preguntas').fill('');
    await expect(page.locator('details.faq:visible')).toHaveCount(total);
  });
});

test.describe('Spanish crisis help', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a crisis query shows the crisis box in Spanish, with the Spanish options', async ({
      page,
    }) => {
      await page.goto(`/es/buscar?q=${encodeURIComponent('me quiero matar')}`);
      const box = page.locator('main .crisis-box');
      await expect(box.getByRole('heading', { level: 2 })).toHaveText(
        'Puede recibir ayuda ahora mismo',
      );
      await expect(box.locator('a[href="tel:988"]')).toHaveText('llame al 988 y marque 2');
      await expect(box.locator('a[href="sms:988?body=AYUDA"]')).toContainText('AYUDA');
      await expect(box.locator('a[href="tel:911"]')).toBeVisible();
      await page.goto('/es/buscar?q=no+respira');
      await expect(page.locator('main .crisis-box')).toContainText('dele naloxona (Narcan)');
      await page.goto('/es/buscar?q=costo+del+iop');
      await expect(page.locator('.crisis-box')).toHaveCount(0);
    });

    test('a comment that reads as a crisis gets 988 and 911 first on the thank-you page', async ({
      page,
    }) => {
      const article = '/es/articulos/si-consume-durante-el-iop';
      await page.goto(article);
      await page.locator('#feedback').getByRole('button', { name: 'No' }).click();
      await expect(
        page.locator('form .feedback-no-reply').getByText('Nadie lee los comentarios'),
      ).toBeVisible();
      await page
        .getByLabel('¿Qué le habría ayudado?')
        .fill(`recaí y ya no quiero vivir ${Date.now()}`);
      await page.getByRole('button', { name: 'Enviar' }).click();
      await expect(page).toHaveURL(/\/es\/comentarios\/gracias\?.*crisis=1/);
      expect(page.url()).not.toMatch(/vivir|reca/);
      const notice = page.locator('.feedback-crisis');
      await expect(notice.getByRole('heading')).toHaveText('No tiene que pasar por esto a solas');
      await expect(notice.locator('a[href="tel:988"]')).toBeVisible();
      await expect(notice.locator('a[href="tel:911"]')).toBeVisible();
    });
  });

  test('the Spanish FAQ filter shows the crisis box as you type', async ({ page }) => {
    await page.goto('/es/preguntas-frecuentes');
    await page.getByLabel('Filtrar preguntas').fill('quiero morir');
    await expect(page.locator('.faq-crisis .crisis-box')).toContainText('llame al 988 y marque 2');
  });
});
