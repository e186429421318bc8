import Link from '@/components/site-link';
import { HeaderHelpline } from '@/components/helpline/header-helpline';
import { getSiteConfig } from '@/lib/config';
import { paths } from '@/lib/urls';
import { SearchForm } from './search-form';

const nav = [
  { href: paths.home, label: 'Home' },
  { href: paths.faq, label: 'Questions' },
  { href: paths.page('helpline'), label: 'Helpline' },
  { href: paths.page('about'), label: 'About' },
];

/** Site name, the helpline, navigation and the search box on every page. */
export function SiteHeader() {
  const site = getSiteConfig();
  return (
    <header className="site-header bg-[#0b5394] text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href={paths.home}
          className="text-xl font-bold text-white no-underline hover:underline"
        >
          {site.name}
        </Link>
        <HeaderHelpline />
        <nav aria-label="Main" className="w-full md:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link className="text-white underline-offset-4 hover:underline" href={item.href}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="site-search" className="w-full md:w-auto" />
      </div>
    </header>
  );
}
