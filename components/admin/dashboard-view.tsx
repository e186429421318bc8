import type { ReactNode } from 'react';
import { DateText } from '@/components/date-text';
import { langNames } from '@/components/feedback/feedback-admin';
import { Sparkline } from '@/components/admin/sparkline';
import type { Dashboard, EditionDashboard } from '@/lib/admin/dashboard';
import type { TranslationGap } from '@/lib/content/editor-status';
import { helpfulPercent, type PageTrend } from '@/lib/feedback/trends';
import { feedbackReasons } from '@/lib/feedback/schema';
import { formatPercent } from '@/lib/feedback/report-format';
import { adminFeedbackPath, adminSearchesCsvPath } from '@/lib/feedback/routes';
import { getDictionary } from '@/lib/i18n';
import { searchGapsView } from '@/lib/search-gaps/settings';

const t = getDictionary('en').admin;
const cell = 'p-2 align-top';
const numeric = `${cell} text-right tabular-nums`;

/** A table that scrolls sideways on a narrow screen, named by its caption. */
function TableRegion({
  id,
  caption,
  head,
  children,
}: {
  id: string;
  caption: string;
  head: string[];
  children: ReactNode;
}) {
  return (
    <div className="mt-3 overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="w-full border-collapse text-left text-base">
        <caption id={id} className="mb-2 text-left">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {head.map((label) => (
              <th key={label} scope="col" className="p-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h3 id={id} className="text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Searches({ edition, on }: { edition: EditionDashboard; on: boolean }) {
  const id = `searches-${edition.lang}`;
  const { searches } = edition;
  return (
    <Section id={id} title={t.searches.title}>
      {!on ? <p className="mt-2">{t.searches.off}</p> : null}
      {searches === null ? null : searches.length === 0 ? (
        <p className="mt-2">{t.searches.none(searchGapsView.minSearches)}</p>
      ) : (
        <TableRegion
          id={`${id}-caption`}
          caption={t.searches.caption(searchGapsView.weeks, searchGapsView.minSearches)}
          head={[t.searches.query, t.searches.searches, t.searches.firstWeek]}
        >
          {searches.map((row) => (
            <tr key={row.query} className="border-b border-slate-300">
              <th scope="row" className={`${cell} font-normal`} lang={edition.lang}>
                {row.query}
              </th>
              <td className={numeric}>{row.searches}</td>
              <td className={cell}>{row.firstWeek}</td>
            </tr>
          ))}
        </TableRegion>
      )}
    </Section>
  );
}

function answers(window: PageTrend['current']) {
  return `${t.helpfulness.answers(window.yes, window.no)} (${formatPercent(helpfulPercent(window))})`;
}

function Helpfulness({ edition }: { edition: EditionDashboard }) {
  const id = `helpfulness-${edition.lang}`;
  const { trends } = edition;
  if (trends === null) return null;
  return (
    <Section id={id} title={t.helpfulness.title}>
      {trends.length === 0 ? (
        <p className="mt-2">{t.helpfulness.none}</p>
      ) : (
        <TableRegion
          id={`${id}-caption`}
          caption={t.helpfulness.caption}
          head={[
            t.helpfulness.page,
            t.helpfulness.current,
            t.helpfulness.previous,
            t.helpfulness.reasons,
            t.helpfulness.trend,
          ]}
        >
          {trends.map((trend) => (
            <tr key={trend.page} className="border-b border-slate-300">
              <th scope="row" className={`${cell} font-normal`}>
                <a className="underline" href={trend.page}>
                  {trend.page}
                </a>
              </th>
              <td className={cell}>{answers(trend.current)}</td>
              <td className={cell}>{answers(trend.previous)}</td>
              <td className={cell}>
                {trend.topNoReasons.length
                  ? trend.topNoReasons
                      .map(({ reason, n }) => `${feedbackReasons[reason]} (${n})`)
                      .join(', ')
                  : t.helpfulness.noReasons}
              </td>
              <td className={cell}>
                <Sparkline
                  values={trend.weekly}
                  label={t.helpfulness.trendAlt(
                    trend.weekly
                      .map((v) => (v === null ? t.helpfulness.noAnswers : `${v}%`))
                      .join(', '),
                  )}
                />
              </td>
            </tr>
          ))}
        </TableRegion>
      )}
    </Section>
  );
}

function Due({ edition }: { edition: EditionDashboard }) {
  const id = `due-${edition.lang}`;
  return (
    <Section id={id} title={t.due.title}>
      {edition.due.length === 0 ? (
        <p className="mt-2">{t.due.none}</p>
      ) : (
        <TableRegion
          id={`${id}-caption`}
          caption={t.due.caption}
          head={[t.due.page, t.due.what, t.due.due, t.due.status]}
        >
          {edition.due.map((item) => (
            <tr key={item.url} className="border-b border-slate-300">
              <th scope="row" className={`${cell} font-normal`}>
                <a className="underline" href={item.url} lang={item.lang}>
                  {item.title}
                </a>
                <span className="block text-sm">{item.file}</span>
              </th>
              <td className={cell}>{item.kind === 'review' ? t.due.review : t.due.update}</td>
              <td className={cell}>
                <DateText date={item.due} />
              </td>
              <td className={`${cell} ${item.daysLeft < 0 ? 'font-bold' : ''}`}>
                {item.daysLeft < 0 ? t.due.overdue(-item.daysLeft) : t.due.dueIn(item.daysLeft)}
              </td>
            </tr>
          ))}
        </TableRegion>
      )}
    </Section>
  );
}

function gapState(gap: TranslationGap) {
  if (gap.state === 'missing') return t.translations.missing;
  return (
    <>
      {t.translations.staleFrom} <DateText date={gap.translatedFrom} />; {t.translations.staleNow}{' '}
      <DateText date={gap.source.updated} />
    </>
  );
}

function Translations({ gaps }: { gaps: TranslationGap[] }) {
  const id = 'translations';
  return (
    <Section id={id} title={t.translations.title}>
      {gaps.length === 0 ? (
        <p className="mt-2">{t.translations.none}</p>
      ) : (
        <TableRegion
          id={`${id}-caption`}
          caption={t.translations.caption}
          head={[t.translations.english, t.translations.spanish, t.translations.state]}
        >
          {gaps.map((gap) => (
            <tr key={gap.source.url} className="border-b border-slate-300">
              <th scope="row" className={`${cell} font-normal`}>
                <a className="underline" href={gap.source.url}>
                  {gap.source.title}
                </a>
              </th>
              <td className={cell}>
                {gap.state === 'stale' ? (
                  <a className="underline" href={gap.translation.url} lang="es">
                    {gap.translation.title}
                  </a>
                ) : (
                  '–'
                )}
              </td>
              <td className={cell}>{gapState(gap)}</td>
            </tr>
          ))}
        </TableRegion>
      )}
    </Section>
  );
}

/** The editors' dashboard: one part per edition, then the translations. Server-rendered, no script. */
export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  return (
    <>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3">{t.intro}</p>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <a className="font-bold underline" href={adminFeedbackPath}>
          {t.feedbackLink}
        </a>
        <a className="font-bold underline" href={adminSearchesCsvPath} download>
          {t.searches.csv}
        </a>
      </p>
      {dashboard.storeDown ? (
        <p className="mt-4 rounded-md border-2 border-slate-700 p-3" role="alert">
          {t.storeDown}
        </p>
      ) : null}
      <nav aria-label={t.editions} className="mt-4">
        <ul className="flex flex-wrap gap-4">
          {dashboard.editions.map(({ lang }) => (
            <li key={lang}>
              <a className="underline" href={`#edition-${lang}`}>
                {t.edition(langNames[lang])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {dashboard.editions.map((edition) => (
        <section key={edition.lang} aria-labelledby={`edition-${edition.lang}`} className="mt-10">
          <h2 id={`edition-${edition.lang}`} className="text-2xl font-bold">
            {t.edition(langNames[edition.lang])}
          </h2>
          <Searches edition={edition} on={dashboard.searchGapsOn} />
          <Helpfulness edition={edition} />
          <Due edition={edition} />
          {edition.lang === 'es' ? <Translations gaps={dashboard.translations} /> : null}
        </section>
      ))}
    </>
  );
}
