import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DashboardView } from '@/components/admin/dashboard-view';
import { loadDashboard } from '@/lib/admin/dashboard';
import { checkAdminRequest } from '@/lib/feedback/auth';
import { getDictionary } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: getDictionary('en').admin.title,
  robots: { index: false, follow: false },
};

/** The editors' dashboard (proxy.ts asks for the token, HTTP Basic or Bearer; checked again here). */
export default async function AdminDashboardPage() {
  if (checkAdminRequest(await headers()) !== 'ok') notFound();
  return <DashboardView dashboard={await loadDashboard()} />;
}
