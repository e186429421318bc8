import { NotFoundView } from '@/components/views/not-found-view';

export default function NotFound() {
  return <NotFoundView lang="en" />;
}
