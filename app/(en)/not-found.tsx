import Link from '@/components/site-link';
import { SearchForm } from '@/components/layout/search-form';
import { paths } from '@/lib/urls';

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 max-w-3xl">
        We could not find that page. If you typed the address, check it is correct. The page may
        also have moved.
      </p>
      <SearchForm
        id="not-found-search"
        label="Search for what you need"
        className="mt-6 max-w-xl"
      />
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link className="underline" href={paths.home}>
            Go to the home page
          </Link>
        </li>
        <li>
          <Link className="underline" href={paths.faq}>
            Browse common questions
          </Link>
        </li>
      </ul>
      <p className="mt-6">
        If you need help now, the helpline below is free and open day and night.
      </p>
    </>
  );
}
