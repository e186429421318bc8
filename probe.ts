import { searchSite } from './lib/search';
for (const q of ['iop virtaul','desintoxicasion','desintoxicación','medicamntos']) console.log(q, searchSite(q,{lang:'es',limit:5}).map(r=>r.url));
