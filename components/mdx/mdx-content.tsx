import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Callout } from '@/components/mdx/callout';
import { Checklist } from '@/components/mdx/checklist';
import { CiteMark } from '@/components/mdx/cite';
import { MdxLink } from '@/components/mdx/mdx-link';
import { Table } from '@/components/mdx/table';
import { HelplineDetails } from '@/components/helpline/helpline-details';
import { WithdrawalSafety } from '@/components/mdx/withdrawal-safety';
import { OverdoseSafety } from '@/components/mdx/overdose-safety';
import { CrisisHelp } from '@/components/mdx/crisis-help';
import { FindProgramForm } from '@/components/find-program/find-program-form';
import type { Lang } from '@/lib/i18n/lang';
import type { CustomComponent } from '@/lib/mdx/allowlist';
import { compileMdx } from '@/lib/mdx/render';

interface RenderOptions {
  /** Reference ids in their numbered order, for citation marks. */
  referenceIds?: string[];
  /** The source file, named in errors. */
  file: string;
  /** The edition: components that print words print them in this language. */
  lang?: Lang;
}

/**
 * Renders an MDX body with the site's one components map (passed to next-mdx-remote directly:
 * these are server components, where an MDXProvider's React context does not exist).
 */
export async function renderMdx(
  source: string,
  { referenceIds = [], file, lang = 'en' }: RenderOptions,
) {
  const components = {
    a: MdxLink,
    Callout: (props: ComponentProps<typeof Callout>) => <Callout {...props} lang={lang} />,
    Checklist,
    Table: (props: ComponentProps<typeof Table>) => <Table {...props} lang={lang} />,
    HelplineDetails: () => <HelplineDetails lang={lang} />,
    WithdrawalSafety: () => <WithdrawalSafety lang={lang} />,
    OverdoseSafety: () => <OverdoseSafety lang={lang} />,
    CrisisHelp: () => <CrisisHelp lang={lang} />,
    // Takes no props in content: the value and error only come back from /find itself.
    FindProgramForm: () => <FindProgramForm lang={lang} />,
    Cite: ({ id }: { id: string }) => {
      const index = referenceIds.indexOf(id);
      return <CiteMark id={id} number={index === -1 ? undefined : index + 1} />;
    },
  } satisfies MDXComponents & Record<CustomComponent, unknown>;
  return compileMdx(source, { components, file });
}
