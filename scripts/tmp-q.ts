import { searchSite } from '../lib/search';
for (const q of process.argv.slice(2)) { const r = searchSite(q, { lang: 'es', limit: 3 }); console.log(q, '→', r.map((x) => x.url).join('  ')); console.log('   ', JSON.stringify(r[0]?.snippetParts.filter(p=>p.match))); }
