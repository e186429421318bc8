export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A bare Next.js page: the framework and nothing else, for Lighthouse to compare against.</p>
    </main>
  );
}
