import { HomeView, homeMetadata } from '@/components/views/home-view';

export const metadata = homeMetadata('en');

export default function HomePage() {
  return <HomeView lang="en" />;
}
