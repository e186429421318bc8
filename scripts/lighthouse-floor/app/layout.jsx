/**
 * The floor for `npm run lighthouse`: a bare Next app (framework only, nothing of ours), built into
 * its own folder by the Lighthouse script and never shipped. Its scores are what Next alone costs on
 * this machine in this run; each of our pages is judged against them.
 */
export const metadata = { title: 'Floor', description: 'A bare Next.js page for measurement.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
