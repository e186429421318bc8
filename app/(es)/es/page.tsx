import { HomeView, homeMetadata } from '@/components/views/home-view';

export const metadata = homeMetadata('es');

export default function SpanishHomePage() {
  return <HomeView lang="es" />;
}
